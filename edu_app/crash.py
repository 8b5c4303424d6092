"""What the program writes down about an unexpected error (no Qt here).

The log gets the kind of error, where it happened (file:line and function) and the calls that
led there. It does not get the error's message or any values: a message can quote what a
person typed (a name, a note, a search), and nothing a patient types may be stored.
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path
from types import TracebackType

log = logging.getLogger("edu_app")
STACK_DEPTH = 8  # innermost calls listed


def describe(kind: type[BaseException], tb: TracebackType | None) -> str:
    """'RuntimeError at file.py:12 in slot (called from a.py:3 in f < …)' without the message."""
    frames = traceback.extract_tb(tb)
    if not frames:
        return kind.__name__
    places = [f"{Path(f.filename).name}:{f.lineno} in {f.name}" for f in reversed(frames)]
    inner = frames[-1]
    text = f"{kind.__name__} at {inner.filename}:{inner.lineno} in {inner.name}"
    if len(places) > 1:
        text += " (called from " + " < ".join(places[1:STACK_DEPTH]) + ")"
    return text


def log_unexpected(kind: type[BaseException], tb: TracebackType | None, then: str = "") -> None:
    """Log an unexpected error with its place in the code; ``then`` says what happens next."""
    log.error("unexpected error: %s%s", describe(kind, tb), f"; {then}" if then else "")
