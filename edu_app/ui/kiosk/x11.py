"""What the X11 window manager really did to the kiosk window, and asking it to undo that.

Qt's own flags do not say whether a window manager took "always on top" away (``wmctrl -b
remove,above``), and a window iconified by the window manager can still report full screen.
This reads the window's ``_NET_WM_STATE`` and ``WM_STATE`` from the X server and sends the
standard EWMH requests (``_NET_WM_STATE`` add, ``_NET_ACTIVE_WINDOW``) over a small second
connection, through libX11 with ctypes (no new dependency). Off X11 (Windows, Wayland, offscreen)
:func:`connect` gives None and the kiosk relies on Qt's window state alone.
"""

from __future__ import annotations

import ctypes
import logging
import os
from typing import NamedTuple

log = logging.getLogger("edu_app")

_CLIENT_MESSAGE = 33
_SUBSTRUCTURE = (1 << 19) | (1 << 20)  # SubstructureNotifyMask | SubstructureRedirectMask
_XA_ATOM = 4
_ICONIC = 3
_ADD = 1
_FROM_APPLICATION = 1


class _ClientMessage(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong),
                ("message_type", ctypes.c_ulong), ("format", ctypes.c_int),
                ("data", ctypes.c_long * 5)]


class _Event(ctypes.Union):
    _fields_ = [("xclient", _ClientMessage), ("pad", ctypes.c_long * 24)]


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


@_ERROR_HANDLER
def _ignore_error(_display: int, _event: int) -> int:
    return 0  # a window that went away is not worth ending the program for


class WmState(NamedTuple):
    """The window manager's view of one window."""

    fullscreen: bool
    above: bool
    hidden: bool  # iconified (minimised)


class X11:
    """A small libX11 connection for one kiosk window."""

    def __init__(self, lib: ctypes.CDLL, display: int) -> None:
        self._lib, self._display = lib, ctypes.c_void_p(display)
        self._root = lib.XDefaultRootWindow(self._display)
        names = ("_NET_WM_STATE", "_NET_WM_STATE_FULLSCREEN", "_NET_WM_STATE_ABOVE",
                 "_NET_WM_STATE_HIDDEN", "_NET_ACTIVE_WINDOW", "WM_STATE")
        self._atom = {name: lib.XInternAtom(self._display, name.encode("ascii"), False)
                      for name in names}

    def _longs(self, window: int, name: str, kind: int) -> list[int] | None:
        """A 32-bit property as numbers (None when the window has no such property)."""
        lib = self._lib
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        count, after = ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.POINTER(ctypes.c_ulong)()
        status = lib.XGetWindowProperty(
            self._display, ctypes.c_ulong(window), ctypes.c_ulong(self._atom[name]), 0, 64, False,
            ctypes.c_ulong(kind), ctypes.byref(actual_type), ctypes.byref(actual_format),
            ctypes.byref(count), ctypes.byref(after), ctypes.byref(data))
        if status != 0 or not data:
            return None
        try:
            if actual_format.value != 32:  # Xlib hands 32-bit items over as longs
                return None
            return [data[i] for i in range(count.value)]
        finally:
            lib.XFree(data)

    def state(self, window: int) -> WmState | None:
        """The window's EWMH state, or None when nothing can be read (no window manager)."""
        states = self._longs(window, "_NET_WM_STATE", _XA_ATOM)
        wm_state = self._longs(window, "WM_STATE", self._atom["WM_STATE"])
        if states is None and wm_state is None:
            return None
        states = states or []
        iconic = bool(wm_state) and wm_state[0] == _ICONIC  # type: ignore[index]
        return WmState(self._atom["_NET_WM_STATE_FULLSCREEN"] in states,
                       self._atom["_NET_WM_STATE_ABOVE"] in states,
                       iconic or self._atom["_NET_WM_STATE_HIDDEN"] in states)

    def _send(self, window: int, message: str, *data: int) -> None:
        event = _Event()
        client = event.xclient
        client.type, client.send_event, client.display = _CLIENT_MESSAGE, 1, self._display.value
        client.window, client.message_type, client.format = window, self._atom[message], 32
        for index, value in enumerate(data):
            client.data[index] = value
        self._lib.XSendEvent(self._display, ctypes.c_ulong(self._root), False,
                             ctypes.c_long(_SUBSTRUCTURE), ctypes.byref(event))

    def keep_above_and_full_screen(self, window: int) -> None:
        """Ask the window manager for full screen and on top again, and to show the window."""
        self._lib.XMapRaised(self._display, ctypes.c_ulong(window))
        for name in ("_NET_WM_STATE_ABOVE", "_NET_WM_STATE_FULLSCREEN"):
            self._send(window, "_NET_WM_STATE", _ADD, self._atom[name], 0, _FROM_APPLICATION)
        self._send(window, "_NET_ACTIVE_WINDOW", _FROM_APPLICATION, 0, 0)
        self._lib.XFlush(self._display)

    def close(self) -> None:
        """End the connection."""
        if self._display:
            self._lib.XCloseDisplay(self._display)
            self._display = ctypes.c_void_p(0)


def connect(platform: str) -> X11 | None:
    """A connection to the X server Qt uses, or None (not X11, or libX11 missing)."""
    if platform != "xcb" or not os.environ.get("DISPLAY"):
        return None
    try:
        lib = ctypes.CDLL("libX11.so.6")
    except OSError:
        log.info("libX11 not found: the kiosk checks its window state through Qt only")
        return None
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XInternAtom.restype = ctypes.c_ulong
    lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    lib.XGetWindowProperty.argtypes = [
        ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
        ctypes.c_int, ctypes.c_ulong, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p,
        ctypes.c_void_p, ctypes.c_void_p]
    lib.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long,
                               ctypes.c_void_p]
    lib.XMapRaised.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    lib.XFlush.argtypes = [ctypes.c_void_p]
    lib.XFree.argtypes = [ctypes.c_void_p]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    lib.XSetErrorHandler(_ignore_error)
    display = lib.XOpenDisplay(None)
    if not display:
        return None
    return X11(lib, display)
