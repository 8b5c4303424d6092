"""Fuzzing search: any query (old FTS5 syntax, control characters, Thai, huge, empty) gives a
list of results with escaped snippets, never an exception."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from edu_app.core.model import Library
from edu_app.core.search import MAX_RESULTS, Hit, SearchIndex
from edu_app.core.search_text import normalise, tokens
from edu_app.core.thai import Segmenter

from fuzzing import fuzz

EXAMPLES = {"queries": 400}

FTS_PIECES = (
    '"', '""', "*", "NEAR", "NEAR(", ")", "(", "^", ":", "-", "+", "AND", "OR", "NOT", "{", "}",
    "'", "%", "_", "\\", "title:", "body:", "lang:", "docs", "skin", "eczema", "stem cells",
    "ผิว", "หนัง", "ผิวหนังอักเสบ", "กก", "x" * 300, "\x00", "\x1f", "\x7f", "\u200b", "\ufeff",
    "\U0001f600", "İ", "ß", "ﬀ",
)
queries = st.lists(st.one_of(st.sampled_from(FTS_PIECES), st.text(max_size=20)), max_size=8).map(
    " ".join
) | st.text(max_size=300)


@pytest.fixture(scope="module")
def index(library: Library) -> SearchIndex:
    built = SearchIndex(library)
    built.build()
    return built


@fuzz(EXAMPLES["queries"])
@given(query=queries, lang=st.sampled_from(["en", "th", "xx"]))
def test_any_query_gives_results_or_nothing(index: SearchIndex, query: str, lang: str) -> None:
    hits = index.search(query, lang)
    assert isinstance(hits, list) and len(hits) <= MAX_RESULTS
    for hit in hits:
        assert isinstance(hit, Hit) and hit.kind in ("page", "faq", "glossary")
        # the only markup in a snippet is our own highlight
        markup = re.sub(r'<b style="[^"]*">|</b>', "", hit.snippet_html)
        assert "<" not in markup and ">" not in markup, hit.snippet_html


@fuzz(100)
@given(query=queries)
def test_query_words_are_clean(query: str) -> None:
    typed = normalise(query)
    for token in tokens(typed, Segmenter(["ผิว", "หนัง"])):
        word = typed[token.start : token.end]
        assert token.key and word and not re.search(r"[\s\x00-\x1f\x7f]", word)


def test_the_results_say_how_many_and_what_was_ignored(index: SearchIndex) -> None:
    results = index.find("eczema zqxjv", "en")
    assert results.total >= len(results.hits) > 0
    assert results.ignored == ("zqxjv",)


def test_lone_surrogates_are_dropped(index: SearchIndex) -> None:
    # regression: a lone surrogate (from a broken paste) raised UnicodeEncodeError in sqlite3
    assert index.search("\ud800eczema", "en") == index.search(" eczema", "en") != []


def test_search_syntax_is_just_punctuation(index: SearchIndex) -> None:
    # quotes, brackets and operators are not syntax: the words inside are what is looked for
    assert index.search('"stem cells"', "en") == index.search("stem cells", "en") != []
    assert index.search("NEAR(eczema skin)", "en") == index.search("near eczema skin", "en")
