"""Search: pages, FAQ and glossary; substrings (Thai); short words; highlighting."""

from __future__ import annotations

from edu_app.core.model import Library
from edu_app.core.search import SearchIndex, plain_text, query_terms


def test_finds_pages_faq_and_glossary(small_library: Library) -> None:
    index = SearchIndex(small_library)
    kinds = {(h.kind, h.ref) for h in index.search("moisturis", "en")}
    assert ("page", "barrier") in kinds
    assert ("faq", "do-moisturisers-help") in kinds
    assert ("glossary", "moisturiser") in kinds


def test_title_matches_rank_first(small_library: Library) -> None:
    hits = SearchIndex(small_library).search("itch", "en")
    assert hits[0].ref == "itch"


def test_snippet_highlights_matches_and_escapes(small_library: Library) -> None:
    hit = SearchIndex(small_library).search("water", "en")[0]
    assert '<b style="background-color:#ffe58a; color:#1f2a30;">water</b>' in hit.snippet_html
    assert hit.first_match == "water"


def test_all_words_must_match(small_library: Library) -> None:
    index = SearchIndex(small_library)
    assert {h.ref for h in index.search("skin water", "en")} >= {"barrier"}
    assert index.search("water zebra", "en") == []


def test_thai_substring_inside_running_text(small_library: Library) -> None:
    index = SearchIndex(small_library)
    hits = index.search("เก็บน้ำ", "th")
    assert [h.ref for h in hits] == ["barrier"]
    assert "เก็บน้ำ</b>" in hits[0].snippet_html
    assert index.search("เก็บน้ำ", "en") == []


def test_short_words_and_thai_two_letters(small_library: Library) -> None:
    index = SearchIndex(small_library)
    assert any(h.ref == "barrier" for h in index.search("น้", "th"))
    assert any(h.ref == "itch" for h in index.search("it", "en"))


def test_hostile_queries_do_not_crash(small_library: Library) -> None:
    index = SearchIndex(small_library)
    for query in ['"', "'", "AND OR NOT", "*", "%_", "\\", "a\x00b", "((", "NEAR(", "^"]:
        index.search(query, "en")
    assert index.search("   ", "en") == []


def test_plain_text_strips_markup() -> None:
    text = plain_text('## Head\n\nA **b** [@x] {ev:rct} [link](page:y)\n\n!!! tip "Do this"\n    x')
    assert text == "Head\nA b link\nDo this\n x"
    assert query_terms("b aa  b ccc") == ["ccc", "aa", "b"]


def test_bundled_content_is_searchable(library: Library) -> None:
    index = SearchIndex(library)
    assert {h.ref for h in index.search("cord blood", "en")} & {"uc-msc-therapy"}
    assert any(h.kind == "faq" for h in index.search("contagious", "en"))


def test_thai_content_is_searchable_by_substring_and_mixed_words(library: Library) -> None:
    index = SearchIndex(library)
    hits = index.search("เกราะป้องกัน", "th")  # inside running Thai text, no spaces around it
    assert any(h.ref == "skin-barrier" for h in hits)
    mixed = index.search("ฟิลากกริน filaggrin", "th")  # Thai and English together
    assert mixed and all(h.kind in ("page", "faq", "glossary") for h in mixed)
    assert index.search("เกราะป้องกัน", "en") == []
