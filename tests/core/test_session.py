"""The session: everything personal in one object; leaving the handout ends its part (and a
clinician's visit with it); ending the session forgets everything and tells the screens."""

from __future__ import annotations

from edu_app.core.drawing import Annotated
from edu_app.core.model import Library
from edu_app.core.visit import Session


def typed_in(session: Session) -> None:
    details = session.handout
    details.name, details.note = "Somchai", "twice a day"
    details.plan_on, details.plan = True, {"green": "Zinc paste"}
    details.choices, details.faq = {"barrier": "whole"}, ["contagious"]
    details.drawings = (Annotated("demo", "light", (), "Barrier"),)


def test_leaving_the_handout_forgets_what_was_typed_there_only() -> None:
    session = Session()
    heard: list[tuple[list[str], bool]] = []
    session.listen(lambda typed, everything: heard.append((typed, everything)))
    session.search, session.visited[:] = "itch", ["barrier"]
    typed_in(session)
    session.end_handout()
    details = session.handout
    assert (details.name, details.note, details.plan_on, details.plan) == ("", "", False, {})
    assert (details.choices, details.faq, details.drawings) == ({}, [], ())
    assert session.search == "itch" and session.visited == ["barrier"]  # still this reader's
    assert heard == [(["Somchai", "twice a day", "Zinc paste"], False)]


def test_ending_forgets_everything(small_library: Library) -> None:
    session = Session()
    heard: list[tuple[list[str], bool]] = []
    session.listen(lambda typed, everything: heard.append((typed, everything)))
    visited = session.visited
    session.search, session.visited[:] = "itch", ["barrier"]
    session.faq_filter = "contagious"
    typed_in(session)
    session.visit.start(small_library.language("en"), ["barrier"])
    assert not session.empty
    session.end()
    assert session.empty and visited == [] and session.visited is visited  # emptied in place
    assert not session.visit.active and session.search == session.faq_filter == ""
    assert heard == [(["Somchai", "twice a day", "Zinc paste", "itch", "contagious"], True)]


def test_leaving_a_visit_handout_ends_the_visit(small_library: Library) -> None:
    session = Session()
    session.visited[:] = ["itch"]
    session.visit.start(small_library.language("en"), ["barrier"])
    session.visit.hand_over("light")
    typed_in(session)
    session.end_handout()
    assert session.empty and session.visit.handed_over == [] and session.visited == []
