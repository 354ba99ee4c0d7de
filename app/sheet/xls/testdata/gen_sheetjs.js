// Run: node gen_sheetjs.js sheetjs.xls  (npm package xlsx@0.18.5; tests do not need it).
// Writes testdata/sheetjs.xls: SheetJS's BIFF8 writer uses LABEL records
// (no shared strings) and a small Workbook stream kept in the OLE mini stream.
const XLSX = require('xlsx');
const wb = XLSX.utils.book_new();
const ws = XLSX.utils.aoa_to_sheet([
  ['单位', '数量', '比例', '完成'],
  ['龙仙镇人民政府', 8, 0.25, true],
  ['县财政局', 12, 1.5, false],
]);
ws['!merges'] = [{ s: { r: 3, c: 0 }, e: { r: 3, c: 3 } }];
XLSX.utils.sheet_add_aoa(ws, [['合计']], { origin: 'A4' });
XLSX.utils.book_append_sheet(wb, ws, '汇总');
XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['x']]), 'Sheet2');
XLSX.writeFile(wb, process.argv[2], { bookType: 'biff8' });
