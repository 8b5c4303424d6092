"""Search: whole words, normalising, stemming, synonyms and misspellings, Thai words, ranking,
snippets and highlights. Expected results are written down from reading the content."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from edu_app.core.content import load_library
from edu_app.core.model import Library
from edu_app.core.search import SearchIndex, plain_text
from edu_app.core.search_text import key, normalise, within

from helpers import page_text, write

MARK = '<b style="background-color:#ffe58a; color:#1f2a30;">'


def refs(index: SearchIndex, query: str, lang: str = "en") -> list[str]:
    return [h.ref for h in index.search(query, lang)]


@pytest.fixture(scope="module")
def bundled(library: Library) -> SearchIndex:
    return SearchIndex(library)


# ------------------------------------------------------------------ words and keys


def test_normalise_makes_typing_variants_one() -> None:
    assert normalise("ECZEMA") == normalise("Eczéma") == "eczema"
    assert normalise("\ufb00") == "ff"  # compatibility ligature
    assert normalise("ex\u200bzema") == "exzema"  # an invisible character typed or pasted
    assert normalise("ค\u0e4d\u0e32") == "คำ"  # nikhahit + sara aa typed for sara am
    assert normalise("ผื่่น") == "ผื่น"  # a tone mark typed twice
    assert normalise("ผ\u0e48\u0e37น") == "ผื่น"  # tone mark typed before its vowel
    assert normalise("don’t") == "don't"


@pytest.mark.parametrize(("words", "same"), [
    (["itch", "itches", "itching", "itchy"], True),
    (["allergy", "allergies", "allergic"], True),
    (["treat", "treated", "treatment", "treatments"], True),
    (["cream", "creams"], True),
    (["scratch", "scratching", "scratches"], True),
    (["baby", "babies"], True),
    (["cell", "call"], False),
    (["is", "it"], False),
])
def test_english_endings_are_dropped_the_same_way(words: list[str], same: bool) -> None:
    keys = {key(w) for w in words}
    assert (len(keys) == 1) is same, keys


def test_edit_distance_counts_a_swap_as_one_and_stops_at_the_limit() -> None:
    assert within("excema", "eczema", 2) == 2
    assert within("steriod", "steroid", 1) == 1  # two neighbours swapped
    assert within("eczma", "eczema", 1) == 1
    assert within("eczema", "dupilumab", 2) is None
    assert within("abcdef", "abcxyz", 2) is None


def test_plain_text_strips_markup() -> None:
    text = plain_text('## Head\n\nA **b** [@x] {ev:rct} [link](page:y)\n\n!!! tip "Do this"\n    x')
    assert text == "Head\nA b link\nDo this\n x"


# ------------------------------------------------------------------ the small library


def test_finds_pages_faq_and_glossary_by_any_form_of_a_word(small_library: Library) -> None:
    index = SearchIndex(small_library)
    kinds = {(h.kind, h.ref) for h in index.search("moisturiser", "en")}
    assert kinds >= {("page", "barrier"), ("faq", "do-moisturisers-help"), ("glossary", "moisturiser")}
    assert refs(index, "scratched") == ["itch"]  # "Scratching" in the text


def test_whole_words_only(small_library: Library) -> None:
    index = SearchIndex(small_library)
    assert refs(index, "it") == ["barrier"]  # "Filaggrin helps it", not inside "itch"
    assert refs(index, "cat ") == []  # a finished word: not inside "catch"
    assert refs(index, "tch") == []  # nothing begins with it


def test_the_last_word_while_typed_finds_the_words_it_begins(small_library: Library) -> None:
    index = SearchIndex(small_library)
    assert "barrier" in refs(index, "filag")
    assert refs(index, "filag ") == []  # a finished word is a word


def test_title_matches_rank_first(content_tree: Path) -> None:
    write(content_tree / "en" / "early.md",
          page_text("early", 1, "The itch comes back at night. An itch, then another itch.\n"))
    library = load_library(content_tree, content_tree.parent / "illustrations")
    assert refs(SearchIndex(library), "itch") == ["itch", "early"]


def test_more_relevant_body_matches_rank_higher(content_tree: Path) -> None:
    write(content_tree / "en" / "passing.md", page_text(
        "passing", 1, "Many things matter for skin, " + "day after day, " * 30
        + "and wool is one of them.\n"))
    write(content_tree / "en" / "fabrics.md", page_text(
        "fabrics", 2, "Wool scratches. Wool is rough. Choose cotton, not wool.\n"))
    library = load_library(content_tree, content_tree.parent / "illustrations")
    assert refs(SearchIndex(library), "wool") == ["fabrics", "passing"]


def test_documents_with_every_word_come_before_those_with_some(small_library: Library) -> None:
    index = SearchIndex(small_library)
    assert refs(index, "water skin")[:1] == ["barrier"]
    assert refs(index, "water zebra") == ["barrier", "filaggrin", "moisturiser"]  # zebra: nowhere
    assert index.find("water zebra", "en").ignored == ("zebra",)


def test_questions_with_equal_answers_keep_their_order(content_tree: Path) -> None:
    faq = content_tree / "en" / "faq.md"
    faq.write_text(faq.read_text(encoding="utf-8")
                   + "\n## Question one\n\nApply the balm daily.\n"
                   + "\n## Question two\n\nApply the balm daily.\n", encoding="utf-8")
    library = load_library(content_tree, content_tree.parent / "illustrations")
    assert refs(SearchIndex(library), "balm") == ["question-one", "question-two"]


def test_glossary_aliases_find_the_term_and_each_other(content_tree: Path) -> None:
    glossary = content_tree / "en" / "glossary.toml"
    glossary.write_text(glossary.read_text(encoding="utf-8") + (
        '\n[eczema]\nterm = "eczema"\naliases = ["atopic dermatitis"]\n'
        'definition = "Dry, itchy skin."\n'), encoding="utf-8")
    library = load_library(content_tree, content_tree.parent / "illustrations")
    index = SearchIndex(library)
    assert "contagious" in refs(index, "atopic dermatitis")  # the FAQ says "eczema"
    assert refs(index, "atopic dermatitis")[0] == "eczema"


def test_the_authors_table_adds_lay_words_and_misspellings(content_tree: Path) -> None:
    write(content_tree / "en" / "search-words.toml",
          '[[alias]]\ntyped = ["lotion", "moisturizer"]\nmeans = ["moisturiser"]\n')
    library = load_library(content_tree, content_tree.parent / "illustrations")
    assert library.errors == []
    results = SearchIndex(library).find("lotion", "en")
    assert {h.ref for h in results.hits} >= {"barrier", "moisturiser"}
    assert results.did_you_mean == "moisturiser"  # no page says "lotion"


@pytest.mark.parametrize("text", [
    'words = "not a list"\n',
    '[[alias]]\ntyped = ["a"]\n',
    '[[alias]]\ntyped = ["a"]\nmeans = ["b"]\nextra = 1\n',
    '[[alias]]\ntyped = []\nmeans = ["b"]\n',
    "not toml at all [",
])
def test_a_broken_search_words_file_is_reported_and_search_goes_on(
        content_tree: Path, text: str) -> None:
    write(content_tree / "en" / "search-words.toml", text)
    library = load_library(content_tree, content_tree.parent / "illustrations")
    assert any("search-words.toml" in str(p) for p in library.errors)
    assert "barrier" in refs(SearchIndex(library), "water")


def test_a_typing_error_is_corrected_and_said(small_library: Library) -> None:
    index = SearchIndex(small_library)
    results = index.find("filagrin", "en")  # one letter missing
    assert results.did_you_mean == "filaggrin"
    assert "barrier" in [h.ref for h in results.hits]
    assert index.find("filaggrin", "en").did_you_mean == ""
    assert index.find("zzzzzz", "en").hits == []


def test_snippets_mark_whole_words_and_escape(small_library: Library) -> None:
    hit = SearchIndex(small_library).search("water", "en")[0]
    assert f"{MARK}water</b>" in hit.snippet_html
    assert hit.first_match == "water"
    for marked in re.findall(r"<b [^>]*>(.*?)</b>", hit.snippet_html):
        assert key(marked) == key("water")


def test_capitals_do_not_matter_and_results_carry_their_titles(small_library: Library) -> None:
    hits = SearchIndex(small_library).search("ITCH", "en")
    assert [(h.ref, h.title) for h in hits] == [("itch", "Itch")]
    assert hits[0].first_match == "itch"
    assert hits[0].snippet_html == f"Scratching makes the {MARK}itch</b> worse ."


def test_a_long_body_is_cut_at_word_boundaries_around_the_most_matches() -> None:
    from edu_app.core.search_engine import snippet
    from edu_app.core.search_text import tokens
    from edu_app.core.thai import Segmenter

    body = "alpha " * 60 + "target beta target " + "omega " * 60
    toks = tokens(body, Segmenter([]))
    spans = [(t.start, t.end) for t in toks if t.key == "target"]
    got = snippet(body, spans, toks)
    assert got.startswith("… alpha ") and got.endswith(" …")
    assert got.count(f"{MARK}target</b>") == 2
    inner = got.removeprefix("… ").removesuffix(" …")
    assert re.fullmatch(r"(alpha )*<b[^>]*>target</b> beta <b[^>]*>target</b>( omega)*", inner)


def test_the_index_counts_what_it_holds_and_answers_from_another_thread(small_library: Library) -> None:
    import threading

    index = SearchIndex(small_library)
    assert index.size == 0  # made by the first search, not before
    index.build()
    # English: 2 pages, 2 questions, 2 glossary terms; Thai: its barrier page, and the itch page
    # and the 2 questions in English (what a Thai reader is shown until they are translated)
    assert index.size == 10
    assert refs(index, "Scratching", "th") == ["itch"]
    found: list[list[str]] = []
    worker = threading.Thread(target=lambda: found.append(refs(index, "water")))
    worker.start()
    worker.join()
    assert found and "barrier" in found[0]


def test_thai_is_searched_by_word(small_library: Library) -> None:
    index = SearchIndex(small_library)
    hits = index.search("เก็บน้ำ", "th")  # two words typed without a space
    assert [h.ref for h in hits] == ["barrier"]
    assert f"{MARK}เก็บ</b>" in hits[0].snippet_html and f"{MARK}น้ำ</b>" in hits[0].snippet_html
    assert index.search("น้", "th") == []  # not a word: no match inside น้ำ
    assert index.search("เก็บน้ำ", "en") == []


def test_hostile_queries_are_taken_as_words(content_tree: Path) -> None:
    write(content_tree / "en" / "symbols.md", page_text(
        "symbols", 30, "Cotton is 100% soft (and cool). Some say AND, OR and NOT. "
                       "A back\\slash and NEAR(here). Rock\"n\"roll.\n"))
    library = load_library(content_tree, content_tree.parent / "illustrations")
    index = SearchIndex(library)
    for query in ['"', "'", '""', "*", "%", "%_", "_", "\\", "((", "^", "   ", "\x00"]:
        assert index.search(query, "en") == [], query  # no word in it
    assert refs(index, "NEAR(") == ["symbols"]
    assert refs(index, '"cotton"') == ["symbols"]
    assert refs(index, "100%") == ["symbols"]
    joined = [(h.kind, h.ref) for h in index.search("water\x00skin", "en")]
    assert joined == [(h.kind, h.ref) for h in index.search("water skin", "en")]


# ------------------------------------------------------------------ the bundled content:
# real patient questions (issue 18). The expected first results were chosen by reading the
# pages: the page or answer whose subject the question is.

FIRST = [
    ("what is dupilumab", "en", {"dupilumab"}),
    ("Dupixent", "en", {"dupilumab"}),
    ("Protopic", "en", {"tacrolimus"}),
    ("Elidel", "en", {"pimecrolimus"}),
    ("steroid", "en", {"steroid-safety", "treatments"}),  # (steroid-safety: the page about them)
    ("is eczema contagious", "en", {"contagious"}),
    ("why does it itch at night", "en", {"living-with-eczema", "itch-scratch-cycle"}),
    ("how much does stem cell therapy cost", "en",
     {"cost-and-access", "stem-cell-prices-thailand", "uc-msc-therapy", "questions-to-ask", "cost"}),
    ("baby eczema food allergy", "en", {"food-and-diet", "peanut-egg-baby", "diet", "prevent-baby"}),
    ("excema", "en", {"eczema", "eczema-skin"}),
    ("cord blood", "en", {"cord-blood", "cord-blood-vs-tissue", "uc-msc-therapy"}),
    ("โรคภูมิแพ้ผิวหนัง", "th", {"eczema-skin", "eczema"}),
    ("ผื่นแพ้", "th", {"eczema-skin", "eczema"}),
    ("เรื้อนกวาง", "th", {"eczema-skin", "eczema"}),
    ("สเตอรอยด์", "th", {"steroid-safety", "treatments"}),
    ("สเตมเซลล์", "th", {"stem-cell", "uc-msc-therapy"}),
    ("เซลล์บำบัด", "th", {"stem-cell", "uc-msc-therapy"}),
    ("ครีมบำรุงผิว", "th", {"skin-barrier", "moisturiser", "treatments"}),
    ("มอยเจอร์ไรเซอร์", "th", {"skin-barrier", "moisturiser", "treatments"}),
    ("ดูพิกเซนท์", "th", {"dupilumab"}),
    ("ผื่นติดต่อไหม", "th", {"contagious"}),
    # (the cost page's section on what stem-cell clinics charge holds all three words more often
    # than the UC-MSC page, which comes second: a known limit of ranking by word counts)
    ("สเต็มเซลล์รักษาผื่น", "th", {"uc-msc-therapy", "cost-and-access"}),
    ("ลูกเป็นผื่น", "th", {"children", "living-with-eczema", "prevent-baby", "grow-out"}),
    ("อย", "th", {"fda", "legal-thailand"}),
]


@pytest.mark.parametrize(("query", "lang", "expected"), FIRST)
def test_patient_questions_find_the_right_page_first(
        bundled: SearchIndex, query: str, lang: str, expected: set[str]) -> None:
    hits = bundled.search(query, lang)
    assert hits, query
    assert hits[0].ref in expected, [h.ref for h in hits[:5]]


def test_a_common_word_is_a_word_not_a_piece(bundled: SearchIndex) -> None:
    # "at" is a question word: dropped; highlights never sit inside a longer word
    for query, lang in [("itchy at night", "en"), ("อย", "th"), ("รก", "th")]:
        for hit in bundled.search(query, lang):
            text = re.sub(r"&\w+;", " ", hit.snippet_html)
            for before, after in re.findall(r"(.)<b [^>]*>.*?</b>(.)", text):
                if lang == "en":
                    assert not before.isalpha() and not after.isalpha(), hit.snippet_html
    for hit in bundled.search("รก", "th"):  # placenta, never the end of แรก ("first")
        assert "แ<b" not in hit.snippet_html, hit.snippet_html
    for hit in bundled.search("อย", "th"):  # the Thai FDA, never the start of อย่าง
        assert "อย</b>่" not in hit.snippet_html, hit.snippet_html


def test_the_count_is_every_match_not_the_cap(bundled: SearchIndex) -> None:
    results = bundled.find("eczema", "en", limit=5)
    assert len(results.hits) == 5 and results.total > 30


def test_misspellings_say_what_was_searched(bundled: SearchIndex) -> None:
    assert bundled.find("excema", "en").did_you_mean == "eczema"
    assert bundled.find("steriod cream", "en").did_you_mean == "steroid cream"
    assert bundled.find("สเตอรอยด์", "th").did_you_mean == "สเตียรอยด์"
    assert bundled.find("eczema", "en").did_you_mean == ""


def test_snippets_never_start_on_a_thai_mark(bundled: SearchIndex) -> None:
    marks = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0e30\u0e32\u0e33\u0e45]")
    for query in ["ผื่น", "คัน", "สเต็มเซลล์", "ครีม", "น้ำ", "แพทย์"]:
        for hit in bundled.search(query, "th"):
            text = re.sub(r"<[^>]*>", "", hit.snippet_html).removeprefix("… ")
            assert not marks.match(text), (query, hit.ref, text[:20])
