"""The decision aid's parts on screen: the options grid, a row of choices to tap (a rating, a
yes or no, a leaning) and a question to tick. :mod:`edu_app.ui.decision_view` puts them in
steps. Every answer goes straight into the session's :class:`~edu_app.core.decision_aid.Answers`
(memory only); the widgets hold no copy of it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from edu_app.core.decision_aid import ROWS, Answers, DecisionAid
from edu_app.ui.responsive import FlowRow
from edu_app.ui.widgets import ClickableFrame, hbox, wrapped_label

GRID_COLUMN = 190  # px at 100 % text: narrower than this per column, the grid goes row by row

Text = Callable[[str], str]  # Thai word breaks for a plain text (or the text as it is)


class OptionsGrid(QWidget):
    """The options side by side with the same rows; on a narrow screen (portrait, large text)
    row by row, each row listing every option in the same order. Beside each row's name: what
    the person said about it."""

    def __init__(self, aid: DecisionAid, cell_html: Callable[[str], str], text: Text,
                 scale: int) -> None:
        super().__init__()
        self.aid, self.scale = aid, scale
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(2)
        self.names = [self._label(text(o.name), "GridHead") for o in aid.options]
        self.row_labels = {row: self._label("", "GridLabel", rich=True) for row in ROWS}
        self.cells = {(o.id, row): self._label(cell_html(o.cells[row]), "GridCell", rich=True)
                      for o in aid.options for row in ROWS}
        # the option's name before its text when the grid goes row by row
        self.row_names = {(o.id, row): self._label(text(o.name), "GridName")
                          for o in aid.options for row in ROWS}
        self.wide: bool | None = None

    def _label(self, content: str, name: str, rich: bool = False) -> QLabel:
        label = wrapped_label(content, name, rich=rich)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setParent(self)
        label.hide()
        return label

    def set_said(self, said: dict[str, str]) -> None:
        """Each row's name, with what the person said about it (row id -> HTML)."""
        for row, label in self.row_labels.items():
            extra = said.get(row, "")
            label.setText(f"<b>{self.aid.rows[row]}</b>" + (f"<br/>{extra}" if extra else ""))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange(self.width())

    def arrange(self, width: int) -> None:
        """Side by side when every column gets GRID_COLUMN px (scaled with the text)."""
        wide = width >= GRID_COLUMN * self.scale / 100 * (len(self.aid.options) + 1)
        if wide == self.wide:
            return
        self.wide = wide
        everything = [*self.names, *self.row_labels.values(), *self.cells.values(),
                      *self.row_names.values()]
        for label in everything:  # (removeWidget: Qt deletes its own layout items)
            self._grid.removeWidget(label)
            label.hide()
        for column in range(len(self.aid.options) + 1):
            self._grid.setColumnStretch(column, 0)
        shown: list[QLabel] = []
        if wide:
            for column, name in enumerate(self.names, start=1):
                self._grid.addWidget(name, 0, column)
                self._grid.setColumnStretch(column, 5)
            self._grid.setColumnStretch(0, 4)
            shown += self.names
            for line, row in enumerate(ROWS, start=1):
                self._grid.addWidget(self.row_labels[row], line, 0)
                shown.append(self.row_labels[row])
                for column, option in enumerate(self.aid.options, start=1):
                    self._grid.addWidget(self.cells[(option.id, row)], line, column)
                    shown.append(self.cells[(option.id, row)])
        else:
            line = 0
            self._grid.setColumnStretch(1, 1)
            for row in ROWS:
                self._grid.addWidget(self.row_labels[row], line, 0, 1, 2)
                shown.append(self.row_labels[row])
                line += 1
                for option in self.aid.options:
                    self._grid.addWidget(self.row_names[(option.id, row)], line, 0)
                    self._grid.addWidget(self.cells[(option.id, row)], line, 1)
                    shown += [self.row_names[(option.id, row)], self.cells[(option.id, row)]]
                    line += 1
        for label in shown:
            label.show()


class ChoiceRow(QWidget):
    """A question and the answers to tap, one at most chosen (tap it again to take it back).
    ``chosen(key)`` reports each change ("" when taken back)."""

    chosen = Signal(str)

    def __init__(self, question: str, answers: list[tuple[str, str]], current: str,
                 note: str = "") -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.question = wrapped_label(question, "CardTitle")
        layout.addWidget(self.question)
        self.row = FlowRow(8)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # (exclusive groups cannot be emptied again)
        self.buttons: dict[str, QPushButton] = {}
        for key, text in answers:
            button = QPushButton(text)
            button.setCheckable(True)
            button.setMinimumWidth(120)  # a wide target, even for "Yes"
            button.setChecked(key == current)
            button.setAccessibleName(f"{question} {text}")
            button.clicked.connect(lambda on, k=key: self._tapped(k, on))
            self.group.addButton(button)
            self.row.add(button)
            self.buttons[key] = button
        layout.addWidget(self.row)
        self.note = wrapped_label(note, "Muted")  # what to do about a "no" (shown for it)
        self.note.setVisible(False)
        layout.addWidget(self.note)

    def _tapped(self, key: str, on: bool) -> None:
        for other, button in self.buttons.items():
            if other != key:
                button.setChecked(False)
        self.chosen.emit(key if on else "")

    def current(self) -> str:
        """The chosen answer's key, or ""."""
        return next((k for k, b in self.buttons.items() if b.isChecked()), "")


class QuestionToggle(ClickableFrame):
    """A question to take to the doctor: tap to tick or untick."""

    toggled = Signal(bool)

    def __init__(self, number: int, text: str, on: bool) -> None:
        super().__init__("Question")
        self.number, self.on = number, on
        row = hbox(self, 12)
        row.setContentsMargins(14, 8, 14, 8)
        self.box = QLabel()
        self.box.setObjectName("CardTitle")
        self.text = wrapped_label(f"{number}. {text}")
        row.addWidget(self.box)
        row.addWidget(self.text, 1)
        self.setAccessibleName(text)
        self.clicked.connect(lambda: self.toggled.emit(not self.on))
        self.show_state(on)

    def show_state(self, on: bool) -> None:
        """Show ticked (☑) or not (☐)."""
        self.on = on
        self.box.setText("\u2611" if on else "\u2610")
        self.setProperty("ticked", on)
        self.setAccessibleDescription("\u2611" if on else "\u2610")


def said_html(aid: DecisionAid, answers: Answers, accent: str, text: Text) -> dict[str, str]:
    """Each row's statements with the person's answer, as HTML (for the grid's row names)."""
    import html

    from edu_app.core.decision_summary import answer_text

    said: dict[str, str] = {}
    for statement in aid.statements:
        if statement.id not in answers.ratings:
            continue
        words = text(f"\u201c{statement.text}\u201d")
        said[statement.row] = said.get(statement.row, "") + (
            f'<span style="color:{accent};">{html.escape(words)} '
            f"<b>{html.escape(text(answer_text(aid, answers, statement.id)))}</b></span>")
    return said


def answers_html(aid: DecisionAid, answers: Answers, questions: list[str]) -> str:
    """The answers for the last step: ready?, leaning, the questions chosen (as HTML)."""
    import html

    from edu_app.core.decision_summary import first_question, leaning_text

    esc = html.escape
    parts = [f"<h3>{esc(aid.words['ready'])}</h3><ul>"]
    for item in aid.sure:
        given = answers.sure.get(item.id)
        word = aid.not_answered if given is None else (aid.yes if given else aid.no)
        tip = f"<br/>{esc(aid.words['what_if_no'])}: {esc(item.if_no)}" if given is False else ""
        parts.append(f"<li>{esc(item.question)} <b>{esc(word)}</b>{tip}</li>")
    parts.append(f"</ul><p><b>{esc(aid.words['leaning'])}:</b> "
                 f"{esc(leaning_text(aid, answers))}</p>")
    parts.append(f"<h3>{esc(aid.words['my_questions'])}</h3>")
    chosen = [first_question(questions[n - 1]) for n in answers.questions
              if 0 < n <= len(questions)]
    parts.append("<ul>" + "".join(f"<li>{esc(q)}</li>" for q in chosen) + "</ul>" if chosen
                 else f"<p>{esc(aid.words['no_questions'])}</p>")
    return "".join(parts)
