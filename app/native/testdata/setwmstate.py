"""Sets the X root window's _NET_WM_STATE to the atoms named on the
command line (none: removes it), as a window manager sets a window's,
and keeps the connection open until stdin closes: an X server with no
client left resets and forgets the property."""
import ctypes
import sys

x = ctypes.CDLL("libX11.so.6")
x.XOpenDisplay.restype = ctypes.c_void_p
x.XOpenDisplay.argtypes = [ctypes.c_char_p]
x.XDefaultRootWindow.restype = ctypes.c_ulong
x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x.XInternAtom.restype = ctypes.c_ulong
x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
x.XChangeProperty.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong,
                              ctypes.c_int, ctypes.c_int, ctypes.c_void_p, ctypes.c_int]
x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]

d = x.XOpenDisplay(None)
if not d:
    sys.exit("no X display")
root = x.XDefaultRootWindow(d)
# Both maximised states exist on a desktop with a window manager, set or not.
for known in (b"_NET_WM_STATE_MAXIMIZED_VERT", b"_NET_WM_STATE_MAXIMIZED_HORZ"):
    x.XInternAtom(d, known, 0)
names = sys.argv[1:]
atoms = (ctypes.c_ulong * max(len(names), 1))(*[x.XInternAtom(d, n.encode(), 0) for n in names])
XA_ATOM, PROP_MODE_REPLACE = 4, 0
x.XChangeProperty(d, root, x.XInternAtom(d, b"_NET_WM_STATE", 0), XA_ATOM, 32, PROP_MODE_REPLACE, atoms, len(names))
x.XSync(d, 0)
print(root, flush=True)
sys.stdin.read()
