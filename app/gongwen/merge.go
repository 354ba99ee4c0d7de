package gongwen

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// A merger gathers what several units wrote into prose without saying the
// same thing twice: a sentence written by several units appears once, with
// all their names before it ("县财政局、县教育局：…"). Units keep the order
// they are added in, so the lead unit added first comes first.
type merger struct {
	sentences []*sentence
	byKey     map[string]*sentence
	// names gives the ways a unit is written, so a sentence that starts
	// with the unit's own name ("县财政局按要求…") is filed without it: the
	// name stands before the merged text already.
	names func(unit string) []string
}

type sentence struct {
	text  string
	units []string
}

func (s *sentence) unitsKey() string { return strings.Join(s.units, "、") }

func newMerger(names func(string) []string) *merger {
	return &merger{byKey: map[string]*sentence{}, names: names}
}

// add splits one unit's text into sentences and files them.
func (m *merger) add(unit, text string) {
	var names []string
	if m.names != nil {
		names = m.names(unit)
	}
	for _, s := range splitSentences(text) {
		s = dropSubject(s, names)
		key := sentenceKey(s)
		if isNoise(key) {
			continue
		}
		if old, ok := m.byKey[key]; ok {
			if !slices.Contains(old.units, unit) {
				old.units = append(old.units, unit)
			}
			continue
		}
		st := &sentence{text: s, units: []string{unit}}
		m.sentences = append(m.sentences, st)
		m.byKey[key] = st
	}
}

// order puts the sentences a lead unit wrote first, as they came; then
// the rest by how many units share them, most first, keeping each group of
// units together so the merged text reads in few runs.
func (m *merger) order(leads []string) {
	first := map[string]int{}
	for i, s := range m.sentences {
		if _, ok := first[s.unitsKey()]; !ok {
			first[s.unitsKey()] = i
		}
	}
	isLead := func(s *sentence) bool {
		for _, u := range s.units {
			if slices.Contains(leads, u) {
				return true
			}
		}
		return false
	}
	sort.SliceStable(m.sentences, func(i, j int) bool {
		a, b := m.sentences[i], m.sentences[j]
		if la, lb := isLead(a), isLead(b); la != lb {
			return la
		} else if la {
			return false // the lead's own order
		}
		if len(a.units) != len(b.units) {
			return len(a.units) > len(b.units)
		}
		return first[a.unitsKey()] < first[b.unitsKey()]
	})
}

func (m *merger) empty() bool { return len(m.sentences) == 0 }

// runs groups consecutive sentences of the same units into "units：text"
// pieces, in order.
func (m *merger) runs() []string {
	var out []string
	var cur []string
	var curUnits string
	var label string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, label+"："+finish(strings.Join(cur, "")))
		}
		cur = nil
	}
	for _, s := range m.sentences {
		u := s.unitsKey()
		if u != curUnits {
			flush()
			curUnits, label = u, unitsLabel(s.units)
		}
		cur = append(cur, s.text)
	}
	flush()
	return out
}

// dropSubject removes the unit's own name from the start of a sentence,
// the longest way of writing it first.
func dropSubject(s string, names []string) string {
	best := ""
	for _, n := range names {
		if n != "" && len(n) > len(best) && strings.HasPrefix(s, n) {
			best = n
		}
	}
	if best == "" {
		return s
	}
	rest := strings.TrimLeft(s[len(best):], "：:，, 　")
	if rest == "" {
		return s
	}
	return rest
}

// maxNamed is how many units a merged sentence names in full; past it the
// first few stand for the rest ("县财政局、县教育局、县卫计局等12个单位"): a
// list of thirty names tells the reader nothing a count does not.
const maxNamed = 5

func unitsLabel(units []string) string {
	if len(units) <= maxNamed {
		return strings.Join(units, "、")
	}
	return fmt.Sprintf("%s等%d个单位", strings.Join(units[:3], "、"), len(units))
}

// enumeration is a list marker units put before their points: 1. 1、
// （1） (一) ①.
var enumeration = regexp.MustCompile(`^\s*([（(]?[0-9０-９一二三四五六七八九十]{1,3}[)）、.．:：]|[（(][0-9０-９一二三四五六七八九十]{1,3}[)）]|[①-⑳])\s*`)

// splitSentences cuts text after 。！？； and at line breaks, drops list
// markers and trims; each sentence keeps its closing mark.
func splitSentences(text string) []string {
	var out []string
	var b strings.Builder
	emit := func() {
		s := strings.TrimSpace(enumeration.ReplaceAllString(strings.TrimSpace(b.String()), ""))
		if s != "" {
			out = append(out, s)
		}
		b.Reset()
	}
	for _, r := range text {
		switch r {
		case '\n', '\r':
			emit()
		case '。', '！', '？', '；', '!', '?', ';':
			b.WriteRune(r)
			emit()
		default:
			b.WriteRune(r)
		}
	}
	emit()
	return out
}

// sentenceKey is what two sentences must share to be the same: their
// letters and digits, full-width forms folded, punctuation and spaces
// ignored.
func sentenceKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '０' && r <= '９', r >= 'Ａ' && r <= 'Ｚ', r >= 'ａ' && r <= 'ｚ':
			b.WriteRune(r - 0xFEE0)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// isNoise is what units write to fill a cell that has nothing to say.
func isNoise(key string) bool {
	switch key {
	case "", "无", "暂无", "没有", "无问题", "暂无问题", "没有问题", "无存在问题", "暂未发现问题", "无计划", "暂无计划", "同上", "略", "不涉及", "本单位不涉及", "na":
		return true
	}
	return false
}

// finish makes a run of sentences end as a sentence does.
func finish(s string) string {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("，,、；;：:", r)
	})
	if s == "" {
		return s
	}
	if r := []rune(s); !strings.ContainsRune("。！？!?”）)", r[len(r)-1]) {
		s += "。"
	}
	return s
}
