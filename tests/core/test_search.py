"""Search: pages, FAQ and glossary; substrings (Thai); short words; highlighting."""

from __future__ import annotations

import re
from pathlib import Path

from edu_app.core.content import load_library
from edu_app.core.model import Library
from edu_app.core.search import SearchIndex, highlight, plain_text, query_terms, snippet

from helpers import page_text, write


def test_finds_pages_faq_and_glossary(small_library: Library) -> None:
    index = SearchIndex(small_library)
    kinds = {(h.kind, h.ref) for h in index.search("moisturis", "en")}
    assert ("page", "barrier") in kinds
    assert ("faq", "do-moisturisers-help") in kinds
    assert ("glossary", "moisturiser") in kinds


def test_title_matches_rank_first(content_tree: Path) -> None:
    # "itch" is in the title of the itch page (order 20), and only in the bodies of a page that
    # comes earlier in the list (order 1) and of a FAQ answer: the title match still leads, and
    # a question with the word in it comes before a page that only mentions it.
    write(content_tree / "en" / "early.md",
          page_text("early", 1, "The itch comes back at night. An itch, then another itch.\n"))
    faq = content_tree / "en" / "faq.md"
    faq.write_text(faq.read_text(encoding="utf-8") + "\n## Why do I itch at night?\n\n"
                   "Skin gets warm in bed.\n", encoding="utf-8")
    library = load_library(content_tree, content_tree.parent / "illustrations")
    hits = SearchIndex(library).search("itch", "en")
    assert [(h.kind, h.ref) for h in hits] == [
        ("page", "itch"), ("faq", "why-do-i-itch-at-night"), ("page", "early")]


def wool_pages(content_tree: Path) -> Library:
    """Two pages without the word in their titles: one about wool (later in the list), one that
    names it once in passing (earlier in the list)."""
    write(content_tree / "en" / "passing.md", page_text(
        "passing", 1, "Many things matter for skin, " + "day after day, " * 30
        + "and wool is one of them.\n"))
    write(content_tree / "en" / "fabrics.md", page_text(
        "fabrics", 2, "Wool scratches. Wool is rough. Choose cotton, not wool.\n"))
    library = load_library(content_tree, content_tree.parent / "illustrations")
    return library


def test_more_relevant_body_matches_rank_higher(content_tree: Path) -> None:
    # Neither title has the word; the page about it (later in the list) beats the page that
    # mentions it once in passing (earlier in the list).
    library = wool_pages(content_tree)
    assert [h.ref for h in SearchIndex(library).search("wool", "en")] == ["fabrics", "passing"]


def test_snippet_highlights_matches_and_escapes(small_library: Library) -> None:
    hit = SearchIndex(small_library).search("water", "en")[0]
    assert '<b style="background-color:#ffe58a; color:#1f2a30;">water</b>' in hit.snippet_html
    assert hit.first_match == "water"


def test_all_words_must_match(small_library: Library) -> None:
    index = SearchIndex(small_library)
    assert {h.ref for h in index.search("skin water", "en")} >= {"barrier"}
    assert index.search("water zebra", "en") == []
    [page] = [h for h in index.search("skin water", "en") if h.kind == "page"]
    assert '">skin</b>' in page.snippet_html and '">water</b>' in page.snippet_html  # both marked


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


def test_hostile_queries_are_taken_literally(content_tree: Path) -> None:
    # Search syntax (FTS5 operators, LIKE wildcards, quotes, brackets, control characters) is
    # looked for as plain text: only the page that really contains it is found, never all.
    write(content_tree / "en" / "symbols.md", page_text(
        "symbols", 30, "Cotton is 100% soft (and cool). Some say AND, OR and NOT. "
                       "A back\\slash, a ^caret and NEAR(here). Rock\"n\"roll.\n"))
    library = load_library(content_tree, content_tree.parent / "illustrations")
    index = SearchIndex(library)
    found = {
        query: [h.ref for h in index.search(query, "en")]
        for query in ['"', "'", '""', "AND OR NOT", "*", "%", "%_", "_", "\\", "((", "(", "NEAR(",
                      "^", "   ", "\x00", "\x00\x01", 'wa"ter', 'rock"n"roll']
    }
    assert found == {
        '"': [], "'": [], '""': [],  # only quotes: nothing to look for
        "AND OR NOT": ["symbols"],  # words, not operators
        "*": [],  # markup, not text
        "%": ["symbols"], "%_": [], "_": [],  # not wildcards
        "\\": ["symbols"], "((": [], "(": ["symbols"], "NEAR(": ["symbols"], "^": ["symbols"],
        "   ": [], "\x00": [], "\x00\x01": [],
        'wa"ter': [], 'rock"n"roll': ["symbols"],  # a quote inside a word is text
    }
    # a control character separates words like a space
    joined = [(h.kind, h.ref) for h in index.search("water\x00skin", "en")]
    assert joined == [(h.kind, h.ref) for h in index.search("water skin", "en")]
    assert set(joined) == {("page", "barrier"), ("glossary", "filaggrin"), ("glossary", "moisturiser")}


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


MARK = '<b style="background-color:#ffe58a; color:#1f2a30;">'


def test_highlight_escapes_between_every_match() -> None:
    pattern = re.compile("two", re.IGNORECASE)
    assert highlight("a<b & two, Two.", pattern) == (
        f"a&lt;b &amp; {MARK}two</b>, {MARK}Two</b>.")


def test_snippet_cuts_at_words_around_the_first_match() -> None:
    # 100 characters before the match, 200 after. About 50 characters are kept before it and
    # 110 after, then cut back to whole words: "aaaa" number 11 starts 50 characters before
    # "target", so 9 whole "aaaa " are kept; 110 characters after it reach into " bbbb" number
    # 23, so 21 whole " bbbb" are kept. The ends are marked with "…".
    body = "aaaa " * 20 + "target" + " bbbb" * 40
    got = snippet(body, re.compile("target"))
    assert got == "… " + "aaaa " * 9 + f"{MARK}target</b>" + " bbbb" * 21 + " …"


def test_snippet_without_a_match_or_near_the_edges() -> None:
    body = "word " * 50  # no match: the first 160 characters, back to a whole word
    assert snippet(body, re.compile("zebra")) == ("word " * 32).strip() + " …"
    assert snippet("line one\nline two", re.compile("one")) == f"line {MARK}one</b> line two"
    short = snippet("target at the start", re.compile("target"))
    assert short == f"{MARK}target</b> at the start"  # nothing cut: no "…" on either side


def test_query_terms_drop_quotes_controls_and_keep_200_characters() -> None:
    assert query_terms('"water"  «skin» \'dry\'') == ["water", "skin", "dry"]
    assert query_terms("wet\x00dry\x1fcold\x7fhot") == ["cold", "dry", "hot", "wet"]
    assert query_terms("x" * 250) == ["x" * 200]
    assert query_terms("itch itch ITCH") == ["ITCH", "itch"]


def test_the_index_counts_what_it_holds_and_answers_from_another_thread(small_library: Library) -> None:
    import threading

    index = SearchIndex(small_library)
    assert index.size == 0  # built by the first search, not before
    index.build()
    # English: 2 pages, 2 questions, 2 glossary terms; Thai: its barrier page, and the itch page
    # and the 2 questions in English (what a Thai reader is shown until they are translated)
    assert index.size == 10
    assert [h.ref for h in index.search("Scratching", "th")] == ["itch"]
    found: list[list[str]] = []
    worker = threading.Thread(target=lambda: found.append([h.ref for h in index.search("water", "en")]))
    worker.start()
    worker.join()
    assert found and "barrier" in found[0]


def test_capitals_do_not_matter_and_results_carry_their_titles(small_library: Library) -> None:
    hits = SearchIndex(small_library).search("ITCH", "en")
    assert [(h.ref, h.title) for h in hits] == [("itch", "Itch")]
    assert hits[0].first_match == "itch"  # as written in the text
    assert hits[0].snippet_html == (
        f"A short summary of {MARK}itch</b>. Scratching makes the {MARK}itch</b> worse .")


def test_a_three_letter_word_is_ranked_by_relevance_too(content_tree: Path) -> None:
    library = wool_pages(content_tree)
    assert [h.ref for h in SearchIndex(library).search("woo", "en")] == ["fabrics", "passing"]


def test_questions_with_equal_answers_keep_their_order(content_tree: Path) -> None:
    faq = content_tree / "en" / "faq.md"
    faq.write_text(faq.read_text(encoding="utf-8")
                   + "\n## Question one\n\nApply the balm daily.\n"
                   + "\n## Question two\n\nApply the balm daily.\n", encoding="utf-8")
    library = load_library(content_tree, content_tree.parent / "illustrations")
    hits = SearchIndex(library).search("balm", "en")
    assert [h.ref for h in hits] == ["question-one", "question-two"]


def test_glossary_aliases_are_searched_and_shown(content_tree: Path) -> None:
    glossary = content_tree / "en" / "glossary.toml"
    glossary.write_text(glossary.read_text(encoding="utf-8") + (
        '\n[eczema]\nterm = "eczema"\naliases = ["atopic dermatitis", "AD"]\n'
        'definition = "Dry, itchy skin."\n'), encoding="utf-8")
    library = load_library(content_tree, content_tree.parent / "illustrations")
    [hit] = SearchIndex(library).search("dermatitis", "en")
    assert (hit.kind, hit.ref) == ("glossary", "eczema")
    assert hit.snippet_html == f"Dry, itchy skin. atopic {MARK}dermatitis</b>, AD"
    [plain] = SearchIndex(library).search("protein", "en")  # a term without aliases: nothing added
    assert plain.snippet_html == f"A {MARK}protein</b> that helps the top layer of skin hold water."


def test_snippet_edges_worked_out_by_hand() -> None:
    target = re.compile("target")
    hit = f"{MARK}target</b>"
    # no space in the 50 characters before the match: cut in the word, marked with "…"
    assert snippet("a" * 60 + "target more", target) == "… " + "a" * 50 + hit + " more"
    # the cut falls 1 character in: still marked
    assert snippet("a" + "b" * 50 + "target", target) == "… " + "b" * 50 + hit
    # a space 2 characters in: the excerpt starts after it
    assert snippet("ab " + "c" * 48 + "target", target) == "… " + "c" * 48 + hit
    # no space in the last 25 characters of the 110 after: cut in the word
    assert snippet("target " + "x" * 200, target) == hit + " " + "x" * 109 + " …"
    # a space 26 characters before that end is too far back to cut at
    assert snippet("target" + "x" * 84 + " " + "y" * 200, target) == (
        hit + "x" * 84 + " " + "y" * 25 + " …")
