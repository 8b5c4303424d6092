"""ESC/POS raster printing: the exact bytes, written out by hand from the ESC/POS manual.

(The encoder was also checked once, byte for byte, against python-escpos 3.1's
``Dummy().image(..., impl="bitImageRaster", fragment_height=255)`` on 16x2, 13x5, 576x40 and
512x300 pictures; python-escpos is not a dependency: it brings Pillow and eight more packages.)
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from edu_app.core import escpos
from edu_app.core.escpos import DeviceError, DevicePrinter, Dummy

# 16 dots x 2 rows: the first row's left half black, the second row's first and last dot black
B, W = 1, 0
SIXTEEN_BY_TWO = [[B] * 8 + [W] * 8, [B] + [W] * 14 + [B]]
SIXTEEN_BY_TWO_RASTER = bytes([
    0x1D, 0x76, 0x30, 0x00,  # GS v 0, normal size
    0x02, 0x00,  # 2 bytes across (16 dots)
    0x02, 0x00,  # 2 rows
    0xFF, 0x00,  # row 1: 11111111 00000000
    0x80, 0x01,  # row 2: 10000000 00000001
])


def test_a_16_by_2_picture_is_one_band_of_the_exact_bytes() -> None:
    assert escpos.raster(SIXTEEN_BY_TWO) == SIXTEEN_BY_TWO_RASTER


def test_a_job_initialises_prints_feeds_and_cuts() -> None:
    assert escpos.job(SIXTEEN_BY_TWO) == (
        b"\x1b\x40"  # ESC @
        + SIXTEEN_BY_TWO_RASTER
        + b"\x1b\x64\x03"  # ESC d 3: print and feed three lines
        + b"\x1d\x56\x42\x00"  # GS V 66 0: feed to the cutter, partial cut
    )


def test_rows_are_sent_in_bands_of_at_most_the_band_size() -> None:
    rows = [[B] * 8, [W] * 7 + [B], [B, W, B, W, B, W, B, W]]
    assert escpos.raster(rows, band=2) == (
        b"\x1d\x76\x30\x00\x01\x00\x02\x00" + b"\xff\x01"
        + b"\x1d\x76\x30\x00\x01\x00\x01\x00" + b"\xaa"
    )


def test_a_band_of_300_rows_has_its_height_in_two_bytes() -> None:
    data = escpos.raster([[B]] * 300, band=1662)
    assert data[:8] == b"\x1d\x76\x30\x00\x01\x00\x2c\x01"  # 300 = 0x012C, low byte first
    assert len(data) == 8 + 300


def test_a_576_dot_row_is_72_bytes_wide() -> None:
    data = escpos.raster([[W] * 575 + [B]])
    assert data[4:8] == b"\x48\x00\x01\x00"  # 72 bytes, 1 row
    assert data[8:] == bytes(71) + b"\x01"


def test_rows_are_padded_with_white_to_a_whole_byte_and_the_widest_row() -> None:
    # 13 dots: two bytes; dot 12 is bit 4 of the second byte; the short row is padded
    assert escpos.raster([[W] * 12 + [B], [B]]) == (
        b"\x1d\x76\x30\x00\x02\x00\x02\x00" + b"\x00\x08" + b"\x80\x00")


def test_bytes_rows_from_a_picture_work_as_well_as_lists() -> None:
    assert escpos.raster([bytes(SIXTEEN_BY_TWO[0]), bytes(SIXTEEN_BY_TWO[1])]) == SIXTEEN_BY_TWO_RASTER


@pytest.mark.parametrize("band", [0, 1663])
def test_a_band_size_outside_what_printers_take_is_refused(band: int) -> None:
    with pytest.raises(ValueError, match="band"):
        escpos.raster(SIXTEEN_BY_TWO, band=band)


def test_nothing_to_print_is_no_bytes_and_too_wide_is_refused() -> None:
    assert escpos.raster([]) == b""
    with pytest.raises(ValueError, match="wider"):
        escpos.raster([[W] * 2041])


def test_the_dummy_printer_keeps_what_it_was_sent() -> None:
    printer = Dummy()
    printer.send(b"\x1b@")
    printer.send(b"abc")
    assert printer.output == b"\x1b@abc"


def test_the_device_printer_writes_the_job_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "job.bin"
    target.write_bytes(b"old job")
    DevicePrinter(target).send(escpos.job(SIXTEEN_BY_TWO))
    assert target.read_bytes() == b"\x1b@" + SIXTEEN_BY_TWO_RASTER + b"\x1bd\x03\x1dVB\x00"


def test_a_missing_device_is_a_one_line_message_and_no_file_appears(tmp_path: Path) -> None:
    with pytest.raises(DeviceError) as caught:
        DevicePrinter(Path("/dev/usb/lp-edu-app-test")).send(b"x")
    assert str(caught.value) == ("the receipt printer /dev/usb/lp-edu-app-test is not there: check "
                                 "that it is plugged in and switched on")
    assert not Path("/dev/usb/lp-edu-app-test").exists()
    with pytest.raises(DeviceError, match="is not there"):
        DevicePrinter(tmp_path / "no-folder" / "lp0").send(b"x")
    assert not (tmp_path / "no-folder").exists()


def test_a_folder_is_not_a_printer(tmp_path: Path) -> None:
    with pytest.raises(DeviceError, match="is a folder, not a receipt printer"):
        DevicePrinter(tmp_path).send(b"x")


def test_no_permission_says_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "lp0"
    target.write_bytes(b"")
    real_open = os.open

    def refused(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(file) == target:  # (tests run as root, where chmod refuses nothing)
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", refused)
    with pytest.raises(DeviceError) as caught:
        DevicePrinter(target).send(b"x")
    assert str(caught.value) == (f"no permission to use the receipt printer {target}: on Linux, "
                                 "add this user to the 'lp' group")
    assert "\n" not in str(caught.value)


@pytest.mark.skipif(os.name != "posix", reason="a FIFO stands in for a stuck printer (POSIX)")
def test_a_printer_that_stops_taking_bytes_times_out_instead_of_freezing(tmp_path: Path) -> None:
    import time

    # a named pipe with a reader that takes nothing: like a printer with no paper
    fifo = tmp_path / "stuck"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # (held open, never read)
    try:
        printer = escpos.DevicePrinter(fifo, timeout=0.5)
        started = time.monotonic()
        with pytest.raises(escpos.DeviceError, match=r"did not take the card within 0\.5 s"):
            printer.send(b"\x00" * 4_000_000)  # more than a pipe holds
        assert time.monotonic() - started < 3
    finally:
        os.close(reader)
