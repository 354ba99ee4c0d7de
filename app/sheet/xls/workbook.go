package xls

import (
	"encoding/binary"
	"fmt"
	"math"

	"taizhang/app/sheet/numfmt"
)

// workbook holds what the globals substream says about the whole file,
// plus the budgets shared by all sheets.
type workbook struct {
	stream   []byte
	sst      []string
	xfFmt    []uint16          // XF index -> number format id
	xfKind   []numfmt.Kind     // XF index -> how its numbers show, once the globals are read
	formats  map[uint16]string // custom number formats by id
	date1904 bool
	biff5    bool   // Excel 5.0/95: byte strings in the code page
	codepage uint16 // from the CODEPAGE record

	cells     int // non-empty cells stored
	slots     int // grid slots allocated
	textBytes int // bytes of cell text stored
	scanned   int // stream bytes walked by sheet substreams
}

// cellRef is a cell position; noCell means none.
type cellRef struct{ row, col int }

var noCell = cellRef{-1, -1}

// boundSheet is a BOUNDSHEET8 entry: a sheet's name and where its
// substream starts.
type boundSheet struct {
	name   string
	pos    int
	hidden bool
}

func parseWorkbook(stream []byte) ([]Sheet, error) {
	wb := &workbook{stream: stream, formats: map[uint16]string{}}
	bounds, err := wb.parseGlobals()
	if err != nil {
		return nil, err
	}
	wb.xfKind = make([]numfmt.Kind, len(wb.xfFmt))
	for i, id := range wb.xfFmt {
		wb.xfKind[i] = wb.formatKind(id)
	}
	sheets := make([]Sheet, 0, len(bounds))
	for _, b := range bounds {
		sh, ok, err := wb.parseSheet(b)
		if err != nil {
			return nil, fmt.Errorf("sheet %q: %w", b.name, err)
		}
		if ok {
			sheets = append(sheets, sh)
		}
	}
	return sheets, nil
}

// parseGlobals reads the workbook globals substream, from the first BOF to
// its EOF.
func (wb *workbook) parseGlobals() ([]boundSheet, error) {
	rr := &recordReader{s: wb.stream}
	rec, err := rr.next()
	if err != nil {
		return nil, err
	}
	if rec.typ != recBOF || len(rec.body()) < 4 {
		return nil, fmt.Errorf("Workbook stream does not start with BOF: %w", ErrDamaged)
	}
	switch v := binary.LittleEndian.Uint16(rec.body()); v {
	case biff8Version:
	case biff5Version:
		wb.biff5 = true
	default:
		return nil, fmt.Errorf("BIFF version 0x%04X is neither BIFF8 nor BIFF5: %w", v, ErrDamaged)
	}
	if dt := binary.LittleEndian.Uint16(rec.body()[2:]); dt != bofGlobals {
		return nil, fmt.Errorf("first substream is not workbook globals (type 0x%04X): %w", dt, ErrDamaged)
	}
	sstBudget := maxTextBytes
	var bounds []boundSheet
	for {
		rec, err := rr.next()
		if err != nil {
			return nil, err
		}
		b := rec.body()
		switch rec.typ {
		case recEOF:
			return bounds, nil
		case recFilePass:
			return nil, fmt.Errorf("FILEPASS record: %w", ErrEncrypted)
		case recDateMode:
			wb.date1904 = len(b) >= 2 && binary.LittleEndian.Uint16(b) == 1
		case recCodePage:
			// Only BIFF5 text depends on it: BIFF8 stores every string as
			// UTF-16, or as "compressed" UTF-16 with the zero high bytes
			// dropped.
			if len(b) >= 2 {
				wb.codepage = binary.LittleEndian.Uint16(b)
			}
		case recXF:
			if len(b) < 4 {
				return nil, fmt.Errorf("XF record too short: %w", ErrDamaged)
			}
			wb.xfFmt = append(wb.xfFmt, binary.LittleEndian.Uint16(b[2:]))
		case recFormat:
			id, s, ok := wb.format(rec)
			if !ok {
				return nil, fmt.Errorf("FORMAT record malformed: %w", ErrDamaged)
			}
			wb.formats[id] = s
		case recBoundSheet:
			// position, visibility, type, then the name's count: seven
			// bytes for a sheet without a name, which Excel 95 writes.
			if len(b) < 7 {
				return nil, fmt.Errorf("BOUNDSHEET record too short: %w", ErrDamaged)
			}
			// Chart, macro and VBA sheets hold no cell text.
			if b[5] != sheetTypeWork {
				continue
			}
			c := &contReader{segs: [][]byte{b[6:]}}
			cch, _ := c.u8()
			name, ok := "", true
			if cch > 0 {
				name, ok = wb.str(c, int(cch))
			}
			if !ok {
				return nil, fmt.Errorf("BOUNDSHEET name malformed: %w", ErrDamaged)
			}
			if name == "" {
				name = fmt.Sprintf("Sheet%d", len(bounds)+1) // as Excel shows a nameless sheet
			}
			bounds = append(bounds, boundSheet{name: name, pos: int(binary.LittleEndian.Uint32(b)), hidden: b[4]&0x03 != 0})
		case recSST:
			if wb.biff5 {
				continue // not a BIFF5 record: whatever it is, no cell can use it
			}
			if wb.sst, err = parseSST(rec, &sstBudget); err != nil {
				return nil, err
			}
		}
	}
}

// format reads a FORMAT record: the format's id, then its code as a BIFF8
// XLUnicodeString or a BIFF5 byte string with an 8-bit count.
func (wb *workbook) format(rec record) (uint16, string, bool) {
	c := newContReader(rec)
	id, ok := c.u16()
	if !ok {
		return 0, "", false
	}
	if wb.biff5 {
		cch, ok := c.u8()
		if !ok {
			return 0, "", false
		}
		s, ok := wb.byteString(c, int(cch))
		return id, s, ok
	}
	s, ok := wb.text(c)
	return id, s, ok
}

// parseSheet reads one sheet substream. ok is false for substreams that
// turn out not to be worksheets (e.g. a chart or macro sheet behind a misleading
// BOUNDSHEET).
func (wb *workbook) parseSheet(b boundSheet) (sh Sheet, ok bool, err error) {
	sh.Name, sh.Hidden = b.name, b.hidden
	if b.pos < 0 || b.pos >= len(wb.stream) {
		return sh, false, fmt.Errorf("substream offset %d outside stream: %w", b.pos, ErrDamaged)
	}
	rr := &recordReader{s: wb.stream, pos: b.pos}
	// Real substreams never overlap, so walking more bytes than the stream
	// holds means forged offsets that would make parsing quadratic.
	defer func() {
		wb.scanned += rr.pos - b.pos
		if err == nil && wb.scanned > len(wb.stream) {
			err = fmt.Errorf("sheet substreams overlap: %w", ErrDamaged)
		}
	}()
	rec, err := rr.next()
	if err != nil {
		return sh, false, err
	}
	if rec.typ != recBOF || len(rec.body()) < 4 {
		return sh, false, fmt.Errorf("sheet does not start with BOF: %w", ErrDamaged)
	}
	switch dt := binary.LittleEndian.Uint16(rec.body()[2:]); dt {
	case bofWorksheet:
	case 0x0006, 0x0020, 0x0040:
		// A VBA module, chart or macro sheet listed as a worksheet: odd
		// but harmless, and it holds no cell text.
		return sh, false, nil
	default:
		return sh, false, fmt.Errorf("sheet substream has BOF type 0x%04X: %w", dt, ErrDamaged)
	}

	// A FORMULA whose cached result is a string is followed by a STRING
	// record carrying it; pend remembers where it goes.
	pend := noCell
	depth := 0 // nested substreams (charts embedded in the sheet)
	for {
		rec, err := rr.next()
		if err != nil {
			return sh, false, err
		}
		if rec.typ == recBOF {
			depth++
			continue
		}
		if rec.typ == recEOF {
			if depth == 0 {
				return sh, true, nil
			}
			depth--
			continue
		}
		if depth > 0 {
			continue
		}
		if err := wb.cellRecord(&sh, rec, &pend); err != nil {
			return sh, false, err
		}
	}
}

// cellRecord handles one record of a worksheet substream.
func (wb *workbook) cellRecord(sh *Sheet, rec record, pend *cellRef) error {
	b := rec.body()
	switch rec.typ {
	case recLabelSST, recLabel, recRString, recNumber, recRK, recMulRK,
		recBoolErr, recBlank, recMulBlank, recFormula:
		// Another cell before the STRING means it is missing; do not
		// attach a later one to the wrong cell. (Records such as SHRFMLA
		// or ARRAY may legitimately sit in between.)
		*pend = noCell
	}
	short := func() error {
		return fmt.Errorf("record 0x%04X too short: %w", rec.typ, ErrDamaged)
	}
	// Most cell records start with row, column and XF index.
	var row, col, xf int
	if len(b) >= 6 {
		row = int(binary.LittleEndian.Uint16(b))
		col = int(binary.LittleEndian.Uint16(b[2:]))
		xf = int(binary.LittleEndian.Uint16(b[4:]))
	}
	switch rec.typ {
	case recLabelSST:
		if len(b) < 10 {
			return short()
		}
		i := binary.LittleEndian.Uint32(b[6:])
		if uint64(i) >= uint64(len(wb.sst)) {
			return fmt.Errorf("cell refers to shared string %d of %d: %w", i, len(wb.sst), ErrDamaged)
		}
		return wb.set(sh, row, col, wb.sst[i])
	case recLabel, recRString:
		if len(b) < 8 {
			return short()
		}
		c := newContReader(rec)
		c.skip(6)
		s, ok := wb.text(c)
		if !ok {
			return short()
		}
		return wb.set(sh, row, col, s)
	case recNumber:
		if len(b) < 14 {
			return short()
		}
		v := math.Float64frombits(binary.LittleEndian.Uint64(b[6:]))
		return wb.set(sh, row, col, wb.numberText(v, xf))
	case recRK:
		if len(b) < 10 {
			return short()
		}
		return wb.set(sh, row, col, wb.numberText(rkValue(binary.LittleEndian.Uint32(b[6:])), xf))
	case recMulRK:
		// row, first column, then 6-byte (XF, RK) pairs, then last column.
		if len(b) < 6 {
			return short()
		}
		n := (len(b) - 6) / 6
		for i := 0; i < n; i++ {
			p := b[4+6*i:]
			v := rkValue(binary.LittleEndian.Uint32(p[2:]))
			if err := wb.set(sh, row, col+i, wb.numberText(v, int(binary.LittleEndian.Uint16(p)))); err != nil {
				return err
			}
		}
	case recBoolErr:
		if len(b) < 8 {
			return short()
		}
		return wb.set(sh, row, col, boolErrText(b[6], b[7] != 0))
	case recFormula:
		if len(b) < 14 {
			return short()
		}
		v := b[6:14]
		// The cached result is a float unless its top two bytes are
		// 0xFFFF; then the first byte says what it is.
		if v[6] != 0xFF || v[7] != 0xFF {
			return wb.set(sh, row, col, wb.numberText(math.Float64frombits(binary.LittleEndian.Uint64(v)), xf))
		}
		switch v[0] {
		case 0: // string, in the STRING record that follows
			*pend = cellRef{row, col}
		case 1:
			return wb.set(sh, row, col, boolErrText(v[2], false))
		case 2:
			return wb.set(sh, row, col, boolErrText(v[2], true))
		}
		// 3 is an empty string: nothing to store.
	case recString:
		if *pend == noCell {
			return nil
		}
		at := *pend
		*pend = noCell
		s, ok := wb.text(newContReader(rec))
		if !ok {
			return short()
		}
		return wb.set(sh, at.row, at.col, s)
	case recMergeCells:
		if len(b) < 2 {
			return short()
		}
		n := min(int(binary.LittleEndian.Uint16(b)), (len(b)-2)/8)
		for i := 0; i < n; i++ {
			p := b[2+8*i:]
			m := Merge{
				Top:    int(binary.LittleEndian.Uint16(p)),
				Bottom: int(binary.LittleEndian.Uint16(p[2:])),
				Left:   int(binary.LittleEndian.Uint16(p[4:])),
				Right:  int(binary.LittleEndian.Uint16(p[6:])),
			}
			// Drop ranges that are inverted or start outside the sheet;
			// clip ones that run past it.
			if m.Top > m.Bottom || m.Left > m.Right || m.Top >= maxRows || m.Left >= maxCols {
				continue
			}
			m.Right = min(m.Right, maxCols-1)
			sh.Merges = append(sh.Merges, m)
		}
	case recRow:
		// grbit's fDyZero: the row is hidden.
		if len(b) >= 14 && binary.LittleEndian.Uint16(b[12:])&0x0020 != 0 && row < maxRows {
			sh.HiddenRows = append(sh.HiddenRows, row)
		}
	case recColInfo:
		// first column, last column, width, XF, options (bit 0: hidden).
		if len(b) >= 10 && binary.LittleEndian.Uint16(b[8:])&0x0001 != 0 {
			first, last := int(binary.LittleEndian.Uint16(b)), int(binary.LittleEndian.Uint16(b[2:]))
			if first <= last && first < maxCols {
				sh.HiddenCols = append(sh.HiddenCols, [2]int{first, min(last, maxCols-1)})
			}
		}
	case recFilePass:
		return fmt.Errorf("FILEPASS record: %w", ErrEncrypted)
	case recBlank, recMulBlank:
		// Formatted but empty cells carry no text.
	}
	return nil
}

// set stores a cell's text, growing the ragged grid as needed and charging
// the workbook-wide budgets.
func (wb *workbook) set(sh *Sheet, row, col int, text string) error {
	if text == "" || row < 0 || col < 0 || row >= maxRows || col >= maxCols {
		return nil
	}
	if wb.cells++; wb.cells > maxCells {
		return fmt.Errorf("more than %d cells: %w", maxCells, ErrTooLarge)
	}
	if wb.textBytes += len(text); wb.textBytes > maxTextBytes {
		return fmt.Errorf("cell text exceeds %d bytes: %w", maxTextBytes, ErrTooLarge)
	}
	if row >= len(sh.Rows) {
		wb.slots += row + 1 - len(sh.Rows)
		if wb.slots > maxGridSlots {
			return fmt.Errorf("grid exceeds %d cells: %w", maxGridSlots, ErrTooLarge)
		}
		sh.Rows = append(sh.Rows, make([][]string, row+1-len(sh.Rows))...)
	}
	r := sh.Rows[row]
	if col >= len(r) {
		wb.slots += col + 1 - len(r)
		if wb.slots > maxGridSlots {
			return fmt.Errorf("grid exceeds %d cells: %w", maxGridSlots, ErrTooLarge)
		}
		r = append(r, make([]string, col+1-len(r))...)
		sh.Rows[row] = r
	}
	r[col] = text
	return nil
}

// rkValue decodes an RK number: a 30-bit integer or the top 30 bits of a
// double, optionally divided by 100.
func rkValue(rk uint32) float64 {
	var v float64
	if rk&0x02 != 0 {
		v = float64(int32(rk) >> 2)
	} else {
		v = math.Float64frombits(uint64(rk&^3) << 32)
	}
	if rk&0x01 != 0 {
		v /= 100
	}
	return v
}

// boolErrText renders a boolean or an error code as Excel displays it.
func boolErrText(v byte, isErr bool) string {
	if !isErr {
		if v != 0 {
			return "TRUE"
		}
		return "FALSE"
	}
	switch v {
	case 0x00:
		return "#NULL!"
	case 0x07:
		return "#DIV/0!"
	case 0x0F:
		return "#VALUE!"
	case 0x17:
		return "#REF!"
	case 0x1D:
		return "#NAME?"
	case 0x24:
		return "#NUM!"
	case 0x2A:
		return "#N/A"
	case 0x2B:
		return "#GETTING_DATA"
	}
	return "#ERR!"
}
