"""Damaged cache files: every kind the program writes, cut short, bit-flipped, turned into a
folder, a FIFO, a link or an unreadable file after a real write. Loading must work, show what a
fresh start shows, and leave a good file in the damaged one's place."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from edu_app import resources
from edu_app.core import cache, paths
from edu_app.core.model import IllustrationText, Library
from edu_app.paint import illustrations as illustration_paint
from edu_app.ui import illustration_cache
from edu_app.ui.illustration import IllustrationView

HEADER = 8 + 2 + 2 + 8 + 32  # magic, format, checksum kind, length, checksum (written down here)
FIGURE = "skin-healthy"  # a bundled illustration with labels
RESCUE_SECONDS = 30  # far longer than any read of a cache file takes


def _cut(length: Callable[[int], int]) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        data = path.read_bytes()
        path.write_bytes(data[: length(len(data))])
    return damage


def _flip(offset: Callable[[int], int], mask: int = 0x01) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        data = bytearray(path.read_bytes())
        data[offset(len(data))] ^= mask
        path.write_bytes(bytes(data))
    return damage


def _eight_bytes_at_payload(path: Path) -> None:  # the MemoryError: a pickle's header
    data = bytearray(path.read_bytes())
    data[HEADER:HEADER + 8] = bytes(b ^ 0xFF for b in data[HEADER:HEADER + 8])
    path.write_bytes(bytes(data))


def _letter_case(path: Path) -> None:
    """One letter's case changed well inside the payload: still valid UTF-8 and a valid pickle
    (a different text), or a different colour in pixels."""
    data = bytearray(path.read_bytes())
    start = HEADER + (len(data) - HEADER) // 3
    spot = next(i for i in range(start, len(data)) if 0x61 <= data[i] <= 0x7A)
    data[spot] ^= 0x20
    path.write_bytes(bytes(data))


def _pickle_frame_length(path: Path) -> None:
    """The issue's MemoryError: the length of a pickle's first frame (bytes 3-10) made huge."""
    data = bytearray(path.read_bytes())
    data[HEADER + 3:HEADER + 11] = (1 << 44).to_bytes(8, "little")
    path.write_bytes(bytes(data))


def _longer(path: Path) -> None:
    path.write_bytes(path.read_bytes() + b"\0")


def _folder(path: Path) -> None:
    path.unlink()
    path.mkdir()
    (path / "inside").write_bytes(b"x")


RESCUED: list[str] = []  # FIFOs a reader waited on (it must never wait)
_stop = threading.Event()


def _fifo(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)

    def rescue() -> None:  # only if the program blocks opening the FIFO: let it go, and fail
        if not _stop.wait(RESCUE_SECONDS):
            try:
                os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
                RESCUED.append(path.name)
            except OSError:
                pass  # no reader waits on it: nothing hung

    threading.Thread(target=rescue, daemon=True).start()


def _link(path: Path) -> None:  # a link to a good copy: still not what the cache wrote
    copy = path.with_name("elsewhere.bin")
    path.replace(copy)
    path.symlink_to(copy)


def _unreadable(path: Path) -> None:
    path.chmod(0)


DAMAGES: dict[str, Callable[[Path], None]] = {
    "empty": _cut(lambda n: 0),
    "cut-in-header": _cut(lambda n: 20),
    "header-only": _cut(lambda n: HEADER),
    "cut-in-half": _cut(lambda n: n // 2),
    "one-byte-short": _cut(lambda n: n - 1),
    "one-byte-longer": _longer,
    "magic-bit": _flip(lambda n: 0),
    "format-bit": _flip(lambda n: 8),
    "checksum-kind-bit": _flip(lambda n: 10),
    "length-bit": _flip(lambda n: 12),
    "length-high-bit": _flip(lambda n: 19, 0x80),
    "checksum-bit": _flip(lambda n: 30),
    "payload-first-bit": _flip(lambda n: HEADER),
    "payload-middle-bit": _flip(lambda n: (HEADER + n) // 2, 0x10),
    "payload-last-bit": _flip(lambda n: n - 1, 0x80),
    "eight-payload-bytes": _eight_bytes_at_payload,
    "payload-letter-case": _letter_case,
    "pickle-frame-length": _pickle_frame_length,
    "folder": _folder,
    "fifo": _fifo,
    "link": _link,
    "unreadable": _unreadable,
}


@pytest.fixture(autouse=True)
def permissions_as_for_a_user(monkeypatch: pytest.MonkeyPatch) -> None:
    """As root (CI) a mode of 000 does not stop reading; refuse it as the kernel would for a
    user, so 'unreadable' means the same everywhere."""
    if os.name != "posix" or os.geteuid() != 0:
        return
    real_open = os.open

    def user_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        try:
            mode = os.stat(path, follow_symlinks=False).st_mode
        except OSError:
            mode = 0o644
        if stat.S_ISREG(mode) and not mode & 0o444 and (flags & 3) == os.O_RDONLY:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", user_open)


@pytest.fixture(autouse=True)
def never_hang() -> Iterator[None]:
    """A FIFO opened without O_NONBLOCK would wait for ever for a writer: after RESCUE_SECONDS
    one comes, so the run goes on, and the test fails."""
    _stop.clear()
    RESCUED.clear()
    yield
    _stop.set()
    assert RESCUED == [], "the program waited on a FIFO in the cache folder"


def is_good_cache_file(path: Path) -> bool:
    """A regular, readable file whose header and checksum are right (its payload read back)."""
    info = os.lstat(path)
    if not stat.S_ISREG(info.st_mode) or not info.st_mode & stat.S_IRUSR:
        return False
    kind = cache.STRONG if path.suffix == ".pickle" else cache.FAST
    return cache.read_checked(path, 1 << 30, kind) is not None


def only(pattern: str) -> Path:
    (found,) = sorted(paths.user_cache_dir().glob(pattern))
    return found


def damage(path: Path, how: str) -> None:
    before = path.read_bytes()
    DAMAGES[how](path)
    info = os.lstat(path)
    changed = not stat.S_ISREG(info.st_mode) or not info.st_mode & 0o444
    assert changed or path.read_bytes() != before  # (not checked with the code under test)


# --- the parsed library (library-*.pickle) ---------------------------------------------------

def library_summary(library: Library) -> tuple[object, ...]:
    languages = {code: (lang.pages, lang.faq, lang.glossary, lang.illustrations)
                 for code, lang in library.languages.items()}
    return languages, library.sources, library.templates, library.errors


_FRESH: list[tuple[object, ...]] = []


@pytest.fixture
def fresh_library(monkeypatch: pytest.MonkeyPatch) -> tuple[object, ...]:
    """The library as a start without any cache has it (made once: it is the same each time)."""
    from edu_app.startup import load_everything

    if not _FRESH:
        with monkeypatch.context() as patch:
            patch.setenv(cache.NO_CACHE_ENV, "1")
            _FRESH.append(library_summary(load_everything().library))
        assert not paths.user_cache_dir().exists()
    return _FRESH[0]


@pytest.mark.parametrize("how", DAMAGES)
def test_a_damaged_library_cache_is_rebuilt(how: str, fresh_library: tuple[object, ...]) -> None:
    from edu_app.startup import load_everything

    load_everything()  # a real start writes the cache
    kept = only("library-*.pickle")
    assert is_good_cache_file(kept)
    damage(kept, how)
    loaded = load_everything()  # no exception, whatever the file has become
    assert library_summary(loaded.library) == fresh_library
    assert only("library-*.pickle") == kept and is_good_cache_file(kept)


# --- outlines and pictures of page illustrations ---------------------------------------------

def new_session() -> None:
    illustration_cache.reset()


def page_picture(qtbot) -> Any:  # type: ignore[no-untyped-def]
    from edu_app.core.content import load_illustration_texts

    texts = load_illustration_texts(resources.content_dir() / "en" / "illustrations.toml")
    view = IllustrationView()
    qtbot.addWidget(view)
    view.resize(480, 380)
    view.set_illustration(resources.illustrations_dir() / f"{FIGURE}.svg",
                          texts.get(FIGURE, IllustrationText("", {}, {})))
    return view


@pytest.fixture
def fresh_picture(qtbot, monkeypatch: pytest.MonkeyPatch) -> Any:  # type: ignore[no-untyped-def]
    """The page's picture as drawn with no cache at all."""
    new_session()
    with monkeypatch.context() as patch:
        patch.setenv(cache.NO_CACHE_ENV, "1")
        view = page_picture(qtbot)
        image = view.grab().toImage()
    new_session()
    assert not paths.user_cache_dir().exists() or not list(paths.user_cache_dir().iterdir())
    return image


@pytest.mark.parametrize("how", DAMAGES)
@pytest.mark.parametrize("pattern", ["outlines-*.pickle", "picture-*.rgb32"])
def test_damaged_outlines_and_pictures_are_drawn_again(qtbot, fresh_picture: Any,  # type: ignore[no-untyped-def]
                                                       pattern: str, how: str) -> None:
    view = page_picture(qtbot)
    assert view.grab().toImage() == fresh_picture  # drawn and written by the real code
    kept = only(pattern)
    assert is_good_cache_file(kept)
    damage(kept, how)
    new_session()
    assert view.grab().toImage() == fresh_picture
    assert view.has_illustration and view._boxes  # its labels are still there to tap
    assert only(pattern) == kept and is_good_cache_file(kept)
    new_session()
    assert view.grab().toImage() == fresh_picture  # and the new file is read back as it is


# --- card thumbnails (thumb-*.argb32) ---------------------------------------------------------

@pytest.mark.parametrize("how", DAMAGES)
def test_a_damaged_thumbnail_is_drawn_again(qtbot, monkeypatch: pytest.MonkeyPatch, how: str) -> None:  # type: ignore[no-untyped-def]
    svg = str(resources.illustrations_dir() / f"{FIGURE}.svg")
    illustration_paint.thumbnail.cache_clear()
    with monkeypatch.context() as patch:
        patch.setenv(cache.NO_CACHE_ENV, "1")
        fresh = illustration_paint.thumbnail(svg, 120, 90, 1.0).toImage()
    illustration_paint.thumbnail.cache_clear()
    assert illustration_paint.thumbnail(svg, 120, 90, 1.0).toImage() == fresh
    kept = only("thumb-*.argb32")
    assert is_good_cache_file(kept)
    damage(kept, how)
    illustration_paint.thumbnail.cache_clear()
    assert illustration_paint.thumbnail(svg, 120, 90, 1.0).toImage() == fresh
    assert only("thumb-*.argb32") == kept and is_good_cache_file(kept)
    illustration_paint.thumbnail.cache_clear()


# --- the format itself ------------------------------------------------------------------------

@pytest.mark.parametrize("kind", [cache.STRONG, cache.FAST])
def test_a_file_renamed_to_another_key_is_not_taken_for_it(kind: int) -> None:
    """The checksum covers the name: pixels of one size or picture never pass for another's."""
    first = cache.file_for("thumb", "a-120x90", ".argb32")
    second = cache.file_for("thumb", "b-120x90", ".argb32")
    assert first is not None and second is not None
    assert cache.write_checked(first, b"\x01" * 64, kind)
    assert cache.read_checked(first, 64, kind) == b"\x01" * 64
    shutil.copyfile(first, second)
    assert cache.read_checked(second, 64, kind) is None
    assert not second.exists()


def test_an_old_cache_file_without_a_header_is_dropped() -> None:
    """A picture or pickle written before files checked themselves is dropped, not shown."""
    import pickle

    path = cache.file_for("library", "old", ".pickle")
    assert path is not None
    path.write_bytes(pickle.dumps({"old": True}))
    assert cache.load("library", "old") is None
    assert not path.exists()


# --- the real program, started twice ----------------------------------------------------------

def start_program(home: Path) -> subprocess.CompletedProcess[str]:
    """``edu-app`` up to its first paint (it quits there when measured, see make bench)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EDU_APP_BENCH_FIRST_PAINT="1")
    return subprocess.run([sys.executable, "-m", "edu_app"], env=env, capture_output=True,
                          text=True, timeout=180)


@pytest.mark.parametrize("how", ["pickle-frame-length", "fifo", "folder", "cut-in-half"])
def test_the_program_starts_with_a_damaged_library_and_thumbnail(hermetic: Path, how: str) -> None:
    """The issue's case: 8 bytes of the library's pickle changed made every start end with
    MemoryError. Now the damaged files are dropped and made again; no fallback is needed."""
    first = start_program(hermetic)
    assert first.returncode == 0, first.stderr
    library = only("library-*.pickle")
    thumbs = sorted(paths.user_cache_dir().glob("thumb-*.argb32"))
    assert thumbs and is_good_cache_file(library)
    damage(library, how)
    damage(thumbs[0], how)
    again = start_program(hermetic)
    assert again.returncode == 0, again.stderr
    assert "FIRST_PAINT" in again.stdout  # it reached its first paint
    assert "Traceback" not in again.stderr and "MemoryError" not in again.stderr
    assert only("library-*.pickle") == library and is_good_cache_file(library)
    assert sorted(paths.user_cache_dir().glob("thumb-*.argb32")) == thumbs
    assert all(is_good_cache_file(thumb) for thumb in thumbs)
    log = hermetic / "logs" / "edu-app.log"
    assert "unexpected error" not in (log.read_text(encoding="utf-8") if log.exists() else "")
