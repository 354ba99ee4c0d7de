//go:build cgo && !wayland && (linux || freebsd || openbsd || netbsd)

package native

/*
#cgo LDFLAGS: -lX11
#include <X11/Xlib.h>
#include <X11/Xatom.h>

// Each call opens its own connection to the X server: window ids are the
// server's, so a second connection reads and asks for the same window's
// state without touching GLFW's connection or its thread.

static int tzIsMaximized(unsigned long win) {
	Display *d = XOpenDisplay(NULL);
	if (!d) return 0;
	Atom state = XInternAtom(d, "_NET_WM_STATE", True);
	Atom vert = XInternAtom(d, "_NET_WM_STATE_MAXIMIZED_VERT", True);
	Atom horz = XInternAtom(d, "_NET_WM_STATE_MAXIMIZED_HORZ", True);
	int found = 0;
	Atom type;
	int format;
	unsigned long n, after;
	unsigned char *data = NULL;
	if (state != None && vert != None && horz != None &&
		XGetWindowProperty(d, (Window)win, state, 0, 64, False, XA_ATOM,
			&type, &format, &n, &after, &data) == Success && data) {
		Atom *atoms = (Atom *)data;
		for (unsigned long i = 0; i < n; i++) {
			if (atoms[i] == vert) found |= 1;
			if (atoms[i] == horz) found |= 2;
		}
		XFree(data);
	}
	XCloseDisplay(d);
	return found == 3;
}

// tzMaximize asks the window manager, the EWMH way, to add both maximised
// states to the window.
static void tzMaximize(unsigned long win) {
	Display *d = XOpenDisplay(NULL);
	if (!d) return;
	XEvent e = {0};
	e.xclient.type = ClientMessage;
	e.xclient.window = (Window)win;
	e.xclient.message_type = XInternAtom(d, "_NET_WM_STATE", False);
	e.xclient.format = 32;
	e.xclient.data.l[0] = 1; // _NET_WM_STATE_ADD
	e.xclient.data.l[1] = XInternAtom(d, "_NET_WM_STATE_MAXIMIZED_VERT", False);
	e.xclient.data.l[2] = XInternAtom(d, "_NET_WM_STATE_MAXIMIZED_HORZ", False);
	e.xclient.data.l[3] = 1; // asked by an application
	XSendEvent(d, DefaultRootWindow(d), False,
		SubstructureRedirectMask | SubstructureNotifyMask, &e);
	XFlush(d);
	XCloseDisplay(d);
}
*/
import "C"

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
)

// Fyne has no maximise of its own (fyne-io/fyne#776), but hands out the
// X11 window, whose maximised state the window manager keeps in the
// window's _NET_WM_STATE property (EWMH), as every current Linux desktop
// does. Under a window manager without EWMH the window simply stays at
// its remembered size.

// Maximize asks the window manager to maximise the window. Call it once
// the window is shown.
func Maximize(win fyne.Window) {
	withX11Window(win, func(id uintptr) { C.tzMaximize(C.ulong(id)) })
}

// IsMaximized reports whether the clerk left the window maximised.
func IsMaximized(win fyne.Window) bool {
	zoomed := false
	withX11Window(win, func(id uintptr) { zoomed = C.tzIsMaximized(C.ulong(id)) != 0 })
	return zoomed
}

func withX11Window(win fyne.Window, f func(id uintptr)) {
	nw, ok := win.(driver.NativeWindow)
	if !ok {
		return
	}
	nw.RunNative(func(ctx any) {
		if w, ok := ctx.(driver.X11WindowContext); ok && w.WindowHandle != 0 {
			f(w.WindowHandle)
		}
	})
}
