package sheet

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"path"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// readText reads a delimited text table: CSV as Excel and WPS save it in
// China (GBK unless "UTF-8" was chosen, sometimes with a BOM), or Excel's
// "Unicode text" (UTF-16, tab-separated).
func readText(name string, data []byte) (*Book, error) {
	text, ok := decodeText(data)
	if !ok {
		return nil, refuse(NotSpreadsheet, "无法识别的二进制文件", nil)
	}
	switch markupKind(text) {
	case "spreadsheetml":
		return readSpreadsheetML(data)
	case "html":
		return readHTML(name, data)
	}
	if r, what := sniffMarkup(text); r != 0 {
		return nil, refuse(r, what, nil)
	}
	rows, err := parseDelimited(text)
	if err != nil {
		return nil, refuse(NotSpreadsheet, "文本文件，但看不出表格结构", err)
	}
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	if len(rows) < 2 || width < 2 {
		return nil, refuse(NotSpreadsheet, "文本文件，但看不出表格结构", nil)
	}
	sheetName := strings.TrimSuffix(baseName(name), path.Ext(baseName(name)))
	return &Book{Format: "csv", Sheets: []Grid{{Name: sheetName, Rows: rows}}}, nil
}

// decodeText picks the encoding: a BOM decides; otherwise valid UTF-8 is
// UTF-8 and anything else is GB18030 (a superset of GBK and GB2312), the
// ANSI code page of Chinese Windows. It reports false for binary content.
func decodeText(data []byte) (string, bool) {
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		return strings.ToValidUTF8(string(data[3:]), "\uFFFD"), true
	case bytes.HasPrefix(data, []byte("\xFF\xFE")):
		return decodeUTF16(data[2:], false), true
	case bytes.HasPrefix(data, []byte("\xFE\xFF")):
		return decodeUTF16(data[2:], true), true
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", false
	}
	var text string
	if utf8.Valid(data) {
		text = string(data)
	} else {
		b, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
		if err != nil {
			return "", false
		}
		text = string(b)
	}
	// Control characters other than line breaks and tabs are the mark of
	// a binary file that happens to have no NUL byte.
	bad, n := 0, 0
	for _, r := range text {
		n++
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' || r == 0x7F {
			bad++
		}
	}
	return text, bad*100 <= n
}

func decodeUTF16(b []byte, bigEndian bool) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return string(utf16.Decode(u))
}

// sniffMarkup recognises the text files that are not CSV but are often
// saved under a spreadsheet's name: web pages exported by online systems as
// ".xls", Excel 2003 XML, single-file web pages, Word XML.
func sniffMarkup(text string) (Reason, string) {
	head := strings.ToLower(strings.TrimLeft(text[:min(len(text), 4096)], "\ufeff \t\r\n"))
	switch {
	case strings.HasPrefix(head, "mime-version:"):
		return Unsupported, "单个文件网页（.mht）"
	case strings.HasPrefix(head, "<?xml"):
		switch {
		case strings.Contains(head, "urn:schemas-microsoft-com:office:spreadsheet"):
			return Unsupported, "Excel 2003 XML 表格"
		case strings.Contains(head, "schemas.microsoft.com/office/word"), strings.Contains(head, "wordprocessingml"):
			return WordDocument, ""
		case strings.Contains(head, "<html"):
			return Unsupported, "网页格式（HTML）的表格"
		}
		return NotSpreadsheet, "XML 数据文件"
	case strings.HasPrefix(head, "<"):
		if strings.Contains(head, "<table") || strings.Contains(head, "<html") || strings.HasPrefix(head, "<!doctype html") {
			return Unsupported, "网页格式（HTML）的表格"
		}
		return NotSpreadsheet, "网页或 XML 文件"
	}
	return 0, ""
}

// markupKind tells the markup spreadsheets this program reads: Excel 2003
// XML ("spreadsheetml") and web pages holding a table ("html").
func markupKind(text string) string {
	head := strings.ToLower(strings.TrimLeft(text[:min(len(text), 4096)], "\ufeff \t\r\n"))
	switch {
	case strings.HasPrefix(head, "<?xml") && (strings.Contains(head, "urn:schemas-microsoft-com:office:spreadsheet") ||
		strings.Contains(head, `progid="excel.sheet"`)):
		return "spreadsheetml"
	case strings.HasPrefix(head, "<?xml") && strings.Contains(head, "<html"),
		strings.HasPrefix(head, "<") && (strings.Contains(head, "<table") || strings.Contains(head, "<html") || strings.HasPrefix(head, "<!doctype html")):
		if strings.Contains(head, "schemas-microsoft-com:office:word") {
			return "" // a Word document saved as a web page
		}
		return "html"
	}
	return ""
}

// parseDelimited detects the delimiter and parses the whole text. Quotes are
// read leniently: hand-edited CSV often has stray quotes inside fields.
func parseDelimited(text string) ([][]string, error) {
	text = strings.TrimPrefix(text, "\ufeff")
	delim := rune(0)
	// Excel honours a first line "sep=;" and so do we.
	if first, rest, _ := strings.Cut(text, "\n"); strings.HasPrefix(first, "sep=") && len(strings.TrimRight(first, "\r")) == 5 {
		delim, text = rune(first[4]), rest
	}
	if delim == 0 {
		delim = detectDelimiter(text)
	}
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = delim
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	var rows [][]string
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		// Trailing empty fields are padding from the export, as in the
		// ragged rows of the other formats.
		n := len(rec)
		for n > 0 && rec[n-1] == "" {
			n--
		}
		rows = append(rows, rec[:n:n])
	}
	// encoding/csv skips empty lines; that is fine, the layer above finds
	// the table wherever it starts.
	return rows, nil
}

// detectDelimiter picks, among comma, tab and semicolon, the one that splits
// the first lines most consistently. Separators inside quotes do not count.
func detectDelimiter(text string) rune {
	cands := []rune{',', '\t', ';'}
	counts := make([][]int, len(cands))
	line := make([]int, len(cands))
	inQuote, lines := false, 0
	flush := func() {
		nonzero := false
		for i := range cands {
			nonzero = nonzero || line[i] > 0
		}
		if nonzero {
			for i := range cands {
				counts[i] = append(counts[i], line[i])
			}
			lines++
		}
		clear(line)
	}
	for _, r := range text {
		if lines >= 20 {
			break
		}
		switch {
		case r == '"':
			inQuote = !inQuote
		case r == '\n' && !inQuote:
			flush()
		case !inQuote:
			for i, c := range cands {
				if r == c {
					line[i]++
				}
			}
		}
	}
	flush()
	best, bestFreq, bestWidth := ',', 0, 0
	for i, c := range cands {
		freq := map[int]int{}
		for _, n := range counts[i] {
			if n > 0 {
				freq[n]++
			}
		}
		for width, f := range freq {
			if f > bestFreq || f == bestFreq && width > bestWidth {
				best, bestFreq, bestWidth = c, f, width
			}
		}
	}
	return best
}
