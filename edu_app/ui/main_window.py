"""The main window: top bar, staff banner, and a stack of screens with back navigation."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from edu_app.core.model import DECISION_AID_LINK, Library
from edu_app.core.search import Hit, SearchIndex
from edu_app.core.settings import ClinicConfig, ConfigMessage, Preferences
from edu_app.core.theme import theme_for
from edu_app.core.visit import Session
from edu_app.paint.fonts import app_font, language_size
from edu_app.ui import i18n
from edu_app.ui.clinician.visit_flow import VisitFlow
from edu_app.ui.home_view import HomeView
from edu_app.ui.preferences_store import PreferencesStore
from edu_app.ui.screens import LazyScreens
from edu_app.ui.style import style_sheet
from edu_app.ui.top_bar import TopBar
from edu_app.ui.warm_up import run_steps, warm_up_steps
from edu_app.ui.widgets import Banner

if TYPE_CHECKING:  # the screens are imported when first shown, to keep start-up short
    from edu_app.core.kiosk import PrintQuota
    from edu_app.ui.keyboard import KeyboardDock

log = logging.getLogger(__name__)


def tidy_memory() -> None:
    """What the window does once the reader pauses: pictures kept in memory go (they are read
    back from the cache folder when painted again) and freed memory goes back to the system."""
    from edu_app import memory  # imported on first use, not at start-up
    from edu_app.ui import illustration_cache

    illustration_cache.drop()
    memory.release()


class MainWindow(LazyScreens, VisitFlow, QMainWindow):
    """Owns navigation and appearance; each screen is its own view."""

    page_opened = Signal(str)
    retranslated = Signal()

    def __init__(
        self,
        library: Library,
        index: SearchIndex,
        config: ClinicConfig,
        store: PreferencesStore,
        config_messages: list[ConfigMessage] | None = None,
        language: str = "",
    ) -> None:
        super().__init__()
        self.library, self.index, self.config, self.store = library, index, config, store
        self.preferences = store.load()
        offered = [c for c in config.languages if c in library.languages] or ["en"]
        if language in library.languages and language not in offered:
            offered.append(language)  # asked for by name (--lang): shown even if not in the menu
        self.pseudo = language if language in ("qpl", "qpr") else ""  # layout tests, English text
        candidates = (language, self.preferences.language, config.default_language)
        self.lang = next((c for c in candidates if c in offered), offered[0])
        self.offered = offered
        self.print_quota: PrintQuota | None = None  # set by kiosk mode
        self.may_close: Callable[[], bool] = lambda: True  # kiosk mode refuses
        self.history: list[tuple[str, str]] = []
        self._faq_stale = True
        self._tidy = QTimer(self)
        self._tidy.setSingleShot(True)
        self._tidy.setInterval(1500)
        self._tidy.timeout.connect(tidy_memory)
        self.current: tuple[str, str] = ("home", "")
        self._look: tuple[int, bool, float] | None = None
        # Font and style sheet first, then the widgets (styled once, when shown). Measured
        # alone the order saves nothing (make bench-tricks): it is simply the natural one.
        self._apply_look(self.preferences)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.top_bar = TopBar(config.clinic_name, config.clinic_logo, offered)
        self.banner = Banner()
        self.stack = QStackedWidget()
        self.home = HomeView()
        # Everything personal (name, note, plan, chosen topics, drawings, a clinician's visit,
        # pages read, search and FAQ filter text) lives in this one object, in memory only. Every
        # way out of the handout builder ends its part; a kiosk reset or the end of a visit ends it.
        self.session = Session()
        self.session.listen(self._personal_ended)
        self.visit = self.session.visit  # a clinician's visit (the same object, never replaced)
        self.kiosk_mode = False  # set by kiosk mode: the clipboard is always emptied
        self.stack.addWidget(self.home)
        self._shown: QWidget = self.home
        self.stack.currentChanged.connect(self._screen_changed)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._keyboard_host = layout  # the on-screen keyboard docks under the screens
        self.keyboard: KeyboardDock | None = None  # see use_keyboard()
        self._connect()
        from edu_app.ui.shortcuts import Shortcuts

        self.shortcuts = Shortcuts(self)
        self._show_staff_messages(config_messages or [])
        i18n.set_language(self.pseudo or self.lang)
        # Installing a translator queues a LanguageChange for the window; it is retranslated
        # right here, so the queued one (which would rebuild the home cards after the first
        # frame, leaving that frame without them) is dropped.
        QApplication.removePostedEvents(self, QEvent.Type.LanguageChange)
        self.retranslate()
        self._apply(self.preferences, content=True)
        self.resize(1280, 800)
        self.home.search.setFocus()

    def _connect(self) -> None:
        self.top_bar.language_chosen.connect(self.set_language)
        self.top_bar.scale_chosen.connect(self.set_text_scale)
        self.top_bar.contrast_toggled.connect(self.set_high_contrast)
        self.home.page_requested.connect(self.open_page)
        self.home.faq_requested.connect(lambda: self.open_faq())
        self.home.search_requested.connect(self.open_search)
        self.home.handout_requested.connect(lambda: self.open_handout(summaries=self.visited))
        self.home.explain_requested.connect(self.open_explain)
        self.home.decision_requested.connect(self.open_decision_aid)

    def open_handout(self, whole: list[str] | None = None, summaries: list[str] | None = None) -> None:
        """Show the builder with some topics chosen (a page in full, or the visit's summaries)."""
        self._go(("handout", ""))
        self.handout.start(self.lang, whole or [], summaries or [])

    def _show_staff_messages(self, messages: list[ConfigMessage]) -> None:
        texts = [m.text for m in messages]
        if self.config.clinic_logo is not None:  # (checked once, when the top bar showed it)
            from edu_app.paint.logo import clinic_logo

            problem = clinic_logo(self.config.clinic_logo).problem
            if problem:
                texts.append(f"[clinic] logo {self.config.clinic_logo} {problem}; no logo is shown")
        broken = sum(len(lang.broken) for lang in self.library.languages.values())
        if broken:
            texts.append(
                self.tr("Pages that could not be shown: %1. Run 'edu-app check-content' "
                        "for details.").replace("%1", str(broken))
            )
        for text in texts:
            log.warning("%s", text)
        self.banner.show_messages(self.tr("For staff: please check the settings"), texts)

    def warm_up(self, delay_ms: int = 250) -> None:
        """After the first paint, prepare what start-up skipped (see :mod:`edu_app.ui.warm_up`)."""
        run_steps(self, warm_up_steps(self), delay_ms, done=tidy_memory)

    def use_keyboard(self, kiosk: bool) -> None:
        """The on-screen keyboard for text fields, as clinic.toml's ``[touch] keyboard`` says
        (on a kiosk by default)."""
        wanted = self.config.touch_keyboard == "always" or (
            kiosk and self.config.touch_keyboard == "kiosk")
        if wanted and self.keyboard is None:
            from edu_app.ui.keyboard import KeyboardDock

            self.keyboard = KeyboardDock(self, self._keyboard_host, self.stack, self.lang)

    def reset_session(self) -> None:
        """Forget everything this session did: screens (with their scroll positions, search
        text, open answers, handout choices and notes), history, popups, and the reader's
        language, text size and contrast. Screens are rebuilt when next needed."""
        self.session.end()
        self.forget_screens()  # every screen made (see edu_app.ui.screens), built again when used
        self.history.clear()
        self.home.search.setText("")  # (clear() could be undone)
        self.home.scroll_to_top()
        self.banner.hide()
        first = self.config.default_language
        self.lang = first if first in self.offered else self.offered[0]
        i18n.set_language(self.pseudo or self.lang)
        self._apply(Preferences(language=self.lang), content=True)
        self.current = ("home", "")
        self.stack.setCurrentWidget(self.home)
        if self.keyboard is not None:
            self.keyboard.reset(self.lang)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.may_close():
            if self.kiosk_mode:  # staff closed it: a clipboard manager would keep what we own
                self.session.end()
            super().closeEvent(event)
        else:
            event.ignore()

    # navigation -------------------------------------------------------------------------
    def _go(self, target: tuple[str, str], remember: bool = True) -> None:
        if remember and target != self.current:
            self.history.append(self.current)
            del self.history[:-50]
        self.current = target
        kind = target[0]
        if kind == "faq":
            self._build_faq()
        self.stack.setCurrentWidget(self.home if kind == "home" else self.screen_for(kind))

    def go_home(self) -> None:
        """Show the home screen."""
        self._go(("home", ""))

    def go_back(self) -> None:
        """Return to the previous screen."""
        if not self.history:
            self.go_home()
            return
        kind, arg = self.history.pop()
        if kind == "page":
            self.topic.show_page(arg)
        self._go((kind, arg), remember=False)

    def open_decision_aid(self) -> bool:
        """Show the decision aid (from home, a page's link, clinician mode or the kiosk);
        False, and the screen stays, when the content has none (a broken decision-aid.toml:
        check-content says why)."""
        if (self.library.language(self.lang).decision_aid or
                self.library.language("en").decision_aid) is None:
            log.warning("the decision aid is not available (see 'edu-app check-content')")
            return False
        self._go(("decision", ""))
        return True

    def open_page(self, page_id: str, find: str = "") -> bool:
        """Show a topic page (optionally marking a search match)."""
        if page_id == DECISION_AID_LINK:  # a page's link to the aid (page:decision-aid)
            return self.open_decision_aid()
        if not self.topic.show_page(page_id, find):
            log.warning("page %r is not available in %s", page_id, self.lang)
            return False
        self._go(("page", page_id))
        if page_id not in self.session.visited:
            self.session.visited.append(page_id)
        self.page_opened.emit(page_id)
        self._tidy.start()  # give memory back once the reader pauses
        return True

    def _build_faq(self) -> None:
        if self._faq_stale:
            theme = theme_for(self.preferences.high_contrast)
            self.faq.set_content(self.library.language(self.lang), self.library.sources, theme)
            self._faq_stale = False

    def open_faq(self, item_id: str = "") -> None:
        """Show the FAQ, optionally opening one question."""
        self._go(("faq", ""))
        if item_id:
            self.faq.show_item(item_id)

    def open_help(self) -> None:
        """Show how to use the program (the "?" button, F1)."""
        if self.current[0] != "help":
            self._go(("help", ""))

    def shortcut_entries(self) -> list[tuple[str, str]]:
        """The keyboard shortcuts, as the help lists them."""
        return self.shortcuts.entries()

    def open_search(self, text: str = "") -> None:
        """Show search with ``text`` typed in."""
        self._go(("search", ""))
        self.search.start(text, self.lang)

    def open_hit(self, hit: Hit) -> None:
        """Open a search result where its match is."""
        if hit.kind == "page":
            self.open_page(hit.ref, hit.first_match)
        elif hit.kind == "faq":
            self.open_faq(hit.ref)
        elif hit.kind == "glossary":
            term = self.library.language(self.lang).glossary.get(hit.ref)
            card = next((c for c in self.search.cards if c.hit == hit), None)
            if term is not None and card is not None:
                point = card.mapTo(self.search, card.rect().bottomLeft())
                self.search_popup.show_term(term, point)

    # appearance and language ------------------------------------------------------------
    def _apply(self, preferences: Preferences, content: bool = False) -> None:
        scale_changed = preferences.text_scale != self.preferences.text_scale
        theme_changed = preferences.high_contrast != self.preferences.high_contrast
        if preferences != self.preferences:
            self.store.save(preferences)
        self.preferences = preferences
        theme = theme_for(preferences.high_contrast)
        font = app_font(preferences.text_scale, self.lang)
        if self._topic is not None and not content:
            self._topic.hold_place()
        self._apply_look(preferences)
        language = self.library.language(self.lang)
        if self._topic is not None:
            if content:
                self._topic.set_content(language, self.library.sources)
            self._topic.set_appearance(theme, font)
        if content or scale_changed:
            self.home.set_content(language, preferences.text_scale, self.library.illustrations_dir)
        if theme_changed and self._help is not None:
            self._help.set_theme(theme)
        if self._decision is not None and (content or theme_changed or scale_changed):
            self._decision.set_content(self.lang, theme, preferences.text_scale)
        if content or theme_changed:
            self._faq_stale = True  # built when the FAQ is first opened
            if self._faq is not None and self.stack.currentWidget() is self._faq:
                self._build_faq()
        self.top_bar.set_state(preferences.text_scale, preferences.high_contrast, self.lang)

    def _apply_look(self, preferences: Preferences) -> None:
        """The application's font and style sheet for a text size and theme (restyling every
        widget, so only when one of them changed)."""
        look = (preferences.text_scale, preferences.high_contrast, language_size(self.lang))
        app = QApplication.instance()
        if look == self._look or not isinstance(app, QApplication):
            return
        self._look = look
        app.setFont(app_font(preferences.text_scale, self.lang))
        app.setStyleSheet(style_sheet(theme_for(preferences.high_contrast),
                                      preferences.text_scale, self.lang))

    def set_text_scale(self, scale: int) -> None:
        """Text size in percent (100–200), applied live."""
        self._apply(self.preferences._replace(text_scale=scale))

    def set_high_contrast(self, on: bool) -> None:
        """Switch the high-contrast theme on or off."""
        self._apply(self.preferences._replace(high_contrast=on))

    def set_language(self, code: str) -> None:
        """Switch content and interface language while running."""
        if code not in self.library.languages:
            return
        self.lang = code
        i18n.set_language(code)
        self._apply(self.preferences._replace(language=code), content=True)
        if self.current[0] == "page" and not self.topic.show_page(self.current[1]):
            self.go_home()
        if self._search is not None:
            self._search.lang = code
            self._search.run(self._search.field.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Re-label every view."""
        self.setWindowTitle(self.tr("Eczema Explained"))
        for view in (self.top_bar, self.banner, self.home, *self.made_screens()):
            relabel = getattr(view, "retranslate", None)
            if callable(relabel):
                relabel()
        self.retranslated.emit()
