"""The action-plan part of the handout builder: pick common entries or type anything."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from edu_app.core.handout import PLAN_FIELD_MAX_CHARS, ActionPlan
from edu_app.ui.thai_text import WrappedLabel

# Common entries offered in the action plan; the clinician may type anything instead.
PRESETS: dict[str, tuple[str, ...]] = {
    "green": ("Moisturiser (fragrance-free), at least twice a day",
              "Moisturiser, plus the steroid cream twice a week on usual spots"),
    "amber": ("Hydrocortisone 1% cream", "Mometasone 0.1% ointment", "Tacrolimus 0.1% ointment",
              "Pimecrolimus 1% cream"),
    "areas": ("face", "neck", "elbows and knees", "hands", "body", "legs"),
    "how_often": ("once a day", "twice a day"),
    "how_long": ("up to 7 days", "up to 14 days", "until the skin is smooth, then stop"),
}
FIELDS = ("green", "amber", "areas", "how_often", "how_long", "red")


def _choice(items: tuple[str, ...]) -> QComboBox:
    """A field to type into or to pick a common entry from (starts empty)."""
    box = QComboBox()
    box.setEditable(True)
    box.addItems(list(items))
    box.setCurrentIndex(-1)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    # as narrow as the form (a common entry is a sentence: at 200 % on a portrait screen it
    # made the window wider than the screen)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    line = box.lineEdit()
    if line is not None:
        line.setMaxLength(PLAN_FIELD_MAX_CHARS)
    return box


class _BoxWords(WrappedLabel):
    """A checkbox's words: a tap on them ticks the box, as on the box itself."""

    def __init__(self, box: QCheckBox) -> None:
        super().__init__()
        self.box = box
        self.setWordWrap(True)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.box.isEnabled() and self.rect().contains(event.position().toPoint()):
            self.box.toggle()
        super().mouseReleaseEvent(event)


class ActionPlanForm(QWidget):
    """A checkbox to include the plan, and one field per entry (kept in memory only)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # the box, and its words in a label that wraps (a checkbox's own words never wrap: long
        # ones made the form, and the window, wider than a portrait screen at 200 %)
        self.box = QCheckBox()
        self.box.toggled.connect(lambda _on: self.changed.emit())
        self.box_words = _BoxWords(self.box)
        row = QHBoxLayout()
        row.addWidget(self.box)
        row.addWidget(self.box_words, 1)
        layout.addLayout(row)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # field under a long label
        layout.addLayout(form)
        self.fields = {key: _choice(PRESETS.get(key, ())) for key in FIELDS}
        self.labels = {key: QLabel() for key in FIELDS}
        for key in FIELDS:
            self.fields[key].currentTextChanged.connect(lambda _text: self.changed.emit())
            form.addRow(self.labels[key], self.fields[key])
        self.retranslate()

    def retranslate(self) -> None:
        """Re-set interface texts."""
        self.box_words.setText(self.tr("Add an eczema action plan"))
        self.box.setAccessibleName(self.tr("Add an eczema action plan"))
        self.box.setAccessibleDescription(self.tr(
            "Print a plan: what to use every day, what to do in a flare, when to get help"))
        names = {"green": self.tr("Green, every day: use"), "amber": self.tr("Amber, a flare: use"),
                 "areas": self.tr("Where"), "how_often": self.tr("How often"),
                 "how_long": self.tr("For how long"), "red": self.tr("Red, get help: notes")}
        for key, label in self.labels.items():
            label.setText(names[key])
            self.fields[key].setAccessibleName(names[key])
            line = self.fields[key].lineEdit()
            if line is not None:
                line.setAccessibleName(names[key])
            self.fields[key].setAccessibleDescription(self.tr("Pick a common entry or type your own"))

    def entries(self) -> dict[str, str]:
        """What is typed or picked in each field (empty fields left out)."""
        text = {key: box.currentText().strip() for key, box in self.fields.items()}
        return {key: value for key, value in text.items() if value}

    def plan(self) -> ActionPlan | None:
        """The plan as filled in, or None when it is not to be printed."""
        return action_plan(self.box.isChecked(), self.entries())

    def show_entries(self, on: bool, entries: dict[str, str]) -> None:
        """Show a plan (an empty one forgets everything typed or picked, undo history too)."""
        self.blockSignals(True)
        for key, box in self.fields.items():
            box.setCurrentIndex(-1)
            box.setEditText(entries.get(key, ""))  # (unlike clearEditText, not undoable)
        self.box.setChecked(on)
        self.blockSignals(False)

    def clear(self) -> None:
        """Forget everything typed or picked."""
        self.show_entries(False, {})


def action_plan(on: bool, entries: dict[str, str]) -> ActionPlan | None:
    """The plan from its fields' texts, or None when it is not to be printed."""
    if not on:
        return None
    text = {key: entries.get(key, "").strip() for key in FIELDS}
    amber: dict[str, str | tuple[str, ...]] = {
        key: text[key] for key in ("areas", "how_often", "how_long") if text[key]}
    if text["amber"]:
        amber["products"] = (text["amber"],)
    zones: dict[str, dict[str, str | tuple[str, ...]]] = {"amber": amber}
    if text["green"]:
        zones["green"] = {"products": (text["green"],)}
    if text["red"]:
        zones["red"] = {"notes": text["red"]}
    return ActionPlan(zones)
