#!/usr/bin/python3
"""Makes the returns in forms/ and forms/expected.json: one file for each
form of return a unit may send that the public fixtures do not cover, and
what a correct import of each yields.

    /usr/bin/python3 app/importer/testdata/gen.py      # needs python3-openpyxl
    soffice --headless --convert-to xls --outdir DIR forms/县安监局.xlsx  (done here too)

Returns go to forms/returns/, the one to be refused to forms/bad/, so that
`python3 ../shared/tools/check-fixtures.py ./taizhang app/importer/testdata/forms`
checks the set through the command line too.

expected.json: "files": file → {"returns": {unit: {task: {status, text,
extra}}}, "warnings": [substrings that must appear], "quiet": [substrings
that must not], "unmatched": count, "refused": substring or absent};
"returns": unit → task → {status, text} over the whole set; "bad": file →
why it is refused.
"""
import glob
import json
import os
import re
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "forms")
OUT = os.path.join(SET, "returns")
BAD = os.path.join(SET, "bad")
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))

HEADER = ["序号", "具体要求", "落实情况", "完成状态", "存在问题", "下一步工作计划"]


def tasks():
    """The seed plan's requirement texts by number."""
    seed = glob.glob(os.path.join(ROOT, "seeds", "*.txt"))[0]
    out = {}
    for line in open(seed, encoding="utf-8"):
        m = re.match(r"\s*([0-9]+)\.(.*)", line)
        if m:
            out[int(m.group(1))] = m.group(2).strip()
    return out


TASKS = tasks()


def req(n):
    return "%d.%s" % (n, TASKS[n][:18])


expected = {}


def expect(name, returns, warnings=(), quiet=(), unmatched=0, refused=None):
    e = {"returns": returns, "warnings": list(warnings), "quiet": list(quiet), "unmatched": unmatched}
    if refused:
        e["refused"] = refused
        shutil.move(os.path.join(OUT, name), os.path.join(BAD, name))
    expected[name] = e


def path(name):
    return os.path.join(OUT, name)


def ret(status, text, **extra):
    r = {"status": status, "text": text}
    if extra:
        r["extra"] = extra
    return r


def title(ws, width, unit=None):
    ws.append(["翁源县2018年政务公开工作要点落实情况"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    if unit is not None:
        ws.append(["填报单位（盖章）：" + unit, None, "填报人：王芳", None, "填报日期：2018年7月6日"])
    else:
        ws.append(["填报人：王芳", None, None, "填报日期：2018年7月6日"])


def several_units():
    """Two units' returns in one workbook, a sheet each, after an
    instructions sheet; a chart-like sheet with no table at the end. The
    file name names the first unit only."""
    wb = Workbook()
    ws = wb.active
    ws.title = "填报说明"
    ws.append(["填报说明："])
    ws.append(["1. 每个单位填一张工作表。"])
    ws.append(["2. 完成状态请从下拉列表选择。"])
    water = wb.create_sheet("县水务局")
    title(water, 6)  # no 填报单位 line: the sheet name tells
    water.append(HEADER)
    water.append([2, req(2), "县水务局已在门户网站公开涉水政策文件。", "已完成", None, "继续做好公开。"])
    water.append([3, req(3), "县水务局权责清单已调整并公开。", "持续推进", None, None])
    tour = wb.create_sheet("旅游")
    title(tour, 6, "县旅游局")
    tour.append(HEADER)
    tour.append([5, req(5), "县旅游局按要求公开旅游项目审批结果。", "正在推进", "人员不足。", "下半年完成。"])
    tour.append([7, req(7), "县旅游局公开了景区收费标准。", "已完成", None, None])
    chart = wb.create_sheet("统计图")
    chart.append(["已完成", 2])
    chart.append(["正在推进", 1])
    name = "县水务局等落实情况.xlsx"
    wb.save(os.path.join(OUT, name))
    expect(name, {
        "县水务局": {"2": ret("已完成", "县水务局已在门户网站公开涉水政策文件。"),
                  "3": ret("持续推进", "县水务局权责清单已调整并公开。")},
        "县旅游局": {"5": ret("正在推进", "县旅游局按要求公开旅游项目审批结果。"),
                  "7": ret("已完成", "县旅游局公开了景区收费标准。")},
    }, quiet=["填报说明", "统计图"])


def hidden_and_choices():
    """Last year's answers in a hidden column before the visible 落实情况; a
    hidden task row; a status header carrying its choices; status words
    decorated; an extra 责任人 column."""
    wb = Workbook()
    ws = wb.active
    ws.title = "落实情况"
    title(ws, 7, "县安监局")
    ws.append(["序号", "具体要求", "2017年落实情况", "落实情况",
               "完成情况（已完成/持续推进/正在推进/进度滞后/未启动）", "下一步工作计划", "责任人"])
    ws.append([8, req(8), "2017年已公开。", "县安监局公开了安全生产执法检查结果。", "√已完成", None, "张伟"])
    ws.append([9, req(9), "2017年未开展。", "这一行是草稿，已隐藏。", "未启动", None, None])
    ws.append([10, req(10), "2017年推进中。", "县安监局按季度公开事故调查报告。", "【持续推进】", "继续公开。", "李娜"])
    ws.append([11, req(11), "2017年已完成。", "县安监局正在编制公开目录。", "正在推进 ", None, None])
    ws.column_dimensions["C"].hidden = True
    ws.row_dimensions[5].hidden = True
    for col in "ABCDEFG":
        ws.column_dimensions[col].width = 18
    name = "县安监局.xlsx"
    wb.save(os.path.join(OUT, name))
    want = {"县安监局": {
        "8": ret("已完成", "县安监局公开了安全生产执法检查结果。", 责任人="张伟"),
        "10": ret("持续推进", "县安监局按季度公开事故调查报告。", 责任人="李娜"),
        "11": ret("正在推进", "县安监局正在编制公开目录。"),
    }}
    expect(name, want, warnings=["2017年落实情况", "隐藏"], quiet=["无法识别", "两列像落实情况"])
    # The same workbook as Excel 97-2003 saves it (hidden marks in ROW and
    # COLINFO records).
    xls = "县安监局-97.xls"
    convert(os.path.join(OUT, name), "xls", xls)
    expect(xls, want, warnings=["2017年落实情况", "隐藏"], quiet=["无法识别", "两列像落实情况"])


def convert(src, fmt, name):
    tmp = tempfile.mkdtemp()
    try:
        subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        made = glob.glob(os.path.join(tmp, "*." + fmt))[0]
        shutil.move(made, os.path.join(OUT, name))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def only_answer_hidden():
    """The only 落实情况 column is hidden: nothing in it is an answer."""
    wb = Workbook()
    ws = wb.active
    title(ws, 6, "县金融办")
    ws.append(HEADER)
    ws.append([12, req(12), "县金融办公开了金融服务事项。", "已完成"])
    ws.column_dimensions["C"].hidden = True
    name = "县金融办.xlsx"
    wb.save(os.path.join(OUT, name))
    expect(name, {}, refused="隐藏")


def tick_matrix():
    """完成情况 merged over one sub-column per status, with a mark in one;
    extra columns 完成时间 and 责任人."""
    wb = Workbook()
    ws = wb.active
    ws.title = "落实情况"
    title(ws, 11, "县环保局")
    ws.append(["序号", "具体要求", "落实情况", "完成情况", None, None, None, None, "完成时间", "责任人"])
    ws.append([None, None, None, "已完成", "持续推进", "正在推进", "进度滞后", "未启动", None, None])
    for c in (1, 2, 3, 9, 10):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=4, end_row=3, end_column=8)
    ws.append([13, req(13), "县环保局公开了环境影响评价审批结果。", "√", None, None, None, None, "2018年6月", "陈刚"])
    ws.append([14, req(14), "县环保局每月公开重点污染源监测数据。", None, "✓", None, None, None, None, "陈刚"])
    ws.append([15, req(15), "县环保局正在建设公开专栏。", None, None, "●", None, None, "2018年9月", None])
    ws.append([16, req(16), "人员调整，专栏改版推迟。", None, None, None, "是", None, None, None])
    ws.append([17, req(17), "尚未开展。", None, None, None, None, "✔", None, None])
    ws.append([18, req(18), "县环保局已公开，并持续更新。", "√", "√", None, None, None, None, None])
    name = "县环保局.xlsx"
    wb.save(os.path.join(OUT, name))
    expect(name, {"县环保局": {
        "13": ret("已完成", "县环保局公开了环境影响评价审批结果。", 完成时间="2018年6月", 责任人="陈刚"),
        "14": ret("持续推进", "县环保局每月公开重点污染源监测数据。", 责任人="陈刚"),
        "15": ret("正在推进", "县环保局正在建设公开专栏。", 完成时间="2018年9月"),
        "16": ret("进度滞后", "人员调整，专栏改版推迟。"),
        "17": ret("未启动", "尚未开展。"),
        "18": ret("", "县环保局已公开，并持续更新。"),
    }}, warnings=["第 10 行", "已完成", "持续推进"])


def continued_and_layout():
    """Answers typed over several rows (task cells merged down, or left
    blank), with the layout rows of a printed form among them: a section
    heading, the title and header repeated at a page break, a page line, a
    合计 row; and one real row that matches no task."""
    wb = Workbook()
    ws = wb.active
    ws.title = "落实情况"
    title(ws, 6, "县卫计局")
    ws.append(HEADER)                                         # row 3
    ws.append(["一、着力加强公开解读回应工作"])                   # row 4
    ws.merge_cells("A4:F4")
    ws.append([19, req(19), "一、县卫计局公开了医疗机构名录；", "已完成"])      # 5
    ws.append([None, None, "二、公开了药品集中采购结果；"])                 # 6
    ws.append([None, None, "三、公开了收费标准。"])                          # 7
    for c in "AB":
        ws.merge_cells("%s5:%s7" % (c, c))
    ws.merge_cells("D5:D7")
    ws.append(["第 1 页，共 2 页"])                                           # 8
    ws.append(["翁源县2018年政务公开工作要点落实情况"])                         # 9
    ws.append(HEADER)                                                         # 10
    ws.append([20, req(20), "县卫计局按季度公开", "持续推进"])                  # 11
    ws.append([None, None, "二、计生服务事项。", None])                       # 12
    ws.append([21, req(21), "县卫计局正在梳理公共卫生服务信息。", "正在推进"])      # 13
    ws.append(["其他", "县卫计局自行开展的政务公开培训", "培训两次。"])           # 14
    ws.append(["合计", None, "3 项"])                                         # 15
    ws.append(["第 2 页，共 2 页"])                                           # 16
    ws.append([22, req(22), "县卫计局公开了疾病防控信息。"])               # 17: no status
    for r in (8, 9, 16):
        ws.merge_cells("A%d:F%d" % (r, r))  # printed across the page
    name = "县卫计局.xlsx"
    wb.save(os.path.join(OUT, name))
    expect(name, {"县卫计局": {
        "19": ret("已完成", "一、县卫计局公开了医疗机构名录；\n二、公开了药品集中采购结果；\n三、公开了收费标准。"),
        "20": ret("持续推进", "县卫计局按季度公开\n二、计生服务事项。"),
        "21": ret("正在推进", "县卫计局正在梳理公共卫生服务信息。"),
        "22": ret("", "县卫计局公开了疾病防控信息。"),
    }}, unmatched=1, warnings=["第 22 项没有填完成状态", "第 12 行没有序号和具体要求，接在上一行之后并入第 20 项"],
        quiet=["第 4 行", "第 6 行", "第 7 行", "第 8 行", "第 9 行", "第 10 行", "第 15 行", "第 16 行", "填了两次"])


def no_status():
    """Answers but no status anywhere: the preview must say so."""
    wb = Workbook()
    ws = wb.active
    title(ws, 4, "县公安局")
    ws.append(["序号", "具体要求", "落实情况", "下一步工作计划"])
    ws.append([22, req(22), "县公安局公开了户籍办理指南。", None])
    ws.append([23, req(23), "县公安局已完成交通违法处理信息公开。", "继续推进。"])
    name = "县公安局.xlsx"
    wb.save(os.path.join(OUT, name))
    expect(name, {"县公安局": {
        "22": ret("", "县公安局公开了户籍办理指南。"),
        "23": ret("", "县公安局已完成交通违法处理信息公开。"),
    }}, warnings=["无完成状态"])


def status_unnamed():
    """Statuses under a header that does not name them (办理结果): read as the
    status column, and said so."""
    wb = Workbook()
    ws = wb.active
    title(ws, 5, "县国土资源局")
    ws.append(["序号", "具体要求", "落实情况", "办理结果", "经办人"])
    ws.append([29, req(29), "县国土资源局公开了征地信息。", "已完成", "周强"])
    ws.append([30, req(30), "县国土资源局按月公开矿业权出让。", "持续推进", None])
    name = "县国土资源局.xlsx"
    wb.save(os.path.join(OUT, name))
    expect(name, {"县国土资源局": {
        "29": ret("已完成", "县国土资源局公开了征地信息。", 经办人="周强"),
        "30": ret("持续推进", "县国土资源局按月公开矿业权出让。"),
    }}, warnings=["第 D 列“办理结果”", "按完成状态读取"])


TD = '<td style="mso-number-format:\'\\@\'">%s</td>'


def html_tables():
    """Tables saved as web pages under an .xls name, as OA systems export
    them: GBK named by a meta tag (with colspan, rowspan and <br>), and
    UTF-8 with a BOM and no meta at all."""
    page = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>落实情况</title></head>
<body><table border="1">
<tr><td colspan="6">翁源县2018年政务公开工作要点落实情况</td></tr>
<tr><td colspan="3">填报单位：县文广新局</td><td colspan="3">填报日期：2018年7月8日</td></tr>
<tr><th>序号</th><th>具体要求</th><th>落实情况</th><th>完成状态</th><th>存在问题</th><th>下一步<br>工作计划</th></tr>
<tr><td rowspan="2">24</td><td rowspan="2">%s</td><td>县文广新局公开了文化项目资金；<br>公开了演出审批。</td><td rowspan="2">已完成</td><td>&nbsp;</td><td></td></tr>
<tr><td>另公开了广播电视许可。</td><td></td><td></td></tr>
<tr><td>25</td><td>%s</td><td>县文广新局&amp;县图书馆联合公开了服务目录。</td><td>正在推进</td><td>经费紧张</td><td>年底前完成</td></tr>
</table></body></html>""" % (req(24), req(25))
    name = "县文广新局.xls"
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(page.encode("gbk"))
    expect(name, {"县文广新局": {
        "24": ret("已完成", "县文广新局公开了文化项目资金；\n公开了演出审批。\n另公开了广播电视许可。"),
        "25": ret("正在推进", "县文广新局&县图书馆联合公开了服务目录。"),
    }})
    page = """<table>
<tr><td>填报单位：县发改局</td></tr>
<tr><td>序号</td><td>具体要求</td><td>落实情况</td><td>完成状态</td></tr>
<tr><td>26</td><td>%s</td><td>县发改局公开了重大项目批准结果。</td><td>持续推进</td></tr>
</table>""" % req(26)
    name = "县发改局-导出.xls"
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(b"\xef\xbb\xbf" + page.encode("utf-8"))
    expect(name, {"县发改局": {"26": ret("持续推进", "县发改局公开了重大项目批准结果。")}})


def spreadsheetml():
    """Excel 2003 XML Spreadsheet saved as .xls: MergeAcross, MergeDown,
    ss:Index gaps, line breaks as &#10;, a number cell."""
    doc = """<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Worksheet ss:Name="落实情况">
  <Table>
   <Row><Cell ss:MergeAcross="4"><Data ss:Type="String">翁源县2018年政务公开工作要点落实情况</Data></Cell></Row>
   <Row><Cell ss:MergeAcross="2"><Data ss:Type="String">填报单位：县经信局</Data></Cell><Cell ss:Index="5"><Data ss:Type="String">填报日期：2018年7月9日</Data></Cell></Row>
   <Row><Cell><Data ss:Type="String">序号</Data></Cell><Cell><Data ss:Type="String">具体要求</Data></Cell><Cell><Data ss:Type="String">落实&#10;情况</Data></Cell><Cell><Data ss:Type="String">完成状态</Data></Cell><Cell><Data ss:Type="String">佐证材料</Data></Cell></Row>
   <Row><Cell ss:MergeDown="1"><Data ss:Type="Number">27</Data></Cell><Cell ss:MergeDown="1"><Data ss:Type="String">%s</Data></Cell><Cell><Data ss:Type="String">县经信局公开了技改项目名单；&#10;公开了补助资金。</Data></Cell><Cell ss:MergeDown="1"><Data ss:Type="String">已完成</Data></Cell></Row>
   <Row><Cell ss:Index="3"><Data ss:Type="String">并在网站设专栏。</Data></Cell><Cell ss:Index="5"><Data ss:Type="String">见网站</Data></Cell></Row>
   <Row><Cell><Data ss:Type="Number">28</Data></Cell><Cell><Data ss:Type="String">%s</Data></Cell><Cell><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40">县经信局<B>正在</B>梳理&lt;公开目录&gt;。</ss:Data></Cell><Cell><Data ss:Type="String">正在推进</Data></Cell></Row>
  </Table>
 </Worksheet>
</Workbook>
""" % (req(27), req(28))
    name = "县经信局.xls"
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(doc)
    expect(name, {"县经信局": {
        "27": ret("已完成", "县经信局公开了技改项目名单；\n公开了补助资金。\n并在网站设专栏。"),
        "28": ret("正在推进", "县经信局正在梳理<公开目录>。"),
    }})


def main():
    if os.path.isdir(SET):
        shutil.rmtree(SET)
    os.makedirs(OUT)
    os.makedirs(BAD)
    several_units()
    hidden_and_choices()
    only_answer_hidden()
    tick_matrix()
    continued_and_layout()
    no_status()
    status_unnamed()
    html_tables()
    spreadsheetml()
    whole, bad = {}, {}
    for name, e in expected.items():
        if "refused" in e:
            bad[name] = e["refused"]
        for unit, rets in e["returns"].items():
            for task, r in rets.items():
                whole.setdefault(unit, {})[task] = {"status": r["status"], "text": r["text"]}
    with open(os.path.join(SET, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"files": expected, "returns": whole, "bad": bad}, f, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
