package sheet

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// readHTML reads the tables of a web page, as OA systems export a sheet
// under an .xls name and as Excel and WPS open it: every table of the page
// one under the other in one sheet, colspan and rowspan as merged cells,
// <br> and paragraphs as line breaks in the cell. A table inside a cell
// (a page laid out with tables around the data) is read as rows of its
// own, so the data table is never squeezed into one cell.
func readHTML(name string, data []byte) (*Book, error) {
	text, err := decodeHTML(data)
	if err != nil {
		return nil, refuse(Damaged, "网页的文字编码无法识别", err)
	}
	b := newGridBuilder(true)
	z := html.NewTokenizer(strings.NewReader(text))
	var (
		tables  int  // open <table> elements
		inCell  bool // inside a td/th of the outermost table
		cellBuf strings.Builder
		span    [2]int // colspan-1, rowspan-1 of the open cell
		skip    int    // inside <style>, <script>, <head> title…
		found   bool
	)
	closeCell := func() error {
		if !inCell {
			return nil
		}
		inCell = false
		return b.cell(cleanHTMLText(cellBuf.String()), -1, span[0], span[1])
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if z.Err() == io.EOF {
				if err := closeCell(); err != nil {
					return nil, err
				}
				if !found {
					return nil, refuse(NotSpreadsheet, "网页，但其中没有表格", nil)
				}
				g := b.grid(strings.TrimSuffix(baseName(name), extOf(name)))
				return &Book{Format: "html", Sheets: []Grid{g}}, nil
			}
			return nil, refuse(Damaged, "", z.Err())
		case html.TextToken:
			if inCell && skip == 0 {
				// Line breaks in the source are white space; the
				// breaks a cell shows come from <br> and <p> below.
				cellBuf.Write(bytes.ReplaceAll(z.Text(), []byte("\n"), []byte(" ")))
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			tn, hasAttr := z.TagName()
			tag := string(tn)
			attrs := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				attrs[string(k)] = string(v)
			}
			if tt == html.EndTagToken {
				switch tag {
				case "style", "script", "title":
					skip = max(skip-1, 0)
				case "table":
					if err := closeCell(); err != nil {
						return nil, err
					}
					if tables = max(tables-1, 0); tables > 0 {
						b.nextRow(-1) // what follows a nested table starts a row
					}
				case "td", "th":
					if err := closeCell(); err != nil {
						return nil, err
					}
				case "p", "div", "li":
					if inCell {
						cellBuf.WriteByte('\n')
					}
				}
				continue
			}
			switch tag {
			case "style", "script", "title":
				if tt == html.StartTagToken {
					skip++
				}
			case "table":
				if err := closeCell(); err != nil { // the text before a nested table
					return nil, err
				}
				if tables == 0 && found {
					b.nextRow(-1) // a blank row between tables, as Excel shows them
				}
				tables++
			case "tr":
				if tables == 0 {
					break
				}
				if err := closeCell(); err != nil {
					return nil, err
				}
				b.nextRow(-1)
				found = true
				if hiddenStyle(attrs["style"]) {
					b.hideRow()
				}
			case "td", "th":
				if tables == 0 {
					break
				}
				if err := closeCell(); err != nil {
					return nil, err
				}
				if !found {
					b.nextRow(-1) // a cell before any <tr>
					found = true
				}
				inCell = true
				cellBuf.Reset()
				span = [2]int{spanOf(attrs["colspan"]) - 1, spanOf(attrs["rowspan"]) - 1}
			case "br":
				if inCell {
					cellBuf.WriteByte('\n')
				}
			case "p", "div", "li":
				if inCell && cellBuf.Len() > 0 {
					cellBuf.WriteByte('\n')
				}
			}
		}
	}
}

// decodeHTML picks the page's encoding: a BOM, else a <meta> charset, else
// UTF-8 when the bytes are valid UTF-8, else GBK (GB18030), the code page of
// the Chinese Windows machines such pages are written on.
func decodeHTML(data []byte) (string, error) {
	var enc encoding.Encoding
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		return strings.ToValidUTF8(string(data[3:]), "\uFFFD"), nil
	case bytes.HasPrefix(data, []byte("\xFF\xFE")):
		return decodeUTF16(data[2:], false), nil
	case bytes.HasPrefix(data, []byte("\xFE\xFF")):
		return decodeUTF16(data[2:], true), nil
	}
	if e, name, _ := charset.DetermineEncoding(data, ""); metaCharset(data) && name != "" {
		enc = e
	}
	if enc == nil {
		if utf8.Valid(data) {
			return string(data), nil
		}
		enc = simplifiedchinese.GB18030
	}
	if enc == simplifiedchinese.GBK || enc == simplifiedchinese.HZGB2312 {
		enc = simplifiedchinese.GB18030 // a superset: never worse
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", err
	}
	return strings.ToValidUTF8(string(out), "\uFFFD"), nil
}

// metaCharset reports whether the head of the page names a charset; without
// one, DetermineEncoding's guess is windows-1252, wrong for these pages.
func metaCharset(data []byte) bool {
	head := bytes.ToLower(data[:min(len(data), 4096)])
	return bytes.Contains(head, []byte("charset")) || bytes.Contains(head, []byte("encoding="))
}

// spanOf reads a colspan or rowspan: 1 unless a positive number.
func spanOf(v string) int {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 1 {
		return 1
	}
	return min(n, maxSpan+1)
}

func hiddenStyle(style string) bool {
	s := strings.ReplaceAll(strings.ToLower(style), " ", "")
	return strings.Contains(s, "display:none")
}

// cleanHTMLText collapses white space as a browser does: runs of spaces
// become one, &nbsp; is a space, and the line breaks <br> and paragraphs put
// in ('\n', the only ones left by the reader) separate lines, empty lines
// dropped.
func cleanHTMLText(s string) string {
	s = strings.NewReplacer("\r", " ", "\t", " ", "\u00a0", " ").Replace(s)
	var lines []string
	for _, line := range strings.Split(s, "\n") {
		if line = strings.Join(strings.Fields(line), " "); line != "" {
			lines = append(lines, line)
		}
	}
	return strings.Join(lines, "\n")
}

func extOf(name string) string {
	base := baseName(name)
	if i := strings.LastIndexByte(base, '.'); i > 0 {
		return base[i:]
	}
	return ""
}
