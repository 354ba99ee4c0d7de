package importer

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"taizhang/app/plan"
	"taizhang/app/sheet"
)

// Context is what a file is read against.
type Context struct {
	Plan   *plan.Plan
	Dir    *plan.Directory
	Period string // "" means the plan's default period
	Unit   string // forced unit (the clerk chose it); "" means read it from the file
	match  *matcher
	fields *fieldMemo
}

// Prepared returns the context with the plan's requirement texts indexed
// once, for reading many files against the same plan.
func (c Context) Prepared() Context {
	c.match = newMatcher(c.Plan)
	c.fields = &fieldMemo{}
	return c
}

// Result is one file read and matched: what it would add to the ledger.
type Result struct {
	Path, Name string
	Hash       string
	Plan       string
	Period     string
	Format     string
	Unit       string // canonical; "" when it could not be told
	UnitSource string // 模板标识, 指定, 填报单位, 文件名, 工作表名
	UnitSure   bool   // false: the clerk should confirm the unit
	UnitRaw    string // the 填报单位 text as written
	NeedsUnit  bool   // refused only because the unit is unknown: SetUnit mends it
	Date       string
	Contact    string // the 填报人 line, "" when absent
	Phone      string // the 联系电话 line
	Sheet      string
	Returns    []plan.Return
	Unmatched  []Row // rows with content that match no task
	Skipped    int   // rows marked 不涉及 or left empty
	Warnings   []string
	Err        error // the refusal, when the file cannot be imported
}

// Row is a row of the file, kept for the clerk to see.
type Row struct {
	Line int    // 1-based row number in the sheet
	Text string // the row's cells joined
}

// ReadFile reads a return from disk: the first of a workbook holding
// several (see ReadFileAll).
func ReadFile(path string, ctx Context) *Result {
	return ReadFileAll(path, ctx)[0]
}

// ReadFileAll reads from disk every return a file holds: one per sheet
// holding a return. There is always at least one result.
func ReadFileAll(path string, ctx Context) []*Result {
	data, err := os.ReadFile(path)
	if err != nil {
		return []*Result{{Path: path, Name: filepath.Base(path), Err: sheet.OpenFailed(path, err)}}
	}
	var modDate string
	if st, err := os.Stat(path); err == nil {
		modDate = st.ModTime().Format("2006-01-02")
	}
	return ReadAll(filepath.Base(path), data, modDate, ctx)
}

// Read reads a return from its bytes. modDate (the file's modification
// date) stands in for a missing 填报日期. A workbook holding several units'
// returns gives the first of them here; ReadAll gives them all.
func Read(name string, data []byte, modDate string, ctx Context) *Result {
	return ReadAll(name, data, modDate, ctx)[0]
}

// decideUnit settles who sent the file, most reliable source first.
// In a workbook holding several returns the sheet name comes before the
// file name, which can name one unit only.
func (res *Result) decideUnit(ctx Context, meta meta, id map[string]string, fromTemplate bool, sheetName string, several bool) {
	res.UnitRaw = meta.unit
	set := func(unit, source string, sure bool) {
		res.Unit, res.UnitSource, res.UnitSure = unit, source, sure
	}
	fromName := ctx.Dir.FindIn(strings.TrimSuffix(res.Name, filepath.Ext(res.Name)))
	fromSheet := ctx.Dir.FindIn(sheetName)
	switch {
	case ctx.Unit != "":
		set(ctx.Dir.Canonical(ctx.Unit), "指定", true)
	case fromTemplate && known(ctx.Dir, id[sheet.TemplateKeyUnit]):
		set(ctx.Dir.Canonical(id[sheet.TemplateKeyUnit]), "模板标识", true)
	case meta.unit != "" && known(ctx.Dir, meta.unit):
		set(ctx.Dir.Canonical(meta.unit), "填报单位", true)
	case meta.unit != "" && ctx.Dir.FindIn(meta.unit) != "":
		set(ctx.Dir.FindIn(meta.unit), "填报单位", false)
	case several && fromSheet != "":
		set(fromSheet, "工作表名", true)
	case fromName != "":
		set(fromName, "文件名", !several)
	case fromSheet != "":
		set(fromSheet, "工作表名", false)
	}
	if res.UnitSource == "填报单位" && fromName != "" && fromName != res.Unit && !several {
		res.Warnings = append(res.Warnings, fmt.Sprintf("文件名像是%s，但填报单位写的是%s，按填报单位计", fromName, res.Unit))
	}
	if res.Unit != "" && !res.UnitSure {
		res.Warnings = append(res.Warnings, fmt.Sprintf("报送单位按%s认作%s，请核对", res.UnitSource, res.Unit))
	}
	if meta.unit != "" && res.Unit == "" {
		res.Warnings = append(res.Warnings, "填报单位“"+meta.unit+"”不在单位名录中")
	}
}

func known(d *plan.Directory, name string) bool {
	_, collective, ok := d.Resolve(name)
	return ok && !collective
}

// notApplicable is a row the unit marked as not its own: 不涉及 in the
// progress or status cell, with nothing else said.
func notApplicable(text, status string) bool {
	if utf8.RuneCountInString(text) <= 10 {
		if st, ok := plan.NormalizeStatus(text); ok && st == plan.StatusNA {
			return true
		}
	}
	if st, _ := plan.NormalizeStatus(status); st == plan.StatusNA && (text == "" || isDash(text)) {
		return true
	}
	return false
}

func isDash(s string) bool {
	return strings.Trim(s, "/／-—－ 　无") == ""
}

// cleanCell trims every kind of space (full-width ones too) and line break
// around a value and unifies line endings inside it.
func cleanCell(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
	})
}

func rowText(g *sheet.Grid, r int) string {
	var parts []string
	for _, c := range g.Rows[r] {
		if c = cleanCell(c); c != "" {
			parts = append(parts, c)
		}
	}
	return plan.ShortText(strings.Join(parts, " | "), 80)
}

// meta is what a return says about itself above (or below) the table.
type meta struct {
	unit, date    string
	person, phone string
}

var (
	unitLabel = regexp.MustCompile(spaced("填报单位", "报送单位", "单位名称", "填报部门") + `(?:` + plan.BracketPattern + `)?` + gap + `[:：]?` + gap)
	nextLabel = regexp.MustCompile(gap + spaced("填报人", "联系人", "联系电话", "电话", "填报日期", "报送日期", "日期", "审核人", "负责人"))
	dateLabel = regexp.MustCompile(spaced("填报日期", "报送日期", "填表日期", "日期") + gap + `[:：]?` + gap)
	sealMark  = regexp.MustCompile(`[（(]?` + spaced("盖章") + `[）)]?`)
)

// gap is any run of half- or full-width spaces.
const gap = `[\s\x{3000}\x{00A0}]*`

// spaced is a pattern for any of words, written with or without spaces
// between their characters: clerks align labels by typing them ("填 报 人",
// "联　系　电　话").
func spaced(words ...string) string {
	alts := make([]string, len(words))
	for i, w := range words {
		chars := make([]string, 0, len(w))
		for _, r := range w {
			chars = append(chars, regexp.QuoteMeta(string(r)))
		}
		alts[i] = strings.Join(chars, gap)
	}
	return "(?:" + strings.Join(alts, "|") + ")"
}

// Who filled the return in, and a phone: the label starts a cell or
// follows a space and ends in a colon (or the cell), so a sentence of
// 落实情况 that mentions a 联系人 is not taken for the line.
var (
	personLabel = regexp.MustCompile(`(?:^|\s)` + spaced("填报人", "联系人", "经办人") + gap + `(?:[:：]` + gap + `|$)`)
	phoneLabel  = regexp.MustCompile(`(?:^|\s)` + spaced("联系电话", "联系方式", "电话", "手机") + gap + `(?:[:：]` + gap + `|$)`)
	phoneRe     = regexp.MustCompile(`[0-9０-９][0-9０-９()（）\-－—\s]{5,}[0-9０-９]`)
)

// readMeta finds the 填报单位, 填报人, 联系电话 and 填报日期 lines. They sit
// above the header, though some units put them under the table.
func readMeta(g *sheet.Grid, header int) meta {
	var m meta
	for r := range g.Rows {
		if r >= header && r < header+1 {
			continue
		}
		row := g.Rows[r]
		for c, cell := range row {
			may := mayHold(cell)
			if m.unit == "" && r < header && may&mayUnit != 0 {
				m.unit = labelled(cell, row, c, unitLabel)
			}
			if m.date == "" && may&mayDate != 0 {
				if d := labelled(cell, row, c, dateLabel); d != "" {
					m.date = plan.FindDate(d)
				}
			}
			if m.person == "" && may&mayPerson != 0 {
				m.person = labelled(cell, row, c, personLabel)
			}
			if m.phone == "" && may&mayPhone != 0 {
				m.phone = phoneRe.FindString(labelled(cell, row, c, phoneLabel))
			}
		}
		if m.unit != "" && m.date != "" && m.person != "" && m.phone != "" {
			break
		}
	}
	m.person, m.phone = splitPhone(m.person, m.phone)
	return m
}

// splitPhone takes a number written after the person ("联系人：李明
// 13800138000") as the phone when no phone line gave one, and keeps only a
// short name as the person.
func splitPhone(person, phone string) (string, string) {
	if n := phoneRe.FindString(person); n != "" {
		if phone == "" {
			phone = n
		}
		person = strings.TrimSpace(strings.Replace(person, n, "", 1))
	}
	if utf8.RuneCountInString(person) > 12 {
		person = ""
	}
	return person, strings.TrimSpace(phone)
}

// Labels a cell may hold, from mayHold.
const (
	mayUnit uint8 = 1 << iota
	mayDate
	mayPerson
	mayPhone
)

// mayHold tells, in one pass over a cell, which labels it may hold: those
// whose first and last characters it contains. The label patterns have no
// literal prefix, so the regexp engine would try them at every position of
// every cell, the long progress texts included.
func mayHold(cell string) uint8 {
	var first, last uint8
	for i := 0; i < len(cell); {
		r, size := cjkRune(cell, i)
		i += size
		switch r {
		case '填':
			first |= mayUnit | mayDate | mayPerson
		case '报':
			first |= mayUnit | mayDate
		case '单':
			first |= mayUnit
		case '位', '称', '门':
			last |= mayUnit
		case '日':
			first |= mayDate
		case '期':
			last |= mayDate
		case '联':
			first |= mayPerson | mayPhone
		case '经':
			first |= mayPerson
		case '人':
			last |= mayPerson
		case '电', '手':
			first |= mayPhone
		case '话', '式', '机':
			last |= mayPhone
		}
	}
	return first & last
}

// cjkRune decodes the rune at i as range does, decoding the three-byte
// runes of Chinese inline: every cell of a file is looked at, and the
// general decoder was most of the time it took.
func cjkRune(s string, i int) (rune, int) {
	b := s[i]
	if b < utf8.RuneSelf {
		return rune(b), 1
	}
	if b >= 0xE1 && b <= 0xEC && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		return rune(b&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// labelled returns the value after a label in a cell ("填报单位：县财政局"),
// or in the next non-empty cell when the label stands alone.
func labelled(cell string, row []string, c int, label *regexp.Regexp) string {
	loc := label.FindStringIndex(cell)
	if loc == nil {
		return ""
	}
	v := cell[loc[1]:]
	if strings.TrimSpace(v) == "" {
		for _, next := range row[c+1:] {
			if next = strings.TrimSpace(next); next != "" && next != cell {
				v = next
				break
			}
		}
	}
	if i := nextLabel.FindStringIndex(v); i != nil {
		v = v[:i[0]]
	}
	v = strings.TrimSpace(strings.Trim(strings.TrimSpace(v), "_＿ 　"))
	if label == unitLabel {
		v = strings.TrimSpace(sealMark.ReplaceAllString(v, ""))
	}
	return v
}

// SetUnit changes the unit the file is read as (the clerk's choice),
// re-stamping its rows.
func (res *Result) SetUnit(unit string) {
	res.Unit, res.UnitSource, res.UnitSure = unit, "指定", true
	for i := range res.Returns {
		res.Returns[i].Unit = unit
	}
	if res.NeedsUnit {
		res.Err, res.NeedsUnit = nil, false
	}
}

// IsRefused reports whether the file cannot be imported.
func (res *Result) IsRefused() bool { return res.Err != nil }

// RefusalText is the one sentence the clerk reads.
func (res *Result) RefusalText() string {
	if res.Err == nil {
		return ""
	}
	var re *sheet.RefusedError
	if errors.As(res.Err, &re) {
		return re.Error()
	}
	return res.Err.Error()
}
