"""A clinician's visit handing pictures over (once a step, the latest drawing), and a session
that starts empty and ends a visit whichever way the handout builder is left."""

from __future__ import annotations

from edu_app.core.drawing import Stroke
from edu_app.core.model import Library
from edu_app.core.visit import Session, Visit


def draw_line(visit: Visit, start: tuple[float, float], end: tuple[float, float]) -> Stroke:
    drawing = visit.drawing()
    drawing.begin("pen", "#c62828", start)
    drawing.extend(end)
    stroke = drawing.end()
    assert stroke is not None
    return stroke


def test_a_new_visit_has_handed_nothing_over() -> None:
    visit = Visit()
    assert not visit.was_handed_over()
    assert not visit.is_handed_over("light")


def test_handing_a_step_over_again_replaces_its_picture_in_place(small_library: Library) -> None:
    visit = Visit()
    visit.start(small_library.language("en"), ["barrier", "itch"])
    first = draw_line(visit, (0.1, 0.1), (0.2, 0.2))
    visit.hand_over("light")
    visit.go(1)
    visit.hand_over("light")  # the second step, with nothing drawn
    visit.go(-1)
    second = draw_line(visit, (0.5, 0.5), (0.6, 0.6))
    again = visit.hand_over("light")
    assert again is not None and again.strokes == (first, second)
    assert len(visit.handed_over) == 2
    assert visit.handed_over[0] == again  # the same place, now with both lines
    assert visit.handed_over[1].caption == "Itch" and visit.handed_over[1].strokes == ()


def test_a_handed_over_step_is_known_until_more_is_drawn(small_library: Library) -> None:
    visit = Visit()
    visit.start(small_library.language("en"), ["barrier", "itch"])
    draw_line(visit, (0.1, 0.1), (0.2, 0.2))
    visit.hand_over("dark")
    assert visit.was_handed_over() and visit.is_handed_over("dark")
    assert not visit.is_handed_over("light")  # another tone is another picture
    draw_line(visit, (0.3, 0.3), (0.4, 0.4))
    assert visit.was_handed_over() and not visit.is_handed_over("dark")  # as drawn before
    visit.go(1)
    assert not visit.was_handed_over() and not visit.is_handed_over("dark")


def test_a_new_session_holds_nothing_typed() -> None:
    session = Session()
    assert session.empty
    assert session.texts() == []
    assert (session.search, session.faq_filter) == ("", "")


def test_leaving_the_handout_during_a_visit_ends_the_visit(small_library: Library) -> None:
    session = Session()
    heard: list[tuple[list[str], bool]] = []
    session.listen(lambda typed, everything: heard.append((typed, everything)))
    session.visit.start(small_library.language("en"), ["barrier"])  # nothing handed over yet
    session.search = "itch"
    session.handout.name = "Somchai"
    session.end_handout()
    assert not session.visit.active and session.empty
    assert heard == [(["Somchai", "itch"], True)]
