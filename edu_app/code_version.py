"""Which version of the program's own code made a cached thing: part of every derived cache key.

A cache of derived data (the compiled pages, illustration outlines, pictures, thumbnails) is
only right for the code that derived it. Keying it by the program's version alone kept showing
old pages after ``render.py`` changed; so each cache names the modules that derive it and its key
includes :func:`of` those modules: a checksum of their source.

Three ways to know a module's checksum, tried in this order:

1. its source file (running from a checkout or an installed wheel): the file's bytes;
2. the table written at build time (the frozen program keeps no ``.py`` files):
   ``code-versions.txt`` in the resources folder, one ``module checksum`` per line
   (``packaging/build_installer.spec`` writes it with :func:`write_table`);
3. neither: the program's version and the size and time of the executable, which change with
   every build (a cache then lives as long as one installed build, as it should).

Each answer is worked out once per process (reading a few small files: well under a
millisecond, see ``docs/performance.md``). Qt-free and standard library only (``zlib``, not
``hashlib``, which is slower to import).
"""

from __future__ import annotations

import sys
import zlib
from functools import cache
from pathlib import Path

from edu_app import __version__

TABLE_NAME = "code-versions.txt"
_ROOT = Path(__file__).resolve().parent.parent  # the folder that holds the edu_app package


def checksum(data: bytes) -> str:
    """Two independent 32-bit checksums and the length (as :func:`edu_app.core.cache.fingerprint`)."""
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


def source_path(module: str, root: Path | None = None) -> Path:
    """Where a module's source file is (``edu_app.core.render`` → ``…/edu_app/core/render.py``)."""
    return (root or _ROOT).joinpath(*module.split(".")).with_suffix(".py")


def _from_source(module: str) -> str | None:
    try:
        return checksum(source_path(module).read_bytes())
    except OSError:
        return None


def table_path() -> Path:
    """Where the frozen program's build-time table is."""
    from edu_app import resources

    return resources.root() / TABLE_NAME


@cache
def _table() -> dict[str, str]:
    """The build-time table of the frozen program ({} when there is none)."""
    from edu_app import resources

    try:
        text = table_path().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError, resources.ResourcesNotFound):
        return {}
    return dict(line.split(" ", 1) for line in text.splitlines() if line.count(" ") == 1)


def _executable_stamp() -> str:
    try:
        stat = Path(sys.executable).stat()
    except OSError:
        return f"v{__version__}"
    return f"v{__version__}-{stat.st_size:x}-{stat.st_mtime_ns:x}"


def module_checksum(module: str) -> str:
    """The checksum of one module's code (see the module's notes for where it comes from)."""
    return _from_source(module) or _table().get(module) or _executable_stamp()


@cache
def of(*modules: str) -> str:
    """A short key that changes whenever the code of any of ``modules`` changes."""
    joined = "\n".join(f"{name}={module_checksum(name)}" for name in modules)
    return checksum(joined.encode("utf-8"))


def write_table(out: Path, root: Path | None = None) -> int:
    """Write the checksum of every module of the ``edu_app`` package to ``out`` (at build
    time, for the frozen program); returns how many modules it lists."""
    root = root or _ROOT
    lines = []
    for path in sorted((root / "edu_app").rglob("*.py")):
        module = ".".join(path.relative_to(root).with_suffix("").parts)
        lines.append(f"{module} {checksum(path.read_bytes())}")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)
