package importer

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"taizhang/app/plan"
	"taizhang/internal/fixture"
)

// everyField is testdata/returns-every-field.json: for each public fixture
// return, the unit, the 填报人, 联系电话 and 填报日期 lines, and every field
// of every row the importer keeps.
type everyField struct {
	Files map[string]struct {
		Unit, Contact, Phone, Date string
		Skipped                    int
		Returns                    map[string]struct {
			Status, Text, Problems, Next, Evidence, Remark string
			RawStatus                                      string `json:"raw_status"`
		}
	}
}

// TestFixturesEveryField reads each fixture return and compares every
// field with the expected file: a swap of 存在问题 and 下一步工作计划, a lost
// 佐证材料 or 备注, or a 填报人 taken for the phone fails here, with no
// outside tool needed.
func TestFixturesEveryField(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "returns-every-field.json"))
	if err != nil {
		t.Fatal(err)
	}
	var exp everyField
	if err := json.Unmarshal(raw, &exp); err != nil {
		t.Fatal(err)
	}
	ctx := seedCtx(t)
	files := fixture.Glob(t, "fixtures/returns/*")
	if len(files) != len(exp.Files) {
		t.Errorf("%d fixture returns, %d in the expected file: a fixture was added or lost", len(files), len(exp.Files))
	}
	for _, f := range files {
		name := filepath.Base(f)
		want, ok := exp.Files[name]
		if !ok {
			t.Errorf("%s: not in testdata/returns-every-field.json", name)
			continue
		}
		r := ReadFile(f, ctx)
		if r.Err != nil {
			t.Errorf("%s refused: %v", name, r.Err)
			continue
		}
		if r.Unit != want.Unit || r.Contact != want.Contact || r.Phone != want.Phone || r.Skipped != want.Skipped {
			t.Errorf("%s: unit %q 填报人 %q 联系电话 %q skipped %d, want %q %q %q %d",
				name, r.Unit, r.Contact, r.Phone, r.Skipped, want.Unit, want.Contact, want.Phone, want.Skipped)
		}
		wantDate := want.Date
		if wantDate == "" { // no 填报日期 line: the day the file was last saved
			st, err := os.Stat(f)
			if err != nil {
				t.Fatal(err)
			}
			wantDate = st.ModTime().Format(plan.DateLayout)
		}
		if r.Date != wantDate {
			t.Errorf("%s: 填报日期 %q, want %q", name, r.Date, wantDate)
		}
		var got []string
		for _, ret := range r.Returns {
			no := strconv.Itoa(ret.Task)
			got = append(got, no)
			w, ok := want.Returns[no]
			if !ok {
				t.Errorf("%s: task %s read but not expected", name, no)
				continue
			}
			fields := [][3]string{
				{"完成状态", ret.Status, w.Status}, {"落实情况", ret.Text, w.Text}, {"存在问题", ret.Problems, w.Problems},
				{"下一步工作计划", ret.Next, w.Next}, {"佐证材料", ret.Evidence, w.Evidence}, {"备注", ret.Remark, w.Remark},
				{"原填状态", ret.RawStatus, w.RawStatus}, {"报送日期", ret.Date, r.Date}, {"单位", ret.Unit, want.Unit},
			}
			for _, x := range fields {
				if x[1] != x[2] {
					t.Errorf("%s #%s %s: %q, want %q", name, no, x[0], x[1], x[2])
				}
			}
		}
		for no := range want.Returns {
			if !slices.Contains(got, no) {
				t.Errorf("%s: task %s expected but not read", name, no)
			}
		}
	}
}
