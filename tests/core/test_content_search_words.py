"""search-words.toml: what people type and the dictionary words, checked with the words a content
author reads (these problems name the whole file: line 0)."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu_app.core.content import ContentError, load_search_words
from edu_app.core.model import SearchAlias

from helpers import write


def words_file(tmp_path: Path, text: str) -> Path:
    return write(tmp_path / "search-words.toml", text)


def refused(tmp_path: Path, text: str) -> tuple[int, str]:
    with pytest.raises(ContentError) as raised:
        load_search_words(words_file(tmp_path, text))
    return raised.value.line, raised.value.message


def toml_list(words: list[str]) -> str:
    return "[" + ", ".join(f'"{w}"' for w in words) + "]"


def test_aliases_and_words_load_trimmed(tmp_path: Path) -> None:
    path = words_file(tmp_path, """
        words = [" ผื่น ", "คัน"]
        not_words = ["ผื่นคัน"]

        [[alias]]
        typed = ["itchy ", " scratchy"]
        means = ["itch"]

        [[alias]]
        typed = ["cream"]
        means = ["moisturiser", "emollient"]
        """)
    aliases, words = load_search_words(path)
    assert words == {"ผื่น", "คัน"}
    assert aliases == [SearchAlias(("itchy", "scratchy"), ("itch",)),
                       SearchAlias(("cream",), ("moisturiser", "emollient"))]


def test_a_file_of_words_only_has_no_aliases(tmp_path: Path) -> None:
    assert load_search_words(words_file(tmp_path, 'words = ["คัน"]\n')) == ([], {"คัน"})


@pytest.mark.parametrize(("text", "message"), [
    ('words = "eczema"\n', "'words' must be a list of words"),
    ('words = ["itch", " "]\n', "'words' must be a list of words"),
    ("words = [1]\n", "'words' must be a list of words"),
    ('not_words = "x"\n', "'not_words' must be a list of words"),
    ('not_words = [""]\n', "'not_words' must be a list of words"),
    (f"words = {toml_list(['a' * 81])}\n", "'words': at most 200 words of at most 80 characters"),
    (f"not_words = {toml_list(['n'] * 201)}\n",
     "'not_words': at most 200 words of at most 80 characters"),
])
def test_word_lists_are_checked(tmp_path: Path, text: str, message: str) -> None:
    assert refused(tmp_path, text) == (0, message)


def test_two_hundred_words_of_eighty_characters_load(tmp_path: Path) -> None:
    two_hundred = [f"w{n}" for n in range(200)]
    _, words = load_search_words(words_file(tmp_path, f"words = {toml_list(two_hundred)}\n"))
    assert len(words) == 200
    _, words = load_search_words(words_file(tmp_path, f"words = {toml_list(['a' * 80])}\n"))
    assert words == {"a" * 80}
    assert refused(tmp_path, f"words = {toml_list([*two_hundred, 'one-more'])}\n") == (
        0, "'words': at most 200 words of at most 80 characters")


def alias_tables(count: int) -> str:
    return '[[alias]]\ntyped = ["itchy"]\nmeans = ["itch"]\n' * count


def test_a_thousand_aliases_load_and_one_more_does_not(tmp_path: Path) -> None:
    aliases, _ = load_search_words(words_file(tmp_path, alias_tables(1000)))
    assert len(aliases) == 1000
    assert refused(tmp_path, alias_tables(1001)) == (
        0, "'alias' must be [[alias]] tables (at most 1000)")


def test_alias_must_be_tables(tmp_path: Path) -> None:
    assert refused(tmp_path, 'alias = "itchy"\n') == (
        0, "'alias' must be [[alias]] tables (at most 1000)")


@pytest.mark.parametrize(("tables", "message"), [
    ('[[alias]]\ntyped = ["itchy"]\n', "alias 1 needs 'typed' and 'means' lists, nothing else"),
    ('[[alias]]\ntyped = ["a"]\nmeans = ["b"]\nnote = "x"\n',
     "alias 1 needs 'typed' and 'means' lists, nothing else"),
    (alias_tables(1) + '[[alias]]\nmeans = ["itch"]\n',
     "alias 2 needs 'typed' and 'means' lists, nothing else"),
    ('[[alias]]\ntyped = "itchy"\nmeans = ["itch"]\n', "alias 1: 'typed' must be a list of words"),
    ('[[alias]]\ntyped = ["itchy"]\nmeans = "itch"\n', "alias 1: 'means' must be a list of words"),
    (alias_tables(2) + '[[alias]]\ntyped = ["x"]\nmeans = ["' + "m" * 81 + '"]\n',
     "alias 3: 'means': at most 200 words of at most 80 characters"),
    ('[[alias]]\ntyped = []\nmeans = ["itch"]\n', "alias 1: 'typed' and 'means' need a word each"),
    ('[[alias]]\ntyped = ["itchy"]\nmeans = []\n', "alias 1: 'typed' and 'means' need a word each"),
])
def test_each_alias_is_checked_and_named_by_its_number(tmp_path: Path, tables: str,
                                                        message: str) -> None:
    assert refused(tmp_path, tables) == (0, message)
