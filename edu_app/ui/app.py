"""Start-up: the QApplication, fonts, logging, the crash guard, content and the main window."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtWidgets import QApplication

from edu_app import resources
from edu_app.core.content import load_library
from edu_app.core.model import Library
from edu_app.core.search import SearchIndex
from edu_app.core.settings import APP_NAME, ClinicConfig, ConfigMessage, load_config
from edu_app.ui.fonts import register_fonts

log = logging.getLogger("edu_app")
LOG_DIR_ENV = "EDU_APP_LOG_DIR"


def log_dir() -> Path:
    """Where the rotating log file goes."""
    return Path(os.environ.get(LOG_DIR_ENV) or platformdirs.user_log_dir(APP_NAME, appauthor=False))


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
        handler = logging.handlers.RotatingFileHandler(
            folder / "edu-app.log", maxBytes=512_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Log unexpected errors instead of letting a slot's exception end the program."""
    where = traceback.extract_tb(tb)[-1] if tb else None
    place = f" at {where.filename}:{where.lineno}" if where else ""
    log.error("unexpected error%s: %s: %s", place, kind.__name__, value)
    log.debug("".join(traceback.format_exception(kind, value, tb)))


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the bundled fonts registered."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or [sys.argv[0]])
        app.setApplicationName(APP_NAME)
        app.setOrganizationName(APP_NAME)
        app.setApplicationDisplayName("Eczema Explained")
    register_fonts()
    return app


@dataclass
class Loaded:
    """What the program needs before it can show a window."""

    library: Library
    index: SearchIndex
    config: ClinicConfig
    messages: list[ConfigMessage]


def load_everything(config_path: Path | None, explicit: bool) -> Loaded:
    """Configuration, content (with the clinic's folder) and the search index."""
    config, messages = load_config(config_path, explicit)
    extra = [config.extra_content] if config.extra_content else []
    for folder in extra:
        if not folder.is_dir():
            messages.append(ConfigMessage(f"[content] extra_folder {folder} does not exist"))
    library = load_library(
        resources.content_dir(), resources.illustrations_dir(), [f for f in extra if f.is_dir()]
    )
    for problem in library.errors:
        log.warning("%s", problem)
    return Loaded(library, SearchIndex(library), config, messages)


def run(config_path: Path | None, explicit: bool, language: str) -> int:
    """Open the window and run until it closes."""
    from edu_app.ui.main_window import MainWindow
    from edu_app.ui.preferences_store import PreferencesStore, default_settings

    setup_logging()
    app = application()
    sys.excepthook = _excepthook
    loaded = load_everything(config_path, explicit)
    window = MainWindow(
        loaded.library,
        loaded.index,
        loaded.config,
        PreferencesStore(default_settings()),
        loaded.messages,
        language,
    )
    window.show()
    bench = os.environ.get("EDU_APP_BENCH_FIRST_PAINT")
    if bench:
        from edu_app.ui.bench_probe import quit_after_first_paint

        quit_after_first_paint(window)
    return app.exec()
