package app

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"taizhang/app/plan"
	"taizhang/app/workspace"
)

// Typing into any one field of the task form, and nothing else, is an
// unsaved edit: picking another task asks, and 保存 stores that field.
func TestEveryTaskFieldIsGuarded(t *testing.T) {
	fields := []struct {
		name   string
		entry  func(f *taskForm) *widget.Entry
		typed  string
		stored func(tk *plan.Task) string
	}{
		{"具体要求", func(f *taskForm) *widget.Entry { return f.text }, "（补充）", func(tk *plan.Task) string { return tk.Text }},
		{"牵头落实单位", func(f *taskForm) *widget.Entry { return f.units }, "县审计局、", func(tk *plan.Task) string { return tk.UnitsText }},
		{"备注", func(f *taskForm) *widget.Entry { return f.notes }, "已催报", func(tk *plan.Task) string { return tk.Notes }},
	}
	for _, c := range fields {
		t.Run(c.name, func(t *testing.T) {
			u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
			defer ws.Close()
			u.showTab(u.planTab)
			u.planV.table.OnRowSelected(rowOf(u, 8))
			f := u.planV.form
			test.Type(c.entry(f), c.typed)
			u.planV.table.OnRowSelected(rowOf(u, 9))
			answer(t, u, "保存")
			if f.no != 9 {
				t.Fatalf("form on %d after 保存", f.no)
			}
			if got := c.stored(ws.Plan.Task(8)); !strings.Contains(got, c.typed) {
				t.Errorf("stored %s %q lacks %q", c.name, got, c.typed)
			}
		})
	}
}

// Changing any one field of the unit editor, and nothing else, is an
// unsaved edit: picking another unit asks, and 保存 stores that field.
func TestEveryUnitFieldIsGuarded(t *testing.T) {
	type field struct {
		name   string
		change func(v *unitsView)
		stored func(ws *workspace.Workspace, unit string, before *plan.Directory) bool
	}
	contact := func(ws *workspace.Workspace, unit string) plan.Contact {
		cs, err := ws.Contacts()
		if err != nil {
			t.Fatal(err)
		}
		return cs[unit]
	}
	unitFields := []field{
		{"全称", func(v *unitsView) { test.Type(v.full, "翁源县某某局") },
			func(ws *workspace.Workspace, n string, before *plan.Directory) bool {
				return strings.Contains(ws.Dir.Unit(n).FullName, "翁源县某某局")
			}},
		{"别名", func(v *unitsView) { v.aliases.SetText(v.aliases.Text + "、测试别名") },
			func(ws *workspace.Workspace, n string, before *plan.Directory) bool {
				return slices.Contains(ws.Dir.Unit(n).Aliases, "测试别名")
			}},
		{"类别", func(v *unitsView) { v.kind.SetSelected(otherKind(v.kind.Selected)) },
			func(ws *workspace.Workspace, n string, before *plan.Directory) bool {
				return ws.Dir.Unit(n).Kind == otherKind(before.Unit(n).Kind)
			}},
		{"联系人", func(v *unitsView) { test.Type(v.contact.person, "李明") },
			func(ws *workspace.Workspace, n string, before *plan.Directory) bool {
				return strings.Contains(contact(ws, n).Person, "李明")
			}},
		{"联系电话", func(v *unitsView) { test.Type(v.contact.phone, "0751-2812345") },
			func(ws *workspace.Workspace, n string, before *plan.Directory) bool {
				return strings.Contains(contact(ws, n).Phone, "0751-2812345")
			}},
		{"单位备注", func(v *unitsView) { test.Type(v.contact.note, "年中换人") },
			func(ws *workspace.Workspace, n string, before *plan.Directory) bool {
				return strings.Contains(contact(ws, n).Note, "年中换人")
			}},
	}
	for _, c := range unitFields {
		t.Run(c.name, func(t *testing.T) {
			u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
			defer ws.Close()
			v := u.unitsV
			u.showTab(u.unitsTab)
			v.pickRow(0)
			name, before := ws.Dir.Units[0].Name, ws.Dir
			c.change(v)
			v.pickRow(1)
			answer(t, u, "保存")
			if v.sel != 1 {
				t.Fatalf("editor on %d after 保存", v.sel)
			}
			if !c.stored(ws, name, before) {
				t.Errorf("%s of %s not stored", c.name, name)
			}
		})
	}
	// A collective's aliases and members.
	collectiveFields := []field{
		{"集合别名", func(v *unitsView) { v.aliases.SetText(v.aliases.Text + "、测试集合") },
			func(ws *workspace.Workspace, n string, before *plan.Directory) bool {
				return slices.Contains(ws.Dir.Collectives[0].Aliases, "测试集合")
			}},
		{"成员", func(v *unitsView) {
			for _, ch := range v.members.checks {
				if !ch.Checked {
					test.Tap(ch)
					return
				}
			}
		}, func(ws *workspace.Workspace, n string, before *plan.Directory) bool {
			return len(ws.Dir.Collectives[0].Members) == len(before.Collectives[0].Members)+1
		}},
	}
	for _, c := range collectiveFields {
		t.Run(c.name, func(t *testing.T) {
			u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
			defer ws.Close()
			if len(ws.Dir.Collectives) == 0 {
				t.Fatal("the seed directory has no collective")
			}
			v := u.unitsV
			u.showTab(u.unitsTab)
			row := len(ws.Dir.Units)
			before := ws.Dir
			v.pickRow(row)
			c.change(v)
			v.pickRow(0)
			answer(t, u, "保存")
			if v.sel != 0 {
				t.Fatalf("editor on %d after 保存", v.sel)
			}
			if !c.stored(ws, ws.Dir.Collectives[0].Name, before) {
				t.Errorf("%s not stored: %+v", c.name, ws.Dir.Collectives[0])
			}
		})
	}
}

// otherKind is a unit kind different from k.
func otherKind(k string) string {
	if k == plan.KindOther {
		return plan.KindDepartment
	}
	return plan.KindOther
}
