package sheet

import (
	"fmt"
	"strings"
)

// Reason says why a file was refused. Callers branch on it (errors.As with
// *RefusedError); the message for the clerk comes from Error.
type Reason int

const (
	Empty          Reason = iota + 1 // 0 bytes
	NotSpreadsheet                   // an image, a PDF, an archive, text without a table…
	Truncated                        // cut short, as after an interrupted copy or download
	Damaged                          // the structure is inconsistent or a part fails its checksum
	WordDocument                     // a Word document (.docx, .doc, .rtf) sent instead of the return
	Encrypted                        // protected by an open password
	TooLarge                         // too big to be a return, or inflates absurdly (zip bomb)
	Unsupported                      // a spreadsheet in a format this program cannot read (.ods, .xlsb, HTML…)
	Unreadable                       // the file itself could not be read from disk
)

var reasonNames = map[Reason]string{
	Empty:          "Empty",
	NotSpreadsheet: "NotSpreadsheet",
	Truncated:      "Truncated",
	Damaged:        "Damaged",
	WordDocument:   "WordDocument",
	Encrypted:      "Encrypted",
	TooLarge:       "TooLarge",
	Unsupported:    "Unsupported",
	Unreadable:     "Unreadable",
}

func (r Reason) String() string {
	if s, ok := reasonNames[r]; ok {
		return s
	}
	return fmt.Sprintf("Reason(%d)", int(r))
}

// RefusedError is returned when a file cannot be trusted or read. Error gives
// one Chinese sentence for the clerk that names the file, the cause and what
// to do about it.
type RefusedError struct {
	File   string // the file name as given; messages use its base name
	Reason Reason
	Detail string // optional Chinese phrase: what the file is, or what exactly is wrong
	Err    error  // the underlying error, for logs; never shown to the clerk
	// Plan marks the office's own plan file rather than a unit's return:
	// the advice then goes to the clerk, not to a 报送单位.
	Plan bool
}

func (e *RefusedError) Error() string {
	name := "《" + baseName(e.File) + "》"
	d := e.Detail
	paren := ""
	if d != "" {
		paren = "（" + d + "）"
	}
	if e.Plan {
		if s, ok := e.planSentence(name, paren); ok {
			return s
		}
	}
	switch e.Reason {
	case Empty:
		return name + "是空文件（0 字节），没有任何内容：请让报送单位重新发送。"
	case NotSpreadsheet:
		if d != "" {
			return name + "实际是" + spaced(d) + "，不是 Excel 表格：请让报送单位按模板用 Excel 填写后重新报送。"
		}
		return name + "不是 Excel 表格：请让报送单位按模板用 Excel 填写后重新报送。"
	case Truncated:
		return name + "文件不完整（可能复制或下载时中断），请重新获取原文件。"
	case Damaged:
		return name + "已损坏" + paren + "，无法读取：请重新获取原文件；若仍不行，请报送单位用 Excel 打开后另存为 .xlsx 再发送。"
	case WordDocument:
		return name + "是 Word 文档，不是 Excel 表格：请让报送单位按模板用 Excel 填写后重新报送。"
	case Encrypted:
		return name + "已加密（设置了打开密码），无法读取：请让报送单位取消密码后重新发送。"
	case TooLarge:
		return name + "过大" + paren + "，可能是恶意文件，已拒绝：请向报送单位核实。"
	case Unsupported:
		if d != "" {
			return name + "是" + spaced(d) + "，本程序无法直接读取：请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。"
		}
		return name + "的格式本程序无法读取：请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。"
	case Unreadable:
		if d == "" {
			d = "可能已被移走、没有读取权限或正被其他程序占用"
		}
		return name + "无法打开（" + d + "）：请确认文件还在、已关闭后重试。"
	}
	return name + "无法读取" + paren + "。"
}

// planSentence is the sentence for a plan file where the advice differs
// from a return's.
func (e *RefusedError) planSentence(name, paren string) (string, bool) {
	switch e.Reason {
	case Empty:
		return name + "是空文件（0 字节），没有任何内容：请检查分工方案文件后重新导入。", true
	case NotSpreadsheet:
		return name + "不是分工方案" + paren + "：请选择分工方案的 Word 文档、文本或 Excel 总表。", true
	case Damaged:
		return name + "已损坏" + paren + "，无法读取：请重新获取原文件，或用 Excel 或 WPS 打开后另存为 .xlsx 再导入。", true
	case WordDocument:
		return name + "是 Word 文档，但扩展名不是 .docx 或 .doc：请改正扩展名后重新导入。", true
	case Encrypted:
		return name + "已加密（设置了打开密码），无法读取：请取消密码另存后重新导入。", true
	case TooLarge:
		return name + "过大" + paren + "，可能是恶意文件，已拒绝：请核实文件来源。", true
	}
	return "", false
}

func (e *RefusedError) Unwrap() error { return e.Err }

// spaced puts a space before a phrase starting with Latin text ("PDF 文件"),
// as the other messages do around Excel and Word.
func spaced(d string) string {
	if d != "" && d[0] < 0x80 {
		return " " + d
	}
	return d
}

// baseName strips both kinds of separator: names may come from Windows
// paths even when this code runs elsewhere (tests, CLI on Linux).
func baseName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		p = p[i+1:]
	}
	if p == "" {
		return "未命名文件"
	}
	return p
}

// refuse builds a RefusedError; Read fills in File on the way out so the
// deeper layers need not carry the name around.
func refuse(r Reason, detail string, err error) *RefusedError {
	return &RefusedError{Reason: r, Detail: detail, Err: err}
}
