// Package settings holds what the program decides about its own setup:
// which database file to open (the --db flag, the portable copy beside the
// program, or the user's config folder) and what it remembers between runs
// (window size and dividers, the last folder for each kind of file, the
// last period shown). The operating-system questions behind these answers
// are asked through app/native.
package settings
