package importer

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// formsWant is testdata/forms/expected.json (made by testdata/gen.py with
// the files): per file, what a correct reading yields.
type formsWant struct {
	Files map[string]struct {
		Returns map[string]map[string]struct {
			Status, Text string
			Extra        map[string]string
		}
		Warnings  []string
		Quiet     []string
		Unmatched int
		Refused   string
	}
}

func loadForms(t *testing.T) formsWant {
	var w formsWant
	b, err := os.ReadFile("testdata/forms/expected.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &w); err != nil {
		t.Fatal(err)
	}
	return w
}

func formPath(name string) string {
	if p := filepath.Join("testdata/forms/returns", name); fileExists(p) {
		return p
	}
	return filepath.Join("testdata/forms/bad", name)
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

// TestFormsReadAsTheClerkSeesThem reads every form of return in
// testdata/forms and compares every value, every extra column, the lines the
// preview must show and the ones it must not.
func TestFormsReadAsTheClerkSeesThem(t *testing.T) {
	ctx := seedCtx(t).Prepared()
	want := loadForms(t)
	names := make([]string, 0, len(want.Files))
	for n := range want.Files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		w := want.Files[name]
		t.Run(name, func(t *testing.T) {
			results := ReadFileAll(formPath(name), ctx)
			if w.Refused != "" {
				if len(results) != 1 || results[0].Err == nil {
					t.Fatalf("not refused: %d results", len(results))
				}
				if msg := results[0].RefusalText(); !strings.Contains(msg, w.Refused) || !strings.Contains(msg, name) {
					t.Errorf("refusal %q should name the file and say %q", msg, w.Refused)
				}
				return
			}
			got := map[string]map[string]string{}
			var lines []string
			unmatched := 0
			for _, r := range results {
				if r.Err != nil {
					t.Fatalf("refused: %v", r.Err)
				}
				lines = append(lines, r.Warnings...)
				for _, u := range r.Unmatched {
					lines = append(lines, "第 "+strconv.Itoa(u.Line)+" 行："+u.Text)
				}
				unmatched += len(r.Unmatched)
				for _, ret := range r.Returns {
					if got[ret.Unit] == nil {
						got[ret.Unit] = map[string]string{}
					}
					got[ret.Unit][strconv.Itoa(ret.Task)] = ret.Status + "|" + ret.Text + "|" + ret.Extra
				}
			}
			for unit, tasks := range w.Returns {
				for task, v := range tasks {
					var extra []string
					for h, x := range v.Extra {
						extra = append(extra, h+"="+x)
					}
					sort.Strings(extra)
					g, ok := got[unit][task]
					if !ok {
						t.Errorf("%s #%s missing", unit, task)
						continue
					}
					delete(got[unit], task)
					parts := strings.SplitN(g, "|", 3)
					if parts[0] != v.Status || parts[1] != v.Text || extraOf(parts[2]) != strings.Join(extra, ";") {
						t.Errorf("%s #%s:\n got  %q %q %q\n want %q %q %q", unit, task, parts[0], parts[1], extraOf(parts[2]), v.Status, v.Text, strings.Join(extra, ";"))
					}
				}
			}
			for unit, tasks := range got {
				for task, v := range tasks {
					t.Errorf("%s #%s read though it is no answer: %q", unit, task, v)
				}
			}
			if unmatched != w.Unmatched {
				t.Errorf("unmatched rows: got %d, want %d", unmatched, w.Unmatched)
			}
			all := strings.Join(lines, "\n")
			for _, s := range w.Warnings {
				if !strings.Contains(all, s) {
					t.Errorf("the preview should say %q; it says:\n%s", s, all)
				}
			}
			var loud []string
			for _, s := range w.Quiet {
				if strings.Contains(all, s) {
					loud = append(loud, s)
				}
			}
			if len(loud) > 0 {
				t.Errorf("the preview should not mention %q; it says:\n%s", loud, all)
			}
		})
	}
}

// extraOf lists an encoded Extra as sorted header=text pairs.
func extraOf(enc string) string {
	var pairs [][2]string
	if enc != "" {
		_ = json.Unmarshal([]byte(enc), &pairs)
	}
	var out []string
	for _, p := range pairs {
		out = append(out, p[0]+"="+p[1])
	}
	sort.Strings(out)
	return strings.Join(out, ";")
}
