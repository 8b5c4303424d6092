"""The rotating log stays bounded in a process that never restarts, and an unexpected error is
logged with its place in the code but without its message."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from edu_app import startup
from edu_app.crash import describe, log_unexpected


@pytest.fixture
def file_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """setup_logging() into a temp folder, with small files; handlers removed afterwards."""
    monkeypatch.setenv(startup.LOG_DIR_ENV, str(tmp_path))
    monkeypatch.setattr(startup, "LOG_BYTES", 2_000)
    root = logging.getLogger("edu_app")
    saved = root.handlers[:]
    root.handlers.clear()
    startup.setup_logging()
    yield tmp_path / "edu-app.log"
    for handler in root.handlers:
        handler.close()
    root.handlers[:] = saved


def test_log_stays_bounded_while_running(file_log: Path) -> None:
    log = logging.getLogger("edu_app.test")
    for number in range(2_000):  # about 150 kB of records, in one run of the program
        log.info("page %04d opened", number)
    files = sorted(file_log.parent.glob("edu-app.log*"))
    assert [f.name for f in files] == ["edu-app.log", "edu-app.log.1", "edu-app.log.2",
                                       "edu-app.log.3"]
    assert all(f.stat().st_size <= startup.LOG_BYTES + 200 for f in files)
    assert "page 1999 opened" in file_log.read_text(encoding="utf-8")  # the newest is kept


def _fail(secret: str) -> None:
    raise ValueError(f"could not use {secret}")


def test_an_error_is_logged_with_its_place_and_without_its_message(file_log: Path) -> None:
    try:
        _fail("Quintessa")
    except ValueError:
        kind, _value, tb = sys.exc_info()
        assert kind is not None
        log_unexpected(kind, tb, then="carrying on")
    text = file_log.read_text(encoding="utf-8")
    line = _fail.__code__.co_firstlineno + 1
    assert f"ValueError at {__file__}:{line} in _fail" in text
    assert "test_crash_log.py" in text and "carrying on" in text
    assert "Quintessa" not in text


def test_describe_without_a_traceback() -> None:
    assert describe(KeyError, None) == "KeyError"
