"""A word-wrapping label whose Thai text breaks between words (see edu_app.paint.thai_breaks)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from edu_app.paint.thai_breaks import breaks


class WrappedLabel(QLabel):
    """A word-wrapping label whose Thai text breaks between words."""

    def setText(self, text: str) -> None:
        # "<" marks rich text (asking the label would build Qt's namespace enums on the
        # first paint, 10 ms); a Thai plain-text string has none
        super().setText(breaks(text, rich="<" in text))
