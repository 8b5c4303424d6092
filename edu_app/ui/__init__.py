"""The Qt interface. Importing this package loads PySide6 and lightens its import hook
(see :mod:`edu_app.pyside_hook`)."""

from __future__ import annotations

import PySide6.QtCore  # noqa: F401  (installs the hook we lighten below)

from edu_app.pyside_hook import _mentions_pyside, lighten_import_hook

__all__ = ["_mentions_pyside", "lighten_import_hook"]

lighten_import_hook()
