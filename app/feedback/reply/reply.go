// Package reply reads a unit's reply to the draft plan, in whatever form it
// came: the 征求意见反馈表 (.xlsx or .docx), any table with a 序号 or 具体要求
// column and an 意见 column, a Word letter (.docx or .doc), or one line
// saying the unit has no comment (.docx, .doc, .xlsx or .txt). Each comment
// is tied to its task by number or by text and classified.
package reply

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"taizhang/app/docx"
	"taizhang/app/feedback"
	"taizhang/app/msdoc"
	"taizhang/app/plan"
	"taizhang/app/sheet"
)

// IDSheet is the very hidden sheet of a feedback form: which plan and unit
// it was made for, so a returned form is read exactly whatever its name.
const (
	IDSheet  = "_taizhang_feedback"
	KeyPlan  = "plan"
	KeyUnit  = "unit"
	maxBytes = 64 << 20
)

// Context is what reading needs: the draft, its directory and the unit
// when the clerk names it.
type Context struct {
	Plan *plan.Plan
	Dir  *plan.Directory
	Unit string
}

// Result is one file read: its unit and comments, or why it was refused.
type Result struct {
	Path, Name, Hash string
	Unit             string
	Form             string // what the reply was: 反馈表, 表格, 函, 一句话
	Comments         []feedback.Comment
	Notes            []string // what reading chose, one line each
	Err              error
}

// ReadFile reads a reply from disk.
func ReadFile(path string, ctx Context) *Result {
	name := filepath.Base(path)
	fi, err := os.Stat(path)
	if err == nil && fi.Size() > maxBytes {
		return &Result{Path: path, Name: name, Err: fmt.Errorf("《%s》过大（超过 64 MB），不像一份反馈意见，已拒绝：请核实文件。", name)}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return &Result{Path: path, Name: name, Err: fmt.Errorf("《%s》无法打开（%v）：请确认文件还在、已关闭后重试。", name, err)}
	}
	r := Read(name, data, ctx)
	r.Path = path
	return r
}

// Read reads a reply from its content; name is used for messages and as a
// last hint of the unit.
func Read(name string, data []byte, ctx Context) *Result {
	sum := sha256.Sum256(data)
	r := &Result{Name: name, Hash: hex.EncodeToString(sum[:])}
	d, err := open(name, data)
	if err != nil {
		r.Err = err
		return r
	}
	r.Err = r.fill(d, ctx)
	if r.Err != nil {
		r.Comments = nil
	}
	return r
}

// document is a reply reduced to what reading needs: its tables as grids,
// its running text as lines, and the unit its identification names.
type document struct {
	grids [][][]string
	lines []string
	id    map[string]string
	kind  string // xlsx, docx, doc, txt
}

func open(name string, data []byte) (*document, error) {
	base := "《" + name + "》"
	switch {
	case len(data) == 0:
		return nil, errors.New(base + "是空文件（0 字节），没有任何内容：请让该单位重新发送反馈意见。")
	case docx.IsOLE(data):
		text, err := msdoc.Text(data)
		switch {
		case err == nil:
			lines := splitLines(text)
			d := &document{lines: lines, kind: "doc"}
			if g := docGrid(lines); g != nil {
				d.grids = [][][]string{g}
			}
			return d, nil
		case errors.Is(err, msdoc.ErrEncrypted):
			return nil, errors.New(base + "设置了打开密码，无法读取：请让该单位取消密码后重新发送。")
		case errors.Is(err, msdoc.ErrOldFormat):
			return nil, errors.New(base + "是 Word 95 或更早的格式：请用 Word 或 WPS 打开后另存为 .docx 再导入。")
		case !errors.Is(err, msdoc.ErrNotDoc):
			return nil, errors.New(base + "已损坏，无法读取：请让该单位重新发送。")
		}
		return fromSheet(name, data) // an .xls
	case bytes.HasPrefix(data, []byte("PK")):
		f, err := docx.Read(data)
		switch {
		case err == nil:
			return fromDocx(f), nil
		case errors.Is(err, docx.ErrEncrypted):
			return nil, errors.New(base + "设置了打开密码，无法读取：请让该单位取消密码后重新发送。")
		case errors.Is(err, docx.ErrDamaged):
			return nil, errors.New(base + "已损坏，无法读取：请让该单位重新发送。")
		}
		return fromSheet(name, data)
	case strings.EqualFold(filepath.Ext(name), ".txt"):
		text, ok := decode(data)
		if !ok {
			return nil, errors.New(base + "不是可读的文本文件：请让该单位用 Word 或文本重新发送。")
		}
		return &document{lines: splitLines(text), kind: "txt"}, nil
	}
	return fromSheet(name, data)
}

func fromSheet(name string, data []byte) (*document, error) {
	book, err := sheet.Read(name, data)
	if err != nil {
		return nil, err
	}
	d := &document{kind: book.Format}
	for _, g := range book.Sheets {
		if g.Name == IDSheet {
			d.id = map[string]string{}
			for _, row := range g.Rows {
				if len(row) >= 2 {
					d.id[row[0]] = row[1]
				}
			}
			continue
		}
		if g.Hidden {
			continue
		}
		g.FillMerges()
		d.grids = append(d.grids, g.Rows)
	}
	return d, nil
}

func fromDocx(f *docx.File) *document {
	d := &document{kind: "docx"}
	for _, b := range f.Body {
		if b.Table != nil {
			d.grids = append(d.grids, b.Table)
		} else if b.Para != nil {
			d.lines = append(d.lines, strings.TrimSpace(b.Para.Label+b.Para.Text))
		}
	}
	return d
}

// decode reads text as UTF-8 (with or without BOM), else as GBK.
func decode(data []byte) (string, bool) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if utf8.Valid(data) {
		return string(data), true
	}
	b, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	return string(b), err == nil && utf8.Valid(b)
}

func splitLines(text string) []string {
	var out []string
	for _, l := range strings.Split(strings.NewReplacer("\r\n", "\n", "\r", "\n", "\a", "\n").Replace(text), "\n") {
		out = append(out, strings.TrimSpace(l))
	}
	return out
}

// docGrid rebuilds a comment table from a .doc's text, where each cell is
// a line and each row ends with an empty one: from a header line 序号 up to
// the first empty line the header's cells give the width, and rows follow
// in runs of that many lines. It stops at the first run that does not end
// a row, after reading a 其他意见 row. nil when there is no such header.
func docGrid(lines []string) [][]string {
	for i, l := range lines {
		if plan.HeaderName(l) != "序号" {
			continue
		}
		n := 0
		for i+n < len(lines) && lines[i+n] != "" {
			n++
		}
		header := lines[i : i+n]
		if n < 3 || !strings.Contains(strings.Join(header, ""), "意见") {
			continue
		}
		grid := [][]string{header}
		for j := i + n + 1; j < len(lines); {
			if strings.HasPrefix(plan.CleanName(lines[j]), "其他意见") {
				text := ""
				for k := j + 1; k < len(lines) && k <= j+2 && text == ""; k++ {
					text = lines[k]
				}
				return append(grid, []string{lines[j], text})
			}
			if j+n >= len(lines) || lines[j+n] != "" {
				break
			}
			grid = append(grid, lines[j:j+n])
			j += n + 1
		}
		return grid
	}
	return nil
}
