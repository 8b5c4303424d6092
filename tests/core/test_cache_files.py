"""The cache's self-checking files, byte by byte, without Qt: the header written down here from
the format's description (magic word, format 1, checksum kind, payload length, checksum), every
kind of damage named in the log and dropped, the size limit, switching off, keys and pruning."""

from __future__ import annotations

import hashlib
import logging
import os
import struct
import zlib
from pathlib import Path

import pytest

from edu_app.core import cache

NAME = "pictures-k1.pixels"


def header(payload: bytes, kind: int, name: str = NAME, *, magic: bytes = b"EDUCACHE",
           version: int = 1, length: int | None = None) -> bytes:
    """The header as the cache's description states it, computed with the standard library."""
    if kind == 2:  # CRC-32 of the payload, started from the CRC-32 of the name, little-endian
        crc = zlib.crc32(payload, zlib.crc32(name.encode()))
        checksum = crc.to_bytes(4, "little") + bytes(28)
    else:  # BLAKE2b-256 of the name followed by the payload
        checksum = hashlib.blake2b(name.encode() + payload, digest_size=32).digest()
    size = len(payload) if length is None else length
    return magic + struct.pack("<HHQ", version, kind, size) + checksum


@pytest.mark.parametrize("kind", [1, 2])
def test_the_file_is_the_header_then_the_payload(tmp_path: Path, kind: int) -> None:
    path = tmp_path / NAME
    assert cache.write_checked(path, b"pixels and more", kind) is True
    assert path.read_bytes() == header(b"pixels and more", kind) + b"pixels and more"
    assert cache.read_checked(path, 100, kind) == b"pixels and more"
    assert not list(tmp_path.glob("*.tmp"))  # the temporary file became the cache file


def test_the_default_kind_is_the_strong_checksum(tmp_path: Path) -> None:
    path = tmp_path / NAME
    cache.write_checked(path, b"abc")
    assert path.read_bytes() == header(b"abc", 1) + b"abc"
    assert cache.read_checked(path, 10) == b"abc"
    assert path.exists()


DAMAGE = {
    "no header": header(b"abc", 1, magic=b"EDUCACHX") + b"abc",
    "format 2": header(b"abc", 1, version=2) + b"abc",
    "checksum kind 2": header(b"abc", 2) + b"abc",
    "wrong length": header(b"abc", 1, length=4) + b"abc",
    "wrong checksum": header(b"abd", 1) + b"abc",
    "another file's name": header(b"abc", 1, name="pictures-k2.pixels") + b"abc",
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damage_is_named_and_the_file_dropped(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                              damage: str) -> None:
    path = tmp_path / NAME
    path.write_bytes(DAMAGE[damage])
    with caplog.at_level(logging.WARNING, logger="edu_app"):
        assert cache.read_checked(path, 100, 1) is None
    reason = "wrong checksum" if damage == "another file's name" else damage
    assert caplog.messages == [f"cache file {NAME} dropped ({reason}); it is made again"]
    assert not path.exists()


def test_sizes_outside_the_header_and_limit_are_damage(tmp_path: Path,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / NAME
    full = header(b"x" * 10, 1) + b"x" * 10  # 62 bytes: a 52-byte header and 10 of payload
    path.write_bytes(full)
    assert cache.read_checked(path, 10, 1) == b"x" * 10  # exactly the limit is allowed
    with caplog.at_level(logging.WARNING, logger="edu_app"):
        assert cache.read_checked(path, 9, 1) is None
        assert caplog.messages[-1] == f"cache file {NAME} dropped (62 bytes); it is made again"
        path.write_bytes(full[:52])  # a header and no payload: too short for its length
        assert cache.read_checked(path, 10, 1) is None
        assert "(wrong length)" in caplog.messages[-1]
        path.write_bytes(full[:51])  # shorter than a header
        assert cache.read_checked(path, 10, 1) is None
        assert caplog.messages[-1] == f"cache file {NAME} dropped (51 bytes); it is made again"


def test_a_header_only_file_with_an_empty_payload_is_fine(tmp_path: Path) -> None:
    path = tmp_path / NAME
    path.write_bytes(header(b"", 2))
    assert cache.read_checked(path, 0, 2) == b""


def test_a_missing_file_is_none_without_a_warning(tmp_path: Path,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="edu_app"):
        assert cache.read_checked(tmp_path / NAME, 10) is None
    assert caplog.messages == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_is_not_a_regular_file(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / NAME
    os.mkfifo(path)
    with caplog.at_level(logging.WARNING, logger="edu_app"):
        assert cache.read_checked(path, 10) is None  # and does not block
    assert caplog.messages == [f"cache file {NAME} dropped (not a regular file); it is made again"]
    assert not path.exists()


def test_a_folder_in_the_files_place_is_removed_with_what_it_holds(tmp_path: Path) -> None:
    path = tmp_path / NAME
    (path / "inner").mkdir(parents=True)
    (path / "inner" / "file").write_text("x")
    assert cache.read_checked(path, 10) is None
    assert not path.exists()
    (path / "inner").mkdir(parents=True)
    assert cache.write_checked(path, b"abc") is True  # a folder is replaced by the file
    assert cache.read_checked(path, 10) == b"abc"


def test_an_unwritable_place_is_false_and_leaves_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert cache.write_checked(blocker / "sub" / NAME, b"abc") is False
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


@pytest.mark.parametrize(("value", "on"), [(None, True), ("", True), ("0", True), ("no", True),
                                            ("1", False), ("true", False), ("yes", False)])
def test_switching_off(monkeypatch: pytest.MonkeyPatch, value: str | None, on: bool) -> None:
    if value is None:
        monkeypatch.delenv("EDU_APP_NO_CACHE", raising=False)
    else:
        monkeypatch.setenv("EDU_APP_NO_CACHE", value)
    assert cache.enabled() is on
    cache.store("library", "k", [1, 2])
    assert (cache.load("library", "k") == [1, 2]) is on
    assert (cache.file_for("thumb", "k", ".px") is not None) is on


def test_entries_are_named_by_kind_and_key() -> None:
    cache.store("library", "abc", {"a": 1})
    folder = cache.paths.user_cache_dir()
    assert sorted(p.name for p in folder.iterdir()) == ["library-abc.pickle"]
    assert cache.file_for("thumb", "k9", ".px") == folder / "thumb-k9.px"


def test_a_pickle_that_cannot_be_read_back_is_dropped() -> None:
    path = cache.paths.user_cache_dir() / "library-bad.pickle"
    assert cache.write_checked(path, b"\x80\x05garbage") is True  # a right checksum, bad pickle
    assert cache.load("library", "bad") is None
    assert not path.exists()


def test_an_unpicklable_value_is_not_stored() -> None:
    cache.store("library", "fn", lambda: None)
    assert cache.load("library", "fn") is None
    assert not cache.paths.user_cache_dir().exists() or \
        not list(cache.paths.user_cache_dir().glob("library-*"))


def test_a_cache_folder_that_cannot_be_made_gives_no_file(monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert cache.file_for("thumb", "k", ".px") is None
    cache.store("library", "k", 1)  # no error
    assert cache.load("library", "k") is None


def test_pruning_keeps_the_newest_of_one_kind_only() -> None:
    folder = cache.paths.user_cache_dir()
    folder.mkdir(parents=True)
    for number in range(6):
        for kind in ("thumb", "pictures"):
            path = folder / f"{kind}-{number}.px"
            path.write_bytes(b"x")
            os.utime(path, (1000 + number, 1000 + number))
    (folder / "thumb-old-folder").mkdir()
    os.utime(folder / "thumb-old-folder", (1, 1))
    cache.prune("thumb", keep=2)
    assert sorted(p.name for p in folder.glob("thumb-*")) == ["thumb-4.px", "thumb-5.px"]
    assert len(list(folder.glob("pictures-*"))) == 6
    cache.prune("pictures")  # four by default
    assert sorted(p.name for p in folder.glob("pictures-*")) == [
        "pictures-2.px", "pictures-3.px", "pictures-4.px", "pictures-5.px"]


def test_pruning_a_missing_folder_is_quiet(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "nowhere"))
    cache.prune("thumb")


def test_the_key_follows_files_not_folders(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "page.md").write_text("one")
    key = cache.fingerprint([tmp_path], "v1")
    assert len(key) >= 17 and all(c in "0123456789abcdef" for c in key)
    assert cache.fingerprint([tmp_path], "v1") == key
    (tmp_path / "empty").mkdir()
    assert cache.fingerprint([tmp_path], "v1") == key  # an empty folder is no content
    (tmp_path / "a" / "page.md").write_text("two!")  # another size
    changed = cache.fingerprint([tmp_path], "v1")
    assert changed != key
    os.utime(tmp_path / "a" / "page.md", ns=(1, 1))  # only another time
    assert cache.fingerprint([tmp_path], "v1") != changed
    assert cache.fingerprint([tmp_path / "missing"], "v1") != cache.fingerprint([], "v1")
    assert cache.fingerprint([tmp_path / "missing"], "v1") != \
        cache.fingerprint([tmp_path / "other"], "v1")


def test_what_is_wrong_with_a_header_and_payload() -> None:
    good = header(b"abc", 1)
    assert cache._problem(NAME, good, b"abc", 55, 1) == ""
    # read back short or not at all, as when the file changed between its size and its reading
    assert cache._problem(NAME, None, b"abc", 55, 1) == "changed while read"
    assert cache._problem(NAME, good, None, 55, 1) == "changed while read"
    assert cache._problem(NAME, b"short", b"", 5, 1) == "changed while read"
    assert cache._problem(NAME, good, b"abc", 56, 1) == "changed while read"


def test_the_key_sees_every_folder_and_file_after_a_missing_or_broken_one(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    page = tmp_path / "content" / "b.md"
    page.write_text("one")
    (tmp_path / "content" / "a-broken-link").symlink_to(tmp_path / "nowhere")  # stat() fails
    folders = [tmp_path / "missing", tmp_path / "content"]
    key = cache.fingerprint(folders, "v1")
    page.write_text("three")
    assert cache.fingerprint(folders, "v1") != key


def test_why_a_file_was_dropped_is_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    link = tmp_path / NAME
    link.symlink_to(tmp_path / "elsewhere")  # opened without following links: ELOOP
    with caplog.at_level(logging.WARNING, logger="edu_app"):
        assert cache.read_checked(link, 10) is None
        assert caplog.messages[-1] == (
            f"cache file {NAME} dropped ({os.strerror(errno.ELOOP)}); it is made again")
        bad = cache.paths.user_cache_dir() / "library-bad.pickle"
        cache.write_checked(bad, b"\x80\x05garbage")
        assert cache.load("library", "bad") is None
        assert caplog.messages[-1] == (
            "cache file library-bad.pickle dropped (cannot be read back: UnpicklingError); "
            "it is made again")
        folder = tmp_path / "pictures-k3.pixels"
        folder.mkdir()
        assert cache.write_checked(folder, b"abc") is True
        assert caplog.messages[-1] == (
            "cache file pictures-k3.pixels dropped (a folder); it is made again")
        path = tmp_path / "pictures-k4.pixels"
        cache.write_checked(path, b"abc")

        def failing_fstat(_fd: int) -> os.stat_result:
            raise OSError(errno.EIO, "Input/output error")

        monkeypatch.setattr(cache.os, "fstat", failing_fstat)
        assert cache.read_checked(path, 10) is None
        assert caplog.messages[-1] == (
            "cache file pictures-k4.pixels dropped (Input/output error); it is made again")
