package workspace

import (
	"image"
	"path/filepath"
	"strings"
	"time"

	"taizhang/app/gongwen"
	"taizhang/app/plan"
	"taizhang/app/report"
	"taizhang/app/report/pdf"
	"taizhang/storage"
)

// More of what the window shows, named here so it need not reach into the
// reports or the store itself.
type (
	// SummaryData is a period's summary tables and 未报送 list.
	SummaryData = report.SummaryData
	// PrintLayout is a summary laid out in pages as printed.
	PrintLayout = pdf.Layout
	// DocBlock is one block (heading, paragraph, image…) of a document
	// printed as PDF.
	DocBlock = pdf.DocBlock
	// DocKind says what a DocBlock is.
	DocKind = pdf.DocKind
	// PlanInfo names one stored plan.
	PlanInfo = storage.PlanInfo
	// ImportInfo describes one import, the one an undo takes back.
	ImportInfo = storage.ImportInfo
)

// The kinds of block a printed document has.
const (
	DocHeading    = pdf.DocHeading
	DocSubheading = pdf.DocSubheading
	DocPara       = pdf.DocPara
	DocItem       = pdf.DocItem
	DocCode       = pdf.DocCode
	DocImage      = pdf.DocImage
)

// SummaryTitle is the title of p's summary table.
func SummaryTitle(p *plan.Plan) string { return report.SummaryTitle(p) }

// SummaryOf computes the current plan's summary of period from the returns
// given (those the window already shows) as of today, with its reminders.
func (w *Workspace) SummaryOf(period string, rets []plan.Return, today time.Time) (*SummaryData, error) {
	p, d := w.current()
	s := report.Summary(p, d, period, rets, today)
	return s, w.AddReminders(s, today)
}

// SaveSummary writes s to path as a workbook (.xlsx) or for print (.pdf),
// by the path's extension.
func SaveSummary(path string, s *SummaryData) error {
	if strings.EqualFold(filepath.Ext(path), ".pdf") {
		return pdf.SaveSummaryPDF(path, s)
	}
	return report.SaveSummaryXLSX(path, s)
}

// LayoutSummary lays s out in pages as printed, for the preview.
func LayoutSummary(s *SummaryData) (*PrintLayout, error) { return pdf.LayoutSummary(s) }

// PreviewImage draws page of l width pixels wide.
func PreviewImage(l *PrintLayout, page, width int) (image.Image, error) {
	return pdf.PreviewImage(l, page, width)
}

// TemplateUnits lists the units the current plan asks for returns, in the
// order templates are offered.
func (w *Workspace) TemplateUnits() []string {
	p, d := w.current()
	return report.TemplateUnits(p, d)
}

// SaveDocPDF prints blocks as a PDF document titled title at path, and
// returns a notice for the clerk when something could not be drawn.
func SaveDocPDF(path, title string, blocks []DocBlock, made time.Time) (notice string, err error) {
	return pdf.SaveDocPDF(path, title, blocks, made)
}

// ReportTitle is the title of the 工作总结 draft for p's period.
func ReportTitle(p *plan.Plan, period string) string { return gongwen.ReportTitle(p, period) }
