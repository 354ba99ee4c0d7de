// Package docx writes and reads Word documents (.docx, WordprocessingML)
// over archive/zip and encoding/xml. It knows what the office's documents
// need: page setup, a few paragraph styles, plain paragraphs, odd and even
// page footers with a page number field; and on reading, paragraphs and
// tables as text plus the layout values, so tests can check what was
// written. No served Go library writes and reads .docx under a licence the
// program can ship, so this small one is kept here with its own tests.
package docx

// Twips are twentieths of a point, the unit of WordprocessingML lengths.
type Twips int

// MM converts millimetres to twips, rounded.
func MM(mm float64) Twips { return Twips(mm*1440/25.4 + 0.5) }

// Page is the page size and margins of the document's one section.
type Page struct {
	Width, Height            Twips
	Top, Bottom, Left, Right Twips
	Header, Footer           Twips // distance of header and footer from the page edge
	// GridLines and GridChars set a document grid (文档网格) of that many
	// lines a page and characters a line of the body text's size, as
	// official documents ask (22 × 28); zero for none.
	GridLines, GridChars int
}

// A4 portrait.
const (
	A4Width  Twips = 11906
	A4Height Twips = 16838
)

// Font names a typeface for Chinese text (EastAsia) and for Latin text and
// digits (ASCII, also used for hAnsi).
type Font struct {
	EastAsia string
	ASCII    string
}

// Style is a paragraph style. Zero values mean "as the base style".
type Style struct {
	ID, Name string
	BasedOn  string
	Font     Font
	Size     int // half-points: 32 is 三号 (16 pt)
	Bold     bool
	Align    string // left, center, right, both
	// LineExact is the exact line spacing; 0 leaves it to the base style.
	LineExact Twips
	// FirstLineChars is the first-line indent in hundredths of a character
	// (200 = two characters, the body text indent of 公文).
	FirstLineChars int
	// NoIndent clears an inherited first-line indent.
	NoIndent bool
	// Outline is the outline level + 1 (1 for Heading 1); 0 for body text.
	// Word's navigation pane lists paragraphs with an outline level.
	Outline int
	// KeepNext keeps a heading on the page of the paragraph after it.
	KeepNext bool
	// Condense narrows every character by this much (twips): 三号 text
	// condensed by 0.25 pt sets the grid's 28 characters a line in
	// LibreOffice too, which puts a character wider than a grid cell in
	// two cells.
	Condense Twips
	// OffGrid lays the paragraph out ignoring the document grid: a title
	// larger than the grid's characters would take two cells a character.
	OffGrid bool
}

// Paragraph is one paragraph of plain runs.
type Paragraph struct {
	Style string
	Align string // overrides the style's when set
	// RightChars and LeftChars indent the paragraph in hundredths of a
	// character (a page number "空一字" from the edge).
	LeftChars, RightChars int
	// CharTwips, when set, is the character the indents count in: they are
	// written in twips as well, for readers that ignore the chars form
	// (LibreOffice).
	CharTwips       Twips
	NoIndent        bool // no first-line indent, whatever the style's
	Runs            []Run
	PageBreakBefore bool
	// KeepNext keeps the paragraph on the page of the one after it (a
	// sender's name with its date).
	KeepNext bool
	// Table, when set, makes this body entry a table (see TableBlock);
	// the other fields are then unused.
	Table *Table
}

// Run is text with optional direct formatting, or a field such as PAGE.
type Run struct {
	Text  string
	Field string // a simple field instruction, e.g. "PAGE"; Text is its shown value
	Font  Font
	Size  int
	Bold  bool
}

// Text is a paragraph of one run.
func Text(style, s string) Paragraph {
	return Paragraph{Style: style, Runs: []Run{{Text: s}}}
}

// Document is what Write turns into a .docx.
type Document struct {
	Title  string // document property, shown in the file's details
	Page   Page
	Styles []Style // Normal first: every other style is based on it
	Body   []Paragraph
	// OddFooter is the default footer; EvenFooter, when set, is used on
	// even pages (the "outside corner" page numbers of 公文).
	OddFooter, EvenFooter []Paragraph
	// Fonts lists the typefaces used, with an alternative name Word and
	// LibreOffice try when the first is not installed.
	Fonts []FontInfo
}

// FontInfo is a fontTable entry.
type FontInfo struct {
	Name, AltName string
	Charset       string // "86" for GB2312
}
