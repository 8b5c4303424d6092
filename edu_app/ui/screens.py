"""The main window's screens, each built the first time it is shown (start-up does not pay for
them) and discarded by a kiosk reset."""

from __future__ import annotations

from typing import TYPE_CHECKING

from edu_app.core.theme import theme_for
from edu_app.ui.fonts import app_font

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget

    from edu_app.core.kiosk import PrintQuota
    from edu_app.core.model import Library
    from edu_app.core.search import Hit, SearchIndex
    from edu_app.core.settings import ClinicConfig, Preferences
    from edu_app.core.visit import Session, Visit
    from edu_app.ui.clinician.explain_view import ExplainView
    from edu_app.ui.clinician.teach_back import TeachBackView
    from edu_app.ui.faq_view import FaqView
    from edu_app.ui.handout_view import HandoutView
    from edu_app.ui.search_view import SearchView
    from edu_app.ui.topic_view import TopicView
    from edu_app.ui.widgets import InfoPopup


class LazyScreens:
    """Properties that make each screen on first use; mixed into the main window."""

    library: Library
    index: SearchIndex
    config: ClinicConfig
    preferences: Preferences
    lang: str
    stack: QStackedWidget
    print_quota: PrintQuota | None
    _topic: TopicView | None
    _faq: FaqView | None
    _search: SearchView | None
    _handout: HandoutView | None
    _search_popup: InfoPopup | None
    _explain: ExplainView | None
    _teach_back: TeachBackView | None
    visit: Visit
    session: Session

    if TYPE_CHECKING:  # navigation, provided by the main window
        def go_back(self) -> None: ...
        def go_home(self) -> None: ...
        def open_page(self, page_id: str, find: str = "") -> bool: ...
        def open_hit(self, hit: Hit) -> None: ...
        def open_handout(self, whole: list[str] | None = None,
                         summaries: list[str] | None = None) -> None: ...
        def open_teach_back(self) -> None: ...
        def open_visit_handout(self) -> None: ...
        def end_visit(self) -> None: ...
        def _go(self, target: tuple[str, str], remember: bool = True) -> None: ...
        def _leave_handout(self) -> None: ...

    @property
    def topic(self) -> TopicView:
        """The topic screen (created on first use: start-up does not pay for it)."""
        if self._topic is None:
            from edu_app.ui.topic_view import TopicView

            self._topic = TopicView(self.library)
            self._topic.back_requested.connect(self.go_back)
            self._topic.home_requested.connect(self.go_home)
            self._topic.page_requested.connect(self.open_page)
            self._topic.handout_requested.connect(lambda pid: self.open_handout(whole=[pid]))
            self._topic.set_content(self.library.language(self.lang), self.library.sources)
            self._topic.set_appearance(theme_for(self.preferences.high_contrast),
                                       app_font(self.preferences.text_scale))
            self.stack.addWidget(self._topic)
        return self._topic

    @property
    def faq(self) -> FaqView:
        """The FAQ screen (created on first use)."""
        if self._faq is None:
            from edu_app.ui.faq_view import FaqView

            self._faq = FaqView()
            self._faq.filter.setText(self.session.faq_filter)
            self._faq.filter.textChanged.connect(self._faq_filtered)
            self._faq.home_requested.connect(self.go_home)
            self._faq.page_requested.connect(self.open_page)
            self.stack.addWidget(self._faq)
        return self._faq

    @property
    def search(self) -> SearchView:
        """The search screen (created on first use)."""
        if self._search is None:
            from edu_app.ui.search_view import SearchView

            self._search = SearchView(self.index)
            self._search.lang = self.lang
            self._search.field.setText(self.session.search)
            self._search.field.textChanged.connect(self._searched)
            self._search.home_requested.connect(self.go_home)
            self._search.hit_opened.connect(self.open_hit)
            self.stack.addWidget(self._search)
        return self._search

    @property
    def handout(self) -> HandoutView:
        """The handout builder (created on first use)."""
        if self._handout is None:
            from edu_app.ui.handout_view import HandoutView

            self._handout = HandoutView(self.library, self.config, self.print_quota,
                                        personal=self.session.handout)
            self._handout.home_requested.connect(self._leave_handout)
            self.stack.addWidget(self._handout)
        return self._handout

    def _searched(self, text: str) -> None:
        self.session.search = text  # search text is personal too: kept in the session

    def _faq_filtered(self, text: str) -> None:
        self.session.faq_filter = text  # as is what was typed to find a question

    @property
    def search_popup(self) -> InfoPopup:
        """The definition bubble shown over search results."""
        if self._search_popup is None:
            from edu_app.ui.widgets import InfoPopup

            self._search_popup = InfoPopup(self.search)
        return self._search_popup

    @property
    def explain(self) -> ExplainView:
        """Clinician mode: the visit planner and the steps (created on first use)."""
        if self._explain is None:
            from edu_app.ui.clinician.explain_view import ExplainView

            self._explain = ExplainView(self.library, self.visit)
            self._explain.home_requested.connect(self.go_home)
            self._explain.finish_requested.connect(self.open_teach_back)
            self.stack.addWidget(self._explain)
        return self._explain

    @property
    def teach_back(self) -> TeachBackView:
        """The teach-back screen at the end of a visit (created on first use)."""
        if self._teach_back is None:
            from edu_app.ui.clinician.teach_back import TeachBackView

            self._teach_back = TeachBackView()
            self._teach_back.back_requested.connect(lambda: self._go(("explain", "")))
            self._teach_back.handout_requested.connect(self.open_visit_handout)
            self._teach_back.end_requested.connect(self.end_visit)
            self.stack.addWidget(self._teach_back)
        return self._teach_back
