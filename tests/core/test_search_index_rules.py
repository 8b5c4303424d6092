"""SearchIndex: one index per language made once on first use, blank queries, the limit and
the topics offered. Expected values are written down from the hand-made library."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from edu_app.core.model import FaqItem, Language, Library, Page
from edu_app.core.search import Results, SearchIndex


def page(pid: str, lang: str, title: str, body: str, order: int = 10) -> Page:
    return Page(pid, lang, title, "", order, "demo", dt.date(2026, 1, 1), "draft", (), body,
                Path(f"{pid}.md"))


@pytest.fixture
def index() -> SearchIndex:
    """English: 2 pages and 1 question (3 documents); Thai: 1 page."""
    english = Language("en")
    english.pages = [page("itch", "en", "Itch", "Itch at night."),
                     page("wool", "en", "Wool", "Wool can make the itch worse.", order=20)]
    english.faq = [FaqItem("why", "Why does skin itch?", "Dry skin itches.", (), "", 1)]
    thai = Language("th")
    thai.pages = [page("itch", "th", "อาการคัน", "คัน")]
    return SearchIndex(Library({"en": english, "th": thai}, {}, []))


def test_an_index_is_made_once_and_kept(index: SearchIndex) -> None:
    first = index.index("en")
    assert index.index("en") is first


def test_building_one_language_leaves_the_others_for_later(index: SearchIndex) -> None:
    index.build("en")
    assert index.size == 3
    index.build()
    assert index.size == 4


def test_topics_are_the_pages_of_the_language_asked(index: SearchIndex) -> None:
    assert index.topics("th") == [("itch", "อาการคัน")]
    assert index.topics("en") == [("itch", "Itch"), ("wool", "Wool")]


def test_a_blank_query_finds_nothing_and_ignores_nothing(index: SearchIndex) -> None:
    assert index.find("   ", "en") == Results([], 0, "", ())


def test_search_returns_at_most_the_limit(index: SearchIndex) -> None:
    assert len(index.search("itch", "en")) == 3
    assert len(index.search("itch", "en", limit=1)) == 1
