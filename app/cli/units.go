package cli

import (
	"errors"
	"flag"
	"fmt"
	"strings"

	"taizhang/app/plan"
)

var errUnitsUsage = errors.New("用法：taizhang units [--db 文件] [--json] | set 单位 [--contact 联系人] [--phone 电话] [--note 备注]")

// unitJSON is one unit of `units --json`: the directory entry with its
// contact.
type unitJSON struct {
	Name          string   `json:"name"`
	FullName      string   `json:"full_name"`
	Aliases       []string `json:"aliases"`
	Kind          string   `json:"kind"`
	Contact       string   `json:"contact"`
	Phone         string   `json:"phone"`
	Note          string   `json:"note"`
	ContactByHand bool     `json:"contact_by_hand"`
	PhoneByHand   bool     `json:"phone_by_hand"`
}

func runUnits(e *env, args []string) int {
	f := newFlags("units")
	asJSON := f.Bool("json", false, "")
	contact := f.String("contact", "", "")
	phone := f.String("phone", "", "")
	note := f.String("note", "", "")
	rest, err := f.parse(args)
	if err != nil {
		return e.bad(err)
	}
	given := map[string]bool{}
	f.Visit(func(fl *flag.Flag) { given[fl.Name] = true })
	set := len(rest) == 2 && rest[0] == "set"
	switch {
	case set && !given["contact"] && !given["phone"] && !given["note"]:
		return e.bad(errors.New("units set 需要 --contact、--phone 或 --note 中的至少一项"))
	case !set && (len(rest) > 0 || given["contact"] || given["phone"] || given["note"]):
		return e.bad(errUnitsUsage)
	}
	w, err := e.open(*f.db)
	if err != nil {
		return e.fail(err)
	}
	defer w.Close()
	if set {
		unit, err := w.EditContact(rest[1], func(c *plan.Contact) {
			if given["contact"] {
				c.SetPerson(*contact)
			}
			if given["phone"] {
				c.SetPhone(*phone)
			}
			if given["note"] {
				c.Note = strings.TrimSpace(*note)
			}
		})
		if err != nil {
			return e.fail(err)
		}
		fmt.Fprintf(e.out, "已保存%s的联系方式。\n", unit)
		return ExitOK
	}
	contacts, err := w.Contacts()
	if err != nil {
		return e.fail(err)
	}
	list := make([]unitJSON, 0, len(w.Dir.Units))
	for _, u := range w.Dir.Units {
		c := contacts[u.Name]
		list = append(list, unitJSON{Name: u.Name, FullName: u.FullName, Aliases: append([]string{}, u.Aliases...), Kind: u.Kind,
			Contact: c.Person, Phone: c.Phone, Note: c.Note, ContactByHand: c.PersonByHand, PhoneByHand: c.PhoneByHand})
	}
	if *asJSON {
		return e.json(list)
	}
	for _, u := range list {
		fmt.Fprintln(e.out, u.text())
	}
	return ExitOK
}

func (u unitJSON) text() string {
	parts := []string{u.Name}
	if u.FullName != "" && u.FullName != u.Name {
		parts = append(parts, "（"+u.FullName+"）")
	}
	parts = append(parts, "  "+u.Kind)
	if u.Contact != "" || u.Phone != "" {
		parts = append(parts, "  联系人："+dash(u.Contact)+"  电话："+dash(u.Phone))
	}
	if u.Note != "" {
		parts = append(parts, "  备注："+u.Note)
	}
	return strings.Join(parts, "")
}

func dash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
