package sheet

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/xuri/excelize/v2"

	"taizhang/app/sheet/numfmt"
)

// readXLSX reads an Office Open XML workbook. inspectPackage proves the
// package whole (every entry inflated and its CRC checked, every XML part
// well-formed to the end) and, in the same single pass over each part,
// reads the cells: no part is inflated or parsed twice.
func readXLSX(data []byte) (*Book, error) {
	pkg, err := inspectPackage(data)
	if err != nil {
		return nil, err
	}
	if pkg.foreign {
		// Parts in a legacy encoding (GBK…): excelize transcodes them.
		return readXLSXExcelize(data, pkg)
	}
	book := &Book{Format: "xlsx", Sheets: make([]Grid, 0, len(pkg.sheets))}
	for _, ps := range pkg.sheets {
		sc := pkg.scans[ps.path]
		book.Sheets = append(book.Sheets, Grid{Name: ps.name, Rows: pkg.grid(sc), Merges: sc.merges, Hidden: ps.hidden,
			HiddenRows: sc.hiddenRows, HiddenCols: sc.hiddenCols})
	}
	return book, nil
}

// readXLSXExcelize reads the cell values with excelize's row iterator, for
// packages whose XML is not UTF-8; the verification scan supplies what the
// iterator does not give (merged ranges, which cells are numbers and their
// number formats).
func readXLSXExcelize(data []byte, pkg *xlsxPackage) (*Book, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit:    maxUnzipTotal,
		UnzipXMLSizeLimit: maxPartSize,
	})
	if err != nil {
		return nil, refuse(Damaged, "", err)
	}
	// Close only removes temporary files, which these limits never create.
	defer func() { _ = f.Close() }()
	names := f.GetSheetList()
	if len(names) != len(pkg.sheets) {
		return nil, refuse(Damaged, "工作表目录不一致", fmt.Errorf("excelize lists %d sheets, workbook.xml %d", len(names), len(pkg.sheets)))
	}
	book := &Book{Format: "xlsx", Sheets: make([]Grid, 0, len(names))}
	for i, name := range names {
		ps := pkg.sheets[i]
		rows, err := readRows(f, name)
		if isSheetNameError(err) {
			// LibreOffice and some generators write names Excel would not
			// allow (over 31 characters, brackets…); excelize refuses to
			// look such a sheet up, but will rename it.
			alias := fmt.Sprintf("sheet-%d", i)
			for slices.Contains(names, alias) {
				alias += "-"
			}
			if err = f.SetSheetName(name, alias); err == nil {
				rows, err = readRows(f, alias)
			}
		}
		if err != nil {
			return nil, refuse(Damaged, "工作表“"+name+"”无法读取", err)
		}
		sc := pkg.scans[ps.path]
		pkg.applyScan(rows, sc)
		for len(rows) > 0 && len(rows[len(rows)-1]) == 0 {
			rows = rows[:len(rows)-1]
		}
		book.Sheets = append(book.Sheets, Grid{Name: name, Rows: rows, Merges: sc.merges, Hidden: ps.hidden,
			HiddenRows: sc.hiddenRows, HiddenCols: sc.hiddenCols})
	}
	return book, nil
}

func isSheetNameError(err error) bool {
	return errors.Is(err, excelize.ErrSheetNameBlank) || errors.Is(err, excelize.ErrSheetNameLength) ||
		errors.Is(err, excelize.ErrSheetNameSingleQuote) || errors.Is(err, excelize.ErrSheetNameInvalid)
}

// readRows collects a sheet with the row iterator, checking every error:
// the iterator is the cheapest way excelize offers to read a sheet.
func readRows(f *excelize.File, sheet string) ([][]string, error) {
	it, err := f.Rows(sheet)
	if err != nil {
		return nil, err
	}
	var rows [][]string
	raw := excelize.Options{RawCellValue: true}
	for it.Next() {
		cols, err := it.Columns(raw)
		if err != nil {
			_ = it.Close()
			return nil, err
		}
		rows = append(rows, cols)
	}
	if err := it.Error(); err != nil {
		_ = it.Close()
		return nil, err
	}
	return rows, it.Close()
}

// applyScan rewrites the cells the scan found to be numbers, booleans or
// ISO dates into their display text. A cell is only rewritten when excelize
// put the same raw value at the same place, so a disagreement about cell
// positions in an odd file can never move a value.
func (p *xlsxPackage) applyScan(rows [][]string, sc *sheetScan) {
	for i := range sc.cells {
		c := &sc.cells[i]
		if c.typ != 'n' && c.typ != 'b' && c.typ != 'd' {
			continue
		}
		if c.row >= len(rows) || c.col >= len(rows[c.row]) || rows[c.row][c.col] != c.raw {
			continue
		}
		rows[c.row][c.col] = p.display(c)
	}
}

// relsHandler collects the relationships of a .rels part.
type relsHandler struct {
	rels []rel
}

type rel struct{ id, typ, target string }

func (h *relsHandler) start(name []byte, attrs []xmlAttr) error {
	if string(localName(name)) != "Relationship" {
		return nil
	}
	var r rel
	for _, a := range attrs {
		switch string(a.name) {
		case "Id":
			r.id = xmlUnescape(a.value)
		case "Type":
			r.typ = xmlUnescape(a.value)
		case "Target":
			r.target = xmlUnescape(a.value)
		}
	}
	h.rels = append(h.rels, r)
	return nil
}
func (h *relsHandler) end([]byte) error { return nil }
func (h *relsHandler) text([]byte)      {}

// workbookHandler collects the sheet list and the date system.
type workbookHandler struct {
	sheets   []wbSheet
	date1904 bool
	inSheets bool
}

type wbSheet struct {
	name, rid string
	hidden    bool
}

func (h *workbookHandler) start(name []byte, attrs []xmlAttr) error {
	switch string(localName(name)) {
	case "sheets":
		h.inSheets = true
	case "sheet":
		if !h.inSheets {
			return nil
		}
		var s wbSheet
		for _, a := range attrs {
			switch string(localName(a.name)) {
			case "name":
				s.name = xmlUnescape(a.value)
			case "id":
				// r:id — any prefix bound to the relationships namespace
				if bytes.IndexByte(a.name, ':') >= 0 {
					s.rid = xmlUnescape(a.value)
				}
			case "state":
				s.hidden = string(a.value) != "visible"
			}
		}
		h.sheets = append(h.sheets, s)
	case "workbookPr":
		for _, a := range attrs {
			if string(a.name) == "date1904" {
				h.date1904 = xmlBool(a.value)
			}
		}
	}
	return nil
}
func (h *workbookHandler) end(name []byte) error {
	if string(localName(name)) == "sheets" {
		h.inSheets = false
	}
	return nil
}
func (h *workbookHandler) text([]byte) {}

// styleTable keeps, per cell style index, the number format it uses.
type styleTable struct {
	xfFormats  []int          // cellXfs order: numFmtId of each
	custom     map[int]string // numFmts: id → format code
	inCellXfs  bool
	inNumFmts  bool          // numFmt also occurs in dxfs, which are not cell styles
	kinds      []numfmt.Kind // resolved lazily per style index
	kindsReady bool
}

func (t *styleTable) start(name []byte, attrs []xmlAttr) error {
	switch string(localName(name)) {
	case "cellXfs":
		t.inCellXfs = true
	case "numFmts":
		t.inNumFmts = true
	case "xf":
		if t.inCellXfs {
			id := 0
			for _, a := range attrs {
				if string(a.name) == "numFmtId" {
					id, _ = strconv.Atoi(string(a.value))
				}
			}
			t.xfFormats = append(t.xfFormats, id)
		}
	case "numFmt":
		if !t.inNumFmts {
			return nil
		}
		id, code := -1, ""
		for _, a := range attrs {
			switch string(a.name) {
			case "numFmtId":
				if n, err := strconv.Atoi(string(a.value)); err == nil {
					id = n
				}
			case "formatCode":
				code = xmlUnescape(a.value)
			}
		}
		if id >= 0 {
			if t.custom == nil {
				t.custom = map[int]string{}
			}
			t.custom[id] = code
		}
	}
	return nil
}

func (t *styleTable) end(name []byte) error {
	switch string(localName(name)) {
	case "cellXfs":
		t.inCellXfs = false
	case "numFmts":
		t.inNumFmts = false
	}
	return nil
}
func (t *styleTable) text([]byte) {}

// kind tells how numbers in cells of style s are shown.
func (t *styleTable) kind(s int) numfmt.Kind {
	if !t.kindsReady {
		t.kinds = make([]numfmt.Kind, len(t.xfFormats))
		for i, id := range t.xfFormats {
			if code, ok := t.custom[id]; ok {
				t.kinds[i] = numfmt.Classify(code)
			} else {
				t.kinds[i] = numfmt.Builtin(id)
			}
		}
		t.kindsReady = true
	}
	if s < 0 || s >= len(t.kinds) {
		return numfmt.General
	}
	return t.kinds[s]
}

// sheetScan reads a worksheet during verification: every cell with its
// value, and the merged ranges. Rows and cells are numbered as excelize
// numbers them (a missing r attribute means "next").
type sheetScan struct {
	merges     []Merge
	hiddenRows []bool
	hiddenCols []bool
	cells      []scannedCell
	maxString  int // highest shared string index used, plus one
	slots      int // cells of the grid, gaps included
	rowWidth   int
	maxRow     int // rows holding a kept cell

	inSheetData bool
	row, col    int
	inCell      bool
	inValue     bool
	inInline    bool
	hasFormula  bool
	hasInline   bool
	cur         scannedCell
	val         []byte
	inline      richText
}

// scannedCell is one cell as stored.
type scannedCell struct {
	row, col int // 0-based
	style    int
	typ      byte   // 'n' number, 'b' boolean, 'd' ISO 8601 date, 's' shared string, 'i' inline string, 't' text as stored
	sst      int    // shared string index
	raw      string // the value as stored (decoded text)
	formula  bool
}

func (s *sheetScan) start(name []byte, attrs []xmlAttr) error {
	local := localName(name)
	if s.inInline {
		s.inline.start(local)
		return nil
	}
	switch string(local) {
	case "sheetData":
		s.inSheetData = true
	case "row":
		if !s.inSheetData {
			return nil
		}
		s.row++
		for _, a := range attrs {
			if string(a.name) == "r" {
				n, err := strconv.Atoi(string(a.value))
				switch {
				case err == nil && n > 1<<20:
					return fmt.Errorf("row %d past the last row of a sheet", n)
				case err == nil && n > 0:
					s.row = n
				}
			}
		}
		s.col, s.rowWidth = 0, 0
		for _, a := range attrs {
			if string(a.name) == "hidden" && xmlBool(a.value) {
				s.hiddenRows = markHidden(s.hiddenRows, s.row-1, s.row-1, 1<<20)
			}
		}
	case "col":
		s.hiddenColumns(attrs)
	case "c":
		if !s.inSheetData {
			return nil
		}
		return s.startCell(attrs)
	case "v":
		s.inValue = s.inCell
	case "f":
		s.hasFormula = s.hasFormula || s.inCell
	case "is":
		if s.inCell {
			s.inInline, s.hasInline = true, true
			s.inline.begin()
		}
	case "mergeCell":
		for _, a := range attrs {
			if string(a.name) == "ref" {
				if m, ok := parseRange(a.value); ok {
					s.merges = append(s.merges, m)
				}
			}
		}
	}
	return nil
}

// hiddenColumns reads a <col min max hidden> width entry.
func (s *sheetScan) hiddenColumns(attrs []xmlAttr) {
	lo, hi, hidden := 0, 0, false
	for _, a := range attrs {
		switch string(a.name) {
		case "min":
			lo, _ = strconv.Atoi(string(a.value))
		case "max":
			hi, _ = strconv.Atoi(string(a.value))
		case "hidden":
			hidden = xmlBool(a.value)
		}
	}
	if hidden && lo > 0 {
		s.hiddenCols = markHidden(s.hiddenCols, lo-1, max(hi, lo)-1, maxHiddenCols)
	}
}

func (s *sheetScan) startCell(attrs []xmlAttr) error {
	s.col++
	s.inCell, s.hasFormula, s.hasInline = true, false, false
	s.cur = scannedCell{typ: 'n'}
	s.val = s.val[:0]
	for _, a := range attrs {
		switch string(a.name) {
		case "r":
			c := columnOf(a.value)
			if c == 0 {
				// excelize refuses such a sheet; a guess could move a value.
				return fmt.Errorf("cell reference %q", a.value)
			}
			s.col = c
		case "s":
			n, err := strconv.Atoi(string(a.value))
			if err != nil {
				// excelize drops the value of such a cell silently.
				return fmt.Errorf("cell style %q", a.value)
			}
			s.cur.style = n
		case "t":
			switch string(a.value) {
			case "n":
			case "b", "d", "s":
				s.cur.typ = a.value[0]
			case "inlineStr":
				s.cur.typ = 'i'
			default: // str, e: the text as stored
				s.cur.typ = 't'
			}
		}
	}
	s.cur.row, s.cur.col = s.row-1, s.col-1
	return nil
}

func (s *sheetScan) end(name []byte) error {
	if s.inInline {
		if !s.inline.end() {
			s.inInline = false
		}
		return nil
	}
	switch string(localName(name)) {
	case "v":
		s.inValue = false
	case "c":
		if s.inCell {
			s.inCell = false
			return s.endCell()
		}
	case "row":
		if s.inSheetData {
			s.slots += s.rowWidth
			if s.slots > maxGridSlots {
				return refuse(TooLarge, "表格范围过大，单元格超过 400 万个", nil)
			}
		}
	case "sheetData":
		s.inSheetData = false
	}
	return nil
}

// endCell keeps a cell that shows something or holds a formula, as
// excelize's row iterator does.
func (s *sheetScan) endCell() error {
	c := &s.cur
	if c.row < 0 || c.col < 0 {
		return nil
	}
	switch {
	case c.typ == 's':
		if len(s.val) == 0 {
			c.typ, c.raw = 't', ""
			break
		}
		// excelize reads a non-numeric index as 0: the first string
		// would silently stand in for the real one.
		n, err := strconv.Atoi(string(bytes.TrimSpace(s.val)))
		if err != nil || n < 0 {
			return fmt.Errorf("shared string index %q", s.val)
		}
		s.maxString = max(s.maxString, n+1)
		c.sst = n
	case c.typ == 'i' && s.hasInline:
		c.raw = s.inline.String()
	default:
		c.raw = string(s.val)
	}
	if c.typ != 's' && c.raw == "" && !s.hasFormula {
		return nil
	}
	c.formula = s.hasFormula
	s.rowWidth = max(s.rowWidth, s.col)
	s.maxRow = max(s.maxRow, s.row)
	s.cells = append(s.cells, *c)
	return nil
}

func (s *sheetScan) text(b []byte) {
	switch {
	case s.inInline:
		s.inline.text(b)
	case s.inValue:
		s.val = appendText(s.val, b)
	}
}

func (s *sheetScan) cdata(b []byte) {
	switch {
	case s.inInline:
		s.inline.cdata(b)
	case s.inValue:
		s.val = appendCRNormalised(s.val, b)
	}
}

// grid lays the scanned cells out as rows of display text.
func (p *xlsxPackage) grid(sc *sheetScan) [][]string {
	texts := make([]string, len(sc.cells))
	widths := make([]int, sc.maxRow)
	for i := range sc.cells {
		c := &sc.cells[i]
		if texts[i] = p.cellText(c); texts[i] != "" || c.formula {
			widths[c.row] = max(widths[c.row], c.col+1)
		}
	}
	rows := make([][]string, sc.maxRow)
	for r, w := range widths {
		if w > 0 {
			rows[r] = make([]string, w)
		}
	}
	for i := range sc.cells {
		if c := &sc.cells[i]; c.col < len(rows[c.row]) {
			rows[c.row][c.col] = texts[i]
		}
	}
	for len(rows) > 0 && len(rows[len(rows)-1]) == 0 {
		rows = rows[:len(rows)-1]
	}
	return rows
}

func (p *xlsxPackage) cellText(c *scannedCell) string {
	switch c.typ {
	case 's':
		return p.sst[c.sst]
	case 'i', 't':
		return c.raw
	}
	return p.display(c)
}

func localName(n []byte) []byte {
	if i := bytes.IndexByte(n, ':'); i >= 0 {
		return n[i+1:]
	}
	return n
}

func xmlBool(v []byte) bool { return string(v) == "1" || string(v) == "true" }

// columnOf returns the 1-based column of a cell reference such as "AB12",
// or 0 if it is not one.
func columnOf(ref []byte) int {
	col, i := 0, 0
	for ; i < len(ref); i++ {
		c := ref[i] | 0x20 // ASCII lower case
		if c < 'a' || c > 'z' {
			break
		}
		if i == 3 {
			return 0 // past XFD
		}
		col = col*26 + int(c-'a'+1)
	}
	if i == 0 || i == len(ref) || col > 16384 {
		return 0
	}
	return col
}

// parseRange parses "A1:C3" into a 0-based inclusive Merge.
func parseRange(ref []byte) (Merge, bool) {
	a, b, ok := bytes.Cut(ref, []byte(":"))
	if !ok {
		return Merge{}, false
	}
	r1, c1, ok1 := cellRef(a)
	r2, c2, ok2 := cellRef(b)
	if !ok1 || !ok2 {
		return Merge{}, false
	}
	return Merge{Top: min(r1, r2), Left: min(c1, c2), Bottom: max(r1, r2), Right: max(c1, c2)}, true
}

// cellRef parses "C3" (or "$C$3") into 0-based row and column.
func cellRef(b []byte) (row, col int, ok bool) {
	b = bytes.ReplaceAll(b, []byte("$"), nil)
	col = columnOf(b)
	if col == 0 {
		return 0, 0, false
	}
	i := 0
	for i < len(b) && (b[i]|0x20) >= 'a' && (b[i]|0x20) <= 'z' {
		i++
	}
	n, err := strconv.Atoi(string(b[i:]))
	if err != nil || n < 1 || n > 1<<20 {
		return 0, 0, false
	}
	return n - 1, col - 1, true
}
