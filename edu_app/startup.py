"""Everything the program loads before it needs Qt: configuration, content, search index.

The command line calls :func:`load_everything` *before* importing PySide6. PySide6 installs an
import hook that inspects every module imported after it, so loading our Qt-free modules (and
the standard-library ones they use) first makes start-up measurably faster (see ``make bench``).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import NamedTuple

from edu_app import __version__, resources
from edu_app.core import cache, paths
from edu_app.core.model import Library
from edu_app.core.search import SearchIndex
from edu_app.core.settings import (
    ClinicConfig,
    ConfigMessage,
    default_config_path,
    load_config,
)

log = logging.getLogger("edu_app")
LOG_DIR_ENV = "EDU_APP_LOG_DIR"
LOG_BYTES = 512_000
LOG_KEEP = 3
CACHE_FORMAT = 3  # raised when what the cache holds changes (2: compiled page templates;
# 3: badges that never break across lines)


BENCH_ENV = "EDU_APP_BENCH_FIRST_PAINT"


def bench_mark(phase: str) -> None:
    """For ``make bench``: print ``PHASE <name> <epoch seconds>`` when it is measuring."""
    if os.environ.get(BENCH_ENV):
        import time

        sys.stdout.write(f"PHASE {phase} {time.time():.6f}\n")


def log_dir() -> Path:
    """Where the rotating log file goes."""
    return Path(os.environ.get(LOG_DIR_ENV) or paths.user_log_dir())


def setup_logging() -> None:
    """Warnings to stderr and a small rotating log file (skipped if the folder is unwritable)."""
    root = logging.getLogger("edu_app")
    if root.handlers:
        return
    root.setLevel(logging.INFO)
    stream = logging.StreamHandler()
    stream.setLevel(logging.WARNING)
    stream.setFormatter(logging.Formatter("edu-app: %(message)s"))
    root.addHandler(stream)
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = _rotated_file_handler(folder / "edu-app.log")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def _rotate(path: Path) -> None:
    """edu-app.log becomes edu-app.log.1 (and .1 becomes .2 …); at most LOG_KEEP old files."""
    for number in range(LOG_KEEP - 1, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{number + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))


class _BoundedFileHandler(logging.FileHandler):
    """A log file that starts afresh when it grows past LOG_BYTES, checked as it is written.

    A kiosk runs for days without a restart, so rotating only at start-up is not enough.
    (logging.handlers.RotatingFileHandler does the same, but is slow to import.)
    """

    def emit(self, record: logging.LogRecord) -> None:
        super().emit(record)
        try:
            if self.stream is not None and self.stream.tell() > LOG_BYTES:
                self.close()  # the next record reopens the file
                _rotate(Path(self.baseFilename))
        except OSError:
            pass  # a full or read-only disk must not stop the program


def _rotated_file_handler(path: Path) -> logging.Handler:
    """A file handler that keeps at most LOG_KEEP old files of about LOG_BYTES each."""
    if path.exists() and path.stat().st_size > LOG_BYTES:
        _rotate(path)
    return _BoundedFileHandler(path, encoding="utf-8", delay=True)


class Loaded(NamedTuple):
    """What the program needs before it can show a window."""

    library: Library
    search_index: SearchIndex
    config: ClinicConfig
    messages: list[ConfigMessage]


def load_everything(config_path: Path | None = None, explicit: bool = False) -> Loaded:
    """Configuration, content (with the clinic's folder) and the (lazily built) search index."""
    config, messages = load_config(config_path or default_config_path(), explicit)
    extra = []
    if config.extra_content is not None:
        from edu_app.core.content import extra_folder_problem  # only with a clinic folder

        folder = config.extra_content
        refused = "does not exist" if not folder.is_dir() else extra_folder_problem(folder)
        if refused is None:
            extra.append(folder)
        else:  # the bundled pages are shown; the clinic's are left out
            messages.append(ConfigMessage(f"[content] extra_folder {folder} {refused}; "
                                          "the clinic's pages are left out"))
    folders = [resources.content_dir(), resources.illustrations_dir(), *extra]
    key = cache.fingerprint(folders, f"{__version__}/{CACHE_FORMAT}")
    library = cache.load("library", key)
    if not isinstance(library, Library):
        from edu_app.core.content import load_library  # parsing is needed only on a cache miss
        from edu_app.core.render import compile_pages

        library = load_library(folders[0], folders[1], folders[2:])
        compile_pages(library)  # Markdown once per content version, not at every page open
        cache.store("library", key, library)
    for problem in library.errors:
        log.warning("%s", problem)
    bench_mark("content")
    return Loaded(library, SearchIndex(library), config, messages)
