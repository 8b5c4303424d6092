"""Handout limits at their edges, every figure a page shows, and Thai printed as written when
there is no word list to cut it with."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu_app.core.content import load_library
from edu_app.core.handout import HandoutError, HandoutRequest, build, parse_action_plan, typed_text_problem
from edu_app.core.thai import ZWSP

from helpers import SVG, page_text, write


def test_an_action_plan_may_list_ten_products() -> None:
    ten = ", ".join(f'"Cream {n}"' for n in range(1, 11))
    plan = parse_action_plan(f"[green]\nproducts = [{ten}]\n", "plan.toml")
    assert plan.zones["green"]["products"] == ("Cream 1", "Cream 2", "Cream 3", "Cream 4", "Cream 5",
                                               "Cream 6", "Cream 7", "Cream 8", "Cream 9", "Cream 10")
    with pytest.raises(HandoutError) as refused:
        parse_action_plan(f'[green]\nproducts = [{ten}, "Cream 11"]\n', "plan.toml")
    assert str(refused.value) == "plan.toml: [green] products: at most 10 products"


def test_a_note_of_2000_characters_is_allowed() -> None:
    assert typed_text_problem(HandoutRequest(note="a" * 2000)) == ""
    assert typed_text_problem(HandoutRequest(note="a" * 2001)) == (
        "the note has 2001 characters (at most 2000)")


def test_every_figure_a_page_shows_is_listed_once(content_tree: Path) -> None:
    write(content_tree.parent / "illustrations" / "layers.svg", SVG)
    body = "Text.\n\n![The layers of the skin.](figure:layers)\n\nMore.\n\n![Again.](figure:layers)\n"
    write(content_tree / "en" / "layers.md", page_text("layers", 5, body, "[]"))
    library = load_library(content_tree, content_tree.parent / "illustrations")
    handout = build(library, HandoutRequest(topics=("layers", "barrier")))
    assert handout.figures == ["demo", "layers"]  # the page's own picture first, then its figures


def test_thai_without_a_word_list_is_printed_as_written(content_tree: Path) -> None:
    (content_tree / "th" / "words.txt").unlink()
    (content_tree / "th" / "common-words.txt").unlink()
    write(content_tree / "th" / "barrier.md",
          page_text("barrier", 10, "ทาครีมวันละ 2 ครั้ง\n", sources="[]", title="เกราะป้องกันผิว"))
    library = load_library(content_tree, content_tree.parent / "illustrations")
    html = build(library, HandoutRequest(topics=("barrier",), lang="th")).html
    assert "ทาครีมวันละ 2 ครั้ง" in html  # a plain space before the number, as written
    assert ZWSP not in html and "\u00a0" not in html
