package native

import (
	"encoding/binary"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
)

// Off Windows the Chinese fonts are found the way the system finds them:
// fontconfig (fc-match, fc-list) where it is installed, else the usual
// font folders of Linux and macOS. Only TrueType-outline files are named:
// the PDF writer cannot embed CFF outlines (Noto Sans CJK's .ttc).

// maxFallback bounds the fonts read for characters the bundled font
// lacks: each is read whole into memory.
const maxFallback = 4

func unixChineseFonts() (body, heading string, fallback []string) {
	files := fontconfigChinese()
	if len(files) == 0 {
		files = folderChinese(fontFolders())
	}
	files = trueTypeOnly(files)
	if len(files) == 0 {
		return "", "", nil
	}
	// The office's 仿宋 and 黑体 when fontconfig has them among the
	// Chinese fonts; the rest draw what the bundled font lacks.
	body = fcMatch("FangSong:lang=zh-cn", files)
	heading = fcMatch("SimHei:lang=zh-cn", files)
	for _, f := range files {
		if f != body && f != heading && len(fallback) < maxFallback {
			fallback = append(fallback, f)
		}
	}
	return body, heading, fallback
}

// fontconfigChinese lists the font files fontconfig says cover Chinese,
// sorted, each once; nil without fontconfig.
func fontconfigChinese() []string {
	out, err := exec.Command("fc-list", ":lang=zh", "-f", "%{file}\n").Output()
	if err != nil {
		return nil
	}
	return uniqueSorted(strings.Split(string(out), "\n"))
}

// fcMatch is the file fontconfig picks for pattern when it is one of
// files (fc-match always answers, with a Latin font when it must).
func fcMatch(pattern string, files []string) string {
	out, err := exec.Command("fc-match", "-f", "%{file}", pattern).Output()
	if err != nil {
		return ""
	}
	f := strings.TrimSpace(string(out))
	for _, x := range files {
		if x == f {
			return f
		}
	}
	return ""
}

// fontFolders are where Linux and macOS keep fonts.
func fontFolders() []string {
	home, _ := os.UserHomeDir()
	if runtime.GOOS == "darwin" {
		return []string{"/System/Library/Fonts", "/Library/Fonts", filepath.Join(home, "Library/Fonts")}
	}
	return []string{"/usr/share/fonts", "/usr/local/share/fonts", filepath.Join(home, ".local/share/fonts"), filepath.Join(home, ".fonts")}
}

// chineseFontName matches the file names of the common Chinese fonts.
var chineseFontName = regexp.MustCompile(`(?i)(droidsansfallback|wqy|wenquanyi|sim(sun|hei|fang|kai)|fangsong|msyh|yahei|uming|ukai|arphic|pingfang|stheiti|songti|heiti|kaiti|hiragino.*gb|sourcehan|notosans.*(sc|cjk)|notoserif.*(sc|cjk))`)

// folderChinese walks the folders for font files with a Chinese font's
// name, sorted.
func folderChinese(dirs []string) []string {
	var out []string
	for _, dir := range dirs {
		filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil // an unreadable folder is skipped
			}
			ext := strings.ToLower(filepath.Ext(path))
			if !d.IsDir() && (ext == ".ttf" || ext == ".ttc" || ext == ".otf") && chineseFontName.MatchString(d.Name()) {
				out = append(out, path)
			}
			return nil
		})
	}
	return uniqueSorted(out)
}

func uniqueSorted(list []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range list {
		if s = strings.TrimSpace(s); s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// trueTypeOnly keeps the files whose (first) face has TrueType outlines,
// reading only their headers.
func trueTypeOnly(files []string) []string {
	var out []string
	for _, f := range files {
		if isTrueTypeFile(f) {
			out = append(out, f)
		}
	}
	return out
}

func isTrueTypeFile(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 16)
	if _, err := io.ReadFull(f, head); err != nil {
		return false
	}
	tag := head[:4]
	if string(tag) == "ttcf" { // a collection: look at its first face
		off := int64(binary.BigEndian.Uint32(head[12:16]))
		if _, err := f.ReadAt(tag, off); err != nil {
			return false
		}
	}
	return binary.BigEndian.Uint32(tag) == 0x00010000 || string(tag) == "true"
}
