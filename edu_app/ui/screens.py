"""The main window's screens, each built the first time it is shown (start-up does not pay for
them) and discarded by a kiosk reset.

This is the registry of screens: each is one :class:`Screen` line in :class:`LazyScreens` (with
its ``_name`` slot) and one function that makes and wires it. Navigation (``MainWindow._go``),
the reset (which discards every screen made, after its ``clear_personal()`` if it has one) and
retranslation all go through :meth:`LazyScreens.made_screens`, so a new screen needs no other
edit than its ``open_…`` method.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from PySide6.QtWidgets import QWidget

from edu_app.core.theme import theme_for
from edu_app.paint.fonts import app_font
from edu_app.ui.widgets import discard

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget

    from edu_app.core.kiosk import PrintQuota
    from edu_app.core.model import Library
    from edu_app.core.search import Hit, SearchIndex
    from edu_app.core.settings import ClinicConfig, Preferences
    from edu_app.core.visit import Session, Visit
    from edu_app.ui.clinician.explain_view import ExplainView
    from edu_app.ui.clinician.teach_back import TeachBackView
    from edu_app.ui.decision_view import DecisionView
    from edu_app.ui.faq_view import FaqView
    from edu_app.ui.handout_view import HandoutView
    from edu_app.ui.help_view import HelpView
    from edu_app.ui.search_view import SearchView
    from edu_app.ui.top_bar import TopBar
    from edu_app.ui.topic_view import TopicView
    from edu_app.ui.widgets import InfoPopup


V = TypeVar("V", bound=QWidget)


class Screen(Generic[V]):
    """A screen made the first time it is used. ``make`` builds and wires it (importing its
    module there, so start-up does not pay for it); the screen is kept in the window's
    ``_<name>`` slot. ``kind`` is its name in navigation (``MainWindow.current``); a popup has
    none and is not put on the stack of screens."""

    def __init__(self, kind: str, make: Callable[[Any], V]) -> None:
        self.kind, self.make = kind, make
        self.name = self.slot = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name, self.slot = name, f"_{name}"

    @overload
    def __get__(self, window: None, owner: type) -> Screen[V]: ...
    @overload
    def __get__(self, window: LazyScreens, owner: type) -> V: ...

    def __get__(self, window: LazyScreens | None, owner: type) -> Screen[V] | V:
        if window is None:
            return self
        made: V | None = getattr(window, self.slot, None)
        if made is None:
            made = self.make(window)
            if self.kind:
                window.stack.addWidget(made)
            setattr(window, self.slot, made)
        return made


def _make_topic(window: LazyScreens) -> TopicView:
    from edu_app.ui.topic_view import TopicView

    view = TopicView(window.library)
    view.back_requested.connect(window.go_back)
    view.home_requested.connect(window.go_home)
    view.page_requested.connect(window.open_page)
    view.handout_requested.connect(lambda pid: window.open_handout(whole=[pid]))
    view.set_content(window.library.language(window.lang), window.library.sources)
    view.set_appearance(theme_for(window.preferences.high_contrast),
                        app_font(window.preferences.text_scale, window.lang))
    return view


def _make_faq(window: LazyScreens) -> FaqView:
    from edu_app.ui.faq_view import FaqView

    view = FaqView()
    view.filter.setText(window.session.faq_filter)
    view.filter.textChanged.connect(window._faq_filtered)
    view.back_requested.connect(window.go_back)
    view.home_requested.connect(window.go_home)
    view.page_requested.connect(window.open_page)
    return view


def _make_search(window: LazyScreens) -> SearchView:
    from edu_app.ui.search_view import SearchView

    view = SearchView(window.index)
    view.lang = window.lang
    view.field.setText(window.session.search)
    view.field.textChanged.connect(window._searched)
    view.back_requested.connect(window.go_back)
    view.home_requested.connect(window.go_home)
    view.hit_opened.connect(window.open_hit)
    return view


def _make_handout(window: LazyScreens) -> HandoutView:
    from edu_app.ui.handout_view import HandoutView

    view = HandoutView(window.library, window.config, window.print_quota,
                       personal=window.session.handout)
    view.home_requested.connect(window._leave_handout)
    return view


def _make_help(window: LazyScreens) -> HelpView:
    from edu_app.ui.help_view import HelpView
    from edu_app.ui.speech import find_engine

    view = HelpView(kiosk=window.kiosk_mode, speech=find_engine() is not None,
                    shortcuts=window.shortcut_entries)
    view.set_theme(theme_for(window.preferences.high_contrast))
    view.back_requested.connect(window.go_back)
    view.home_requested.connect(window.go_home)
    return view


def _make_search_popup(window: LazyScreens) -> InfoPopup:
    """The definition bubble shown over search results."""
    from edu_app.ui.widgets import InfoPopup

    return InfoPopup(window.search)


def _make_decision(window: LazyScreens) -> DecisionView:
    from edu_app.ui.decision_view import DecisionView

    view = DecisionView(window.library, window.config, window.print_quota, window.session.decision)
    view.back_requested.connect(window.go_back)
    view.home_requested.connect(window.go_home)
    view.set_content(window.lang, theme_for(window.preferences.high_contrast),
                     window.preferences.text_scale)
    return view


def _make_explain(window: LazyScreens) -> ExplainView:
    from edu_app.ui.clinician.explain_view import ExplainView

    view = ExplainView(window.library, window.visit)
    view.home_requested.connect(window.go_home)
    view.finish_requested.connect(window.open_teach_back)
    view.clicker_keys.watch(window.top_bar)  # a presentation clicker works whatever has focus
    return view


def _make_teach_back(window: LazyScreens) -> TeachBackView:
    from edu_app.ui.clinician.teach_back import TeachBackView

    view = TeachBackView()
    view.back_requested.connect(lambda: window._go(("explain", "")))
    view.handout_requested.connect(window.open_visit_handout)
    view.topic_requested.connect(window.explain_topic)
    view.end_requested.connect(window.end_visit)
    view.decision_requested.connect(window.open_decision_aid)
    return view


class LazyScreens:
    """The screens, made on first use; mixed into the main window."""

    library: Library
    index: SearchIndex
    config: ClinicConfig
    preferences: Preferences
    lang: str
    stack: QStackedWidget
    print_quota: PrintQuota | None
    visit: Visit
    top_bar: TopBar
    session: Session
    kiosk_mode: bool

    # The registry: (kind in navigation, what makes it). Each made screen is in its _slot.
    topic = Screen("page", _make_topic)
    faq = Screen("faq", _make_faq)
    search = Screen("search", _make_search)
    handout = Screen("handout", _make_handout)
    explain = Screen("explain", _make_explain)
    teach_back = Screen("teach", _make_teach_back)
    help = Screen("help", _make_help)
    decision = Screen("decision", _make_decision)
    search_popup = Screen("", _make_search_popup)  # over the search screen; discarded after it
    _topic: TopicView | None = None
    _faq: FaqView | None = None
    _search: SearchView | None = None
    _handout: HandoutView | None = None
    _explain: ExplainView | None = None
    _teach_back: TeachBackView | None = None
    _help: HelpView | None = None
    _decision: DecisionView | None = None
    _search_popup: InfoPopup | None = None

    if TYPE_CHECKING:  # navigation, provided by the main window
        def go_back(self) -> None: ...
        def go_home(self) -> None: ...
        def open_page(self, page_id: str, find: str = "") -> bool: ...
        def open_hit(self, hit: Hit) -> None: ...
        def open_handout(self, whole: list[str] | None = None,
                         summaries: list[str] | None = None) -> None: ...
        def open_teach_back(self) -> None: ...
        def open_visit_handout(self) -> None: ...
        def explain_topic(self, page_id: str) -> None: ...
        def end_visit(self) -> None: ...
        def open_decision_aid(self) -> bool: ...
        def shortcut_entries(self) -> list[tuple[str, str]]: ...
        def _go(self, target: tuple[str, str], remember: bool = True) -> None: ...
        def _leave_handout(self) -> None: ...

    @classmethod
    def registry(cls) -> list[Screen[Any]]:
        """Every screen declared, in declaration order (subclasses may add their own)."""
        found: dict[str, Screen[Any]] = {}
        for klass in reversed(cls.__mro__):
            found.update((name, value) for name, value in vars(klass).items()
                         if isinstance(value, Screen))
        return list(found.values())

    def screen_for(self, kind: str) -> QWidget:
        """The screen shown for a navigation kind (made if needed)."""
        screen = next(s for s in self.registry() if s.kind == kind)
        return screen.__get__(self, type(self))

    def made_screens(self) -> list[QWidget]:
        """The screens made so far (what a reset discards and a language change relabels)."""
        return [made for s in self.registry() if (made := getattr(self, s.slot, None)) is not None]

    def forget_screens(self) -> None:
        """Discard every screen made, after clearing what it holds of a person; each is made
        again when next used."""
        for screen in self.made_screens():
            clear = getattr(screen, "clear_personal", None)
            if callable(clear):
                clear()
            discard(screen)
        for declared in self.registry():
            setattr(self, declared.slot, None)

    def _searched(self, text: str) -> None:
        self.session.search = text  # search text is personal too: kept in the session

    def _faq_filtered(self, text: str) -> None:
        self.session.faq_filter = text  # as is what was typed to find a question
