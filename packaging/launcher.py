"""Entry point of the frozen program (PyInstaller's script): the same as ``python -m edu_app``.

A windowed build on Windows starts with ``sys.stdout`` and ``sys.stderr`` set to None; the
command line writes to both, so they go to the null device there instead of failing.
"""

from __future__ import annotations

import os
import sys


def _ensure_streams() -> None:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    _ensure_streams()
    # PyInstaller's run-time hook has imported PySide6 already: lighten its import hook before
    # the program's own modules are imported through it (see edu_app.pyside_hook).
    from edu_app.pyside_hook import lighten_import_hook

    lighten_import_hook()
    from edu_app.__main__ import main

    main()
