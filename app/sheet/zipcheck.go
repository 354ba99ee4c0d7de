package sheet

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
	"sync"

	"taizhang/app/zipguard"
)

// Limits on what a workbook may inflate to: the ones every zip-based
// Office file is held to (zipguard), checked from the sizes the entries
// declare before anything is inflated.
const (
	maxPartSize   = zipguard.MaxPart
	maxUnzipTotal = zipguard.MaxTotal
	maxRatio      = zipguard.MaxRatio
	// maxGridSlots bounds the cells of the grids built (gaps included):
	// a few bytes of XML can place a value in column XFD, and excelize pads
	// the row up to it. 4 million is the limit the xls reader uses too.
	maxGridSlots = 4_000_000
)

// xlsxPackage is what the verification learned about a workbook: enough to
// place excelize's cell values (merges, cell types and number formats,
// which its row iterator does not give) and proof that every part is whole.
type xlsxPackage struct {
	sheets   []pkgSheet
	scans    map[string]*sheetScan // by part path
	date1904 bool
	styles   styleTable
	sst      []string
	foreign  bool // a part declares an encoding other than UTF-8
}

type pkgSheet struct {
	name, path string
	hidden     bool
}

// partName maps a zip entry name to the key excelize stores it under, so
// that we verify exactly the part excelize will read.
func partName(n string) string {
	n = strings.ReplaceAll(n, "\\", "/")
	switch strings.ToLower(n) {
	case "[content_types].xml":
		return "[Content_Types].xml"
	case "xl/sharedstrings.xml":
		return "xl/sharedStrings.xml"
	}
	return n
}

// inspectPackage verifies a zip-based file completely before anything of it
// is trusted: every entry is inflated once (checking its CRC and size) and
// the XML parts excelize reads are checked to be well-formed to the end.
func inspectPackage(data []byte) (*xlsxPackage, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		// The central directory sits at the end: a copy cut short has none.
		if !hasEndOfCentralDirectory(data) {
			return nil, refuse(Truncated, "", err)
		}
		return nil, refuse(Damaged, "压缩包目录损坏", err)
	}
	if err := guardRefusal(zipguard.Check(zr.File)); err != nil {
		return nil, err
	}
	parts := make(map[string]*zip.File, len(zr.File))
	for _, f := range zr.File {
		parts[partName(f.Name)] = f
	}

	v := verifier{parts: parts, done: make(map[*zip.File]bool, 8)}
	defer v.release()
	pkg, err := v.structure()
	if err != nil {
		return nil, err
	}
	// Every entry, including images and parts excelize never parses: a bad
	// CRC anywhere means the copy is not what the unit sent.
	var sst sstReader
	for _, f := range zr.File {
		if v.done[f] {
			continue
		}
		name := partName(f.Name)
		switch {
		case pkg.scans[name] != nil:
			sc := &sheetScan{}
			if err := v.scan(f, sc); err != nil {
				return nil, err
			}
			pkg.scans[name] = sc
		case name == "xl/sharedStrings.xml":
			sst = sstReader{}
			if err := v.scan(f, &sst); err != nil {
				return nil, err
			}
		case name == "[Content_Types].xml":
			if err := v.scan(f, nopHandler{}); err != nil {
				return nil, err
			}
		case name == "xl/styles.xml":
			pkg.styles = styleTable{} // a duplicate entry replaces, as in excelize
			if err := v.scan(f, &pkg.styles); err != nil {
				return nil, err
			}
		default:
			if err := v.discard(f); err != nil {
				return nil, err
			}
		}
	}
	slots := 0
	for _, s := range pkg.sheets {
		slots += pkg.scans[s.path].slots
		if slots > maxGridSlots {
			return nil, refuse(TooLarge, "表格范围过大，单元格超过 400 万个", nil)
		}
		if n := pkg.scans[s.path].maxString; n > len(sst.strings) {
			return nil, refuse(Damaged, "共享文字表残缺", fmt.Errorf("sheet %q uses shared string %d of %d", s.name, n-1, len(sst.strings)))
		}
	}
	pkg.sst, pkg.foreign = sst.strings, v.foreign
	return pkg, nil
}

// guardRefusal says in the clerk's words which of zipguard's limits a
// workbook broke.
func guardRefusal(err error) error {
	var ze *zipguard.Error
	if !errors.As(err, &ze) {
		return err
	}
	switch ze.Problem {
	case zipguard.Encrypted:
		return refuse(Encrypted, "", err)
	case zipguard.TooManyEntries:
		return refuse(TooLarge, fmt.Sprintf("压缩包内有 %d 个文件", ze.Entries), nil)
	case zipguard.PartTooLarge:
		return refuse(TooLarge, fmt.Sprintf("解压后单个部件超过 %d MB", maxPartSize>>20), err)
	case zipguard.TotalTooLarge:
		return refuse(TooLarge, fmt.Sprintf("解压后超过 %d MB", maxUnzipTotal>>20), nil)
	default:
		return refuse(TooLarge, "压缩比异常，解压后体积暴增", err)
	}
}

func hasEndOfCentralDirectory(data []byte) bool {
	tail := data[max(0, len(data)-(65535+22)):]
	return bytes.Contains(tail, []byte("PK\x05\x06"))
}

type verifier struct {
	foreign bool // see xlsxPackage.foreign
	parts   map[string]*zip.File
	done    map[*zip.File]bool
	buf     *[]byte
}

// structure finds the workbook through the package relationships (as
// excelize does), classifies packages that are not workbooks, and reads the
// sheet list.
func (v *verifier) structure() (*xlsxPackage, error) {
	var wbPath string
	if f := v.parts["_rels/.rels"]; f != nil {
		var rels relsHandler
		if err := v.scan(f, &rels); err != nil {
			return nil, err
		}
		for _, r := range rels.rels {
			if strings.HasSuffix(r.typ, "/officeDocument") {
				wbPath = v.resolve(strings.TrimPrefix(r.target, "/"))
				break
			}
		}
	}
	if err := v.classify(wbPath); err != nil {
		return nil, err
	}
	// Excel refuses a package without its content types; so do we, so a
	// half-copied file is not read on guesses.
	if v.parts["[Content_Types].xml"] == nil {
		return nil, refuse(Damaged, "缺少 [Content_Types].xml", nil)
	}
	var wb workbookHandler
	if err := v.scan(v.parts[wbPath], &wb); err != nil {
		return nil, err
	}
	if len(wb.sheets) == 0 {
		return nil, refuse(Damaged, "工作簿里没有工作表", nil)
	}
	dir := path.Dir(wbPath)
	relsPath := strings.TrimPrefix(dir+"/_rels/"+path.Base(wbPath)+".rels", "./")
	var rels relsHandler
	if f := v.parts[v.resolve(relsPath)]; f != nil {
		if err := v.scan(f, &rels); err != nil {
			return nil, err
		}
	}
	for _, r := range rels.rels {
		if strings.HasSuffix(r.typ, "/sharedStrings") && !v.has(worksheetPath(dir, r.target)) {
			return nil, refuse(Damaged, "共享文字表缺失", fmt.Errorf("no part %q", r.target))
		}
	}
	pkg := &xlsxPackage{scans: map[string]*sheetScan{}, date1904: wb.date1904}
	for _, s := range wb.sheets {
		p := ""
		for _, r := range rels.rels {
			if r.id == s.rid {
				p = v.resolve(worksheetPath(dir, r.target))
				break
			}
		}
		if v.parts[p] == nil {
			return nil, refuse(Damaged, "工作表“"+s.name+"”的内容缺失", fmt.Errorf("sheet %q: no part %q", s.name, p))
		}
		pkg.sheets = append(pkg.sheets, pkgSheet{name: s.name, path: p, hidden: s.hidden})
		pkg.scans[p] = &sheetScan{} // placeholder: marks the part as a sheet
	}
	return pkg, nil
}

// has reports whether the package holds a part, its name compared without
// regard to case as the packaging convention says.
func (v *verifier) has(name string) bool {
	return v.parts[v.resolve(name)] != nil
}

// resolve returns the entry name of a part named in a relationship: part
// names compare without regard to case (LibreOffice and POI open a package
// whose relationship says Sheet1.xml for the entry sheet1.xml).
func (v *verifier) resolve(name string) string {
	if v.parts[name] != nil {
		return name
	}
	for n := range v.parts {
		if strings.EqualFold(n, name) {
			return n
		}
	}
	return name
}

// worksheetPath resolves a relationship target the way excelize does.
func worksheetPath(wbDir, target string) string {
	target = strings.ReplaceAll(target, "\\", "/")
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Clean(wbDir+"/"+target), "/")
}

// classify refuses packages whose main part is not a workbook, saying what
// they are.
func (v *verifier) classify(wbPath string) error {
	lower := strings.ToLower(wbPath)
	has := func(n string) bool { return v.parts[n] != nil }
	switch {
	case strings.HasPrefix(lower, "word/") || has("word/document.xml"):
		return refuse(WordDocument, "", nil)
	case strings.HasPrefix(lower, "ppt/") || has("ppt/presentation.xml"):
		return refuse(NotSpreadsheet, "PowerPoint 演示文稿", nil)
	case strings.HasSuffix(lower, ".bin") || has("xl/workbook.bin"):
		return refuse(Unsupported, "Excel 二进制工作簿（.xlsb）", nil)
	case wbPath != "" && has(wbPath):
		return nil
	case wbPath != "" && (strings.HasPrefix(lower, "xl/") || has("[Content_Types].xml")):
		// The package names its workbook part, which is not there.
		return refuse(Damaged, "缺少工作簿部件", fmt.Errorf("no part %q", wbPath))
	case has("mimetype"):
		mt, err := v.inflate(v.parts["mimetype"])
		if err != nil {
			return err
		}
		switch m := string(bytes.TrimSpace(mt)); {
		case strings.HasSuffix(m, "opendocument.spreadsheet"):
			return refuse(Unsupported, "OpenDocument 表格（.ods）", nil)
		case strings.HasSuffix(m, "opendocument.text"):
			return refuse(WordDocument, "", nil)
		case strings.HasSuffix(m, "opendocument.presentation"):
			return refuse(NotSpreadsheet, "演示文稿（.odp）", nil)
		}
		return refuse(NotSpreadsheet, "OpenDocument 文件", nil)
	case has("OFD.xml"):
		return refuse(NotSpreadsheet, "OFD 版式文件", nil)
	case has("xl/workbook.xml"):
		return refuse(Damaged, "缺少工作簿关系部件", nil)
	}
	tables := 0
	for n := range v.parts {
		switch strings.ToLower(path.Ext(n)) {
		case ".xlsx", ".xls", ".csv", ".et":
			tables++
		}
	}
	if tables > 0 {
		return refuse(NotSpreadsheet, fmt.Sprintf("一个压缩包（里面有 %d 个表格文件，请先解压再导入）", tables), nil)
	}
	return refuse(NotSpreadsheet, "一个压缩包", nil)
}

var bufPool = sync.Pool{New: func() any { b := make([]byte, 0, 64<<10); return &b }}

// release returns the buffer to the pool, unless a big part grew it: one
// large workbook should not keep its high-water mark alive for the rest.
func (v *verifier) release() {
	if v.buf != nil && cap(*v.buf) <= 4<<20 {
		bufPool.Put(v.buf)
	}
	v.buf = nil
}

// inflate reads an entry to its end, which is when archive/zip checks the
// CRC and the declared size. The buffer is reused for the next entry.
func (v *verifier) inflate(f *zip.File) ([]byte, error) {
	v.done[f] = true
	if v.buf == nil {
		v.buf = bufPool.Get().(*[]byte)
	}
	buf := (*v.buf)[:0]
	if need := int(f.UncompressedSize64) + 1; cap(buf) < need {
		buf = make([]byte, 0, need) // bounded by maxPartSize, checked above
	}
	rc, err := f.Open()
	if err != nil {
		return nil, zipEntryError(f, err)
	}
	defer rc.Close()
	for {
		if len(buf) == cap(buf) {
			// Only reachable when an entry inflates past its declared
			// size, which archive/zip reports on the next read.
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := rc.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if len(buf) > maxPartSize {
			return nil, refuse(TooLarge, fmt.Sprintf("解压后单个部件超过 %d MB", maxPartSize>>20), nil)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, zipEntryError(f, err)
		}
	}
	*v.buf = buf
	return buf, nil
}

// discard verifies an entry without keeping it.
func (v *verifier) discard(f *zip.File) error {
	_, err := v.inflate(f)
	return err
}

// scan inflates an entry and checks its XML, reporting to h.
func (v *verifier) scan(f *zip.File, h xmlHandler) error {
	data, err := v.inflate(f)
	if err != nil {
		return err
	}
	if enc := declaredEncoding(data); enc != "" && !equalFoldASCII(enc, "utf-8") && !equalFoldASCII(enc, "utf8") {
		v.foreign = true
	}
	if err := scanXML(data, h); err != nil {
		var re *RefusedError
		if errors.As(err, &re) {
			return re
		}
		return refuse(Damaged, "“"+path.Base(partName(f.Name))+"”内容残缺或格式错误", fmt.Errorf("%s: %w", f.Name, err))
	}
	return nil
}

func zipEntryError(f *zip.File, err error) error {
	err = fmt.Errorf("%s: %w", f.Name, err)
	var corrupt flate.CorruptInputError
	switch {
	case errors.Is(err, zip.ErrChecksum):
		return refuse(Damaged, "压缩数据校验失败", err)
	case errors.Is(err, zip.ErrFormat):
		return refuse(Damaged, "压缩数据与记录的大小不符", err)
	case errors.Is(err, zip.ErrAlgorithm):
		return refuse(Unsupported, "使用了不支持的压缩方式的压缩包", err)
	case errors.Is(err, io.ErrUnexpectedEOF), errors.As(err, &corrupt):
		return refuse(Damaged, "压缩数据残缺", err)
	}
	return refuse(Damaged, "", err)
}
