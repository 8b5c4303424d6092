"""Files written on purpose are written whole or not at all (edu_app.core.files), and the
program's writers use that: set-pin, the daily counts, the usage export."""

from __future__ import annotations

import io
import json
import os
from datetime import date
from pathlib import Path

import pytest

from edu_app.cli import main
from edu_app.core import files, kiosk, paths


def names_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_file_is_replaced_only_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old and whole", encoding="utf-8")
    target.chmod(0o640)
    with files.replacing(target) as temporary:
        assert temporary.parent == tmp_path and temporary != target
        temporary.write_text("new", encoding="utf-8")
        assert target.read_text(encoding="utf-8") == "old and whole"  # not yet
    assert target.read_text(encoding="utf-8") == "new"
    assert target.stat().st_mode & 0o777 == 0o640  # the old file's permissions are kept
    assert names_in(tmp_path) == ["out.txt"]


def test_a_failure_half_way_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old and whole", encoding="utf-8")
    with pytest.raises(RuntimeError, match="half way"), files.replacing(target) as temporary:
        temporary.write_text("new but on", encoding="utf-8")
        raise RuntimeError("half way")
    assert target.read_text(encoding="utf-8") == "old and whole"
    assert names_in(tmp_path) == ["out.txt"]
    with pytest.raises(KeyboardInterrupt), files.replacing(target) as temporary:
        temporary.write_text("new", encoding="utf-8")
        raise KeyboardInterrupt  # Ctrl+C, too
    assert names_in(tmp_path) == ["out.txt"] and target.read_text(encoding="utf-8") == "old and whole"


def test_a_new_file_is_made_and_a_missing_folder_is_an_os_error(tmp_path: Path) -> None:
    files.write_text(tmp_path / "new.txt", "made")
    assert (tmp_path / "new.txt").read_text(encoding="utf-8") == "made"
    with pytest.raises(OSError):
        files.write_text(tmp_path / "missing" / "x.txt", "never")
    assert names_in(tmp_path) == ["new.txt"]


def test_a_link_keeps_pointing_at_the_file_it_names(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    files.write_text(link, "new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


def test_set_pin_that_fails_while_writing_leaves_clinic_toml_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "clinic.toml"
    before = '[clinic]\nname = "Riverside"\n\n[kiosk]\nenabled = true\n'
    config.write_text(before, encoding="utf-8")
    real_write = Path.write_bytes

    def disk_full(self: Path, data: bytes) -> int:
        real_write(self, data[: len(data) // 2])  # part of it reaches the disk, then it fails
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", disk_full)
    monkeypatch.setattr("sys.stdin", io.StringIO("5791\n"))
    assert main(["--config", str(config), "set-pin", "--pin-stdin"]) == 1
    assert "No space left on device" in capsys.readouterr().err
    assert config.read_text(encoding="utf-8") == before
    assert names_in(tmp_path) == ["clinic.toml"]


def test_daily_counts_and_the_usage_export_are_written_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    state = tmp_path / "state"
    counts = kiosk.DayCounts(state / "kiosk-usage.json", today=lambda: date(2026, 11, 23))
    counts.add("pages")
    saved = (state / "kiosk-usage.json").read_text(encoding="utf-8")
    assert json.loads(saved) == {"2026-11-23": {"pages": 1}}
    real_write = Path.write_bytes

    def fails(self: Path, data: bytes) -> int:
        real_write(self, data[:5])
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Path, "write_bytes", fails)
    counts.add("pages")  # kept in memory, the file as it was
    assert counts.today("pages") == 2
    assert (state / "kiosk-usage.json").read_text(encoding="utf-8") == saved
    assert names_in(state) == ["kiosk-usage.json"]
    out = tmp_path / "usage.csv"
    out.write_text("date,pages,prints,resets\n2026-01-01,1,0,0\n", encoding="utf-8")
    paths.user_state_dir().mkdir(parents=True)
    assert main(["usage", "--out", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == "date,pages,prints,resets\n2026-01-01,1,0,0\n"
    assert names_in(tmp_path) == ["state", "usage.csv"]
    assert not [p for p in os.listdir(paths.user_state_dir()) if p.endswith(".tmp")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_read_small_never_waits_and_reads_only_small_regular_files(tmp_path: Path) -> None:
    small = tmp_path / "small"
    small.write_bytes(b"12\n")
    assert files.read_small(small, 16) == b"12\n"
    big = tmp_path / "big"
    big.write_bytes(b"1" * 17)
    assert files.read_small(big, 16) is None
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)  # no writer: a blocking open would wait for ever
    assert files.read_small(fifo, 16) is None
    assert files.read_small(tmp_path, 16) is None  # a folder
    assert files.read_small(tmp_path / "missing", 16) is None


def test_unfinished_starts_are_counted_and_a_damaged_count_is_zero() -> None:
    from edu_app import startup

    count = paths.user_state_dir() / "unfinished-starts"
    assert startup.unfinished_starts() == 0  # no file yet
    startup.count_start(startup.unfinished_starts())
    startup.count_start(startup.unfinished_starts())
    assert count.read_text(encoding="utf-8") == "2\n" and startup.unfinished_starts() == 2
    assert [startup.first_fallback(n) for n in range(6)] == [0, 0, 1, 1, 2, 2]
    startup.started_steadily()
    assert not count.exists() and startup.unfinished_starts() == 0
    for damaged in (b"", b"-3\n", b"two\n", b"\xff\xfe", b"9" * 40):
        count.write_bytes(damaged)
        assert startup.unfinished_starts() == 0
    count.unlink()
    os.mkfifo(count)
    assert startup.unfinished_starts() == 0
    startup.count_start(0)  # the FIFO is replaced by a file
    assert count.is_file() and startup.unfinished_starts() == 1
