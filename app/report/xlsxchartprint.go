package report

import (
	"bytes"
	"fmt"
	"strconv"
)

// excelize fills a chart's bars with solid colours only and labels every
// point. On a grey printout 已完成 then looks like 进度滞后, and the counts
// of thin segments overlap. chartPatch is what writeMerged changes in the
// saved chart: each series gets its own pattern over its colour, outlined,
// and the labels of segments too thin to hold them are left out (the
// table above the chart gives every count).
type chartPatch struct {
	Patterns []string // per series: an OOXML preset pattern, "" for solid
	Colors   []string // per series: the colour, RRGGBB
	Hidden   [][]int  // per series: the points whose label is left out
}

// statusPattern is each status's pattern: in grey, solid, stripes one way
// or the other, upright or level, checks and dots tell them apart.
var StatusPattern = map[string]string{
	"已完成":       "",
	"持续推进":      "wdUpDiag",
	"正在推进":      "vert",
	"进度滞后":      "horz",
	"未启动":       "cross",
	"不涉及":       "diagCross",
	"未报送":       "wdDnDiag",
	StatusUnset: "pct20",
}

// labelShare is the least share of the longest bar a segment needs for
// its count to be written on it without touching its neighbours'.
const labelShare = 0.05

// hiddenLabels lists, per series, the categories whose segment is too
// thin for a label: values[cat][series].
func hiddenLabels(values [][]int) [][]int {
	most := 0
	for _, row := range values {
		t := 0
		for _, v := range row {
			t += v
		}
		most = max(most, t)
	}
	var out [][]int
	for k, row := range values {
		for s, v := range row {
			for len(out) <= s {
				out = append(out, nil)
			}
			if v > 0 && float64(v) < labelShare*float64(most) {
				out[s] = append(out[s], k)
			}
		}
	}
	return out
}

// apply rewrites the series of a chart part.
func (c chartPatch) apply(xml []byte) []byte {
	var out bytes.Buffer
	rest := xml
	for s := 0; ; s++ {
		i := bytes.Index(rest, []byte("<ser>"))
		if i < 0 {
			break
		}
		j := bytes.Index(rest[i:], []byte("</ser>"))
		if j < 0 {
			break
		}
		out.Write(rest[:i])
		out.Write(c.series(s, rest[i:i+j]))
		rest = rest[i+j:]
	}
	out.Write(rest)
	return out.Bytes()
}

func (c chartPatch) series(s int, ser []byte) []byte {
	if s < len(c.Colors) {
		if a, b := bytes.Index(ser, []byte("<spPr>")), bytes.Index(ser, []byte("</spPr>")); a >= 0 && b > a {
			ser = append(append(append([]byte{}, ser[:a]...), c.fill(s)...), ser[b+len("</spPr>"):]...)
		}
	}
	if s < len(c.Hidden) && len(c.Hidden[s]) > 0 {
		var del bytes.Buffer
		for _, k := range c.Hidden[s] {
			fmt.Fprintf(&del, `<dLbl><idx val="%s"></idx><delete val="1"></delete></dLbl>`, strconv.Itoa(k))
		}
		if a := bytes.Index(ser, []byte("<dLbls>")); a >= 0 {
			a += len("<dLbls>")
			ser = append(append(append([]byte{}, ser[:a]...), del.Bytes()...), ser[a:]...)
		}
	}
	return ser
}

// fill is a series' shape properties: its pattern in its colour over
// white (solid when it has none), outlined in dark grey.
func (c chartPatch) fill(s int) []byte {
	col := c.Colors[s]
	fill := `<a:solidFill><a:srgbClr val="` + col + `"></a:srgbClr></a:solidFill>`
	if s < len(c.Patterns) && c.Patterns[s] != "" {
		fill = `<a:pattFill prst="` + c.Patterns[s] + `"><a:fgClr><a:srgbClr val="` + col + `"></a:srgbClr></a:fgClr>` +
			`<a:bgClr><a:srgbClr val="FFFFFF"></a:srgbClr></a:bgClr></a:pattFill>`
	}
	return []byte(`<spPr>` + fill + `<a:ln w="6350"><a:solidFill><a:srgbClr val="404040"></a:srgbClr></a:solidFill></a:ln></spPr>`)
}
