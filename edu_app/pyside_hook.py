"""PySide6's import hook, made light. Importing this module loads no Qt; :func:`load_pyside` does.

PySide6 replaces ``__import__`` with a hook that, after every later import, asks whether the new
module mentions PySide6 (to support its opt-in ``__feature__`` syntax, which we do not use). It
answers with ``inspect.getsource``, which tokenises the module and keeps every line of it in
``linecache`` for the rest of the run: a few megabytes of memory and 8.5 ms of start-up (first
paint, ``make bench-tricks``, slower without it in 21 of 21 runs) for nothing.
:func:`lighten_import_hook` keeps the same answer but reads the file's bytes once and keeps
nothing. If a PySide6 release changes its internals, the hook is left as it is.

Nothing happens on import: the program's entry points call :func:`load_pyside` once, before
they import any Qt module of the program. From source, that is after the Qt-free modules are
loaded (``edu_app.startup``; see ``edu_app.cli``). A frozen build imports PySide6 before the
program starts (PyInstaller's run-time hook for PySide6 does), so the frozen entry point
(``packaging/launcher.py``) lightens it first of all. Tests do it in ``tests/conftest.py``.
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType


def _mentions_pyside(module: ModuleType) -> bool:
    """The hook's question, answered from the module's source file without keeping it."""
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None) or getattr(module, "__file__", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False  # built-in, compiled or frozen: inspect.getsource could not read it either
    try:
        with open(origin, "rb") as handle:
            return b"PySide6" in handle.read()
    except OSError:
        return False


def lighten_import_hook() -> bool:
    """Swap PySide6's per-import source check for a cheap one; True if it was swapped.

    Does nothing (False) while PySide6 is not imported yet, or if its internals changed.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    if feature._mod_uses_pyside is not _mentions_pyside:
        feature._mod_uses_pyside = _mentions_pyside  # type: ignore[attr-defined]
        linecache.clearcache()  # the lines it already read are never needed again
    return True


def load_pyside() -> None:
    """Import PySide6 and lighten its import hook at once (the program's entry points call this
    before importing ``edu_app.ui``, ``edu_app.paint`` or ``edu_app.printing``)."""
    import PySide6.QtCore  # noqa: F401  (installs the hook lightened below)

    lighten_import_hook()
