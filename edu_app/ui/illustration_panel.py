"""The illustration pane of a topic page: the picture, skin-tone buttons, and a compare hint."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from edu_app.core.model import IllustrationText
from edu_app.core.tones import PALETTE, TONES
from edu_app.ui.illustration import IllustrationView
from edu_app.ui.responsive import FlowRow
from edu_app.ui.widgets import swatch, wrapped_label

_SKIN = "#f1c9a8"


class IllustrationPanel(QWidget):
    """Holds an :class:`IllustrationView` and the controls that belong to it."""

    tone_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # The picture, its legend and the controls scroll together when the pane is short
        # (large text on a landscape screen); normally everything fits and nothing scrolls.
        self.scroller = QScrollArea()
        # A viewport made here: the first time Python is handed a widget Qt made itself (as
        # viewport() would), PySide6 sets up every widget class it has (10 ms alone by
        # make bench-tricks; about 3 MB of memory when it was first measured).
        self._viewport = QWidget()
        self.scroller.setViewport(self._viewport)
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setObjectName("IllustrationScroller")  # kiosk: no flick (drags compare)
        outer.addWidget(self.scroller)
        inner = QWidget()
        self.scroller.setWidget(inner)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.view = IllustrationView()
        self.hint = wrapped_label("", "Muted")
        self.tone_bar = QWidget()
        column = QVBoxLayout(self.tone_bar)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.tone_label = QLabel()
        column.addWidget(self.tone_label)
        row = FlowRow()  # the tones go on two rows rather than off the side (large text)
        column.addWidget(row)
        self.tone_group = QButtonGroup(self)
        self.tone_buttons: dict[str, QPushButton] = {}
        for tone in TONES:
            button = QPushButton(swatch(PALETTE[_SKIN][tone]), "")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, t=tone: self.set_tone(t, emit=True))
            self.tone_group.addButton(button)
            self.tone_buttons[tone] = button
            row.add(button)
        self.tone_buttons["light"].setChecked(True)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.tone_bar, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def retranslate(self) -> None:
        """Re-set interface texts."""
        self.tone_label.setText(self.tr("Skin tone:"))
        names = {"light": self.tr("Light"), "medium": self.tr("Medium"), "dark": self.tr("Dark")}
        for tone, button in self.tone_buttons.items():
            button.setText(names[tone])
            button.setAccessibleName(self.tr("Show %1 skin").replace("%1", names[tone].lower()))
            button.setAccessibleDescription(
                self.tr("Draw the pictures with %1 skin; eczema can look red, brown, purple or "
                        "grey").replace("%1", names[tone].lower()))
        self.hint.setText(
            self.tr("Drag the line, or tap either side, to compare. Tap a label to learn more.")
        )

    def show_illustration(
        self,
        path: Path | None,
        texts: IllustrationText | None,
        compare: Path | None = None,
        compare_texts: IllustrationText | None = None,
    ) -> None:
        """Show an illustration (and its compare partner); controls appear only when they apply."""
        self.view.set_illustration(path, texts, compare, compare_texts)
        self.setVisible(self.view.has_illustration)
        self.tone_bar.setVisible(self.view.shows_skin)
        self.hint.setVisible(self.view.has_compare)
        self.fit_view()

    def fit_view(self) -> None:
        """Give the picture at least the height its labels or legend need at this width."""
        self.view.setMinimumHeight(self.view.needed_height(self._viewport.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_view()

    @property
    def tone(self) -> str:
        """The chosen skin tone."""
        return next((t for t, b in self.tone_buttons.items() if b.isChecked()), "light")

    def set_tone(self, tone: str, emit: bool = False) -> None:
        """Draw skin in ``tone`` (the buttons follow)."""
        if tone not in self.tone_buttons:
            return
        self.tone_buttons[tone].setChecked(True)
        self.view.set_tone(tone)
        if emit:
            self.tone_changed.emit(tone)
