#!/usr/bin/env bash
# Rebuilds the Word test documents from the seed plan with LibreOffice
# (libreoffice-writer-nogui). The tests read the files committed here and
# do not need LibreOffice. Run from this folder: bash make.sh
set -euo pipefail
seed=$(ls ../../../seeds/*.txt | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lo() { soffice -env:UserInstallation=file://$work/profile --headless "$@" >/dev/null 2>&1; }

# Running text: the seed as the office types it, one paragraph per line.
cp "$seed" "$work/seed-text.txt"
lo --infilter="Text (encoded):UTF8,LF,,," --convert-to docx --outdir "$work" "$work/seed-text.txt"
lo --infilter="Text (encoded):UTF8,LF,,," --convert-to doc --outdir "$work" "$work/seed-text.txt"

# Table form: 工作任务 | 具体要求 | 牵头落实单位, sections across the row,
# each subsection merged down its tasks.
python3 - "$seed" > "$work/seed-table.html" <<'PY'
import html, re, sys
lines = [l.strip() for l in open(sys.argv[1], encoding="utf-8")]
lines = [l for l in lines if l]
title, rows, sub = lines[0], [], None
for l in lines[1:]:
    if l.startswith("（") and l.endswith("稿）") or l in ("工作任务", "具体要求", "牵头落实单位"):
        continue
    if re.match(r"^[一二三四五六七八九十]+、", l):
        rows.append(["sec", l]); sub = None
    elif re.match(r"^（[一二三四五六七八九十]+）", l):
        sub = ["sub", l, []]; rows.append(sub)
    elif re.match(r"^[0-9０-９]{1,3}", l) and sub is not None:
        sub[2].append([l, ""])
    else:
        sub[2][-1][1] += l
e = html.escape
out = ['<html><head><meta charset="utf-8"><title>%s</title></head><body>' % e(title),
       '<p align="center">%s</p>' % e(title),
       '<table border="1"><tr><th>工作任务</th><th>具体要求</th><th>牵头落实单位</th></tr>']
for r in rows:
    if r[0] == "sec":
        out.append('<tr><td colspan="3">%s</td></tr>' % e(r[1]))
        continue
    for i, (req, units) in enumerate(r[2]):
        head = '<td rowspan="%d">%s</td>' % (len(r[2]), e(r[1])) if i == 0 else ""
        out.append("<tr>%s<td>%s</td><td>%s</td></tr>" % (head, e(req), e(units)))
out.append("</table></body></html>")
print("\n".join(out))
PY
lo --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" --outdir "$work" "$work/seed-table.html"
lo --infilter="HTML (StarWriter)" --convert-to doc:"MS Word 97" --outdir "$work" "$work/seed-table.html"
cp "$work"/seed-text.docx "$work"/seed-text.doc "$work"/seed-table.docx "$work"/seed-table.doc .
ls -l seed-*.doc*
