#!/bin/sh
# Rebuilds NotoSansSC-Regular.ttf and NotoSansSC-Bold.ttf from Debian's
# Noto Sans CJK collections (apt install fonts-noto-cjk python3-fonttools).
#
#   ./make-fonts.sh               build both fonts next to this script
#   ./make-fonts.sh extra DIR...  rewrite extra-chars.txt from the text in DIR...
#                                 (run once against ../shared/seeds and
#                                 ../shared/fixtures; the result is committed so
#                                 the build does not need those folders)
#
# Why this shape:
# - Fyne takes only single-face TTF/OTF, so the SC face is cut out of the .ttc.
#   It is picked by its name table, not by index, because the index order is
#   not promised. Its cmap gives Simplified forms (the JP face gives Japanese).
# - The full font is 16+ MB; GB2312 plus the characters we know we need keeps
#   it near 4 MB. Anything missing still falls back to the system font.
# - go-pdf/fpdf embeds only TrueType (glyf) outlines, so the CFF outlines are
#   converted with cu2qu, as fontTools' otf2ttf snippet does.
# - Hinting, vertical metrics and GSUB are dropped: Fyne and fpdf do not use
#   them for horizontal Chinese text. GPOS 'kern' stays because it is small
#   and keeps Latin text evenly spaced.
set -eu

cd "$(dirname "$0")"

# pyenv or venv pythons often lack the Debian fontTools package.
PY=
for p in "${PYTHON:-}" python3 /usr/bin/python3; do
	[ -n "$p" ] || continue
	if "$p" -c 'import fontTools' 2>/dev/null; then
		PY=$p
		break
	fi
done
if [ -z "$PY" ]; then
	echo "make-fonts.sh: need python3 with fontTools (apt install python3-fonttools)" >&2
	exit 1
fi

NOTO_DIR=${NOTO_DIR:-/usr/share/fonts/opentype/noto}
export NOTO_DIR

exec "$PY" - "$@" <<'PYEOF'
import html
import io
import json
import os
import sys
import unicodedata
import zipfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

FAMILY = "Noto Sans CJK SC"
EXTRA_FILE = "extra-chars.txt"
MAX_ERR = 1.0  # font units (1000/em); cu2qu's usual value, invisible on screen

# Characters used in names and office text that GB2312 lacks.
OFFICE_EXTRA = (
    "镕喆昇堃啰瑄璟玥珺旻犇垚赟祎曌甦囍彧邨琍淏晞暐韡骉琇璘颋"
    "氹埗塱畬啫暻昉珅瑀翀沄沺浛浵玙祐禛卲琸峣嫚堉汭珵"
    "〇㎡✓"
)

RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1
    (0x2000, 0x206F),  # general punctuation
    (0x2100, 0x218F),  # letterlike, number forms (℃ № Ⅰ)
    (0x2190, 0x21FF),  # arrows
    (0x2460, 0x24FF),  # enclosed alphanumerics (① ⑴ ⒈)
    (0x2500, 0x257F),  # box drawing
    (0x25A0, 0x25FF),  # geometric shapes (■ □ ▲ △ ◆ ◇ ● ○)
    (0x2605, 0x2606),  # ★ ☆
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFF00, 0xFFEF),  # full-width forms
]


def gb2312_chars():
    out = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                out.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return out


def wanted_codepoints():
    chars = gb2312_chars()
    chars.update(OFFICE_EXTRA)
    chars.update(read_extra())
    cps = {ord(c) for c in chars}
    for a, b in RANGES:  # these bring the spaces, U+3000 included
        cps.update(range(a, b + 1))
    return cps


def sc_face(path):
    coll = TTCollection(path)
    for i, font in enumerate(coll.fonts):
        if font["name"].getDebugName(1) == FAMILY:
            print(f"{os.path.basename(path)}: face {i} is {FAMILY}")
            return font
    sys.exit(f"{path}: no face named {FAMILY}")


def to_truetype(font):
    # After fontTools' Snippets/otf2ttf.py.
    order = font.getGlyphOrder()
    gs = font.getGlyphSet()
    glyphs = {}
    for name in order:
        tt = TTGlyphPen(gs)
        gs[name].draw(Cu2QuPen(tt, MAX_ERR, reverse_direction=True))
        glyphs[name] = tt.glyph()

    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    for t in ("CFF ", "VORG"):
        if t in font:
            del font[t]
    glyf.compile(font)

    # TrueType wants lsb == xMin.
    hmtx = font["hmtx"]
    for name, g in glyphs.items():
        adv, _ = hmtx[name]
        hmtx[name] = (adv, getattr(g, "xMin", 0))

    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(order)
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = 0
    maxp.recalc(font)

    post = font["post"]
    post.formatType = 3.0  # no glyph names: smaller, and nothing reads them
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"


def build(weight, cps):
    src = os.path.join(os.environ["NOTO_DIR"], f"NotoSansCJK-{weight}.ttc")
    font = sc_face(src)
    have = set(font.getBestCmap())
    missing = sorted(cps - have)
    # Ranges are taken whole, so their holes are expected; report the rest.
    loud = [c for c in missing if not any(a <= c <= b for a, b in RANGES)]
    if loud:
        print("  not in source font:", "".join(chr(c) for c in loud))

    opts = subset.Options()
    opts.layout_features = ["kern"]
    opts.drop_tables += ["BASE", "VORG", "vhea", "vmtx", "GSUB", "DSIG"]
    opts.hinting = False
    opts.desubroutinize = True
    opts.notdef_outline = True
    opts.glyph_names = False
    opts.name_IDs = [0, 1, 2, 3, 4, 5, 6, 7, 13, 14]
    opts.name_languages = [0x409]
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=sorted(cps & have))
    sub.subset(font)

    to_truetype(font)
    out = f"NotoSansSC-{weight}.ttf"
    font.recalcTimestamp = False  # same input, same bytes
    font.save(out)
    n = font["maxp"].numGlyphs
    print(f"  {out}: {n} glyphs, {len(font.getBestCmap())} chars, {os.path.getsize(out)} bytes")


def text_of(path):
    """Text in a seed or fixture file, as far as we can read it."""
    ext = os.path.splitext(path)[1].lower()
    data = open(path, "rb").read()
    if ext in (".xlsx", ".docx"):
        try:
            z = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            return ""
        parts = []
        for info in z.infolist():
            # Skip huge parts (the zip bomb fixture): their text is blanks.
            # Theme and font parts only list Office's font names (細明體 ...).
            name = info.filename
            if not name.endswith(".xml") or info.file_size >= 50 << 20:
                continue
            if "/theme/" in name or name.endswith(("styles.xml", "fontTable.xml")):
                continue
            # Sheets written by some tools spell text as &#NNNNN; refs.
            parts.append(html.unescape(z.read(info).decode("utf-8", "replace")))
        return "\n".join(parts)
    if ext == ".xls":
        # Old binary Excel: let LibreOffice, if present, turn it into xlsx.
        import shutil, subprocess, tempfile
        soffice = shutil.which("soffice")
        if not soffice:
            print(f"  skip {path}: no soffice to read .xls", file=sys.stderr)
            return ""
        with tempfile.TemporaryDirectory() as d:
            subprocess.run([soffice, "--headless", "--convert-to", "xlsx", "--outdir", d, path],
                           check=True, capture_output=True)
            return "".join(text_of(os.path.join(d, f)) for f in os.listdir(d))
    for enc in ("utf-8", "gb18030"):
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            pass
    else:
        return ""
    if ext == ".json":
        # \uXXXX escapes hide characters from a plain scan.
        try:
            text += json.dumps(json.loads(text), ensure_ascii=False)
        except ValueError:
            pass
    return text


def read_extra():
    chars = set()
    if os.path.exists(EXTRA_FILE):
        with open(EXTRA_FILE, encoding="utf-8") as f:
            for line in f:
                if not line.startswith("#"):
                    chars.update(c for c in line if not c.isspace())
    return chars


def write_extra(dirs):
    base = gb2312_chars() | set(OFFICE_EXTRA)
    found = read_extra()  # keep characters added by hand
    for d in dirs:
        for root, _, files in os.walk(d):
            for f in sorted(files):
                found.update(text_of(os.path.join(root, f)))
                found.update(f)  # file names carry unit names
    extra = sorted(c for c in found
                   if ord(c) > 0x7F and not c.isspace() and c not in base
                   and c != "\ufffd" and unicodedata.category(c)[0] != "C"
                   and not any(a <= ord(c) <= b for a, b in RANGES))
    with open(EXTRA_FILE, "w", encoding="utf-8") as f:
        f.write("# Characters GB2312 lacks, found in the seed plan and fixtures or added by hand.\n")
        f.write("# Made by: ./make-fonts.sh extra ../../../shared/seeds ../../../shared/fixtures\n")
        f.write("".join(extra) + "\n" if extra else "# (none: GB2312 and the fixed ranges cover everything found)\n")
    print(f"{EXTRA_FILE}: {len(extra)} characters: {''.join(extra)}")


def main(args):
    if args and args[0] == "extra":
        write_extra(args[1:])
        return
    cps = wanted_codepoints()
    for weight in ("Regular", "Bold"):
        build(weight, cps)


main(sys.argv[1:])
PYEOF
