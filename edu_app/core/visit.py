"""One person's use of the program, without Qt: everything personal, in memory only.

A :class:`Session` holds all of it in one place: the handout builder's name, note, action plan
and choices (:class:`HandoutDetails`), a clinician's visit (:class:`Visit`: the playlist, where
we are, the drawings and what was handed over), the pages read and the search text. The screens
read from it and write to it and are refreshed when it ends; every way out of the handout
builder ends its part (and a clinician's visit with it), and a kiosk reset ends it all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from edu_app.core.decision_aid import Answers
from edu_app.core.drawing import Annotated, Drawing
from edu_app.core.model import Language, Page, Step


class Place(NamedTuple):
    """One step of the visit: which page, which of its steps."""

    page: Page
    step: Step
    page_number: int  # 1-based, within the playlist
    step_number: int  # 1-based, within the page


class Visit:
    """The steps of the chosen topics, in order, and what was drawn on each."""

    def __init__(self) -> None:
        self.places: list[Place] = []
        self.index = 0
        self.drawings: dict[int, Drawing] = {}
        self.handed_over: list[Annotated] = []
        self._handed_at: dict[int, int] = {}  # step index -> its place in handed_over
        self.shown: list[str] = []  # page ids that were on screen, in order

    def start(self, language: Language, page_ids: list[str]) -> None:
        """Begin with these topics (unknown ids are skipped)."""
        self.end()
        pages = [p for p in (language.page(i) for i in page_ids) if p is not None]
        for number, page in enumerate(pages, start=1):
            for step_number, step in enumerate(page.explain_steps(), start=1):
                self.places.append(Place(page, step, number, step_number))
        self._mark_shown()

    @property
    def active(self) -> bool:
        """Whether a visit is under way."""
        return bool(self.places)

    @property
    def place(self) -> Place | None:
        """Where we are."""
        return self.places[self.index] if self.places else None

    @property
    def next_place(self) -> Place | None:
        """The step after this one."""
        return self.places[self.index + 1] if self.index + 1 < len(self.places) else None

    @property
    def topics(self) -> int:
        """How many topics the visit has."""
        return self.places[-1].page_number if self.places else 0

    def go(self, delta: int) -> bool:
        """Move by ``delta`` steps; False at either end."""
        target = self.index + delta
        if not self.places or not 0 <= target < len(self.places):
            return False
        self.index = target
        self._mark_shown()
        return True

    def drawing(self) -> Drawing:
        """The drawing on the current step (made when first needed)."""
        return self.drawings.setdefault(self.index, Drawing())

    def hand_over(self, tone: str) -> Annotated | None:
        """Put the current picture, with its strokes, into the visit's handout.

        A step is in the handout once: handing it over again (after more drawing) replaces its
        earlier picture, in the same place.
        """
        item = self._as_handed(tone)
        if item is None:
            return None
        place = self._handed_at.get(self.index)
        if place is None:
            self._handed_at[self.index] = len(self.handed_over)
            self.handed_over.append(item)
        else:
            self.handed_over[place] = item
        return item

    def is_handed_over(self, tone: str) -> bool:
        """Whether the handout has the current step exactly as it is drawn now."""
        place = self._handed_at.get(self.index)
        return place is not None and self.handed_over[place] == self._as_handed(tone)

    def was_handed_over(self) -> bool:
        """Whether the handout has the current step (perhaps as it was drawn earlier)."""
        return self.index in self._handed_at

    def _as_handed(self, tone: str) -> Annotated | None:
        place = self.place
        if place is None:
            return None
        caption = place.page.title if place.step.title == place.page.title else \
            f"{place.page.title}: {place.step.title}"
        return Annotated(place.step.illustration, tone, tuple(self.drawing().strokes), caption)

    def end(self) -> None:
        """Forget the playlist, the drawings and the hand-over."""
        self.places = []
        self.index = 0
        self.drawings = {}
        self.handed_over = []
        self._handed_at = {}
        self.shown = []

    def _mark_shown(self) -> None:
        place = self.place
        if place is not None and place.page.id not in self.shown:
            self.shown.append(place.page.id)


class HandoutDetails:
    """What was typed or chosen in the handout builder: printed, never stored."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        """Forget all of it."""
        self.name = ""
        self.note = ""
        self.plan_on = False
        self.plan: dict[str, str] = {}  # action-plan field -> what was typed or picked
        self.choices: dict[str, str] = {}  # page id -> "whole" or "summary"
        self.faq: list[str] = []  # ticked question ids
        self.drawings: tuple[Annotated, ...] = ()  # pictures handed over in a clinician's visit

    def texts(self) -> list[str]:
        """Everything a person typed here (to look for it elsewhere, e.g. in the clipboard)."""
        return [t for t in (self.name, self.note, *self.plan.values()) if t.strip()]


class Session:
    """Everything personal of one person's use, in one object that :meth:`end` empties."""

    def __init__(self) -> None:
        self.visit = Visit()  # never replaced: screens keep a reference to it
        self.handout = HandoutDetails()  # never replaced either
        self.search = ""
        self.faq_filter = ""  # what was typed to find a question
        self.decision = Answers()  # the decision aid's answers (never replaced either)
        self.visited: list[str] = []  # pages opened, in order (emptied in place)
        self._listeners: list[Callable[[list[str], bool], None]] = []

    def listen(self, callback: Callable[[list[str], bool], None]) -> None:
        """Call ``callback(typed, everything)`` after each end: the texts that were typed (now
        forgotten), and whether the whole session ended or only the handout's part."""
        self._listeners.append(callback)

    @property
    def empty(self) -> bool:
        """Whether nothing personal is held."""
        details = self.handout
        return not (details.name or details.note or details.plan or details.plan_on
                    or details.choices or details.faq or details.drawings or self.search
                    or self.faq_filter or self.visited or self.visit.active or self.visit.handed_over
                    or not self.decision.empty)

    def texts(self) -> list[str]:
        """Everything typed in this session (name, note, action plan, search, FAQ filter)."""
        return self.handout.texts() + [t for t in (self.search, self.faq_filter) if t.strip()]

    def end_handout(self) -> None:
        """The handout builder was left (by any route): its name, note, action plan, choices
        and pictures go. A clinician's visit ends with it (its handout is its last step)."""
        if self.visit.active or self.visit.handed_over:
            self.end()
            return
        typed = self.handout.texts()
        self.handout.clear()
        self._tell(typed, everything=False)

    def end(self) -> None:
        """Forget everything: the person has gone (visit ended, kiosk reset, staff)."""
        typed = self.texts()
        self.visit.end()
        self.handout.clear()
        self.search = self.faq_filter = ""
        self.visited.clear()
        self.decision.clear()
        self._tell(typed, everything=True)

    def _tell(self, typed: list[str], everything: bool) -> None:
        for callback in self._listeners:
            callback(typed, everything)
