"""The clinician's drawing tools: three pens, highlighter, eraser, laser; undo, redo, clear."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QButtonGroup, QPushButton, QWidget

from edu_app.core.drawing import HIGHLIGHTER, PEN_COLOURS
from edu_app.paint.strokes import LASER
from edu_app.ui.responsive import FlowRow
from edu_app.ui.widgets import hbox, swatch


class DrawingTools(QWidget):
    """Emits the tool chosen ("" for none: then a swipe changes the step)."""

    tool_chosen = Signal(str, str)  # tool, colour
    undo = Signal()
    redo = Signal()
    clear = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # one row that wraps on a narrow screen or at large text (never cut, never wider than
        # the screen: a hidden explain screen's minimum width is the window's too)
        row = FlowRow()
        hbox(self).addWidget(row)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # a second tap on the chosen tool puts it down
        self.tools: dict[str, tuple[QPushButton, str, str]] = {}
        specs = [(f"pen{i}", "pen", c, swatch(c)) for i, c in enumerate(PEN_COLOURS)]
        specs += [("highlighter", "highlighter", HIGHLIGHTER, swatch(HIGHLIGHTER, bar=True)),
                  ("eraser", "eraser", "", QIcon()), ("laser", "laser", LASER, swatch(LASER))]
        for key, tool, colour, icon in specs:
            button = QPushButton()
            button.setCheckable(True)
            button.setIcon(icon)
            button.clicked.connect(lambda checked, k=key: self._chosen(k, checked))
            self.group.addButton(button)
            row.add(button)
            self.tools[key] = (button, tool, colour)
        self.undo_button, self.redo_button, self.clear_button = QPushButton(), QPushButton(), QPushButton()
        self.undo_button.clicked.connect(self.undo.emit)
        self.redo_button.clicked.connect(self.redo.emit)
        self.clear_button.clicked.connect(self.clear.emit)
        gap = QWidget()  # the pens, then (a little apart) undo, redo and clear
        gap.setFixedSize(16, 1)
        row.add(gap)
        for button in (self.undo_button, self.redo_button, self.clear_button):
            row.add(button)
        self.retranslate()

    def retranslate(self) -> None:
        """Re-set interface texts."""
        names = {
            "pen0": self.tr("Blue pen"), "pen1": self.tr("Red pen"), "pen2": self.tr("Green pen"),
            "highlighter": self.tr("Highlighter"), "eraser": self.tr("Eraser"),
            "laser": self.tr("Laser pointer"),
        }
        for key, (button, _tool, _colour) in self.tools.items():
            button.setAccessibleName(names[key])
            button.setToolTip(names[key])
        self.tools["eraser"][0].setText(self.tr("Eraser"))
        self.tools["highlighter"][0].setText(self.tr("Highlight"))
        self.tools["laser"][0].setText(self.tr("Laser"))
        self.undo_button.setText(self.tr("Undo"))
        self.redo_button.setText(self.tr("Redo"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear the drawing"))

    def _chosen(self, key: str, checked: bool) -> None:
        for other, (button, _tool, _colour) in self.tools.items():
            if other != key:
                button.setChecked(False)
        _button, tool, colour = self.tools[key]
        self.tool_chosen.emit(tool if checked else "", colour)

    def put_down(self) -> None:
        """No tool chosen (a new step starts with none)."""
        for button, _tool, _colour in self.tools.values():
            button.setChecked(False)
        self.tool_chosen.emit("", "")

    def set_history(self, can_undo: bool, can_redo: bool, has_strokes: bool) -> None:
        """Enable undo, redo and clear when they would do something."""
        self.undo_button.setEnabled(can_undo)
        self.redo_button.setEnabled(can_redo)
        self.clear_button.setEnabled(has_strokes)

    def choose(self, key: str) -> None:
        """Pick a tool as if tapped (for keyboard shortcuts and tests)."""
        button = self.tools[key][0]
        button.setChecked(True)
        self._chosen(key, True)

