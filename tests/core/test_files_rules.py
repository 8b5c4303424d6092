"""Files written whole: what is flushed to the disk and when, a disk that cannot flush, and a
file of exactly the size read_small allows."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from edu_app.core import files


@pytest.fixture
def flushes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every os.fsync call, counted (and still made)."""
    calls: list[int] = []
    real = os.fsync

    def counting(handle: int) -> None:
        calls.append(handle)
        real(handle)

    monkeypatch.setattr(os, "fsync", counting)
    return calls


@pytest.mark.skipif(os.name != "posix", reason="the folder is flushed on POSIX only")
def test_a_durable_write_flushes_the_file_and_then_its_folder(tmp_path: Path, flushes: list[int]) -> None:
    files.write_text(tmp_path / "a.txt", "text")  # durable unless told otherwise
    assert len(flushes) == 2
    files.write_bytes(tmp_path / "b.bin", b"bytes")
    assert len(flushes) == 4
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "text"
    assert (tmp_path / "b.bin").read_bytes() == b"bytes"


def test_a_write_that_need_not_last_is_not_flushed(tmp_path: Path, flushes: list[int]) -> None:
    files.write_text(tmp_path / "a.txt", "text", durable=False)
    files.write_bytes(tmp_path / "b.bin", b"bytes", durable=False)
    assert flushes == []
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "text"
    assert (tmp_path / "b.bin").read_bytes() == b"bytes"


def test_a_disk_that_cannot_flush_still_gets_the_whole_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuses(handle: int) -> None:
        raise OSError(errno.EINVAL, "Invalid argument")

    monkeypatch.setattr(os, "fsync", refuses)
    files.write_text(tmp_path / "a.txt", "ผิว text")  # flushing is best effort
    assert (tmp_path / "a.txt").read_bytes() == "ผิว text".encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_a_file_of_exactly_the_limit_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "count"
    path.write_bytes(b"0123456789")
    assert files.read_small(path, 10) == b"0123456789"
    assert files.read_small(path, 9) is None
