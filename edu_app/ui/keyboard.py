"""The on-screen keyboard: a touch kiosk has no other way to type.

Docked under the screens, it appears when a text field (search, a name) takes the focus on a
kiosk (``[touch] keyboard`` in clinic.toml: ``"kiosk"``, the default, ``"always"`` or
``"never"``), and hides when the focus leaves text fields, on its Hide key and at every reset.
Its keys never take the focus: each types into the field that has it, as a real key would. It
keeps nothing: what is typed is the field's, and a reset puts Shift and the layout back.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from edu_app.core.keyboards import layout_for, next_layout

KEY_HEIGHT = 60  # px: a touch key (above the 48 px minimum)
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"
TEXT_FIELDS = (QLineEdit, QPlainTextEdit)


def _key(text: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the focus
    button.setAutoDefault(False)
    button.setObjectName("Key")
    button.setMinimumHeight(KEY_HEIGHT)
    return button


class OnScreenKeyboard(QFrame):
    """Keys for English (QWERTY) and Thai (Kedmanee), Shift for one letter, Backspace that
    repeats while held, Space, Enter, the layout key and Hide."""

    shown = Signal(bool)  # up or down

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Keyboard")
        # As wide as the window, whatever its keys would ask while they are being made (for a
        # moment they asked more than a kiosk screen, and the window left full screen)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.setSizePolicy(policy)
        self.default_layout = language
        self.layout_name = language
        self.shifted = False
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(12, 8, 12, 8)
        self._rows.setSpacing(6)
        self.letters: list[QPushButton] = []
        self.shift, self.backspace = _key("⇧"), _key("⌫")
        self.space, self.enter = _key(), _key()
        self.switch, self.close_key = _key(), _key()
        self.shift.setCheckable(True)
        self.shift.clicked.connect(self._toggle_shift)
        self.backspace.setAutoRepeat(True)  # held down, it keeps deleting
        self.backspace.clicked.connect(self._backspace)
        self.space.clicked.connect(lambda: self._type(" "))
        self.enter.clicked.connect(self._enter)
        self.switch.clicked.connect(lambda: self.show_layout(next_layout(self.layout_name)))
        self.close_key.clicked.connect(self.hide)
        self._build()
        self.retranslate()
        self.hide()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.shown.emit(False)

    def retranslate(self) -> None:
        """Re-set interface texts."""
        self.space.setText(self.tr("Space"))
        self.enter.setText(self.tr("Enter"))
        self.close_key.setText(self.tr("Hide keyboard"))
        self.shift.setAccessibleName(self.tr("Shift"))
        self.backspace.setAccessibleName(self.tr("Delete the last letter"))
        self.switch.setText("ไทย" if next_layout(self.layout_name) == "th" else "ABC")
        self.switch.setAccessibleName(self.tr("Other keyboard language"))

    def _build(self) -> None:
        """A page of letter rows per layout (made when first shown), then the special keys."""
        self.pages = QStackedWidget()
        self.page_of: dict[str, QWidget] = {}
        self._rows.addWidget(self.pages)
        last = QHBoxLayout()
        last.setSpacing(6)
        for key, stretch in ((self.shift, 1), (self.switch, 1), (self.space, 4),
                             (self.backspace, 1), (self.enter, 1), (self.close_key, 2)):
            last.addWidget(key, stretch)
        self._rows.addLayout(last)
        self._show_page()

    def _show_page(self) -> None:
        page = self.page_of.get(self.layout_name)
        if page is None:
            page = QWidget()
            rows = QVBoxLayout(page)
            rows.setContentsMargins(0, 0, 0, 0)
            rows.setSpacing(6)
            for keys in layout_for(self.layout_name):
                row = QHBoxLayout()
                row.setSpacing(6)
                for plain, shifted in keys:
                    button = _key()
                    button.setProperty("plain", plain)
                    button.setProperty("shifted", shifted)
                    button.clicked.connect(lambda _=False, b=button: self._type(self._char(b)))
                    row.addWidget(button)
                rows.addLayout(row)
            self.page_of[self.layout_name] = page
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        self.letters = [b for b in page.findChildren(QPushButton)]
        self._label_keys()

    def _char(self, button: QPushButton) -> str:
        return str(button.property("shifted" if self.shifted else "plain"))

    def _label_keys(self) -> None:
        for button in self.letters:
            char = self._char(button)
            # a Thai vowel or tone mark shown on a dotted circle, as printed keyboards show it
            label = "\u25cc" + char if unicodedata.category(char) == "Mn" else char
            button.setText(label.replace("&", "&&"))
        self.shift.setChecked(self.shifted)

    def show_layout(self, name: str) -> None:
        """Show the keys of ``name`` ("en" or "th"), Shift off."""
        self.layout_name, self.shifted = name, False
        self._show_page()
        self.retranslate()

    def reset(self) -> None:
        """Hidden, Shift off, the default layout (a kiosk reset; nothing typed is kept here)."""
        self.hide()
        if self.layout_name != self.default_layout or self.shifted:
            self.show_layout(self.default_layout)

    def _toggle_shift(self) -> None:
        self.shifted = not self.shifted
        self._label_keys()

    @staticmethod
    def target() -> QWidget | None:
        """The text field that has the focus (where keys type), if any."""
        widget = QApplication.focusWidget()
        return widget if isinstance(widget, TEXT_FIELDS) else None

    def _type(self, text: str) -> None:
        field = self.target()
        if isinstance(field, QLineEdit):
            field.insert(text)
        elif isinstance(field, QPlainTextEdit):
            field.insertPlainText(text)
        if self.shifted and text.strip():  # Shift is for one letter
            self._toggle_shift()

    def _backspace(self) -> None:
        field = self.target()
        if isinstance(field, QLineEdit):
            field.backspace()
        elif isinstance(field, QPlainTextEdit):
            field.textCursor().deletePreviousChar()

    def _enter(self) -> None:
        field = self.target()
        if field is None:
            return
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, Qt.Key.Key_Return,
                                                    Qt.KeyboardModifier.NoModifier, "\r"))


class KeyboardDock(QObject):
    """Shows the keyboard when a text field of ``window`` takes the focus (or is tapped while it
    has it), hides it when the focus goes to anything else. Made when first needed."""

    def __init__(self, window: QWidget, host: QVBoxLayout, screens: QWidget,
                 language: str) -> None:
        super().__init__(window)
        self.window, self.host, self.language = window, host, language
        self.screens = screens  # gives up height to the keyboard while it is up
        self.keyboard: OnScreenKeyboard | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _fit(self) -> None:
        """While the keyboard is up the screens get at most what its keys leave: the layout
        shares a short window out evenly otherwise (a two-line top bar at 200 % text squeezed
        the keys into each other on a 768 px screen)."""
        try:
            self._fit_now()
        except RuntimeError:  # (run from a timer: the window may be gone by then)
            self.keyboard = None

    def _fit_now(self) -> None:
        keyboard = self.keyboard
        if keyboard is None or not keyboard.isVisible():
            self.screens.setMaximumHeight(QWIDGETSIZE_MAX)
            return
        shown: list[QWidget] = []
        for index in range(self.host.count()):
            item = self.host.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.isVisible():
                shown.append(widget)
        others = sum(w.height() for w in shown if w is not self.screens and w is not keyboard)
        spacing = max(0, self.host.spacing()) * max(0, len(shown) - 1)
        holder = self.screens.parentWidget()
        height = holder.height() if holder is not None else self.window.height()
        room = max(0, height - others - spacing - keyboard.sizeHint().height())
        if self.screens.maximumHeight() != room:
            self.screens.setMaximumHeight(room)

    def _wanted(self, widget: QWidget | None) -> bool:
        return isinstance(widget, TEXT_FIELDS) and widget.isVisible() \
            and self.window.isAncestorOf(widget)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._wanted(new):
            assert new is not None
            new.removeEventFilter(self)  # a tap on the field after Hide (once each field;
            new.installEventFilter(self)  # not every event of the program through Python)
            self.show()
        elif self.keyboard is not None and new is not None \
                and not self.keyboard.isAncestorOf(new):
            self.keyboard.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.window and event.type() == QEvent.Type.Resize) \
                or (watched is self.keyboard and event.type() == QEvent.Type.LayoutRequest):
            try:
                self.screens.setMaximumHeight(QWIDGETSIZE_MAX)  # measured again once laid out
            except RuntimeError:  # the window is being taken down
                return False
            QTimer.singleShot(0, self._fit)
            return False
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(watched, QWidget) \
                and self._wanted(watched) and watched.hasFocus():
            QTimer.singleShot(0, self.show)  # tapped again after Hide: back it comes
        return False

    def show(self) -> None:
        """The keyboard, under the screens (made the first time)."""
        if self.keyboard is None:
            self.keyboard = OnScreenKeyboard(self.language)
            self.keyboard.shown.connect(self._make_room)
            self.keyboard.installEventFilter(self)
            self.window.installEventFilter(self)
            self.host.addWidget(self.keyboard)
        self._make_room(True)  # before it shows: the window must not grow for a moment
        self.keyboard.show()

    def _make_room(self, up: bool) -> None:
        """While the keyboard is up the screens take the height that is left (their own
        minimum would push the window past a 768 px screen); they scroll within it."""
        policy = self.screens.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Ignored if up
                                 else QSizePolicy.Policy.Preferred)
        self.screens.setSizePolicy(policy)
        self.screens.setMaximumHeight(QWIDGETSIZE_MAX)
        if up:
            QTimer.singleShot(0, self._fit)

    def reset(self, language: str) -> None:
        """At a reset: hidden, in the clinic's first language."""
        self.language = language
        if self.keyboard is not None:
            self.keyboard.default_layout = language if language in ("en", "th") else "en"
            self.keyboard.reset()
