"""A small on-disk cache of derived data (the parsed content library, card thumbnails).

Parsing every TOML and Markdown file at each start costs more than reading one file back, so
the parsed library is kept in the user's cache folder under a key made from the program's
version and the size and modification time of every content file. Any change to any file makes
a new key. A missing, unreadable or corrupt cache is simply rebuilt; the cache never holds
anything a person typed. Set ``EDU_APP_NO_CACHE=1`` to switch it off.
"""

from __future__ import annotations

import os
import pickle
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from edu_app.core import paths

NO_CACHE_ENV = "EDU_APP_NO_CACHE"
KEEP = 4  # newest entries of one kind kept; older ones are removed


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
                stat = path.stat()
            except OSError:
                continue
            if path.is_file():
                parts.append(f"{path}|{stat.st_size}|{stat.st_mtime_ns}")
    text = "\n".join(parts).encode("utf-8")
    # Two independent 32-bit checksums and the length: plenty for a cache key (zlib is built in
    # and quick to load, unlike hashlib).
    return f"{zlib.crc32(text):08x}{zlib.adler32(text):08x}{len(text):x}"


def _file(kind: str, key: str, suffix: str) -> Path:
    return paths.user_cache_dir() / f"{kind}-{key}{suffix}"


def load(kind: str, key: str) -> Any | None:
    """The object stored under ``kind`` and ``key``, or None."""
    if not enabled():
        return None
    try:
        with _file(kind, key, ".pickle").open("rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, ValueError,
            TypeError, IndexError):
        return None


def store(kind: str, key: str, value: Any) -> None:
    """Keep ``value`` (best effort: an unwritable cache folder is not an error)."""
    if not enabled():
        return
    target = _file(kind, key, ".pickle")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".tmp")
        with temporary.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(target)
        prune(kind)
    except (OSError, pickle.PickleError):
        return


def file_for(kind: str, key: str, suffix: str) -> Path | None:
    """A path in the cache for a file the caller writes itself (None when caching is off)."""
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
        entries = sorted(((p.stat().st_mtime, p) for p in paths.user_cache_dir().glob(f"{kind}-*")),
                         key=lambda item: item[0])
        for _, old in entries[:-keep]:
            old.unlink(missing_ok=True)
    except OSError:
        return
