// Package native is the program's seam to the operating system: native
// file dialogs, opening and printing files with the system's programs,
// whether a path is on a network share, the window's maximised state, the
// system's Chinese fonts, and placing the Chinese input method's candidate
// window beside the field being typed in. What the program decides with
// these answers (where the database lives, what it remembers) is in
// app/settings.
//
// Windows is the platform clerks use; the other systems get working
// fallbacks (Fyne's own dialogs, xdg-open/open) so developers can run the
// program on Linux or macOS.
package native
