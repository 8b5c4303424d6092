"""Choosing the topics of a visit (the playlist), in the order they will be explained."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from edu_app.core.model import Language
from edu_app.ui.widgets import wrapped_label, wrapping_list


class VisitPlanner(QWidget):
    """A checkable list of topics and a start button."""

    start_requested = Signal(list)  # page ids, in order
    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        self.home_button = QPushButton()
        self.home_button.clicked.connect(self.home_requested.emit)
        self.title = wrapped_label("", "PageTitle")
        top.addWidget(self.home_button)
        top.addWidget(self.title, 1)
        layout.addLayout(top)
        self.intro = wrapped_label("", "Muted")
        layout.addWidget(self.intro)
        self.topics = wrapping_list(QListWidget())
        self.topics.setObjectName("Playlist")
        layout.addWidget(self.topics, 1)
        self.start_button = QPushButton()
        self.start_button.setObjectName("Primary")
        self.start_button.clicked.connect(self._start)
        self.topics.itemChanged.connect(lambda _item: self._update())
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def retranslate(self) -> None:
        """Re-set interface texts."""
        self.home_button.setText(self.tr("Home"))
        self.title.setText(self.tr("Explain to a patient"))
        self.intro.setText(self.tr(
            "Choose the topics for this visit. Each one is a few pictures with key points. "
            "You can draw on them, show them on a second screen, and add them to the handout. "
            "Nothing is saved: all of it is cleared when the visit ends."))
        self.start_button.setText(self.tr("Start explaining"))
        self.topics.setAccessibleName(self.tr("Topics for this visit"))

    def set_content(self, language: Language, chosen: list[str]) -> None:
        """List the topics of ``language``; ``chosen`` are ticked."""
        self.topics.blockSignals(True)
        self.topics.clear()
        for page in language.pages:
            steps = len(page.explain_steps())
            item = QListWidgetItem(f"{page.title}  ·  " + self.tr("steps: %1").replace("%1", str(steps)))
            item.setData(Qt.ItemDataRole.UserRole, page.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if page.id in chosen else Qt.CheckState.Unchecked)
            self.topics.addItem(item)
        self.topics.blockSignals(False)
        self._update()

    def chosen(self) -> list[str]:
        """The ticked topics, in list order."""
        return [str(self.topics.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.topics.count())
                if self.topics.item(i).checkState() == Qt.CheckState.Checked]

    def _update(self) -> None:
        self.start_button.setEnabled(bool(self.chosen()))

    def _start(self) -> None:
        if self.chosen():
            self.start_requested.emit(self.chosen())
