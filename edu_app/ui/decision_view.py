"""The decision aid screen: five steps (the choices side by side, what matters to you, are you
ready, questions to ask, your page) and the one-page summary to print.

Answers live in the session (``Session.decision``), never on disk: leaving and coming back
keeps them, a kiosk reset or "Start again" forgets them. Printing and saving are the handout
builder's (:class:`~edu_app.ui.handout_output.HandoutOutput`): the same kiosk limits, messages
and printer; the page is the aid's summary, on one page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from edu_app.core.decision_aid import MAX_QUESTIONS, STEPS, UNSURE, Answers, DecisionAid
from edu_app.core.decision_summary import CellConverter, aid_for, first_question, questions_for
from edu_app.core.thai import html_breaks, segmenter_for
from edu_app.core.theme import NORMAL, Theme
from edu_app.ui.decision_output import DecisionOutput
from edu_app.ui.decision_steps import ChoiceRow, OptionsGrid, QuestionToggle, answers_html, said_html
from edu_app.ui.responsive import FlowRow
from edu_app.ui.texts import render_labels
from edu_app.ui.widgets import StatusLabel, wrapped_label

if TYPE_CHECKING:
    from edu_app.core.kiosk import PrintQuota
    from edu_app.core.model import Library
    from edu_app.core.settings import ClinicConfig


class DecisionView(DecisionOutput, QWidget):
    """Step by step through the decision aid; the last step prints the summary."""

    back_requested = Signal()
    home_requested = Signal()

    def __init__(self, library: Library, config: ClinicConfig, quota: PrintQuota | None,
                 answers: Answers) -> None:
        super().__init__()
        self.library, self.config, self.quota, self.answers = library, config, quota, answers
        self.lang, self.theme, self.scale, self.step = "en", NORMAL, 100, 0
        self.aid: DecisionAid | None = None
        self._stale = False  # the steps wait to be built in another language or size (hidden)
        self.ask_save_path = self._ask_save_path
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 12)
        self.back_button, self.home_button = QPushButton(), QPushButton()
        self.back_button.clicked.connect(self.back_requested.emit)
        self.home_button.clicked.connect(self.home_requested.emit)
        # back, home and the steps by name (tap one to go there), on as many rows as they
        # need: at 200 % text on a small screen the steps' own room stays as large as it can
        self.step_row = FlowRow(8)
        self.step_row.add(self.back_button)
        self.step_row.add(self.home_button)
        self.step_buttons: list[QPushButton] = []
        for index in range(len(STEPS)):
            button = QPushButton()
            button.setCheckable(True)
            button.clicked.connect(lambda _on, i=index: self.show_step(i))
            self.step_row.add(button)
            self.step_buttons.append(button)
        outer.addWidget(self.step_row)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.status = StatusLabel()
        self.prints_left = wrapped_label("", "Muted")
        self.prints_left.setVisible(quota is not None)
        outer.addWidget(self.status)
        outer.addWidget(self.prints_left)
        self.previous_button, self.next_button = QPushButton(), QPushButton()
        self.print_button, self.save_button = QPushButton(), QPushButton()
        self.restart_button = QPushButton()
        self.next_button.setObjectName("Primary")
        self.print_button.setObjectName("Primary")
        self.previous_button.clicked.connect(lambda: self.show_step(self.step - 1))
        self.next_button.clicked.connect(lambda: self.show_step(self.step + 1))
        self.print_button.clicked.connect(self.print_now)
        self.save_button.clicked.connect(self.save_pdf)
        self.restart_button.clicked.connect(self.start_again)
        self.nav = FlowRow(8)
        for button in (self.previous_button, self.next_button, self.print_button,
                       self.save_button, self.restart_button):
            self.nav.add(button)
        outer.addWidget(self.nav)
        self.retranslate()

    # content ------------------------------------------------------------------------------
    def set_content(self, lang: str, theme: Theme, scale: int) -> None:
        """Build the steps in ``lang`` (the answers stay: they are kept by id); while the
        screen is hidden, when it is next shown (a language or text size changed elsewhere
        rebuilds nothing unseen)."""
        self.lang, self.theme, self.scale = lang, theme, scale
        self.aid = aid_for(self.library, lang)
        self._stale = not self.isVisible()
        if not self._stale:
            self._build_steps()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._build_steps()
        super().showEvent(event)

    def _build_steps(self) -> None:
        self._stale = False
        assert self.aid is not None
        words = self.library.language(self.aid.lang).words
        segmenter = segmenter_for(words) if words else None
        self._text = segmenter.mark_breaks if segmenter is not None else (lambda t: t)
        self._html = (lambda h: html_breaks(h, segmenter)) if segmenter else (lambda h: h)
        # the old steps stay the stack's children until the event loop deletes them: a widget
        # set free (no parent) belongs to Python, and goes whenever Python lets go of it
        while (old := self.stack.widget(0)) is not None:
            self.stack.removeWidget(old)
            old.hide()
            old.deleteLater()
        for build in (self._options_step, self._values_step, self._sure_step,
                      self._questions_step, self._summary_step):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            body = QWidget()
            layout = QVBoxLayout(body)
            layout.setContentsMargins(0, 8, 12, 8)
            layout.setSpacing(12)
            build(layout)
            layout.addStretch(1)
            scroll.setWidget(body)
            self.stack.addWidget(scroll)
        self.retranslate()
        self.show_step(self.step)

    def _label(self, text: str, name: str = "") -> QLabel:
        return wrapped_label(self._text(text), name)

    def _rich(self, markup: str, name: str = "") -> QLabel:
        return wrapped_label(self._html(markup), name, rich=True)

    def _converter(self) -> CellConverter:
        return CellConverter(self.library, self.lang, self.theme, render_labels())

    def _grid(self, layout: QVBoxLayout, convert: CellConverter) -> OptionsGrid:
        assert self.aid is not None
        grid = OptionsGrid(self.aid, lambda cell: self._html(convert(cell)), self._text, self.scale)
        grid.set_said(said_html(self.aid, self.answers, self.theme.accent, self._text))
        layout.addWidget(grid)
        return grid

    def _options_step(self, layout: QVBoxLayout) -> None:
        aid = self.aid
        assert aid is not None
        self.title = self._label(aid.title, "PageTitle")
        layout.addWidget(self.title)
        layout.addWidget(self._label(f"{aid.condition} {aid.decision}"))
        layout.addWidget(self._label(aid.uncertainty))  # before the numbers, as on paper
        convert = self._converter()
        self.options_grid = self._grid(layout, convert)
        checked = (aid.words["checked"].replace("{date}", render_labels().date(aid.reviewed))
                   if aid.reviewed else "")
        layout.addWidget(self._rich(convert.sources_line(), "Muted"))
        status = render_labels().review_text(aid.review_status, aid.signoff)
        layout.addWidget(self._label(f"{checked} {status} {aid.update_policy} {aid.funding}",
                                     "Muted"))
        layout.addWidget(self._label(aid.privacy, "Muted"))

    def _values_step(self, layout: QVBoxLayout) -> None:
        aid = self.aid
        assert aid is not None
        layout.addWidget(self._label(aid.values_intro))
        scale = [(str(n), self._text(word)) for n, word in enumerate(aid.scale, start=1)]
        for statement in aid.statements:
            current = str(self.answers.ratings.get(statement.id, ""))
            row = ChoiceRow(self._text(statement.text), scale, current)
            row.chosen.connect(lambda key, sid=statement.id: self._rate(sid, key))
            layout.addWidget(row)

    def _rate(self, statement_id: str, key: str) -> None:
        if key:
            self.answers.ratings[statement_id] = int(key)
        else:
            self.answers.ratings.pop(statement_id, None)
        self._refresh_said()

    def _sure_step(self, layout: QVBoxLayout) -> None:
        aid = self.aid
        assert aid is not None
        convert = self._converter()
        layout.addWidget(self._rich(convert(aid.sure_intro)))
        self.sure_rows: dict[str, ChoiceRow] = {}
        for item in aid.sure:
            given = self.answers.sure.get(item.id)
            current = "" if given is None else ("yes" if given else "no")
            row = ChoiceRow(self._text(item.question), [("yes", aid.yes), ("no", aid.no)],
                            current, self._text(item.if_no))
            row.note.setVisible(given is False)
            row.chosen.connect(lambda key, i=item.id, r=row: self._sure(i, key, r))
            layout.addWidget(row)
            self.sure_rows[item.id] = row
        choices = [(o.id, self._text(o.name)) for o in aid.options] + [(UNSURE, aid.unsure)]
        leaning = ChoiceRow(self._text(aid.leaning_question), choices, self.answers.leaning)
        leaning.chosen.connect(self._lean)
        layout.addWidget(leaning)
        layout.addWidget(self._rich(convert.sources_line(), "Muted"))

    def _sure(self, item_id: str, key: str, row: ChoiceRow) -> None:
        if key:
            self.answers.sure[item_id] = key == "yes"
        else:
            self.answers.sure.pop(item_id, None)
        row.note.setVisible(key == "no")

    def _lean(self, key: str) -> None:
        self.answers.leaning = key

    def _questions_step(self, layout: QVBoxLayout) -> None:
        aid = self.aid
        assert aid is not None
        convert = self._converter()
        layout.addWidget(self._rich(convert(aid.questions_intro)))
        self.question_limit = self._label("", "Muted")
        layout.addWidget(self.question_limit)
        self.toggles: list[QuestionToggle] = []
        for number, question in enumerate(questions_for(self.library, aid), start=1):
            toggle = QuestionToggle(number, self._text(first_question(question)),
                                    number in self.answers.questions)
            toggle.toggled.connect(lambda on, n=number, t=toggle: self._tick(n, on, t))
            layout.addWidget(toggle)
            self.toggles.append(toggle)
        layout.addWidget(self._rich(convert.sources_line(), "Muted"))

    def _tick(self, number: int, on: bool, toggle: QuestionToggle) -> None:
        accepted = self.answers.toggle_question(number, on)
        toggle.show_state(number in self.answers.questions)
        self.question_limit.setObjectName("Muted" if accepted else "ClinicTag")
        self.question_limit.style().polish(self.question_limit)

    def _summary_step(self, layout: QVBoxLayout) -> None:
        aid = self.aid
        assert aid is not None
        self.summary_grid = self._grid(layout, self._converter())
        self.summary_text = self._rich("")
        layout.addWidget(self.summary_text)

    def _refresh_said(self) -> None:
        if self.aid is None:
            return
        said = said_html(self.aid, self.answers, self.theme.accent, self._text)
        for grid in (self.options_grid, self.summary_grid):
            grid.set_said(said)

    def _summary_markup(self) -> str:
        """The answers on the last step: ready?, leaning, questions (the grid is above)."""
        assert self.aid is not None
        return self._html(answers_html(self.aid, self.answers,
                                       questions_for(self.library, self.aid)))

    # steps --------------------------------------------------------------------------------
    def show_step(self, index: int) -> None:
        """Go to step ``index`` (0 = the choices)."""
        index = max(0, min(len(STEPS) - 1, index))
        self.step = index
        if self.stack.count():
            self.stack.setCurrentIndex(index)
            if STEPS[index] == "summary":
                self.summary_text.setText(self._summary_markup())
        for number, button in enumerate(self.step_buttons):
            button.setChecked(number == index)
        last = index == len(STEPS) - 1
        self.previous_button.setVisible(index > 0)
        self.next_button.setVisible(not last)
        self.print_button.setVisible(last)
        self.save_button.setVisible(last and self.quota is None)  # a kiosk offers no file dialog
        self.restart_button.setVisible(last)
        self.status.clear()
        self._show_prints_left()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A presentation clicker's keys (Page Down, Page Up) move between steps."""
        if event.key() == Qt.Key.Key_PageDown:
            self.show_step(self.step + 1)
        elif event.key() == Qt.Key.Key_PageUp:
            self.show_step(self.step - 1)
        else:
            super().keyPressEvent(event)

    def start_again(self) -> None:
        """Forget every answer and go back to the first step."""
        self.answers.clear()
        self.step = 0
        self.set_content(self.lang, self.theme, self.scale)

    def clear_personal(self) -> None:
        """The person has gone (kiosk reset): their answers go."""
        self.answers.clear()
        self.status.clear()

    def retranslate(self) -> None:
        """Re-set interface texts."""
        self.back_button.setText(self.tr("← Back"))
        self.home_button.setText(self.tr("Home"))
        aid = self.aid
        for index, button in enumerate(self.step_buttons):
            name = aid.steps[STEPS[index]] if aid else ""
            button.setText(f"{index + 1}. {self._text(name)}" if aid else str(index + 1))
        self.previous_button.setText(self.tr("← Previous step"))
        self.next_button.setText(self.tr("Next step →"))
        self.print_button.setText(self.tr("Print my page"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.restart_button.setText(self.tr("Start again"))
        if aid is not None and hasattr(self, "question_limit"):
            self.question_limit.setText(self.tr("Choose up to %1 questions. They go on your page.")
                                        .replace("%1", str(MAX_QUESTIONS)))
