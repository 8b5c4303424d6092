"""ESC/POS raster printing for receipt printers: a picture as printer commands, and where to send
them. Pure Python, no Qt.

A kiosk's 80 mm thermal printer prints the take-away card as a picture (``GS v 0`` raster
bands), never as text in the printer's code pages: those have no Thai, or the wrong one. The
picture is sent in bands of a few hundred rows, so that a printer with a small buffer never has
to hold a whole card. A job is::

    ESC @                    initialise (forget any earlier settings)
    GS v 0 ...               one raster band per at most ``band`` rows
    ESC d n                  print and feed n lines (the card clears the print head)
    GS V 66 0                feed to the cutter and cut, leaving a hinge (a partial cut)
"""

from __future__ import annotations

import errno
import os
import select
import time
from collections.abc import Sequence
from pathlib import Path

INIT = b"\x1b@"  # ESC @
RASTER = b"\x1dv0"  # GS v 0
PARTIAL_CUT = b"\x1dVB\x00"  # GS V 66 0: feed to the cutting position, then a partial cut
BAND_ROWS = 255  # rows in one GS v 0 band: 72 bytes x 255 rows is 18 kB, within any buffer
MAX_BAND_ROWS = 1662  # the most some printers take in one band (older ones: 255)
MAX_WIDTH_BYTES = 255  # 2,040 dots; 80 mm paper has 576 (or 512)
FEED_LINES = 3


SEND_SECONDS = 10.0  # the longest a receipt printer may take to accept a card

class DeviceError(Exception):
    """The receipt printer could not be reached; the message is one line for staff."""


def pack_row(bits: Sequence[bool | int], width_bytes: int) -> bytes:
    """One row of dots as bytes: the leftmost dot is the highest bit, 1 prints (black); the row
    is padded with white dots to ``width_bytes``."""
    out = bytearray(width_bytes)
    for x, dark in enumerate(bits):
        if dark:
            out[x >> 3] |= 0x80 >> (x & 7)
    return bytes(out)


def raster(rows: Sequence[Sequence[bool | int]], band: int = BAND_ROWS) -> bytes:
    """``GS v 0`` commands printing ``rows`` (each a row of dots, True or 1 = black) in bands of
    at most ``band`` rows. Every row is as wide as the widest (padded with white)."""
    if not 1 <= band <= MAX_BAND_ROWS:
        raise ValueError(f"a band has 1 to {MAX_BAND_ROWS} rows, not {band}")
    width = max((len(row) for row in rows), default=0)
    width_bytes = (width + 7) // 8
    if width_bytes > MAX_WIDTH_BYTES:
        raise ValueError(f"a row of {width} dots is wider than a receipt printer prints")
    if not rows or not width_bytes:
        return b""
    out = bytearray()
    for start in range(0, len(rows), band):
        chunk = rows[start : start + band]
        out += RASTER + bytes([0, width_bytes & 0xFF, width_bytes >> 8,
                               len(chunk) & 0xFF, len(chunk) >> 8])
        for row in chunk:
            out += pack_row(row, width_bytes)
    return bytes(out)


def feed(lines: int) -> bytes:
    """``ESC d n``: print what is buffered and feed ``lines`` lines (0 to 255)."""
    if not 0 <= lines <= 255:
        raise ValueError(f"feed 0 to 255 lines, not {lines}")
    return b"\x1bd" + bytes([lines])


def job(rows: Sequence[Sequence[bool | int]], band: int = BAND_ROWS,
        feed_lines: int = FEED_LINES) -> bytes:
    """A whole print job: initialise, the picture in raster bands, feed and a partial cut."""
    return INIT + raster(rows, band) + feed(feed_lines) + PARTIAL_CUT


class Dummy:
    """A printer that keeps what it is sent (for tests and previews)."""

    def __init__(self) -> None:
        self.output = b""

    def send(self, data: bytes) -> None:
        self.output += data


class DevicePrinter:
    """A receipt printer reached as a file: a device (``/dev/usb/lp0``, a serial port) or a plain
    file that collects the job (handy for checking what would be printed)."""

    def __init__(self, path: Path, timeout: float = SEND_SECONDS) -> None:
        self.path = path
        self.timeout = timeout

    def send(self, data: bytes) -> None:
        """Write the job whole; a :class:`DeviceError` with a one-line message on failure."""
        path = self.path
        try:
            if path.is_dir():
                raise IsADirectoryError(errno.EISDIR, "a folder")
            if not path.exists() and (path.parts[:2] == ("/", "dev") or not path.parent.is_dir()):
                # a device that is not there (unplugged, switched off): never create a file in /dev
                raise FileNotFoundError(errno.ENOENT, "not found")
            if os.name == "posix":
                _write_within(path, data, self.timeout)
            else:  # (Windows: a port or file opened the usual way)
                with open(path, "wb", buffering=0) as device:
                    view = memoryview(data)
                    while view:
                        written = device.write(view)
                        if not written:
                            raise OSError(errno.EIO, "the printer took nothing")
                        view = view[written:]
        except TimeoutError as exc:
            raise DeviceError(f"the receipt printer {path} did not take the card within "
                              f"{self.timeout:g} s: check its paper and cover") from exc
        except FileNotFoundError as exc:
            raise DeviceError(f"the receipt printer {path} is not there: check that "
                              "it is plugged in and switched on") from exc
        except PermissionError as exc:
            raise DeviceError(f"no permission to use the receipt printer {path}: on "
                              "Linux, add this user to the 'lp' group") from exc
        except IsADirectoryError as exc:
            raise DeviceError(f"{path} is a folder, not a receipt printer") from exc
        except OSError as exc:
            raise DeviceError(f"cannot print on the receipt printer {path}: "
                              f"{exc.strerror or exc}") from exc


def _write_within(path: Path, data: bytes, timeout: float) -> None:
    """Write ``data`` to ``path`` without ever blocking for longer than ``timeout`` seconds in
    all: a printer out of paper, with its cover open or switched off mid-job stops taking bytes,
    and a blocking write would freeze the kiosk. TimeoutError when the time runs out."""
    deadline = time.monotonic() + timeout
    flags = os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0)
    if path.parts[:2] != ("/", "dev"):  # a file that collects the job: made, or emptied first
        flags |= os.O_CREAT | os.O_TRUNC
    descriptor = os.open(path, flags, 0o600)
    try:
        view = memoryview(data)
        while view:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(errno.ETIMEDOUT, "timed out")
            _, ready, _ = select.select([], [descriptor], [], left)
            if not ready:
                continue
            try:
                written = os.write(descriptor, view)
            except BlockingIOError:
                continue
            if not written:
                raise OSError(errno.EIO, "the printer took nothing")
            view = view[written:]
    finally:
        os.close(descriptor)
