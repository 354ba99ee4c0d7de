package docx

import (
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
)

// numbering computes the automatic numbers Word draws before list
// paragraphs ("1."、"一、"、"（一）"): a plan typed with Word's numbering
// has no number in its text, and the plan reader needs it.
type numbering struct {
	levels   map[string]map[int]numLevel // numId → level
	counts   map[string][]int            // numId → current count per level
	styleNum map[string]xmlNumPr         // style ID → its numbering
	styles   map[string]Style            // style ID → the style, for BasedOn
}

type numLevel struct {
	start int
	fmt   string
	text  string
}

type xmlLvl struct {
	Ilvl    string  `xml:"ilvl,attr"`
	Start   *xmlVal `xml:"start"`
	NumFmt  *xmlVal `xml:"numFmt"`
	LvlText *xmlVal `xml:"lvlText"`
}

func (p *pkg) readNumbering(name string) (*numbering, error) {
	n := &numbering{}
	b, err := p.part(name)
	if err != nil || b == nil {
		return n, err
	}
	var x struct {
		Abstract []struct {
			ID   string   `xml:"abstractNumId,attr"`
			Lvls []xmlLvl `xml:"lvl"`
		} `xml:"abstractNum"`
		Nums []struct {
			ID       string `xml:"numId,attr"`
			Abstract xmlVal `xml:"abstractNumId"`
			Override []struct {
				Ilvl  string  `xml:"ilvl,attr"`
				Start *xmlVal `xml:"startOverride"`
				Lvl   *xmlLvl `xml:"lvl"`
			} `xml:"lvlOverride"`
		} `xml:"num"`
	}
	if err := xml.Unmarshal(b, &x); err != nil {
		return nil, fmt.Errorf("%s: %v: %w", name, err, ErrDamaged)
	}
	abstract := map[string][]xmlLvl{}
	for _, a := range x.Abstract {
		abstract[a.ID] = a.Lvls
	}
	n.levels = map[string]map[int]numLevel{}
	for _, num := range x.Nums {
		lv := map[int]numLevel{}
		for _, l := range abstract[num.Abstract.Val] {
			lv[atoi(l.Ilvl)] = l.level()
		}
		for _, o := range num.Override {
			i := atoi(o.Ilvl)
			if o.Lvl != nil {
				lv[i] = o.Lvl.level()
			}
			if o.Start != nil {
				l := lv[i]
				l.start = atoi(o.Start.Val)
				lv[i] = l
			}
		}
		n.levels[num.ID] = lv
	}
	return n, nil
}

func (l xmlLvl) level() numLevel {
	out := numLevel{start: 1, fmt: "decimal"}
	if l.Start != nil {
		out.start = atoi(l.Start.Val)
	}
	if l.NumFmt != nil {
		out.fmt = l.NumFmt.Val
	}
	if l.LvlText != nil {
		out.text = l.LvlText.Val
	}
	return out
}

// label is the number drawn before a paragraph with numbering, directly or
// through its style; "" for other paragraphs.
func (bp *bodyParser) label(style string, direct *xmlNumPr) string {
	n := bp.num
	if n == nil || n.levels == nil {
		return ""
	}
	pr := direct
	for s, hops := style, 0; pr == nil && s != "" && hops < 10; hops++ {
		if x, ok := n.styleNum[s]; ok {
			pr = &x
		}
		s = n.styles[s].BasedOn
	}
	if pr == nil || pr.NumID == nil || pr.NumID.Val == "0" {
		return ""
	}
	ilvl := 0
	if pr.Ilvl != nil {
		ilvl = min(max(atoi(pr.Ilvl.Val), 0), 8)
	}
	return n.next(pr.NumID.Val, ilvl)
}

// next advances the count of a list level (restarting the deeper levels)
// and formats the level's text, e.g. "%1." → "3.".
func (n *numbering) next(numID string, ilvl int) string {
	lv, ok := n.levels[numID]
	if !ok {
		return ""
	}
	if n.counts == nil {
		n.counts = map[string][]int{}
	}
	c := n.counts[numID]
	if c == nil {
		c = make([]int, 9)
		for i := range c {
			c[i] = lv[i].start - 1
		}
		n.counts[numID] = c
	}
	c[ilvl]++
	for i := ilvl + 1; i < len(c); i++ {
		c[i] = lv[i].start - 1
	}
	text := lv[ilvl].text
	for i := 0; i <= ilvl; i++ {
		text = strings.ReplaceAll(text, "%"+strconv.Itoa(i+1), formatNumber(c[i], lv[i].fmt))
	}
	return text
}

func formatNumber(v int, format string) string {
	switch format {
	case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographLegalTraditional", "japaneseCounting", "taiwaneseCounting":
		return ChineseNumber(v)
	case "decimalFullWidth", "decimalFullWidth2":
		return strings.Map(func(r rune) rune { return r - '0' + '０' }, strconv.Itoa(v))
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		if v >= 1 && v <= 20 {
			return string(rune('①' + v - 1))
		}
	case "lowerLetter":
		if v >= 1 && v <= 26 {
			return string(rune('a' + v - 1))
		}
	case "upperLetter":
		if v >= 1 && v <= 26 {
			return string(rune('A' + v - 1))
		}
	case "none", "bullet":
		return ""
	}
	return strconv.Itoa(v)
}

// ChineseNumber writes 1–99 as 一 … 九十九, the way section numbers are
// written; larger numbers stay in digits.
func ChineseNumber(v int) string {
	digits := []rune("零一二三四五六七八九")
	switch {
	case v <= 0 || v >= 100:
		return strconv.Itoa(v)
	case v < 10:
		return string(digits[v])
	case v == 10:
		return "十"
	case v < 20:
		return "十" + string(digits[v-10])
	case v%10 == 0:
		return string(digits[v/10]) + "十"
	}
	return string(digits[v/10]) + "十" + string(digits[v%10])
}
