"""Files the program writes on purpose (a handout PDF, a screenshot, exported usage counts, the
daily counts, the staff PIN in ``clinic.toml``): written whole or not at all.

Each is written to a temporary file in the same folder, which replaces the real one only once it
is complete (``os.replace`` is atomic on one file system). A failure or an interruption leaves
the old file as it was and removes the temporary file; only a kill (SIGKILL, a power cut) can
leave a ``.NAME.PID.tmp`` file behind, never a half-written ``NAME``.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import stat
from collections.abc import Iterator
from pathlib import Path

_numbers = itertools.count()


def _fsync(path: Path) -> None:
    """Ask the system to put ``path`` (a file or a folder) on the disk (best effort)."""
    with contextlib.suppress(OSError):
        handle = os.open(path, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


@contextlib.contextmanager
def replacing(path: Path, durable: bool = True) -> Iterator[Path]:
    """A new, empty temporary file beside ``path`` to write; when the block ends without an
    error it replaces ``path`` (flushed to the disk first when ``durable``), keeping the old
    file's permissions. On any error, the temporary file is removed, ``path`` is left as it was
    and the error goes on (OSError for a folder that cannot be written)."""
    target = Path(os.path.realpath(path)) if path.is_symlink() else path  # a link keeps pointing
    temporary = target.with_name(f".{target.name}.{os.getpid()}-{next(_numbers)}.tmp")
    try:
        old_mode = stat.S_IMODE(target.stat().st_mode) if target.is_file() else None
    except OSError:
        old_mode = None
    os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))  # umask applies
    try:
        if old_mode is not None:
            with contextlib.suppress(OSError):
                os.chmod(temporary, old_mode)
        yield temporary
        if durable:
            _fsync(temporary)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    if durable and os.name == "posix":
        _fsync(target.parent)  # the new name, too


def write_bytes(path: Path, data: bytes, durable: bool = True) -> None:
    """Write ``data`` to ``path`` whole or not at all (see :func:`replacing`)."""
    with replacing(path, durable) as temporary:
        temporary.write_bytes(data)


def write_text(path: Path, text: str, durable: bool = True) -> None:
    """Write UTF-8 ``text`` to ``path`` whole or not at all (see :func:`replacing`)."""
    write_bytes(path, text.encode("utf-8"), durable)


def read_small(path: Path, limit: int) -> bytes | None:
    """A small file's bytes, or None when it is missing, unreadable, larger than ``limit`` or
    not a regular file. Never waits: a FIFO or a device put in its place is not read."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        handle = os.open(path, flags)
    except OSError:
        return None
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        return os.read(handle, limit + 1)[:limit]
    except OSError:
        return None
    finally:
        os.close(handle)
