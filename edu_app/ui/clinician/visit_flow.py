"""The main window's part in a session: clinician mode (planning, finishing and ending a visit),
and what every end of the session (or of its handout part) does to the screens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from edu_app.core.theme import theme_for

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget, QWidget

    from edu_app.core.model import Library
    from edu_app.core.settings import Preferences
    from edu_app.core.visit import Session, Visit
    from edu_app.ui.clinician.explain_view import ExplainView
    from edu_app.ui.clinician.teach_back import TeachBackView
    from edu_app.ui.faq_view import FaqView
    from edu_app.ui.handout_view import HandoutView
    from edu_app.ui.home_view import HomeView
    from edu_app.ui.search_view import SearchView


class VisitFlow:
    """Mixed into the main window: a visit from the planner to the handout, then forgotten."""

    library: Library
    lang: str
    preferences: Preferences
    session: Session
    visit: Visit
    current: tuple[str, str]
    history: list[tuple[str, str]]
    kiosk_mode: bool
    stack: QStackedWidget
    home: HomeView
    _shown: QWidget
    _explain: ExplainView | None
    _handout: HandoutView | None
    _search: SearchView | None
    _faq: FaqView | None

    if TYPE_CHECKING:  # provided by the main window and its screens
        @property
        def explain(self) -> ExplainView: ...
        @property
        def teach_back(self) -> TeachBackView: ...
        @property
        def handout(self) -> HandoutView: ...
        def _go(self, target: tuple[str, str], remember: bool = True) -> None: ...
        def go_home(self) -> None: ...

    def open_explain(self) -> None:
        """Clinician mode: plan a visit, or go back to the one under way."""
        self._go(("explain", ""))
        if not self.visit.active:
            chosen = self.session.visited or [p.id for p in self.library.language(self.lang).pages[:3]]
            self.explain.plan(self.lang, theme_for(self.preferences.high_contrast), chosen)

    def open_teach_back(self) -> None:
        """"Finish visit": the teach-back screen with the key points of every topic shown."""
        language = self.library.language(self.lang)
        pages = [p for p in (language.page(i) for i in self.visit.shown) if p is not None]
        planned = dict.fromkeys(place.page.id for place in self.visit.places)
        not_shown = [p for p in (language.page(i) for i in planned if i not in self.visit.shown)
                     if p is not None]
        self.teach_back.set_topics(pages, self.library.sources,
                                   theme_for(self.preferences.high_contrast), not_shown)
        self._go(("teach", ""))

    def explain_topic(self, page_id: str) -> None:
        """Back from teach-back to a planned topic's first step."""
        self._go(("explain", ""))
        self.explain.go_to_topic(page_id)

    def open_visit_handout(self) -> None:
        """The handout builder filled with the topics shown and the pictures handed over."""
        self._go(("handout", ""))
        self.handout.start(self.lang, [], list(self.visit.shown), tuple(self.visit.handed_over))

    def end_visit(self) -> None:
        """"End visit": the patient has gone, so the whole session ends (playlist, drawings,
        hand-over, name, note, pages read, search; see :meth:`Session.end`)."""
        self.session.end()

    def visit_ended(self) -> None:
        """After the session ended: close the patient's screen, and leave the visit's screens."""
        if self._explain is not None:
            self._explain.end_visit()
        if self.current[0] in ("explain", "teach"):
            self.go_home()

    def _leave_handout(self) -> None:
        self.go_home()  # leaving the builder ends its part of the session (a visit's too)

    @property
    def visited(self) -> list[str]:
        """Pages opened this session, for the visit summary (kept in the session)."""
        return self.session.visited

    def _screen_changed(self, _index: int) -> None:
        """Whatever the way out of the handout builder (a button, Alt+Home, Alt+Left, a reset,
        the attract screen...), leaving it ends what was typed and chosen there."""
        left, self._shown = self._shown, self.stack.currentWidget() or self.home
        if left is not self._shown and left is self._handout and left is not None:
            self.session.end_handout()

    def _personal_ended(self, typed: list[str], everything: bool) -> None:
        """The session ended (a part of it, or all): every screen shows what it holds now, and
        the clipboard and selection forget what was copied or selected."""
        from edu_app.ui.clipboard import forget_clipboard  # (not needed before a session ends)

        if self._handout is not None:
            self._handout.show_details()
        if self._search is not None and self._search.field.text() != self.session.search:
            self._search.field.setText(self.session.search)
        if self._faq is not None and self._faq.filter.text() != self.session.faq_filter:
            self._faq.filter.setText(self.session.faq_filter)
        self.history = [place for place in self.history if place[0] != "handout"]
        forget_clipboard(typed, everything, always=self.kiosk_mode)
        if everything:
            self.visit_ended()
