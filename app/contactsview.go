package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"taizhang/app/plan"
)

// contactFields edit a unit's 联系人, 联系电话 and 备注 in the 单位 editor.
// Values taken from returns show where they came from; what the clerk
// types is kept against later returns.
type contactFields struct {
	person, phone, note *widget.Entry
	from                *widget.Label
	loaded              plan.Contact
}

func newContactFields() *contactFields {
	c := &contactFields{person: widget.NewEntry(), phone: widget.NewEntry(), note: widget.NewEntry(), from: widget.NewLabel("")}
	c.person.SetPlaceHolder("按报表“填报人”自动填写")
	c.phone.SetPlaceHolder("按报表“联系电话”自动填写")
	c.note.SetPlaceHolder("如：催报请先打办公室电话")
	c.from.Wrapping = fyne.TextWrapWord
	c.from.Importance = widget.LowImportance
	return c
}

// items are the form rows: person and phone share one, so the editor
// fits a 768-pixel screen without scrolling.
func (c *contactFields) items() []*widget.FormItem {
	phone := container.NewBorder(nil, nil, widget.NewLabel("联系电话"), nil, c.phone)
	return []*widget.FormItem{widget.NewFormItem("联系人", container.NewGridWithColumns(2, c.person, phone)),
		widget.NewFormItem("备注", c.note), widget.NewFormItem("", c.from)}
}

// show puts a stored contact in the fields.
func (c *contactFields) show(ct plan.Contact) {
	c.loaded = ct
	c.person.SetText(ct.Person)
	c.phone.SetText(ct.Phone)
	c.note.SetText(ct.Note)
	c.from.SetText(contactSource(ct))
}

// contactSource says which values the clerk typed and which came from a
// return, so the clerk knows what a later return may still change.
func contactSource(ct plan.Contact) string {
	var parts []string
	say := func(what, v string, byHand bool, date string) {
		switch {
		case v == "":
		case byHand:
			parts = append(parts, what+"为手工填写，导入报表不会改动")
		case date != "":
			parts = append(parts, what+"取自 "+date+" 的报表")
		}
	}
	say("联系人", ct.Person, ct.PersonByHand, ct.PersonDate)
	say("电话", ct.Phone, ct.PhoneByHand, ct.PhoneDate)
	if len(parts) == 0 {
		return "清空联系人或电话后，将按报表中的填写自动更新。"
	}
	return strings.Join(parts, "；") + "。"
}

func (c *contactFields) text() string {
	return strings.Join([]string{c.person.Text, c.phone.Text, c.note.Text}, "\x00")
}

// changed reports whether the fields differ from what is stored.
func (c *contactFields) changed() bool {
	l := c.loaded
	return strings.TrimSpace(c.person.Text) != l.Person || strings.TrimSpace(c.phone.Text) != l.Phone ||
		strings.TrimSpace(c.note.Text) != l.Note
}

// apply writes the fields into a contact: only a value the clerk changed
// becomes typed by hand, so saving a note leaves the person a return gave
// free to follow later returns.
func (c *contactFields) apply(ct *plan.Contact) {
	if p := strings.TrimSpace(c.person.Text); p != c.loaded.Person {
		ct.SetPerson(p)
	}
	if p := strings.TrimSpace(c.phone.Text); p != c.loaded.Phone {
		ct.SetPhone(p)
	}
	ct.Note = strings.TrimSpace(c.note.Text)
}

// contactOf is a unit's stored contact; none when it cannot be read.
func (v *unitsView) contactOf(unit string) plan.Contact {
	cs, err := v.ui.ws.Contacts()
	if err != nil {
		return plan.Contact{}
	}
	return cs[unit]
}

// reloadContact shows the stored contact again after a change, such as an
// import that took a new phone from a return, unless the clerk is typing.
func (v *unitsView) reloadContact() {
	d := v.dir()
	if v.sel < 0 || v.sel >= len(d.Units) || v.contact.changed() {
		return
	}
	v.contact.show(v.contactOf(d.Units[v.sel].Name))
	// Only the contact part counts as loaded anew: typing elsewhere in
	// the editor stays unsaved.
	v.loaded = v.loadedDir + "\x00" + v.contact.text()
}

// saveContact writes the unit's contact when the clerk changed it.
func (v *unitsView) saveContact(unit string) bool {
	if !v.contact.changed() {
		return true
	}
	if _, err := v.ui.ws.EditContact(unit, v.contact.apply); err != nil {
		v.ui.showError(err)
		return false
	}
	v.contact.show(v.contactOf(unit))
	return true
}

// openUnit shows a unit in the 单位 tab, asking first about unsaved typing
// in whatever the clerk leaves.
func (u *UI) openUnit(name string) {
	for i, unit := range u.ws.Dir.Units {
		if unit.Name == name {
			u.showTab(u.unitsTab)
			if u.tabs.Selected() == u.unitsTab {
				u.unitsV.pickRow(i)
				// Scrolled once the tab is laid out: a table scrolled
				// before it has its size draws no rows.
				fyne.Do(func() { u.unitsV.list.ScrollTo(widget.TableCellID{Row: i}) })
			}
			return
		}
	}
}
