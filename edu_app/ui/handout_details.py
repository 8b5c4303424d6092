"""The handout builder's fields bound to the session's :class:`HandoutDetails`.

Every field writes what it shows into the details (which a handout is built from), and
:meth:`DetailsBinding.show_details` shows the details again: after the session ended them,
every field is empty, with no undo history to bring a name back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from edu_app.core.drawing import Annotated
from edu_app.core.visit import HandoutDetails

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrintPreviewWidget
    from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit

    from edu_app.ui.action_plan_form import ActionPlanForm

CHOICES = ("out", "whole", "summary", "basics")


class DetailsBinding:
    """Mixed into the handout builder."""

    details: HandoutDetails
    name: QLineEdit
    note: QPlainTextEdit
    plan: ActionPlanForm
    questions: QListWidget
    topic_choices: dict[str, QComboBox]
    status: QLabel
    preview: QPrintPreviewWidget
    _refresh: QTimer

    if TYPE_CHECKING:
        def _show_drawings(self) -> None: ...
        def _update_preview(self) -> None: ...

    @property
    def drawings(self) -> tuple[Annotated, ...]:
        """The pictures drawn on in a clinician's visit (kept in the session's details)."""
        return self.details.drawings

    @drawings.setter
    def drawings(self, drawings: tuple[Annotated, ...]) -> None:
        self.details.drawings = drawings

    def _write(self) -> None:
        """What the fields show goes into the session's details (read back by ``request``)."""
        details = self.details
        details.name, details.note = self.name.text(), self.note.toPlainText()
        details.plan_on, details.plan = self.plan.box.isChecked(), self.plan.entries()
        details.choices = {pid: str(combo.currentData()) for pid, combo in self.topic_choices.items()
                           if combo.currentData() != "out"}
        details.faq = [str(self.questions.item(i).data(Qt.ItemDataRole.UserRole))
                       for i in range(self.questions.count())
                       if self.questions.item(i).checkState() == Qt.CheckState.Checked]
        self._refresh.start()

    def show_details(self, repaint: bool = True) -> None:
        """Show what the session's details hold; after the session ended them, nothing: no
        name, note, plan, chosen topic or picture, no undo history, and a preview without
        them."""
        details = self.details
        for widget in (self.name, self.note, self.plan, self.questions, *self.topic_choices.values()):
            widget.blockSignals(True)
        self.name.setText(details.name)  # (setText and setPlainText also forget the undo history)
        self.note.setPlainText(details.note)
        self.plan.show_entries(details.plan_on, details.plan)
        for pid, combo in self.topic_choices.items():
            combo.setCurrentIndex(CHOICES.index(details.choices.get(pid, "out")))
        for i in range(self.questions.count()):
            item = self.questions.item(i)
            ticked = item.data(Qt.ItemDataRole.UserRole) in details.faq
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        for widget in (self.name, self.note, self.plan, self.questions, *self.topic_choices.values()):
            widget.blockSignals(False)
        self._show_drawings()
        self.status.clear()
        self._refresh.stop()
        if repaint:
            self._update_preview()  # the pages painted before (name and note on them) go

