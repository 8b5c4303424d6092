"""The main window's part in clinician mode: planning, finishing and ending a visit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from edu_app.core.theme import theme_for

if TYPE_CHECKING:
    from edu_app.core.model import Library
    from edu_app.core.settings import Preferences
    from edu_app.core.visit import Visit
    from edu_app.ui.clinician.explain_view import ExplainView
    from edu_app.ui.clinician.teach_back import TeachBackView
    from edu_app.ui.handout_view import HandoutView


class VisitFlow:
    """Mixed into the main window: a visit from the planner to the handout, then forgotten."""

    library: Library
    lang: str
    preferences: Preferences
    visited: list[str]
    visit: Visit
    current: tuple[str, str]
    _explain: ExplainView | None
    _handout: HandoutView | None

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
            chosen = self.visited or [p.id for p in self.library.language(self.lang).pages[:3]]
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
        """Forget the visit: playlist, drawings, hand-over, the patient's screen."""
        if self._explain is not None:
            self._explain.end_visit()
        self.visit.end()
        if self._handout is not None:
            self._handout.clear_personal()  # the visit's name, note and drawings go with it
        if self.current[0] in ("explain", "teach"):
            self.go_home()

    def _leave_handout(self) -> None:
        if self.visit.active:
            self.end_visit()  # a visit's handout is its last step
        self.go_home()
