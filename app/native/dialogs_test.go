package native

import (
	"reflect"
	"testing"
)

func TestWithExt(t *testing.T) {
	exts := []string{"xlsx", ".PDF"}
	cases := map[string]string{
		"汇总表":          "汇总表.xlsx",
		"汇总表.xlsx":     "汇总表.xlsx",
		"汇总表.XLSX":     "汇总表.XLSX",
		"汇总表.pdf":      "汇总表.pdf",
		"2018年.上半年":    "2018年.上半年.xlsx",
		"/tmp/out/汇总表": "/tmp/out/汇总表.xlsx",
	}
	for in, want := range cases {
		if got := withExt(in, exts); got != want {
			t.Errorf("withExt(%q) = %q, want %q", in, got, want)
		}
	}
	if got := withExt("x", nil); got != "x" {
		t.Errorf("withExt without exts = %q", got)
	}
}

func TestFilters(t *testing.T) {
	if got, want := normalizeExts([]string{"xlsx", "*.CSV", ".xls", "", "."}), []string{".xlsx", ".csv", ".xls"}; !reflect.DeepEqual(got, want) {
		t.Errorf("normalizeExts = %q, want %q", got, want)
	}
	if got, want := filterLabel("Excel 工作簿", []string{".xlsx"}), "Excel 工作簿 (*.xlsx)"; got != want {
		t.Errorf("filterLabel = %q, want %q", got, want)
	}
	if got, want := filterPattern(openExts), "*.xlsx;*.xls;*.xlsm;*.csv;*.et"; got != want {
		t.Errorf("filterPattern = %q, want %q", got, want)
	}
	if got := orDefault(" ", defaultSaveTitle); got != defaultSaveTitle {
		t.Errorf("orDefault = %q", got)
	}
}
