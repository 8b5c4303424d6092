"""The handout builder: choose what to print, see it, print it or save it as PDF.

The patient's name, the clinician's note, the action plan, the chosen topics and the pictures
are kept in the session's :class:`~edu_app.core.visit.HandoutDetails` (memory only): the fields
write to it, a handout is built from it, and :meth:`HandoutView.show_details` shows it again when
the session ends it (every way out of the builder does; see ``MainWindow``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from edu_app.core.drawing import Annotated
from edu_app.core.handout import (
    NAME_MAX_CHARS,
    NOTE_MAX_CHARS,
    NOTE_MAX_LINES,
    Handout,
    HandoutError,
    HandoutRequest,
    build,
)
from edu_app.core.kiosk import PrintQuota
from edu_app.core.model import Library
from edu_app.core.settings import ClinicConfig
from edu_app.core.visit import HandoutDetails
from edu_app.printing.pdf import render
from edu_app.ui.action_plan_form import ActionPlanForm, action_plan
from edu_app.ui.handout_details import CHOICES, DetailsBinding
from edu_app.ui.handout_output import HandoutOutput
from edu_app.ui.i18n import native_name
from edu_app.ui.print_preview import steady_preview
from edu_app.ui.responsive import ResponsiveSplit, pass_wheel_on
from edu_app.ui.texts import labels_in
from edu_app.ui.widgets import StatusLabel, discard, limit_plain_text, vbox, wrapped_label, wrapping_list

log = logging.getLogger("edu_app")


class HandoutView(DetailsBinding, HandoutOutput, QWidget):
    """A screen of the main window (not a dialog: it works the same on a kiosk)."""

    home_requested = Signal()

    def __init__(self, library: Library, config: ClinicConfig, quota: PrintQuota | None = None,
                 parent: QWidget | None = None, personal: HandoutDetails | None = None) -> None:
        super().__init__(parent)
        self.library, self.config, self.lang = library, config, config.default_language
        self.quota = quota  # a kiosk's print limits; None at a desk
        self.details = personal if personal is not None else HandoutDetails()  # the session's
        # Replaceable in tests: they never open a real file or print dialog.
        self.ask_save_path: Callable[[], str] = self._ask_save_path
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form = QWidget()
        form_scroll.setWidget(form)
        self.column = QVBoxLayout(form)
        self.column.setContentsMargins(0, 0, 12, 0)
        top = QHBoxLayout()
        self.home_button = QPushButton()
        self.home_button.clicked.connect(self._leave)
        self.title = wrapped_label("", "PageTitle")
        top.addWidget(self.home_button)
        top.addWidget(self.title, 1)
        self.column.addLayout(top)
        self.topics_heading = wrapped_label("", "GroupTitle")
        self.column.addWidget(self.topics_heading)
        self.drawings_note = wrapped_label("", "Muted")
        self.drawings_note.hide()
        self.column.addWidget(self.drawings_note)
        self.topic_choices: dict[str, QComboBox] = {}
        # a grid, not a form layout: a form layout gives a title that wraps to two lines the
        # height of one (its row is as high as the combo box)
        self.topic_form = QGridLayout()
        self.topic_form.setColumnStretch(0, 1)
        self.topic_form.setHorizontalSpacing(12)
        self.column.addLayout(self.topic_form)
        self.faq_heading = wrapped_label("", "GroupTitle")
        self.questions = wrapping_list(QListWidget())
        self.questions.setMinimumHeight(180)
        self.column.addWidget(self.faq_heading)
        self.column.addWidget(self.questions)
        self.plan = ActionPlanForm()
        self.plan_box, self.plan_fields = self.plan.box, self.plan.fields
        self.column.addWidget(self.plan)
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX_CHARS)  # the same limits as the handout itself
        self.note = QPlainTextEdit()
        limit_plain_text(self.note, NOTE_MAX_CHARS, NOTE_MAX_LINES)
        self.note.setMaximumHeight(110)
        self.language = QComboBox()
        for code in config.languages:
            if code in library.languages:
                self.language.addItem(native_name(code), code)
        self.language.currentIndexChanged.connect(
            lambda _: self.start(str(self.language.currentData()), *self._chosen(), self.drawings,
                                 self._basics()))
        self.second = QComboBox()  # a second language printed after each section
        self.second.addItem("—", "")
        for code in library.languages:
            self.second.addItem(native_name(code), code)
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem("Letter", "letter")
        self.large = QCheckBox()
        details = QFormLayout()
        details.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # field under a long label
        self.detail_labels = [QLabel(), QLabel(), QLabel(), QLabel()]
        details.addRow(self.detail_labels[0], self.name)
        details.addRow(self.detail_labels[1], self.note)
        details.addRow(self.detail_labels[2], self.paper)
        details.addRow(self.detail_labels[3], self.language)
        self.second_label = QLabel()
        details.addRow(self.second_label, self.second)
        details.addRow(self.large)  # the whole row: beside an empty label it was cut at 200 %
        self.column.addLayout(details)
        actions = QHBoxLayout()
        self.print_button = QPushButton()
        self.save_button = QPushButton()
        self.print_button.setObjectName("Primary")
        self.print_button.clicked.connect(self.print_now)
        self.save_button.clicked.connect(self.save_pdf)
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        self.prints_left = wrapped_label("")  # a kiosk's counter
        self.prints_left.setVisible(quota is not None)
        self.save_button.setVisible(quota is None)  # a kiosk offers no file dialog
        # The note and the action plan are a clinician's to write: a waiting room shows neither
        details.setRowVisible(self.note, quota is None)
        self.plan.setVisible(quota is None)
        self.status = StatusLabel()  # what printing did, or why not (hidden when empty)
        self.column.addStretch(1)
        # Print and Save stay in sight under the scrolling form, with what they did
        left = QWidget()
        left_column = vbox(left, spacing=8)
        left_column.addWidget(form_scroll, 1)
        left_column.addLayout(actions)
        left_column.addWidget(self.prints_left)
        left_column.addWidget(self.status)
        self.preview = steady_preview()  # its scroll bars cannot loop (see print_preview)
        self.preview.paintRequested.connect(self._paint_preview)
        self.empty_preview = wrapped_label("", "EmptyPreview")  # until something is chosen
        self.empty_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_stack = QStackedWidget()
        self.preview_stack.addWidget(self.preview)
        self.preview_stack.addWidget(self.empty_preview)
        self.split = ResponsiveSplit(left, self.preview_stack,
                                     needs=lambda: form.minimumSizeHint().width() + 24,
                                     watch=form)
        page = vbox(self)
        page.setContentsMargins(24, 12, 24, 12)
        page.addWidget(self.split)
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(400)
        self._refresh.timeout.connect(self._update_preview)
        self.name.textChanged.connect(self._write)
        self.plan.changed.connect(self._write)
        self.note.textChanged.connect(self._write)
        self.questions.itemChanged.connect(self._write)
        self.large.toggled.connect(self._refresh.start)
        self.paper.currentIndexChanged.connect(self._refresh.start)
        self.second.currentIndexChanged.connect(self._refresh.start)
        self.retranslate()
        self.show_details(repaint=False)

    def retranslate(self) -> None:
        """Re-set interface texts."""
        self.home_button.setText(self.tr("Home"))
        self.title.setText(self.tr("Make a handout"))
        self.topics_heading.setText(self.tr("Topics"))
        self.faq_heading.setText(self.tr("Questions and answers"))
        self.plan.retranslate()
        for label, text in zip(self.detail_labels, (self.tr("Patient's first name"),
                                                    self.tr("Note from the clinician"),
                                                    self.tr("Paper"), self.tr("Language")),
                                   strict=True):
            label.setText(text)
        for field, label in zip((self.name, self.note, self.paper, self.language),
                                self.detail_labels, strict=True):
            field.setAccessibleName(label.text())
        self.paper.setAccessibleDescription(self.tr("The paper size the printer uses"))
        self.language.setAccessibleDescription(self.tr("The language of the handout"))
        self.second.setAccessibleName(self.tr("Also in"))
        self.second.setAccessibleDescription(self.tr("A second language printed after each part"))
        self.questions.setAccessibleName(self.tr("Questions and answers"))
        self.questions.setAccessibleDescription(self.tr("Tick the questions to print"))
        self.name.setPlaceholderText(self.tr("Printed only; never saved"))
        self.large.setText(self.tr("Large print"))
        self.second_label.setText(self.second.accessibleName())
        self.print_button.setText(self.tr("Print"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.preview.setAccessibleName(self.tr("Print preview"))
        self.empty_preview.setText(self.tr(
            "Your handout will appear here. Choose “Whole page” or “Summary only” for a "
            "topic, or tick a question."))

    def start(self, lang: str, whole: list[str], summaries: list[str],
              drawings: tuple[Annotated, ...] = (), basics: list[str] | None = None) -> None:
        """Fill the choices: ``whole`` pages printed in full (``basics`` of them as their
        one-page basics sheet), ``summaries`` as summary cards, and the pictures drawn on
        during a visit."""
        self.lang = lang
        self.drawings = drawings
        self.details.choices = {**{pid: "summary" for pid in summaries},
                                **{pid: "whole" for pid in whole},
                                **{pid: "basics" for pid in basics or ()}}
        self.details.faq = []
        self._show_drawings()
        index = self.language.findData(lang)
        if index >= 0 and index != self.language.currentIndex():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(index)
            self.language.blockSignals(False)
        language = self.library.language(lang)
        while self.topic_form.count():
            old = self.topic_form.takeAt(0)
            gone = old.widget() if old is not None else None
            if gone is not None:
                discard(gone)
        self.topic_choices = {}
        labels = (self.tr("Leave out"), self.tr("Whole page"), self.tr("Summary only"),
                  self.tr("Basics (one page)"))
        for page in language.pages:
            combo = QComboBox()
            for key, text in zip(CHOICES, labels, strict=True):
                combo.addItem(text, key)
            combo.setCurrentIndex(CHOICES.index(self.details.choices.get(page.id, "out")))
            combo.currentIndexChanged.connect(self._write)
            combo.setAccessibleName(page.title)
            combo.setAccessibleDescription(self.tr(
                "Print this topic whole, as a summary, as its one-page basics, or not"))
            row = len(self.topic_choices)
            self.topic_form.addWidget(wrapped_label(page.title), row, 0)
            self.topic_form.addWidget(combo, row, 1)
            self.topic_choices[page.id] = combo
        self.questions.blockSignals(True)
        self.questions.clear()
        for item in language.faq:
            entry = QListWidgetItem(item.question)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.questions.addItem(entry)
        self.questions.blockSignals(False)
        self.status.clear()
        self._show_prints_left()
        self._update_preview()
        pass_wheel_on(self)  # (the topics' combo boxes are new)

    def _show_drawings(self) -> None:
        drawings = self.details.drawings
        self.drawings_note.setVisible(bool(drawings))
        self.drawings_note.setText(
            self.tr("Pictures drawn on during the visit that will be printed: %1.")
            .replace("%1", str(len(drawings))))

    def _chosen(self) -> tuple[list[str], list[str]]:
        """The topics printed (whole or as basics) and those printed as a summary."""
        choices = self.details.choices
        whole = [pid for pid in self.topic_choices if choices.get(pid) in ("whole", "basics")]
        summary = [pid for pid in self.topic_choices if choices.get(pid) == "summary"]
        return whole, summary

    def _basics(self) -> list[str]:
        return [pid for pid in self.topic_choices if self.details.choices.get(pid) == "basics"]

    def request(self) -> HandoutRequest:
        """What is chosen now."""
        whole, summary = self._chosen()
        details = self.details
        faq = tuple(details.faq)
        return HandoutRequest(
            topics=tuple(pid for pid in self.topic_choices if pid in whole or pid in summary),
            summary_only=frozenset(summary), faq=faq, lang=self.lang,
            basics=frozenset(self._basics()),
            large_print=self.large.isChecked(), paper=str(self.paper.currentData()),
            patient_name=details.name, note=details.note,
            action_plan=action_plan(details.plan_on, details.plan),
            bilingual="" if self.second.currentData() in ("", self.lang)
            else str(self.second.currentData()),
            drawings=details.drawings,
        )

    def _build(self, request: HandoutRequest) -> Handout:
        """The handout with its printed words in its own language(s)."""
        words, page_words = labels_in(request.lang)
        second_words, second = labels_in(request.bilingual) if request.bilingual else (None, None)
        return build(self.library, request, words, page_words, second_labels=second,
                     second_words=second_words)

    def _update_preview(self) -> None:
        """Paint the preview again; until something is chosen, say what to do instead of
        showing a blank sheet."""
        request = self.request()
        chosen = bool(request.topics or request.faq or request.action_plan or request.drawings)
        self.preview_stack.setCurrentWidget(self.preview if chosen else self.empty_preview)
        self.preview.updatePreview()  # (also when hidden: no earlier page stays painted)

    def _paint_preview(self, printer: QPrinter) -> None:
        request = self.request()
        try:
            handout = self._build(request)
        except HandoutError:
            return  # nothing chosen yet: an empty preview
        render(printer, handout, self.library, self.config, request.lang, request.paper,
               request.large_print, *labels_in(request.lang))

    def _leave(self) -> None:
        self.home_requested.emit()  # leaving ends the session's details (in the main window)
