# Run: /usr/bin/python3 gen_xlwt.py xlwt.xls  (Debian package python3-xlwt; tests do not need it).
# Writes testdata/xlwt.xls with Debian's python3-xlwt, a writer many web
# systems use: its own SST/CONTINUE splitting, rich text, merges, dates.
import datetime, sys, xlwt
wb = xlwt.Workbook(encoding="utf-8")
ws = wb.add_sheet("填报")
ws.write_merge(0, 0, 0, 3, "翁源县政务公开落实情况表")
ws.write(1, 0, "序号"); ws.write(1, 1, "落实情况"); ws.write(1, 2, "日期"); ws.write(1, 3, "金额")
date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
dt_style = xlwt.easyxf(num_format_str="YYYY-MM-DD HH:MM:SS")
money = xlwt.easyxf(num_format_str="#,##0.00")
for i in range(1, 201):
    ws.write(1 + i, 0, i)
    ws.write(1 + i, 1, "第%d项：龙仙镇按要求推进，建立了工作台账，明确专人负责。" % i)
    ws.write(1 + i, 2, datetime.date(2018, 7, 5) + datetime.timedelta(days=i), date_style)
    ws.write(1 + i, 3, i * 100.5, money)
ws.write(202, 0, "长" * 5000)
ws.write(203, 0, datetime.datetime(2018, 7, 5, 8, 30, 15), dt_style)
bold = xlwt.easyfont("bold true")
ws.write_rich_text(204, 0, ("普通", ("加粗", bold), "结尾"))
ws.write(205, 0, True)
ws.write(205, 1, xlwt.Formula("A3*2"))
wb.save(sys.argv[1])
