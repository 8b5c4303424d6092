"""A clinician's visit without Qt: its steps in order, moving, drawings, hand-over, forgetting."""

from __future__ import annotations

from pathlib import Path

from edu_app.core.content import load_library
from edu_app.core.model import Language
from edu_app.core.visit import Visit

from helpers import page_text, write

STEPS = '''
[[steps]]
title = "The wall"
illustration = "demo"
points = ["Cells are bricks.", "Fats are mortar."]

[[steps]]
title = "Walk"
points = ["Water gets out.", "Germs get in."]
'''


def english(content: Path) -> Language:
    page = page_text("walk", 5, "Plain words.\n", "[]")
    write(content / "en" / "walk.md", page.replace("+++\nPlain", STEPS.strip() + "\n+++\nPlain"))
    return load_library(content, content.parent / "illustrations").language("en")


def test_a_visit_walks_the_steps_of_its_topics_in_order(content_tree: Path) -> None:
    visit = Visit()
    assert not visit.active and visit.place is None and visit.next_place is None
    assert visit.topics == 0 and not visit.go(1)
    visit.start(english(content_tree), ["walk", "nowhere", "itch"])  # unknown pages are skipped
    assert [(p.page.id, p.page_number, p.step_number, p.step.title) for p in visit.places] == [
        ("walk", 1, 1, "The wall"), ("walk", 1, 2, "Walk"), ("itch", 2, 1, "Itch")]
    assert visit.active and visit.topics == 2 and visit.index == 0
    assert visit.place is not None and visit.place.step.title == "The wall"
    assert visit.next_place is not None and visit.next_place.step.title == "Walk"
    assert visit.shown == ["walk"]
    assert not visit.go(-1) and visit.index == 0  # nothing before the first step
    assert visit.go(1) and visit.index == 1 and visit.shown == ["walk"]
    assert visit.go(1) and visit.place.page.id == "itch" and visit.next_place is None
    assert visit.shown == ["walk", "itch"]
    assert not visit.go(1) and visit.index == 2  # nothing after the last
    assert not visit.go(-3) and visit.index == 2
    assert visit.go(-2) and visit.index == 0 and visit.shown == ["walk", "itch"]  # once each


def test_drawings_belong_to_their_step_and_are_handed_over(content_tree: Path) -> None:
    visit = Visit()
    assert visit.hand_over("light") is None  # no visit, nothing to hand over
    visit.start(english(content_tree), ["walk", "itch"])
    first = visit.drawing()
    assert visit.drawing() is first  # the same drawing while on the same step
    first.begin("pen", "#c62828", (0.1, 0.2))
    first.extend((0.3, 0.4))
    stroke = first.end()
    item = visit.hand_over("dark")
    assert item is not None and item.illustration == "demo" and item.tone == "dark"
    assert item.strokes == (stroke,) and item.caption == "Walk: The wall"  # page: step
    visit.go(2)
    assert visit.drawing() is not first and visit.drawing().strokes == []
    whole = visit.hand_over("light")
    assert whole is not None and whole.caption == "Itch"  # a one-step page: just its title
    assert visit.handed_over == [item, whole]
    assert set(visit.drawings) == {0, 2}


def test_ending_or_starting_again_forgets_everything(content_tree: Path) -> None:
    language = english(content_tree)
    visit = Visit()
    visit.start(language, ["walk", "itch"])
    visit.go(2)
    visit.drawing()
    visit.hand_over("light")
    visit.start(language, ["itch"])  # a new visit starts clean
    assert visit.index == 0 and visit.drawings == {} and visit.handed_over == []
    assert visit.shown == ["itch"] and visit.topics == 1
    visit.end()
    assert (visit.places, visit.index, visit.drawings, visit.handed_over, visit.shown) == (
        [], 0, {}, [], [])
    assert not visit.active


def test_a_new_visit_holds_nothing() -> None:
    visit = Visit()
    assert (visit.places, visit.index, visit.drawings, visit.handed_over, visit.shown) == (
        [], 0, {}, [], [])
