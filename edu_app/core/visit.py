"""A clinician's visit, without Qt: the playlist of topics, where we are, and the drawings.

Everything here lives in memory only; :meth:`Visit.end` forgets it all.
"""

from __future__ import annotations

from typing import NamedTuple

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
