package main

import "testing"

// The window's arguments are read one way: every spelling of the database
// flag names the same file, and anything else is not the window's.
func TestWindowDB(t *testing.T) {
	for _, c := range []struct {
		args []string
		db   string
		ok   bool
	}{
		{nil, "", true},
		{[]string{"--db", "x.db"}, "x.db", true},
		{[]string{"-db", "x.db"}, "x.db", true},
		{[]string{"--db=x.db"}, "x.db", true},
		{[]string{"-db=x.db"}, "x.db", true},
		{[]string{"--db=D:\\台账\\a=b.db"}, "D:\\台账\\a=b.db", true},
		{[]string{"--db="}, "", false},
		{[]string{"--db"}, "", false},
		{[]string{"--dbx=1"}, "", false},
		{[]string{"--db", "x.db", "y"}, "", false},
		{[]string{"x.db"}, "", false},
	} {
		db, ok := windowDB(c.args)
		if db != c.db || ok != c.ok {
			t.Errorf("windowDB(%q) = %q, %v; want %q, %v", c.args, db, ok, c.db, c.ok)
		}
		if windowArgs(c.args) != c.ok {
			t.Errorf("windowArgs(%q) disagrees with windowDB", c.args)
		}
	}
}
