"""The main window: top bar, staff banner, and a stack of screens with back navigation."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from edu_app.core.model import Library
from edu_app.core.search import Hit, SearchIndex
from edu_app.core.settings import ClinicConfig, ConfigMessage, Preferences
from edu_app.core.theme import theme_for
from edu_app.ui import i18n
from edu_app.ui.faq_view import FaqView
from edu_app.ui.fonts import app_font
from edu_app.ui.home_view import HomeView
from edu_app.ui.preferences_store import PreferencesStore
from edu_app.ui.search_view import SearchView
from edu_app.ui.style import style_sheet
from edu_app.ui.top_bar import TopBar
from edu_app.ui.topic_view import DefinitionPopup, TopicView
from edu_app.ui.widgets import Banner

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Owns navigation and appearance; each screen is its own view."""

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
        candidates = (language, self.preferences.language, config.default_language)
        self.lang = next((c for c in candidates if c in offered), offered[0])
        self.history: list[tuple[str, str]] = []
        self.current: tuple[str, str] = ("home", "")
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.top_bar = TopBar(config.clinic_name, config.clinic_logo, offered)
        self.banner = Banner()
        self.stack = QStackedWidget()
        self.home = HomeView()
        self.topic = TopicView(library)
        self.faq = FaqView()
        self.search = SearchView(index)
        for view in (self.home, self.topic, self.faq, self.search):
            self.stack.addWidget(view)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.search_popup = DefinitionPopup(self.search)
        self._connect()
        self._show_staff_messages(config_messages or [])
        i18n.set_language(self.lang)
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
        self.topic.back_requested.connect(self.go_back)
        self.topic.home_requested.connect(self.go_home)
        self.topic.page_requested.connect(self.open_page)
        self.faq.home_requested.connect(self.go_home)
        self.faq.page_requested.connect(self.open_page)
        self.search.home_requested.connect(self.go_home)
        self.search.hit_opened.connect(self.open_hit)

    def _show_staff_messages(self, messages: list[ConfigMessage]) -> None:
        texts = [m.text for m in messages]
        broken = sum(len(lang.broken) for lang in self.library.languages.values())
        if broken:
            texts.append(
                self.tr("%n page(s) could not be shown; run 'edu-app check-content' for details",
                        "", broken)
            )
        for text in texts:
            log.warning("%s", text)
        self.banner.show_messages(self.tr("For staff: please check the settings"), texts)

    # navigation -------------------------------------------------------------------------
    def _go(self, target: tuple[str, str], remember: bool = True) -> None:
        if remember and target != self.current:
            self.history.append(self.current)
            del self.history[:-50]
        self.current = target
        kind = target[0]
        widget = {"home": self.home, "page": self.topic, "faq": self.faq, "search": self.search}
        self.stack.setCurrentWidget(widget[kind])

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

    def open_page(self, page_id: str, find: str = "") -> bool:
        """Show a topic page (optionally marking a search match)."""
        if not self.topic.show_page(page_id, find):
            log.warning("page %r is not available in %s", page_id, self.lang)
            return False
        self._go(("page", page_id))
        return True

    def open_faq(self, item_id: str = "") -> None:
        """Show the FAQ, optionally opening one question."""
        self._go(("faq", ""))
        if item_id:
            self.faq.show_item(item_id)

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
        self.preferences = preferences
        self.store.save(preferences)
        theme = theme_for(preferences.high_contrast)
        app = QApplication.instance()
        font = app_font(preferences.text_scale)
        if isinstance(app, QApplication):
            app.setFont(font)
            app.setStyleSheet(style_sheet(theme, preferences.text_scale))
        language = self.library.language(self.lang)
        if content:
            self.topic.set_content(language, self.library.sources)
        self.topic.set_appearance(theme, font)
        if content or scale_changed:
            self.home.set_content(language, preferences.text_scale, self.library.illustrations_dir)
        if content or theme_changed:
            self.faq.set_content(language, self.library.sources, theme)
        self.top_bar.set_state(preferences.text_scale, preferences.high_contrast, self.lang)

    def set_text_scale(self, scale: int) -> None:
        """Text size in percent (100–200), applied live."""
        self._apply(replace(self.preferences, text_scale=scale))

    def set_high_contrast(self, on: bool) -> None:
        """Switch the high-contrast theme on or off."""
        self._apply(replace(self.preferences, high_contrast=on))

    def set_language(self, code: str) -> None:
        """Switch content and interface language while running."""
        if code not in self.library.languages:
            return
        self.lang = code
        i18n.set_language(code)
        self.search.lang = code
        self._apply(replace(self.preferences, language=code), content=True)
        if self.current[0] == "page" and not self.topic.show_page(self.current[1]):
            self.go_home()
        self.search.run(self.search.field.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Re-label every view."""
        self.setWindowTitle(self.tr("Eczema Explained"))
        for view in (self.top_bar, self.banner, self.home, self.topic, self.faq, self.search,
                     self.search_popup):
            view.retranslate()
