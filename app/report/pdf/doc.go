// Package pdf prints: it lays the summary's sheets (report.SheetModel) and
// text documents such as the 使用说明 out on A4 pages, with the widths of
// the Chinese fonts it embeds (TrueType collections included), draws them
// as PDF, and paints a page as an image for the print preview.
package pdf
