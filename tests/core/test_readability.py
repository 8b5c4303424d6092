"""Syllables and Flesch-Kincaid grades."""

from __future__ import annotations

import pytest

from edu_app.core.readability import measure, prose, sentences, syllables


@pytest.mark.parametrize(
    ("word", "count"),
    [("cat", 1), ("cure", 1), ("makes", 1), ("faces", 2), ("wanted", 2), ("jumped", 1),
     ("table", 2), ("eczema", 3), ("moisturiser", 4), ("inflammation", 4),
     ("corticosteroid", 5), ("itch-scratch", 2)],
)
def test_syllables(word: str, count: int) -> None:
    assert syllables(word) == count


def test_grade_formula() -> None:
    reading = measure("The cat sat on the mat.")
    assert (reading.words, reading.sentences, reading.syllables) == (6, 1, 6)
    assert reading.grade == pytest.approx(0.39 * 6 + 11.8 - 15.59, abs=0.05)


def test_plain_text_scores_low_and_jargon_high() -> None:
    plain = measure("Your skin is like a wall. It keeps water in. Use cream every day.")
    hard = measure("Pharmacological immunomodulation necessitates individualised consideration.")
    assert plain.grade < 4 < 14 < hard.grade


def test_prose_drops_tables_headings_and_markup() -> None:
    text = prose('## Head\n\n| a | b |\n|---|---|\n\nA **b** [@x] {ev:rct}.\n- item one\n!!! tip "Do"\n    x')
    assert "Head" not in text and "|" not in text and "@x" not in text
    assert [" ".join(s.split()) for s in sentences(text)] == ["A b .", "item one", "Do.", "x"]


def test_long_sentences_are_counted() -> None:
    # The content brief: a sentence of more than 25 words is long; 25 words is still fine.
    twenty_five = " ".join(["word"] * 25) + "."
    twenty_six = " ".join(["word"] * 26) + "."
    assert measure(twenty_five).long_sentences == 0
    assert measure(twenty_six).long_sentences == 1
    assert measure(f"{twenty_six} {twenty_five} {twenty_six}").long_sentences == 2


@pytest.mark.parametrize(
    ("word", "count"),
    # counted by hand, by the module's rules: quotes around a word are not letters; each part
    # of a hyphenated word counts; "-ee" and "-ye" are voiced, a final "e" otherwise silent;
    # "-ed" after a consonant other than t or d is silent
    [("'area'", 3), ("’eczema’", 3), ("x-ray", 2), ("baby", 2), ("agree", 2), ("goodbye", 2),
     ("complete", 2), ("contained", 2), ("scrubbed", 1)],
)
def test_more_syllables(word: str, count: int) -> None:
    assert syllables(word) == count


def test_prose_leaves_out_pictures_tags_and_see_lines() -> None:
    text = prose("![A picture of skin](figure:skin)\ntags: skin, care\nsee: barrier\nText here.")
    assert sentences(text) == ["Text here."]


def test_text_without_words_measures_nothing() -> None:
    assert measure("") == (0, 0, 0, 0, 0.0)
    assert measure("123. 456!") == (0, 0, 0, 0, 0.0)


def test_prose_keeps_the_words_of_a_link() -> None:
    assert prose("See [the barrier](page:barrier) page.") == "See the barrier page."
