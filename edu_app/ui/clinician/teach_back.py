"""Teach-back: the patient says what they understood; the clinician checks the key points."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from edu_app.core.model import Page, Source
from edu_app.core.theme import Theme
from edu_app.ui.responsive import FlowRow
from edu_app.ui.widgets import AdaptiveBar, discard, hbox, wrapped_label


class TeachBackView(QWidget):
    """Each topic shown in the visit with its key points, then on to the handout."""

    back_requested = Signal()
    handout_requested = Signal()
    end_requested = Signal()
    topic_requested = Signal(str)  # a planned topic not shown yet: go and explain it
    decision_requested = Signal()  # go through the stem-cell decision aid together

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.title = wrapped_label("", "ScreenTitle")
        self.intro = wrapped_label("", "Muted")
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.topics = QVBoxLayout(self.body)
        self.topics.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll.setWidget(self.body)
        layout.addWidget(scroll, 1)
        self.back_button, self.handout_button = QPushButton(), QPushButton()
        self.end_button, self.decision_button = QPushButton(), QPushButton()
        self.decision_button.clicked.connect(self.decision_requested.emit)
        self.handout_button.setObjectName("Primary")
        self.back_button.clicked.connect(self.back_requested.emit)
        self.handout_button.clicked.connect(self.handout_requested.emit)
        self.end_button.clicked.connect(self.end_requested.emit)
        # back on the left, the handout and the end of the visit on the right (under it if narrow)
        # (the three on the right go on two rows when even their own row is too narrow)
        lead, tail = QWidget(), FlowRow(8)
        lead_row = hbox(lead)
        lead_row.addWidget(self.back_button)
        lead_row.addStretch(1)
        for button in (self.decision_button, self.handout_button, self.end_button):
            tail.add(button)
        layout.addWidget(AdaptiveBar(lead, tail, whole_lead=True))
        self.retranslate()

    def retranslate(self) -> None:
        """Re-set interface texts."""
        self.title.setText(self.tr("Tell me in your own words…"))
        self.intro.setText(self.tr(
            "Ask the patient to explain each topic back to you, in their own words. Check the "
            "points below, and explain again any they miss."))
        self.back_button.setText(self.tr("‹ Back to the steps"))
        self.handout_button.setText(self.tr("Make the handout"))
        self.end_button.setText(self.tr("End visit"))
        self.decision_button.setText(self.tr("Compare choices"))

    def set_topics(self, pages: list[Page], sources: dict[str, Source], theme: Theme,
                   not_shown: list[Page] | None = None) -> None:
        """The topics shown, each with its summary and its steps as points to tick; then the
        planned topics that were never reached, each with a way back to explain it."""
        del sources, theme  # the points are step titles: plain words, no badges
        while self.topics.count():
            item = self.topics.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                discard(widget)
        for page in pages:
            self.topics.addWidget(wrapped_label(page.title, "GroupTitle"))
            self.topics.addWidget(wrapped_label(page.summary))
            prompts = tuple(step.title for step in page.explain_steps() if step.title != page.title)
            if prompts:
                self.topics.addWidget(wrapped_label(self.tr("Tick what they can explain:"), "Muted"))
            for prompt in prompts:
                box = QCheckBox(prompt)  # ticks live on this screen only, never stored
                box.setAccessibleName(prompt)
                self.topics.addWidget(box)
        if not_shown:
            self.topics.addWidget(wrapped_label(self.tr("Planned, but not shown yet"), "GroupTitle"))
            self.topics.addWidget(wrapped_label(self.tr(
                "These topics were in the plan for this visit. Explain them now, or leave them "
                "for the handout."), "Muted"))
        for page in not_shown or []:
            row = QHBoxLayout()
            holder = QWidget()
            holder.setLayout(row)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(wrapped_label(page.title), 1)
            go = QPushButton(self.tr("Explain this topic"))
            go.setAccessibleName(self.tr("Explain %1").replace("%1", page.title))
            go.clicked.connect(lambda _=False, p=page.id: self.topic_requested.emit(p))
            row.addWidget(go)
            self.topics.addWidget(holder)
