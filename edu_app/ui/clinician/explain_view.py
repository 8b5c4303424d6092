"""Explain mode: the clinician steps through pictures, draws on them and shows the patient.

The clinician's screen shows the step, its key points, notes for the clinician only and the
next step; the patient's window (a second screen, or one full-screen view) shows just the
step. Keys (``clicker.py``, whatever has focus): arrows, PageUp/PageDown, Space, N/P move; B or
"." blanks and F freezes the patient's screen; F5 presents, Escape leaves the one-screen view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from edu_app.core.drawing import LaserTrail
from edu_app.core.model import Library
from edu_app.core.render import step_points_html
from edu_app.core.theme import NORMAL, Theme
from edu_app.core.visit import Visit
from edu_app.ui.clinician.clicker import ClickerKeys
from edu_app.ui.clinician.patient_window import PatientWindow, other_screen
from edu_app.ui.clinician.planner import VisitPlanner
from edu_app.ui.clinician.stage import StepStage
from edu_app.ui.clinician.tools import DrawingTools
from edu_app.ui.responsive import FlowRow
from edu_app.ui.texts import render_labels
from edu_app.ui.widgets import wrapped_label


class ExplainView(QWidget):
    """A screen of the main window: the visit planner, then the steps."""

    home_requested = Signal()
    finish_requested = Signal()

    def __init__(self, library: Library, visit: Visit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.visit = library, visit
        self.lang, self.theme, self.tone = "en", NORMAL, "light"
        self.trail = LaserTrail()
        self.patient: PatientWindow | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.planner = VisitPlanner()
        self.planner.home_requested.connect(self.home_requested.emit)
        self.planner.start_requested.connect(self.start_visit)
        self.stage = StepStage(interactive=True, trail=self.trail)
        self.stage.swiped.connect(self.go)
        self.stage.changed.connect(self._drawn)
        self.tools = DrawingTools()
        self.tools.tool_chosen.connect(self._tool)
        self.tools.undo.connect(lambda: self._history("undo"))
        self.tools.redo.connect(lambda: self._history("redo"))
        self.tools.clear.connect(lambda: self._history("clear"))
        presenter = QWidget()
        outer = QVBoxLayout(presenter)
        outer.setContentsMargins(16, 8, 16, 8)
        top = QHBoxLayout()
        self.finish_button, self.previous_button = QPushButton(), QPushButton()
        self.next_button = QPushButton()
        self.next_button.setObjectName("Primary")  # the step the clinician takes most
        self.finish_button.clicked.connect(self.finish_requested.emit)
        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.position = wrapped_label("", "Muted")
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top.addWidget(self.finish_button)
        top.addWidget(self.position, 1)
        top.addWidget(self.previous_button)
        top.addWidget(self.next_button)
        outer.addLayout(top)
        self._top, self._outer = top, outer
        self.body = body = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # stacked when portrait
        body.addWidget(self.stage, 3)
        side_scroll = QScrollArea()  # long points at large text scroll rather than overlap
        side_scroll.setWidgetResizable(True)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_widget = QWidget()
        side_scroll.setWidget(side_widget)
        side = QVBoxLayout(side_widget)
        side.setContentsMargins(0, 0, 8, 0)
        self.step_title = wrapped_label("", "PageTitle")
        self.points = wrapped_label("", "", rich=True)
        self.notes_heading = wrapped_label("", "GroupTitle")
        self.notes = wrapped_label("", "Muted")
        self.up_next = wrapped_label("", "Muted")
        for widget in (self.step_title, self.points, self.notes_heading, self.notes):
            side.addWidget(widget)
        side.addStretch(1)
        side.addWidget(self.up_next)
        self.screen_button, self.blank_button = QPushButton(), QPushButton()
        self.freeze_button = QPushButton()
        self.handout_button = QPushButton()
        self.screen_button.setCheckable(True)
        self.screen_button.toggled.connect(self.show_patient)
        for button, action in ((self.blank_button, self.set_blank), (self.freeze_button, self.set_frozen)):
            button.setCheckable(True)
            button.toggled.connect(action)
        self.handout_button.clicked.connect(self.add_to_handout)
        self._patient_row = QHBoxLayout()
        self._column = column = QVBoxLayout()  # the words scroll; the buttons stay put
        column.addWidget(side_scroll, 1)
        self._flow = FlowRow()  # the same buttons side by side, wrapping, when portrait
        column.addWidget(self._flow)
        self._portrait: bool | None = None
        self._arrange(portrait=False)
        body.addLayout(column, 2)
        outer.addLayout(body, 1)
        outer.addWidget(self.tools)
        self.status = wrapped_label("", "Muted")
        outer.addWidget(self.status)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.planner)
        self.pages.addWidget(presenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.clicker_keys = ClickerKeys(self.clicker, self)
        self.clicker_keys.watch(self)
        self.retranslate()

    def retranslate(self) -> None:
        """Re-set interface texts."""
        self.planner.retranslate()
        self.tools.retranslate()
        self.finish_button.setText(self.tr("Finish visit"))
        self.previous_button.setText(self.tr("‹ Back"))
        self.next_button.setText(self.tr("Next ›"))
        self.notes_heading.setText(self.tr("For you (not shown to the patient)"))
        self.blank_button.setText(self.tr("Blank"))
        self.blank_button.setAccessibleName(self.tr("Blank the patient's screen"))
        self.freeze_button.setText(self.tr("Freeze"))
        self.freeze_button.setAccessibleName(self.tr("Freeze the patient's screen"))
        self.stage.setAccessibleName(self.tr("Picture to explain and draw on"))
        self._show_screen_button()
        self._show_handed_over()
        self._show_place()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(self.height() > self.width())

    def _arrange(self, portrait: bool) -> None:
        """Landscape: the picture beside the words, the screen and handout buttons in a
        column under them, where the step is between Finish and Previous. Portrait: the
        words under the picture, the buttons side by side (wrapping), where the step is on a
        line of its own (between the buttons it had three words a line)."""
        if portrait == self._portrait:
            return
        self._portrait = portrait
        self.body.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                               else QBoxLayout.Direction.LeftToRight)
        buttons = (self.screen_button, self.blank_button, self.freeze_button, self.handout_button)
        if portrait:
            self._top.removeWidget(self.position)
            self._outer.insertWidget(1, self.position)
            self._column.removeItem(self._patient_row)
            self._patient_row.setParent(None)  # (put back whole when landscape again)
            for button in buttons:
                self._flow.add(button)
            self._flow.show()
            return
        self._outer.removeWidget(self.position)
        self._top.insertWidget(1, self.position, 1)
        self._flow.take_all()
        self._flow.hide()
        index = self._column.indexOf(self._flow)
        self._column.insertWidget(index, self.screen_button)
        self._column.insertLayout(index + 1, self._patient_row)
        self._column.insertWidget(index + 2, self.handout_button)
        for button in (self.blank_button, self.freeze_button):
            self._patient_row.addWidget(button)

    def _show_screen_button(self) -> None:
        two = other_screen(self.screen()) is not None
        self.screen_button.setText(self.tr("Show on patient screen") if two else self.tr("Present"))

    # --- the visit ------------------------------------------------------------------------
    def plan(self, lang: str, theme: Theme, chosen: list[str]) -> None:
        """Show the planner for a new visit."""
        self.lang, self.theme = lang, theme
        self.planner.set_content(self.library.language(lang), chosen)
        self.pages.setCurrentWidget(self.planner)

    def start_visit(self, page_ids: list[str]) -> None:
        """Begin the steps of the chosen topics."""
        self.visit.start(self.library.language(self.lang), page_ids)
        self.pages.setCurrentIndex(1)
        self.status.clear()
        self._show_place()
        self.setFocus()

    def go(self, delta: int) -> bool:
        """Next (+1) or previous (-1) step."""
        if self.stage.drawing is not None and self.stage.drawing.drawing:
            return False  # not in the middle of a stroke
        moved = self.visit.go(delta)
        if moved:
            self.trail.points.clear()
            self.tools.put_down()
            self._show_place()
        return moved

    def _show_place(self) -> None:
        place = self.visit.place
        if place is None:
            return
        language = self.library.language(place.page.lang)
        path = self.library.illustration_path(place.step.illustration)
        texts = language.illustrations.get(place.step.illustration)
        drawing = self.visit.drawing()
        self.stage.show_step(path, texts, drawing, self.tone)
        self.step_title.setText(place.step.title)
        points = step_points_html(place.step.points, self.library.sources, self.theme,
                                  render_labels())
        self.points.setText(points)
        self.notes.setText(place.step.notes)
        self.notes.setVisible(bool(place.step.notes))
        self.notes_heading.setVisible(bool(place.step.notes))
        following = self.visit.next_place
        self.up_next.setText(self.tr("Next: %1").replace("%1", following.step.title) if following
                             else self.tr("This is the last step."))
        steps = len(place.page.explain_steps())
        self.position.setText(
            self.tr("Topic %1 of %2 · %3 · step %4 of %5").replace("%1", str(place.page_number))
            .replace("%2", str(self.visit.topics)).replace("%3", place.page.title)
            .replace("%4", str(place.step_number)).replace("%5", str(steps)))
        self.previous_button.setEnabled(self.visit.index > 0)
        self.next_button.setEnabled(following is not None)
        if self.patient is not None:
            self.patient.title.setText(place.step.title)
            self.patient.points.setText(points)
            self.patient.stage.show_step(path, texts, drawing, self.tone)
        self._drawn()

    def _tool(self, tool: str, colour: str) -> None:
        self.stage.tool, self.stage.colour = tool, colour or self.stage.colour
        if self.patient is not None and self.patient.presentation:
            self.patient.stage.tool, self.patient.stage.colour = self.stage.tool, self.stage.colour

    def _history(self, action: str) -> None:
        drawing = self.visit.drawing()
        {"undo": drawing.undo, "redo": drawing.redo, "clear": drawing.clear}[action]()
        self.stage.update()
        self._drawn()

    def _drawn(self) -> None:
        drawing = self.visit.drawing() if self.visit.active else None
        if drawing is not None:
            self.tools.set_history(drawing.can_undo(), drawing.can_redo(), bool(drawing.strokes))
        if self.patient is not None:
            self.patient.stage.update()
        self.stage.update()
        self._show_handed_over()

    def _show_handed_over(self) -> None:
        """The button says whether this picture, as drawn now, is in the handout already."""
        added = self.visit.active and self.visit.is_handed_over(self.tone)
        self.handout_button.setEnabled(not added)
        self.handout_button.setText(
            self.tr("✓ In the handout") if added
            else self.tr("Update in handout") if self.visit.was_handed_over()
            else self.tr("Add to handout"))

    def add_to_handout(self) -> None:
        """The current picture and its drawing go into the visit's handout (once per step)."""
        item = self.visit.hand_over(self.tone)
        if item is not None:
            self.status.setText(self.tr("Added to the handout: %1").replace("%1", item.caption))
        self._show_handed_over()

    # --- the patient's screen -------------------------------------------------------------
    def show_patient(self, on: bool) -> None:
        """Open (on a second screen, else full screen here) or close the patient's window."""
        if not on:
            if self.patient is not None:
                self.patient.close()
            return
        if self.patient is not None:
            return
        second = other_screen(self.screen())
        self.patient = PatientWindow(self.trail, presentation=second is None,
                                     program=self.tr("Eczema Explained"))
        self.patient.step_requested.connect(self.go)
        self.patient.stage.changed.connect(self._drawn)
        self.patient.closed.connect(self._patient_closed)
        self.clicker_keys.watch(self.patient)
        self.patient.place_on(second)
        self._tool(self.stage.tool, self.stage.colour)
        self._show_place()
        self.set_blank(self.blank_button.isChecked())

    def _patient_closed(self) -> None:
        self.patient = None
        for button in (self.screen_button, self.blank_button, self.freeze_button):
            button.blockSignals(True)
            button.setChecked(False)
            button.blockSignals(False)

    def set_blank(self, on: bool) -> None:
        """Blank the patient's screen (or show the step again)."""
        if self.patient is not None:
            self.patient.set_blank(on)

    def set_frozen(self, on: bool) -> None:
        """Freeze the patient's screen on what it shows now."""
        if self.patient is not None:
            self.patient.set_frozen(on)

    def end_visit(self) -> None:
        """Close the patient's screen and forget the visit (drawings, playlist, hand-over)."""
        if self.patient is not None:
            self.patient.close()
        self.visit.end()
        self.trail.points.clear()
        self.stage.show_step(None, None, None, self.tone)
        self.status.clear()
        self.pages.setCurrentWidget(self.planner)

    def go_to_topic(self, page_id: str) -> None:
        """Jump to the first step of a topic of the visit."""
        first = next((i for i, p in enumerate(self.visit.places) if p.page.id == page_id), None)
        if first is not None:
            self.go(first - self.visit.index)

    def clicker(self, action: str) -> bool:
        """A clicker key's action on the step screen; False where it does not apply here."""
        if not self.isVisible() or self.pages.currentIndex() != 1:
            return False
        patient = self.patient
        if action in ("next", "previous"):
            self.go(1 if action == "next" else -1)
        elif action in ("blank", "freeze") and patient is not None:
            (self.blank_button if action == "blank" else self.freeze_button).toggle()
        elif action == "present" and patient is None:
            self.screen_button.setChecked(True)
        elif action == "leave" and patient is not None and patient.presentation:
            patient.close()
        else:
            return False
        return True
