#!/usr/bin/env python3
"""Regenerates the .xls test files from flat-ODS sources with LibreOffice.

Run from this directory: python3 gen.py  (needs soffice; tests do not).
The tests assert on the values written here, so keep them in sync.
"""
import os
import subprocess
import tempfile
from xml.sax.saxutils import escape, quoteattr

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="Nd"><number:year number:style="long"/><number:text>/</number:text><number:month/><number:text>/</number:text><number:day/></number:date-style>
 <number:date-style style:name="Ndt"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/><number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:date-style>
 <number:time-style style:name="Nt"><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:time-style>
 <number:date-style style:name="Ncn"><number:year number:style="long"/><number:text>年</number:text><number:month/><number:text>月</number:text><number:day/><number:text>日</number:text></number:date-style>
 <number:number-style style:name="N2"><number:number number:decimal-places="2" number:min-integer-digits="1"/></number:number-style>
 <style:style style:name="cd" style:family="table-cell" style:data-style-name="Nd"/>
 <style:style style:name="cdt" style:family="table-cell" style:data-style-name="Ndt"/>
 <style:style style:name="ct" style:family="table-cell" style:data-style-name="Nt"/>
 <style:style style:name="ccn" style:family="table-cell" style:data-style-name="Ncn"/>
 <style:style style:name="c2" style:family="table-cell" style:data-style-name="N2"/>
 <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>
"""
TAIL = "</office:spreadsheet></office:body></office:document>\n"


def s(text, span=None):
    """A string cell; span=(rows, cols) makes it the top-left of a merge."""
    attr = ""
    if span:
        attr = ' table:number-rows-spanned="%d" table:number-columns-spanned="%d"' % span
    return '<table:table-cell office:value-type="string"%s><text:p>%s</text:p></table:table-cell>' % (attr, escape(text))


def rich(a, b):
    """A string cell whose second half is bold (a rich-text string)."""
    return ('<table:table-cell office:value-type="string"><text:p>%s<text:span text:style-name="T1">%s</text:span></text:p></table:table-cell>'
            % (escape(a), escape(b)))


def n(v, style=None):
    st = ' table:style-name="%s"' % style if style else ""
    return '<table:table-cell%s office:value-type="float" office:value="%s"/>' % (st, v)


def date(v, style="cd"):
    return '<table:table-cell table:style-name="%s" office:value-type="date" office:date-value="%s"/>' % (style, v)


def time(v):
    return '<table:table-cell table:style-name="ct" office:value-type="time" office:time-value="%s"/>' % v


def f(formula, vtype="float", style=None):
    st = ' table:style-name="%s"' % style if style else ""
    return '<table:table-cell%s table:formula=%s office:value-type="%s"/>' % (st, quoteattr("of:=" + formula), vtype)


def covered(k=1):
    return "<table:covered-table-cell/>" * k


def empty(k=1):
    return "<table:table-cell/>" * k


def table(name, rows):
    out = ["<table:table table:name=%s>" % quoteattr(name)]
    for r in rows:
        out.append("<table:table-row>%s</table:table-row>" % "".join(r))
    out.append("</table:table>")
    return "\n".join(out)


def write(name, tables, date1904=False):
    settings = ""
    if date1904:
        settings = '<table:calculation-settings><table:null-date table:date-value="1904-01-01"/></table:calculation-settings>'
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, name + ".fods")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(HEAD + settings + "\n".join(tables) + TAIL)
        subprocess.run(["soffice", "--headless", "--convert-to", "xls:MS Excel 97", "--outdir", ".", src],
                       check=True, stdout=subprocess.DEVNULL)


# cells.xls: one of each kind of cell, formulas, dates and merges.
cells = table("数据", [
    [s("标题（合并）", (1, 3)), covered(2), s("右")],
    [s("整数"), n(8), n(-3), n(1234567)],
    [s("小数"), n(1.5), n(0.1), n(3.25, "c2")],
    [s("公式"), f("[.B2]*2"), f('CONCATENATE("你好";"世界")', "string"), f("1=1", "boolean"), f("1/0"), f('""', "string")],
    [s("日期"), date("2018-07-05"), date("2018-07-05T13:45:00", "cdt"), time("PT12H30M00S"), date("2019-12-31", "ccn")],
    [s("空格"), empty(2), s("跳过两格")],
    [s("纵向合并", (2, 1)), s("甲")],
    [covered(), s("乙")],
    [s("求和"), f("SUM([.B2:.D2])"), f("[.B3]+[.C3]")],
])
other = table("第二页", [[s("只有一格")]])
write("cells", [cells, other])

# sst.xls: enough long and Chinese strings that the shared string table
# spills over many CONTINUE records, cutting strings at record boundaries.
long_ascii = "".join("%05d," % i for i in range(2000))        # 12,000 chars
long_cjk = "".join("落实情况第%d项" % i for i in range(1500))   # > 8,224 bytes as UTF-16
rows = [[s(long_ascii)], [s(long_cjk)], [s("A" * 3000 + "中" + "B" * 3000)]]
for i in range(400):
    if i % 7 == 0:
        rows.append([n(i), rich("单位%d：" % i, "已完成")])
    else:
        rows.append([n(i), s("龙仙镇第%d项工作，已按要求推进。" % i)])
write("sst", [table("长文本", rows)])

# date1904.xls: the 1904 date system.
write("date1904", [table("Sheet1", [[date("2018-07-05"), n(1)]])], date1904=True)
