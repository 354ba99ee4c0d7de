package plan

import "strings"

// Contact is how the office reaches a unit: the person who fills in its
// returns and a phone, filled in from the returns' 填报人 and 联系电话
// lines unless the clerk typed them, and the clerk's own note.
type Contact struct {
	Person string `json:"contact"`
	Phone  string `json:"phone"`
	Note   string `json:"note"`
	// ByHand marks a value the clerk typed: returns never overwrite it.
	PersonByHand bool `json:"contact_by_hand,omitempty"`
	PhoneByHand  bool `json:"phone_by_hand,omitempty"`
	// The 填报日期 of the return each value came from, so the latest
	// return wins whatever order the files are imported in.
	PersonDate string `json:"contact_date,omitempty"`
	PhoneDate  string `json:"phone_date,omitempty"`
}

// FromReturn takes the person and phone a return dated date names, where
// the clerk has not typed them and no later return named them. On the same
// date the return read last wins. It reports whether anything changed.
func (c *Contact) FromReturn(person, phone, date string) bool {
	changed := false
	take := func(v string, byHand bool, dst, dstDate *string) {
		v = strings.TrimSpace(v)
		if v == "" || byHand || date < *dstDate {
			return
		}
		if *dst != v || *dstDate != date {
			*dst, *dstDate, changed = v, date, true
		}
	}
	take(person, c.PersonByHand, &c.Person, &c.PersonDate)
	take(phone, c.PhoneByHand, &c.Phone, &c.PhoneDate)
	return changed
}

// SetPerson records a person the clerk typed. Clearing it hands the field
// back to the returns.
func (c *Contact) SetPerson(v string) {
	c.Person, c.PersonDate = strings.TrimSpace(v), ""
	c.PersonByHand = c.Person != ""
}

// SetPhone records a phone the clerk typed; clearing it hands the field
// back to the returns.
func (c *Contact) SetPhone(v string) {
	c.Phone, c.PhoneDate = strings.TrimSpace(v), ""
	c.PhoneByHand = c.Phone != ""
}
