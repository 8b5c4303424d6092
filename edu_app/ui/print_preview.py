"""A print preview whose scroll bars cannot start a layout loop.

``QPrintPreviewWidget`` fits the page into its view at every resize. With scroll bars shown
"as needed", a narrow, tall view (the handout builder on a 1080 × 1920 portrait kiosk) never
settles: the page fitted to the full width makes the column of pages taller than the view, so
the vertical scroll bar appears; the view is now 16 px narrower than the page, so the
horizontal one appears too and the page is fitted again, smaller, so both bars go; the page is
fitted to the full width again, and so on for ever (100 % CPU, a frozen screen). The fix makes
the view's width independent of what it shows: the vertical bar is always there (a column of
pages scrolls) and the horizontal one never is (the page is always fitted, so it never needs it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QAbstractScrollArea, QWidget


def steady_preview(parent: QWidget | None = None) -> QPrintPreviewWidget:
    """A print preview (fitted to its view) with fixed scroll bar policies."""
    preview = QPrintPreviewWidget(parent)
    preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitInView)
    for view in preview.findChildren(QAbstractScrollArea):  # its one QGraphicsView
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return preview
