"""The search engine's rules on tiny hand-made indexes: what is indexed, BM25 and idf values,
how a query is understood (aliases, question words, prefixes, typing errors), ranking, totals,
"Did you mean", the hit's first match and how a snippet is cut. Every expected value is worked
out by hand from the rule (the arithmetic is written in the test)."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest

from edu_app.core.model import FaqItem, GlossaryTerm, Language, Page, SearchAlias
from edu_app.core.search_engine import Concept, Doc, LanguageIndex, _language_docs, snippet
from edu_app.core.search_text import key, tokens
from edu_app.core.search_types import Results
from edu_app.core.thai import Segmenter

M = '<b style="background-color:#ffe58a; color:#1f2a30;">'  # what a matched word opens with
NO_WORDS = Segmenter([])


def page(pid: str, title: str, body: str = "", summary: str = "", order: int = 10) -> Page:
    return Page(pid, "en", title, summary, order, "demo", dt.date(2026, 1, 1), "draft", (), body,
                Path(f"{pid}.md"))


def language(*pages: Page, faq: tuple[tuple[str, str, str], ...] = (),
             glossary: tuple[GlossaryTerm, ...] = (),
             aliases: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (),
             words: tuple[str, ...] = (), code: str = "en") -> Language:
    lang = Language(code)
    lang.pages = list(pages)
    lang.faq = [FaqItem(fid, question, answer, (), "", 1) for fid, question, answer in faq]
    lang.glossary = {term.id: term for term in glossary}
    lang.search_aliases = [SearchAlias(typed, means) for typed, means in aliases]
    lang.words = set(words)
    return lang


def refs(index: LanguageIndex, query: str) -> list[str]:
    return [h.ref for h in index.search(query).hits]


def doc(index: LanguageIndex, ref: str) -> Doc:
    return next(d for d in index.docs if d.ref == ref)


def cut(body: str, word: str, segmenter: Segmenter = NO_WORDS) -> str:
    """The snippet of ``body`` with every written form of ``word`` matched."""
    body_tokens = tokens(body, segmenter)
    spans = [(t.start, t.end) for t in body_tokens if t.key == key(word)]
    return snippet(body, spans, body_tokens)


# ------------------------------------------------------------------ documents


def test_a_document_is_made_of_exactly_four_fields() -> None:
    # title, headings or aliases, summary, body: one missing is a programming error
    with pytest.raises(ValueError, match="zip"):
        Doc("page", "p", 1, ("Title", "", "Summary"), NO_WORDS)


def test_a_phrase_is_counted_only_where_its_words_follow_each_other() -> None:
    d = Doc("page", "p", 1, ("", "", "", "Skin barrier, dry skin and a skin barrier cream."), NO_WORDS)
    assert d.count(("skin", "barrier"), 3) == 2  # "skin" alone (after "dry") does not count
    assert d.count(("skin",), 3) == 3
    assert d.spans(("skin", "barrier"), 3) == [(0, 12), (29, 41)]


def test_what_is_indexed_for_pages_questions_and_glossary_terms() -> None:
    # a page: title, its headings (one a line), summary, body as plain text; a question: the
    # question and its answer only; a term: the term, its aliases (one a line) and definition.
    # Pages keep their own order; questions follow every page in file order; terms come last.
    lang = language(
        page("care", "Care", "## What helps?\n\nCream.\n\n## When to call?\n\nSoon.\n",
             summary="How to care.", order=20),
        page("itch", "Itch", "Itch text.", order=10),
        faq=(("q1", "Is it catching?", "No."), ("q2", "Does cream help?", "Yes.")),
        glossary=(GlossaryTerm("eczema", "eczema", "Dry, itchy skin.",
                               ("atopic dermatitis", "atopic eczema")),),
    )
    docs = _language_docs(lang, NO_WORDS)
    assert [(d.kind, d.ref, d.order, d.fields) for d in docs] == [
        ("page", "care", 20, ("Care", "What helps?\nWhen to call?", "How to care.",
                              "What helps?\nCream.\nWhen to call?\nSoon.")),
        ("page", "itch", 10, ("Itch", "", "", "Itch text.")),
        ("faq", "q1", 1000, ("Is it catching?", "", "", "No.")),
        ("faq", "q2", 1001, ("Does cream help?", "", "", "Yes.")),
        ("glossary", "eczema", 5000, ("eczema", "atopic dermatitis\natopic eczema", "",
                                      "Dry, itchy skin.")),
    ]


# ------------------------------------------------------------------ BM25 and idf


@pytest.fixture
def four_docs() -> LanguageIndex:
    """Two pages of weighted length 15 (title words count 6, body words 1), a question of
    length 1 (no word in its question) and a term of length 11: each as long as its kind's
    average."""
    return LanguageIndex(language(
        page("skin", "Skin care", "Keep water in."),  # 2*6 + 3 = 15
        page("night", "Dry skin", "Sleep at night."),  # 2*6 + 3 = 15
        faq=(("faq", "?", "Water."),),  # 1
        glossary=(GlossaryTerm("barrier", "Barrier", "Keeps water in the skin."),),  # 6 + 5 = 11
    ))


def test_a_word_once_in_a_document_of_average_length_scores_one(four_docs: LanguageIndex) -> None:
    # BM25 with k1 = 1.2, b = 0.5: tf (k1 + 1) / (tf + k1 (1 - b + b len/avg)) = 2.2 / 2.2
    water = Concept("water", {("water",): 1.0})
    for ref in ("skin", "faq", "barrier"):
        score, present = four_docs._concept_score(doc(four_docs, ref), water)
        assert score == pytest.approx(1.0), ref
        assert present
    assert four_docs._concept_score(doc(four_docs, "night"), water) == (0.0, False)


def test_a_document_holding_only_an_alias_counts_its_worth_twice(four_docs: LanguageIndex) -> None:
    # the alias (worth 0.9) weighs the term frequency, and the best worth found scales the score
    lotion = Concept("lotion", {("lotion",): 1.0, ("water",): 0.9})
    score, present = four_docs._concept_score(doc(four_docs, "skin"), lotion)
    assert score == pytest.approx(0.9 * 0.9 * 2.2 / (0.9 + 1.2))
    assert present


def test_rarer_words_weigh_more(four_docs: LanguageIndex) -> None:
    # idf = ln(1 + (N - n + 0.5) / (n + 0.5)) with N = 4 documents
    water = Concept("water", {("water",): 1.0})  # in 3 of them
    night = Concept("night", {("night",): 1.0})  # in 1
    assert four_docs._idf(water) == pytest.approx(math.log(1 + 1.5 / 3.5))
    assert four_docs._idf(night) == pytest.approx(math.log(1 + 3.5 / 1.5))


# ------------------------------------------------------------------ empty results


def test_a_query_without_words_finds_nothing_and_ignores_nothing() -> None:
    index = LanguageIndex(language(page("itch", "Itch", "Itch.")))
    assert index.search("?!") == Results([], 0, "", ())


def test_a_query_matching_nothing_says_which_words_were_not_found() -> None:
    index = LanguageIndex(language(page("itch", "Itch", "Itch.")))
    assert index.search("Zebra") == Results([], 0, "", ("zebra",))


# ------------------------------------------------------------------ "Did you mean"


def test_a_correction_is_shown_in_its_commonest_written_form() -> None:
    # "scratch" is written once as "Scratch" and twice as "scratching": the latter is shown
    index = LanguageIndex(language(page("a", "Scratch", "Scratching and scratching at night.")))
    results = index.search("scrach")
    assert results.did_you_mean == "scratching"
    assert [h.ref for h in results.hits] == ["a"]


def test_every_typing_error_is_corrected_and_the_rest_kept() -> None:
    index = LanguageIndex(language(page("skin", "Dry skin", "Filaggrin keeps water in.")))
    assert index.search("dry watr filagrin").did_you_mean == "dry water filaggrin"


def test_a_short_word_with_one_typing_error_is_corrected() -> None:
    # "watr" (4 letters) may hold one error; the first page's words (all not beginning with
    # "w") are passed over, not a reason to stop looking
    index = LanguageIndex(language(page("care", "Skin care", "Use cream."),
                                   page("water", "Water", "Drink water.")))
    results = index.search("watr ")
    assert results.did_you_mean == "water"
    assert [h.ref for h in results.hits] == ["water"]


def test_a_long_word_mistyped_in_its_first_letter_is_corrected() -> None:
    # six letters or more may hold two errors, and then the first letter may be wrong too
    index = LanguageIndex(language(page("eczema", "Eczema", "Eczema is common.")))
    results = index.search("wczema")
    assert results.did_you_mean == "eczema"
    assert [h.ref for h in results.hits] == ["eczema"]


def test_a_typing_error_finds_the_three_nearest_words_the_commonest_first() -> None:
    # "rask" is one error from rash (3 pages), risk (2), rack (1) and rasp (1): the three
    # nearest are ordered by how many documents use them, then alphabetically: rasp is left out
    index = LanguageIndex(language(
        page("one", "One", "Rash."),
        page("two", "Two", "Rash and risk."),
        page("three", "Three", "Rash, risk and a rack."),
        page("four", "Four", "Rasp."),
    ))
    results = index.search("rask")
    assert results.did_you_mean == "rash"
    assert sorted(h.ref for h in results.hits) == ["one", "three", "two"]
    assert results.total == 3


def test_a_word_being_typed_that_begins_a_known_word_is_not_a_typing_error() -> None:
    # "wate" begins "water": found as such, not also corrected to "wave"
    index = LanguageIndex(language(page("water", "Water", "Drink water."),
                                   page("waves", "Waves", "Waves.")))
    results = index.search("wate")
    assert results.did_you_mean == ""
    assert [h.ref for h in results.hits] == ["water"]


def test_a_typed_word_the_pages_use_is_not_replaced_by_what_it_means() -> None:
    index = LanguageIndex(language(
        page("lotion", "Lotions", "Apply the lotion."),
        page("moist", "Moisturiser", "A moisturiser keeps water in."),
        aliases=((("lotion",), ("moisturiser",)),),
    ))
    results = index.search("lotion")
    assert results.did_you_mean == ""
    assert sorted(h.ref for h in results.hits) == ["lotion", "moist"]


def test_a_typed_word_listed_among_its_own_meanings_is_not_a_typing_error() -> None:
    # the authors' table says "salve" means salve or ointment: no page says "salve", yet it is
    # a word, not a mistake to be corrected
    index = LanguageIndex(language(
        page("ointment", "Ointment", "An ointment is greasy."),
        aliases=((("salve",), ("salve", "ointment")),),
    ))
    results = index.search("salve")
    assert results.did_you_mean == ""
    assert [h.ref for h in results.hits] == ["ointment"]


def test_a_thai_brand_name_in_the_authors_table_is_read_whole() -> None:
    # ดูพิกเซนท์ begins with the common word ดู ("look"); read whole it is the brand, which no
    # page uses, so the generic name is offered
    words = ("ดู", "ยา", "ดูพิลูแมบ", "ผล", "ทุก", "เดือน")
    index = LanguageIndex(language(
        page("dupilumab", "ดูพิลูแมบ", "ยาดูพิลูแมบ ดูผลทุกเดือน"),
        aliases=((("ดูพิกเซนท์",), ("ดูพิลูแมบ",)),), words=words, code="th",
    ))
    results = index.search("ดูพิกเซนท์")
    assert results.did_you_mean == "ดูพิลูแมบ"
    assert [h.ref for h in results.hits] == ["dupilumab"]


# ------------------------------------------------------------------ aliases and question words


@pytest.fixture
def costs() -> LanguageIndex:
    return LanguageIndex(language(
        page("cost", "Paying for care", "The cost of each visit."),
        page("desk", "Front desk", "How much is it? Ask the desk."),
        page("itch", "Itch", "It itches, but do not scratch."),
        page("cause", "Causes", "The cause is not known."),
        aliases=((("how much", "price"), ("cost",)), (("why",), ("cause",))),
    ))


def test_a_query_is_understood_as_its_phrases(costs: LanguageIndex) -> None:
    # "how much" (question words) is an alias of "cost": one concept spanning both words
    concepts = costs.concepts("how much")
    assert [(c.words, c.alternatives, c.corrected, c.span) for c in concepts] == [
        ("how much", {("how", "much"): 1.0, ("cost",): 0.9}, "", (0, 8)),
    ]


def test_a_phrase_of_question_words_in_the_table_finds_what_it_means(costs: LanguageIndex) -> None:
    assert sorted(refs(costs, "how much")) == ["cost", "desk"]


def test_a_single_word_alias_counts_inside_a_longer_query(costs: LanguageIndex) -> None:
    results = costs.search("price visit")
    assert [h.ref for h in results.hits] == ["cost"]  # price means cost: both words found
    assert results.ignored == ()


def test_a_question_word_typed_alone_finds_what_the_table_says_it_means(
        costs: LanguageIndex) -> None:
    assert refs(costs, "why") == ["cause"]


def test_a_question_word_among_other_words_is_not_taken_for_its_alias(costs: LanguageIndex) -> None:
    # only question words: they are looked for as written, "why" does not become "cause"
    results = costs.search("but why")
    assert [h.ref for h in results.hits] == ["itch"]
    assert results.ignored == ("why",)


def test_a_word_typed_twice_is_one_concept(costs: LanguageIndex) -> None:
    results = costs.search("itch zebra zebra")
    assert [h.ref for h in results.hits] == ["itch"]
    assert results.ignored == ("zebra",)


def test_a_word_that_a_later_phrase_already_means_is_not_a_concept_of_its_own(
        costs: LanguageIndex) -> None:
    # "cost how much": "how much" means cost too, so one concept: both pages hold it
    results = costs.search("cost how much")
    assert results.total == 2
    assert sorted(h.ref for h in results.hits) == ["cost", "desk"]


def test_an_alias_is_not_widened_to_the_words_it_begins() -> None:
    # "itch" is in the table: it finds itch and pruritus, not "itchiness"
    index = LanguageIndex(language(
        page("itch", "Itch", "Itch at night."),
        page("pruritus", "Pruritus", "Pruritus is itch."),
        page("itchiness", "Itchiness", "Itchiness comes and goes."),
        aliases=((("itch",), ("pruritus",)),),
    ))
    assert sorted(refs(index, "itch")) == ["itch", "pruritus"]


def test_a_glossary_phrase_is_looked_for_as_a_phrase() -> None:
    # "vitamin d" is one glossary term: not a typing error for "vitamin"
    index = LanguageIndex(language(
        page("sun", "Sun", "Sunlight helps the body make vitamins."),
        glossary=(GlossaryTerm("vitamin-d", "Vitamin D", "A vitamin made in sunlight."),),
    ))
    results = index.search("vitamin d")
    assert results.did_you_mean == ""
    assert [h.ref for h in results.hits] == ["vitamin-d"]


def test_three_letters_being_typed_find_the_words_they_begin() -> None:
    index = LanguageIndex(language(page("itch", "Itch", "Itch at night.")))
    assert refs(index, "itc") == ["itch"]


def test_a_phrase_is_found_only_where_its_words_are_together() -> None:
    # "cradle cap" is one phrase of the table: a page saying "cradle" alone does not hold it
    index = LanguageIndex(language(
        page("baby", "Baby care", "Rock the cradle gently."),
        aliases=((("cradle cap",), ("seborrhoeic dermatitis",)),),
    ))
    assert index.search("cradle cap") == Results([], 0, "", ("cradle cap",))


# ------------------------------------------------------------------ ranking and totals


def test_with_two_words_only_documents_holding_both_are_listed() -> None:
    index = LanguageIndex(language(page("both", "Both", "Water for skin."),
                                   page("water", "Water", "Water."),
                                   page("skin", "Skin", "Skin.")))
    results = index.search("water skin")
    assert [h.ref for h in results.hits] == ["both"]
    assert results.total == 1


def test_with_three_words_documents_missing_one_come_after_those_with_all() -> None:
    # "more" holds two of the words often, in its title too: it scores higher than "all",
    # which holds each once, yet comes second; "one" holds a single word and is left out
    index = LanguageIndex(language(
        page("all", "Notes", "Itch, wool and sweat."),
        page("more", "Itch and wool", "Itch and wool. Itch and wool."),
        page("one", "Other", "Sweat."),
    ))
    results = index.search("itch wool sweat")
    assert [h.ref for h in results.hits] == ["all", "more"]
    assert results.total == 2


@pytest.fixture
def question_and_page() -> LanguageIndex:
    # the question says itch 4 times, the page twice; both as long as their kind's average:
    # question 1.0 * 4 * 2.2 / 5.2 = 1.692 beats page 1.15 * 2 * 2.2 / 3.2 = 1.581 (times the
    # same idf, ln 1.6 = 0.47: 0.795 against 0.743)
    return LanguageIndex(language(
        page("notes", "Notes", "Itch, itch."),
        page("other", "Other", "Foo bar."),
        faq=(("nights", "Nights?", "Itch, itch, itch, itch."),),
    ))


def test_a_question_saying_a_word_more_often_beats_a_page(question_and_page: LanguageIndex) -> None:
    assert refs(question_and_page, "itch") == ["nights", "notes"]


def test_a_word_found_nowhere_adds_nothing_to_any_score(question_and_page: LanguageIndex) -> None:
    results = question_and_page.search("itch zebra")
    assert [h.ref for h in results.hits] == ["nights", "notes"]
    assert results.ignored == ("zebra",)


def test_a_title_that_is_the_query_counts_twice() -> None:
    # the term "Itch": 0.9 * ln(1.2) * 6 * 2.2 / 7.2 = 0.301; the page saying itch 4 times:
    # 1.15 * ln(1.2) * 4 * 2.2 / 5.2 = 0.355; doubled, the term (0.602) comes first
    index = LanguageIndex(language(
        page("night", "Night", "Itch at night, itch by day: itch, itch."),
        glossary=(GlossaryTerm("itch", "Itch", "An urge to scratch."),),
    ))
    assert refs(index, "itch") == ["itch", "night"]


def test_a_title_holding_only_some_of_the_query_counts_once() -> None:
    # the term "Itch" holds itch but not wool: no title bonus. The page saying both words three
    # times: 1.15 * ln(1.2) * 2 * 3 * 2.2 / 4.2 = 0.659; the term (itch in its title, wool once):
    # 0.9 * ln(1.2) * (6 * 2.2 / 7.2 + 2.2 / 2.2) = 0.465, which a bonus would double to 0.930
    index = LanguageIndex(language(
        page("notes", "Notes", "Itch and wool; itch, wool, itch, wool."),
        glossary=(GlossaryTerm("itch", "Itch", "Wool makes it worse."),),
    ))
    assert refs(index, "itch wool") == ["notes", "itch"]


def test_a_title_partly_the_query_counts_a_quarter_more() -> None:
    # "Itch relief": half the title is the query, so 1 + 1/2 / 2 = 1.25 times. The term:
    # 0.9 * ln(1.2) * 7 * 2.2 / 8.2 = 0.308, times 1.25 = 0.385; the page saying itch 5 times:
    # 1.15 * ln(1.2) * 5 * 2.2 / 6.2 = 0.372
    index = LanguageIndex(language(
        page("notes", "Notes", "Itch, itch, itch, itch, itch."),
        glossary=(GlossaryTerm("relief", "Itch relief", "Soothing the itch."),),
    ))
    assert refs(index, "itch") == ["relief", "notes"]


def test_a_title_being_typed_counts_twice_and_a_partial_one_a_quarter_more() -> None:
    # "itch" being typed also finds "itchiness" (worth 0.7). The term "Itchiness" is the query:
    # 0.9 * ln(1.2) * 0.7 * 4.2 * 2.2 / 5.4 = 0.197, doubled 0.393; the page "Itch relief"
    # (half the query): 1.15 * ln(1.2) * 6 * 2.2 / 7.2 = 0.384, times 1.25 = 0.480
    index = LanguageIndex(language(
        page("relief", "Itch relief", "Soothing creams."),
        glossary=(GlossaryTerm("itchiness", "Itchiness", ""),),
    ))
    assert refs(index, "itch") == ["relief", "itchiness"]


# ------------------------------------------------------------------ hits


def test_a_page_without_text_shows_its_summary_with_the_match_marked() -> None:
    index = LanguageIndex(language(page("care", "Care", "", summary="Use a cream daily.")))
    (hit,) = index.search("cream").hits
    assert hit.snippet_html == f"Use a {M}cream</b> daily."
    assert hit.first_match == "cream"


def test_a_term_without_definition_shows_its_aliases_with_the_match_marked() -> None:
    index = LanguageIndex(language(
        glossary=(GlossaryTerm("ad", "Atopic eczema", "", ("atopic dermatitis",)),)))
    (hit,) = index.search("dermatitis").hits
    assert hit.snippet_html == f"atopic {M}dermatitis</b>"


def test_a_match_only_in_the_title_is_the_first_match() -> None:
    index = LanguageIndex(language(page("wool", "Wool", "Choose soft cotton.")))
    (hit,) = index.search("wool").hits
    assert hit.first_match == "Wool"
    assert hit.snippet_html == "Choose soft cotton."


def test_a_match_only_in_the_summary_has_no_first_match() -> None:
    index = LanguageIndex(language(page("warm", "Warm", "Choose cotton.", summary="Wool is warm.")))
    (hit,) = index.search("wool").hits
    assert hit.first_match == ""


# ------------------------------------------------------------------ snippets


def test_a_snippet_is_one_line() -> None:
    assert cut("Dry skin.\nUse cream.", "cream") == f"Dry skin. Use {M}cream</b>."


def test_a_text_without_words_is_shown_escaped() -> None:
    assert snippet("-- & --", [], []) == "-- &amp; --"


def test_a_single_word_text_keeps_its_punctuation() -> None:
    assert cut("Water.", "water") == f"{M}Water</b>."


def test_a_match_ending_the_text_is_marked() -> None:
    assert cut("Scratching makes the itch", "itch") == f"Scratching makes the {M}itch</b>"


def test_a_lone_match_far_in_begins_the_passage_a_few_words_before_it() -> None:
    # the passage begins at the last word starting at least 40 characters before the match
    body = "alpha " * 20 + "target end."  # target at 120: begin at the alpha at 78
    assert cut(body, "target") == "… " + "alpha " * 7 + f"{M}target</b> end."


def test_the_passage_with_the_most_matches_is_shown() -> None:
    # a match at 0, two close together at 187 and 199 (within 130 characters of each other)
    body = "target " + "alpha " * 30 + "target beta target gamma."
    assert cut(body, "target") == "… " + "alpha " * 7 + f"{M}target</b> beta {M}target</b> gamma."


def test_of_passages_with_as_many_matches_the_first_is_shown() -> None:
    # matches at 0 and 187: one each; the passage is cut after 170 characters, at a word's end
    body = "target " + "alpha " * 30 + "target end."
    assert cut(body, "target") == f"{M}target</b> " + " ".join(["alpha"] * 27) + " …"


def test_a_match_130_characters_on_is_outside_the_passage() -> None:
    # matches at 0, 130 and 137: from 0 only one is within 130 characters, from 130 two are
    body = "target " + "ab " * 41 + "target target end."
    assert cut(body, "target") == "… " + "ab " * 14 + f"{M}target</b> {M}target</b> end."


def test_a_match_129_characters_on_is_inside_the_passage() -> None:
    # matches at 0, 129 and 136: from 0 two are within 130 characters, as many as from 129
    body = "target " + "ab " * 40 + "c target target end."
    assert cut(body, "target") == f"{M}target</b> " + "ab " * 40 + f"c {M}target</b> {M}target</b> end."


def test_phrases_starting_together_count_as_the_matches_they_are() -> None:
    # "Skin" and "Skin barrier" both start at 0 and count twice, with "skin" at 17: three, as
    # many as the three at 200, so the first passage is shown; a match inside another is not
    # marked again, and the following ones still are
    body = "Skin barrier and skin " + "ab " * 59 + " skin skin skin."
    spans = [(0, 4), (0, 12), (17, 21), (200, 204), (205, 209), (210, 214)]
    assert snippet(body, spans, tokens(body, NO_WORDS)) == (
        f"{M}Skin</b> barrier and {M}skin</b> " + " ".join(["ab"] * 49) + " …")


def test_a_match_inside_another_is_skipped_and_later_ones_still_marked() -> None:
    body = "Skin barrier and skin."
    spans = [(0, 4), (0, 12), (17, 21)]
    assert snippet(body, spans, tokens(body, NO_WORDS)) == f"{M}Skin</b> barrier and {M}skin</b>."


def test_the_passage_may_begin_exactly_40_characters_before_the_match() -> None:
    body = "ab " * 20 + "cd" + " " * 38 + "target."  # cd at 60, target at 100
    assert cut(body, "target") == "… cd" + " " * 38 + f"{M}target</b>."


def test_a_passage_beginning_after_a_space_is_not_moved_to_a_sentence() -> None:
    body = "ab " * 20 + "cd. " + "ef " * 12 + "target."  # cd at 60, target at 100
    assert cut(body, "target") == "… cd. " + "ef " * 12 + f"{M}target</b>."


def test_a_passage_never_begins_inside_a_hyphenated_word() -> None:
    # the 40-characters rule lands on "ray" of "x-ray": the passage begins at "x"
    body = "ab " * 19 + "x-ray " + "ef " * 12 + " target. More text."
    assert cut(body, "target") == "… x-ray " + "ef " * 12 + f" {M}target</b>. More text."


def test_a_passage_landing_inside_a_word_may_begin_at_a_sentence_between() -> None:
    # "ray" of "x-ray" is followed by the end of a sentence before the match: begin after it
    body = "ab. " + "ab " * 17 + "x-ray. " + "ef " * 12 + "  target."
    assert cut(body, "target") == "… " + "ef " * 12 + f"  {M}target</b>."


def test_a_one_letter_word_after_a_hyphen_is_kept_with_its_word() -> None:
    body = "ab " * 19 + "x-y " + "ef " * 13 + "target."  # the rule lands on "y" at 59
    assert cut(body, "target") == "… x-y " + "ef " * 13 + f"{M}target</b>."


def test_a_passage_beginning_at_the_second_character_is_marked_as_cut() -> None:
    body = " x-ray" + " " * 40 + "water."  # the rule lands on "ray": begin at "x", at 1
    assert cut(body, "water") == "… x-ray" + " " * 40 + f"{M}water</b>."


def test_a_thai_passage_without_spaces_begins_at_a_word() -> None:
    segmenter = Segmenter(["ผิว", "แห้ง", "คัน"])
    body = "ผิวแห้ง" * 10 + "คัน"  # 7 characters a pair; the match at 70, begin at 28
    assert cut(body, "คัน", segmenter) == "… " + "ผิวแห้ง" * 6 + f"{M}คัน</b>"


def test_a_word_longer_than_the_passage_is_shown_whole() -> None:
    body = "สวัสดี" * 40  # one run no word list cuts: one word of 240 characters
    assert cut(body, "คัน") == body


def test_the_passage_ends_with_a_word_ending_at_170_characters() -> None:
    body = "ab " * 56 + "cd ef"  # cd ends at 170
    assert snippet(body, [], tokens(body, NO_WORDS)) == "ab " * 56 + "cd …"


def test_a_match_right_after_the_passage_end_is_left_out() -> None:
    # "100mg": the passage ends after "100" (at 170); the "mg" touching it is not pulled in
    body = "mg mg " + "ab " * 53 + "c 100mg daily."
    assert cut(body, "mg") == f"{M}mg</b> {M}mg</b> " + "ab " * 53 + "c 100 …"
