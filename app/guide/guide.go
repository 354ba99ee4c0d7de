// Package guide is 使用说明: the clerk's guide, written in guide.md with
// screenshots of the real window (shots/, made by scripts/guide-shots.sh),
// read into blocks that the window shows and the PDF prints.
package guide

import (
	"embed"
	"regexp"
	"strings"
)

//go:embed guide.md
var source string

//go:embed shots
var shots embed.FS

// Title is the guide's title.
const Title = "政务公开分工台账 使用说明"

// Kind is what a block is.
type Kind int

const (
	Chapter Kind = iota // "# 一、从这里开始"
	Section             // "## 第 1 步……"
	Para
	Item  // "- " a list item
	Code  // indented four spaces: a command line
	Image // "![caption](file.png)"
)

// Block is one piece of the guide. An Image block's Text is its caption
// and Data the PNG (nil when the file is missing).
type Block struct {
	Kind Kind
	Text string
	File string
	Data []byte
}

var imageLine = regexp.MustCompile(`^!\[(.*)\]\((.+)\)$`)

// Blocks reads the whole guide.
func Blocks() []Block { return parse(source) }

func parse(src string) []Block {
	var out []Block
	var para []string
	flush := func() {
		if len(para) > 0 {
			out = append(out, Block{Kind: Para, Text: strings.Join(para, "")})
			para = nil
		}
	}
	for _, line := range strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			flush()
		case strings.HasPrefix(line, "    "):
			flush()
			out = append(out, Block{Kind: Code, Text: trimmed})
		case strings.HasPrefix(line, "## "):
			flush()
			out = append(out, Block{Kind: Section, Text: strings.TrimSpace(line[3:])})
		case strings.HasPrefix(line, "# "):
			flush()
			out = append(out, Block{Kind: Chapter, Text: strings.TrimSpace(line[2:])})
		case strings.HasPrefix(line, "- "):
			flush()
			out = append(out, Block{Kind: Item, Text: strings.TrimSpace(line[2:])})
		case imageLine.MatchString(trimmed):
			flush()
			m := imageLine.FindStringSubmatch(trimmed)
			data, _ := shots.ReadFile("shots/" + m[2])
			out = append(out, Block{Kind: Image, Text: m[1], File: m[2], Data: data})
		default:
			para = append(para, trimmed)
		}
	}
	flush()
	return out
}

// Chapters splits the guide at its chapters, each starting with its
// Chapter block.
func Chapters(blocks []Block) [][]Block {
	var out [][]Block
	for _, b := range blocks {
		if b.Kind == Chapter || len(out) == 0 {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], b)
	}
	return out
}

// Shots names the screenshots the guide shows, for the script that takes
// them.
func Shots() []string {
	var out []string
	for _, b := range Blocks() {
		if b.Kind == Image {
			out = append(out, b.File)
		}
	}
	return out
}
