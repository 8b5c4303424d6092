"""The bar on every screen: program and clinic name, language, text size, contrast."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFontMetrics, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from edu_app.core.settings import TEXT_SCALES
from edu_app.paint.fonts import app_font
from edu_app.ui.i18n import native_name
from edu_app.ui.style import TOUCH
from edu_app.ui.widgets import AdaptiveBar, hbox, set_enum

MAX_LANGUAGE_BUTTONS = 3
LOGO_HEIGHT = 48


def _logo(path: Path, height: int = LOGO_HEIGHT) -> QPixmap | None:
    """The clinic's logo at ``height`` px (an SVG drawn at that size, a bitmap smoothly scaled),
    or None when the file is missing, not a picture or too large (see :mod:`edu_app.paint.logo`)."""
    from edu_app.paint.logo import clinic_logo  # only with a logo (23 ms of start-up: bench-tricks)

    image = clinic_logo(path).image(height)
    return None if image is None else QPixmap.fromImage(image)


class TopBar(QFrame):
    """Emits what the reader chose; the main window applies it."""

    language_chosen = Signal(str)
    scale_chosen = Signal(int)
    contrast_toggled = Signal(bool)
    help_requested = Signal()

    def __init__(self, clinic_name: str, logo: Path | None, languages: list[str]) -> None:
        super().__init__()
        self.setObjectName("TopBar")
        self._scale = 100
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 8, 20, 8)
        lead, controls = QWidget(), QWidget()
        brand, layout = hbox(lead, 10), hbox(controls, 10)
        self.bar = AdaptiveBar(lead, controls, tail_at_end=True)
        outer.addWidget(self.bar)
        self.logo = QLabel()
        picture = _logo(logo) if logo is not None else None
        if picture is not None:
            self.logo.setPixmap(picture)
        self.logo.setVisible(picture is not None)
        names = QVBoxLayout()
        names.setSpacing(0)
        self.app_title = QLabel()
        self.app_title.setObjectName("AppTitle")
        self.clinic = QLabel(clinic_name)
        set_enum(self.clinic, "textFormat", "PlainText")  # a clinic's name is never markup
        self.clinic.setObjectName("ClinicName")
        self.clinic.setVisible(bool(clinic_name))
        names.addWidget(self.app_title)
        names.addWidget(self.clinic)
        brand.addWidget(self.logo)
        brand.addLayout(names, 1)
        # Up to three languages are buttons, each named in its own language, that a touch
        # reaches at once; more than that are a menu.
        self._language_code = languages[0] if languages else "en"
        self.language: QComboBox | None = None
        self.language_buttons: dict[str, QPushButton] = {}
        if len(languages) > MAX_LANGUAGE_BUTTONS:
            menu = self.language = QComboBox()
            for code in languages:
                menu.addItem(native_name(code), code)
            menu.currentIndexChanged.connect(lambda i: self._choose_language(menu.itemData(i)))
        elif len(languages) > 1:
            for code in languages:
                button = QPushButton(native_name(code))
                button.setCheckable(True)
                button.setAutoExclusive(True)
                button.clicked.connect(lambda _=False, c=code: self._choose_language(c))
                self.language_buttons[code] = button
        self.smaller = QPushButton("A−")
        self.size_label = QLabel()
        set_enum(self.size_label, "alignment", "AlignCenter")
        self.larger = QPushButton("A+")
        self.smaller.clicked.connect(lambda: self._step(-1))
        self.larger.clicked.connect(lambda: self._step(1))
        self.contrast = QPushButton()
        self.contrast.setCheckable(True)
        self.contrast.toggled.connect(self.contrast_toggled.emit)
        self.help = QPushButton("?")  # how to use the program (F1)
        self.help.setMinimumWidth(TOUCH)  # one narrow character: the button stays a touch target
        self.help.clicked.connect(self.help_requested.emit)
        # Languages and the size/contrast buttons are two groups: on a narrow screen at large
        # text they go one under the other rather than off the edge.
        languages_part, settings_part = QWidget(), QWidget()
        for part, widgets in (
            (languages_part, (*self.language_buttons.values(),
                              *([self.language] if self.language is not None else []))),
            # A− and A+ last, at the end of the line, each as wide as at the largest text:
            # tapped again and again, they stay under the finger as the words around them grow
            (settings_part, (self.contrast, self.help, self.smaller, self.size_label, self.larger)),
        ):
            row = hbox(part, 10)
            for widget in widgets:
                row.addWidget(widget)
        layout.addWidget(AdaptiveBar(languages_part, settings_part, tail_at_end=True))
        largest = QFontMetrics(app_font(TEXT_SCALES[-1], "th"))  # (Thai is set largest)
        wide = max(largest.horizontalAdvance(text) for text in ("A−", "A+")) + 2 * 16 + 2 * 3
        for widget in (self.smaller, self.larger):
            widget.setFixedWidth(max(TOUCH, wide))
        self.size_label.setFixedWidth(largest.horizontalAdvance("200 %") + 8)
        self.retranslate()

    def retranslate(self) -> None:
        """Re-set interface texts."""
        self.app_title.setText(self.tr("Eczema Explained"))
        if self.language is not None:
            self.language.setAccessibleName(self.tr("Language"))
            self.language.setAccessibleDescription(self.tr("The language of the whole program"))
        for code, button in self.language_buttons.items():
            button.setAccessibleName(self.tr("Language: %1").replace("%1", native_name(code)))
            button.setAccessibleDescription(
                self.tr("Show the whole program in %1").replace("%1", native_name(code)))
        self.smaller.setAccessibleName(self.tr("Smaller text"))
        self.larger.setAccessibleName(self.tr("Larger text"))
        self.smaller.setToolTip(self.tr("Smaller text (Ctrl+Minus)"))
        self.larger.setToolTip(self.tr("Larger text (Ctrl+Plus)"))
        self.smaller.setAccessibleDescription(self.tr("Make all text smaller"))
        self.larger.setAccessibleDescription(self.tr("Make all text larger, up to twice the size"))
        self.contrast.setText(self.tr("High contrast"))
        self.contrast.setAccessibleDescription(
            self.tr("Light text on a black background, with stronger colours, easier to read"))
        self.help.setAccessibleName(self.tr("Help"))
        self.help.setAccessibleDescription(self.tr("How to use this program, in pictures (F1)"))
        self.help.setToolTip(self.tr("How to use this program (F1)"))
        self.set_state(self._scale, self.contrast.isChecked(), self.current_language())

    def current_language(self) -> str:
        """The selected language code."""
        return self._language_code

    def set_state(self, scale: int, high_contrast: bool, language: str) -> None:
        """Show the current choices without emitting signals."""
        self._scale = scale
        self.size_label.setText(f"{scale} %")
        self.size_label.setAccessibleName(self.tr("Text size %1 percent").replace("%1", str(scale)))
        self.smaller.setEnabled(scale > TEXT_SCALES[0])
        self.larger.setEnabled(scale < TEXT_SCALES[-1])
        for widget, value in ((self.contrast, high_contrast),):
            widget.blockSignals(True)
            widget.setChecked(value)
            widget.blockSignals(False)
        self._language_code = language
        for code, button in self.language_buttons.items():
            button.setChecked(code == language)
        menu = self.language
        if menu is not None and menu.findData(language) >= 0:
            menu.blockSignals(True)
            menu.setCurrentIndex(menu.findData(language))
            menu.blockSignals(False)
        QTimer.singleShot(0, self._relayout)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._relayout)  # (the words may have changed while hidden)

    def _relayout(self) -> None:
        """Measure the bar afresh once new words or a new size are all in place: while they
        change one by one, a bar can stack for a moment, and the layouts above keep that
        moment's height (after a language round trip the bar stayed two rows too high)."""
        for widget in (*self.findChildren(QWidget), self):
            layout = widget.layout()
            if layout is not None:
                layout.invalidate()
            widget.updateGeometry()

    def _choose_language(self, code: str) -> None:
        if code != self._language_code:
            self._language_code = code
            self.language_chosen.emit(code)

    def _step(self, delta: int) -> None:
        index = TEXT_SCALES.index(self._scale) + delta
        if 0 <= index < len(TEXT_SCALES):
            self.scale_chosen.emit(TEXT_SCALES[index])
