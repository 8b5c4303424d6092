"""A small on-disk cache of derived data (the parsed content library, card thumbnails, pictures).

Parsing every TOML and Markdown file at each start costs more than reading one file back, so
the parsed library is kept in the user's cache folder under a key made from the program's
version and the size and modification time of every content file. Any change to any file makes
a new key. The cache never holds anything a person typed. Set ``EDU_APP_NO_CACHE=1`` to switch
it off.

Every file checks itself: a header with a magic word, the format version, the kind of checksum,
the payload's length and a checksum of the file's name and payload: BLAKE2b-256 for pickles,
CRC-32 for raw pixels (read on the way to a page, where a few hundred kilobytes of BLAKE2b cost
about a millisecond; CRC-32 finds any damage of up to 32 bits in a row and all but one in four
billion others). Nothing is unpickled or shown before the checksum matches. A file that is
missing a header, cut short, changed by one bit, too large, not a regular file (a folder, a FIFO,
a link) or unreadable is dropped (deleted where possible) and made again by the caller, and the
program goes on. The checksum finds damage (a disk, a copy, a
crash); it is not a signature, so the cache folder is trusted as much as the user's own files.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import stat
import struct
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from edu_app.core import paths

try:  # the built-in module: importing hashlib also loads OpenSSL (2.3 ms alone: bench-tricks)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

log = logging.getLogger("edu_app")
NO_CACHE_ENV = "EDU_APP_NO_CACHE"
KEEP = 4  # newest entries of one kind kept; older ones are removed
MAGIC = b"EDUCACHE"
FORMAT = 1  # the header's format; a file with another one is dropped
HEADER = struct.Struct("<8sHHQ32s")  # magic, format, checksum kind, payload length, checksum
STRONG, FAST = 1, 2  # checksum kinds: BLAKE2b-256 (pickles), CRC-32 (pixels)
MAX_PICKLE = 256 * 1024 * 1024  # a larger "pickle" is damage, not a library
_READ_FLAGS = (os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
               | getattr(os, "O_NONBLOCK", 0))  # a FIFO or a link never blocks or redirects


def enabled() -> bool:
    """Whether caching is on."""
    return os.environ.get(NO_CACHE_ENV, "") not in ("1", "true", "yes")


def fingerprint(folders: Iterable[Path], salt: str) -> str:
    """A key that changes whenever any file below ``folders`` is added, removed or changed."""
    parts = [salt]
    for folder in folders:
        if not folder.is_dir():
            parts.append(f"missing:{folder}")
            continue
        for path in sorted(folder.rglob("*")):
            try:
                stat_ = path.stat()
            except OSError:
                continue
            if path.is_file():
                parts.append(f"{path}|{stat_.st_size}|{stat_.st_mtime_ns}")
    text = "\n".join(parts).encode("utf-8")
    # Two independent 32-bit checksums and the length: plenty for a cache key.
    return f"{zlib.crc32(text):08x}{zlib.adler32(text):08x}{len(text):x}"


def _file(kind: str, key: str, suffix: str) -> Path:
    return paths.user_cache_dir() / f"{kind}-{key}{suffix}"


def _checksum(name: str, payload: bytes | memoryview, kind: int) -> bytes:
    named = name.encode("utf-8", "surrogateescape")
    if kind == FAST:
        return zlib.crc32(payload, zlib.crc32(named)).to_bytes(4, "little").ljust(32, b"\0")
    digest = blake2b(named, digest_size=32)
    digest.update(payload)
    return digest.digest()


def drop(path: Path, why: str) -> None:
    """Remove a damaged cache entry, whatever it has become (best effort)."""
    log.warning("cache file %s dropped (%s); it is made again", path.name, why)
    _remove(path)


def _remove(path: Path) -> None:
    try:
        if stat.S_ISDIR(path.lstat().st_mode):
            import shutil

            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    except OSError:
        return


def read_checked(path: Path, limit: int, kind: int = STRONG) -> bytes | None:
    """The payload of a cache file whose header and checksum (of ``kind``) are right, or None.
    A damaged file is dropped; a missing one is simply None. Payloads over ``limit`` bytes are
    damage."""
    try:
        handle = os.open(path, _READ_FLAGS)
    except FileNotFoundError:
        return None
    except OSError as exc:  # a link, a folder (on Windows), no permission …
        drop(path, exc.strerror or type(exc).__name__)
        return None
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            problem = "not a regular file"
        elif not HEADER.size <= info.st_size <= HEADER.size + limit:
            problem = f"{info.st_size} bytes"
        else:
            with open(handle, "rb", buffering=0, closefd=False) as stream:
                header = stream.read(HEADER.size)
                payload = stream.readall()  # (apart: slicing would copy it)
            problem = _problem(path.name, header, payload, info.st_size, kind)
            if not problem:
                return payload
    except OSError as exc:
        problem = exc.strerror or type(exc).__name__
    finally:
        os.close(handle)
    drop(path, problem)
    return None


def _problem(name: str, header: bytes | None, payload: bytes | None, size: int, kind: int) -> str:
    """What is wrong with a cache file's header and payload ('' when nothing is)."""
    if header is None or payload is None or len(header) != HEADER.size \
            or len(header) + len(payload) != size:
        return "changed while read"
    magic, version, stored_kind, length, checksum = HEADER.unpack(header)
    if magic != MAGIC:
        return "no header"
    if version != FORMAT:
        return f"format {version}"
    if stored_kind != kind:
        return f"checksum kind {stored_kind}"
    if length != len(payload):
        return "wrong length"
    if _checksum(name, payload, kind) != checksum:
        return "wrong checksum"
    return ""


def write_checked(path: Path, payload: bytes, kind: int = STRONG) -> bool:
    """Write a cache file with its header and a checksum of ``kind``, atomically; False when
    it could not be written."""
    header = HEADER.pack(MAGIC, FORMAT, kind, len(payload), _checksum(path.name, payload, kind))
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")  # two programs may write at once
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with temporary.open("wb") as handle:
            handle.write(header)
            handle.write(payload)
        try:
            temporary.replace(path)
        except OSError:
            if not path.is_dir() or path.is_symlink():
                raise
            drop(path, "a folder")  # then once more: a folder cannot be replaced by a file
            temporary.replace(path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        return False
    return True


def load(kind: str, key: str) -> Any | None:
    """The object stored under ``kind`` and ``key``, or None (a damaged file is dropped)."""
    if not enabled():
        return None
    path = _file(kind, key, ".pickle")
    payload = read_checked(path, MAX_PICKLE)
    if payload is None:
        return None
    try:
        return pickle.loads(payload)  # only bytes this program wrote (checked above)
    except Exception as exc:  # e.g. a class that changed without a new key
        drop(path, f"cannot be read back: {type(exc).__name__}")
        return None


def store(kind: str, key: str, value: Any) -> None:
    """Keep ``value`` (best effort: an unwritable cache folder is not an error)."""
    if not enabled():
        return
    try:
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PickleError, TypeError, AttributeError, RecursionError):
        return
    if write_checked(_file(kind, key, ".pickle"), payload):
        prune(kind)


def file_for(kind: str, key: str, suffix: str) -> Path | None:
    """A path in the cache for a file read and written with :func:`read_checked` and
    :func:`write_checked` (None when caching is off)."""
    if not enabled():
        return None
    target = _file(kind, key, suffix)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return target


def prune(kind: str, keep: int = KEEP) -> None:
    """Remove all but the ``keep`` newest entries of ``kind`` (best effort)."""
    try:
        entries = sorted(((p.lstat().st_mtime, p) for p in paths.user_cache_dir().glob(f"{kind}-*")),
                         key=lambda item: item[0])
        for _, old in entries[:-keep]:
            _remove(old)
    except OSError:
        return
