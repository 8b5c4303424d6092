"""Everything the program loads before it needs Qt: configuration, content, search index.

The command line calls :func:`load_everything` *before* importing PySide6. PySide6 installs an
import hook that inspects every module imported after it; while that hook read each module's
source, loading our Qt-free modules first saved time. With the hook lightened
(:mod:`edu_app.pyside_hook`: 8.5 ms) the order saves 1.4 ms, within the noise of
``make bench-tricks`` (11 of 21 runs): it stays as the natural order, not as a speed-up.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import NamedTuple

from edu_app import __version__, code_version, resources
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
CACHE_FORMAT = 3  # raised when what the cache holds changes shape (2: compiled page templates)
# The modules whose code makes the cached library: a change to any of them makes a new key
# (edu_app.code_version), so editing the renderer needs no CACHE_FORMAT change.
LIBRARY_CODE = (
    "edu_app.core.content", "edu_app.core.model", "edu_app.core.text", "edu_app.core.theme",
    "edu_app.core.render", "edu_app.core.render_context", "edu_app.core.markdown_ext",
    "edu_app.core.thai", "edu_app.core.decision_aid",
)


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


# Start-up after a failed start (see edu_app.cli): 1 leaves out the clinic's logo and extra
# pages, 2 starts on the default settings but keeps what locks a kiosk down.
WITHOUT_EXTRAS, DEFAULTS = 1, 2
FALLBACKS = (WITHOUT_EXTRAS, DEFAULTS)


def fallback_config(config: ClinicConfig, level: int) -> ClinicConfig:
    """The clinic's configuration with its optional parts left out (``level``, see FALLBACKS).
    The kiosk switch, its staff PIN, idle time and print limits are always kept: a start that
    falls back must never unlock a kiosk."""
    if level <= 0:
        return config
    if level == WITHOUT_EXTRAS:
        return config._replace(clinic_logo=None, extra_content=None)
    return ClinicConfig(kiosk_enabled=config.kiosk_enabled, admin_pin_hash=config.admin_pin_hash,
                        kiosk_idle_seconds=config.kiosk_idle_seconds,
                        print_per_session=config.print_per_session,
                        print_per_day=config.print_per_day, source=config.source)


# Starts that ended before the program had run steadily (a crash in Qt, a kill, a hang the
# watchdog ended) are counted in the state folder; after CRASHES_BEFORE_FALLBACK of them in a
# row the next start falls back as after an exception (see edu_app.cli).
UNFINISHED_FILE = "unfinished-starts"
CRASHES_BEFORE_FALLBACK = 2
STEADY_MS = 60_000  # running this long after the first paint counts as a finished start


def _unfinished_path() -> Path:
    return paths.user_state_dir() / UNFINISHED_FILE


def unfinished_starts() -> int:
    """How many starts in a row ended before the program ran steadily."""
    from edu_app.core.files import read_small

    data = read_small(_unfinished_path(), 16)
    text = data.decode("ascii", "replace").strip() if data else ""
    return min(int(text), 99) if text.isdigit() else 0


def count_start(unfinished: int) -> None:
    """Note that a start begins (``unfinished`` earlier ones did not finish); best effort."""
    from edu_app.core.files import write_text

    try:
        _unfinished_path().parent.mkdir(parents=True, exist_ok=True)
        write_text(_unfinished_path(), f"{unfinished + 1}\n", durable=False)  # no wait
    except OSError:
        return


def started_steadily() -> None:
    """The program has run steadily (or closed cleanly): the next start is a normal one."""
    try:
        _unfinished_path().unlink(missing_ok=True)
    except OSError:
        return


def first_fallback(unfinished: int) -> int:
    """The fallback a start begins with after ``unfinished`` starts that did not finish."""
    if unfinished < CRASHES_BEFORE_FALLBACK:
        return 0
    return WITHOUT_EXTRAS if unfinished < 2 * CRASHES_BEFORE_FALLBACK else DEFAULTS


def _apply_signoffs(library: Library, config_path: Path, messages: list[ConfigMessage]) -> None:
    """The clinic's sign-offs from reviews.toml beside its clinic.toml (edu_app.core.review);
    without that file, one stat and nothing imported."""
    reviews_file = config_path.with_name("reviews.toml")
    if not reviews_file.is_file():
        return
    from edu_app.core.review import apply_signoffs, read_approvals

    approvals, problem = read_approvals(reviews_file)
    if problem:
        log.warning("%s", problem)
        messages.append(ConfigMessage(f"{problem}; pages show their bundled review status"))
        return
    apply_signoffs(library, approvals)


def load_everything(config_path: Path | None = None, explicit: bool = False,
                    fallback: int = 0) -> Loaded:
    """Configuration, content (with the clinic's folder) and the (lazily built) search index;
    with ``fallback`` (after a failed start) the clinic's optional parts are left out and the
    content is read afresh rather than from the cache."""
    config, messages = load_config(config_path or default_config_path(), explicit)
    config = fallback_config(config, fallback)
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
    salt = f"{__version__}/{CACHE_FORMAT}/{code_version.of(*LIBRARY_CODE)}"
    key = cache.fingerprint(folders, salt)
    library = cache.load("library", key) if not fallback else None
    if not isinstance(library, Library):
        from edu_app.core.content import load_library  # parsing is needed only on a cache miss
        from edu_app.core.render import compile_pages

        library = load_library(folders[0], folders[1], folders[2:])
        compile_pages(library)  # Markdown once per content version, not at every page open
        cache.store("library", key, library)
    for problem in library.errors:
        log.warning("%s", problem)
    _apply_signoffs(library, config.source or config_path or default_config_path(), messages)
    bench_mark("content")
    return Loaded(library, SearchIndex(library), config, messages)
