// Package native is the program's seam to the operating system: where the
// database lives, native file dialogs, opening and printing files with the
// system's programs, remembered window size and folders, and placing the
// Chinese input method's candidate window beside the field being typed in.
//
// Windows is the platform clerks use; the other systems get working
// fallbacks (Fyne's own dialogs, xdg-open/open) so developers can run the
// program on Linux or macOS.
package native
