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


def test_vocabulary_weighs_long_words_and_names_the_unexplained_ones() -> None:
    from edu_app.core.readability import vocabulary

    # By hand: 2 sentences, 6 words; long (3+ syllables): Moisturisers (oi-u-i-e: 4),
    # Dupilumab (u-i-u-a: 4), injection (i-e-io: 3). Fog = 0.4 × (6/2 + 100 × 3/6) = 21.2.
    text = "Moisturisers help. Dupilumab is an injection."
    assert vocabulary(text, set()) == (21.2, ("dupilumab", "injection", "moisturisers"))
    # a glossary form explains the word itself and longer words it begins ("moisturiser" -> -s)
    assert vocabulary(text, {"dupilumab", "moisturiser"}).hard == ("injection",)
    # a short form (5 letters or fewer) explains only itself: "injec" is not a prefix rule
    assert vocabulary(text, {"injec"}).hard == ("dupilumab", "injection", "moisturisers")
    # the most frequent first
    assert vocabulary("Injection. Injection. Dupilumab.", set()).hard == ("injection", "dupilumab")
    assert vocabulary("", set()) == (0.0, ())


def test_check_content_warns_when_long_words_hide_behind_short_sentences(content_tree) -> None:
    import datetime as dt

    from edu_app.core.check import report
    from edu_app.core.content import load_library

    from helpers import page_text, write

    # By hand: 2 sentences, 8 words, 14 syllables (Take 1, the 1, medicine 3 (silent e),
    # daily 2; Call 1, the 1, pharmacist 3, often 2); long words: medicine, pharmacist.
    # Flesch-Kincaid 0.39 × 4 + 11.8 × 14/8 − 15.59 = 6.6 (passes grade 8), but
    # Fog 0.4 × (4 + 100 × 2/8) = 11.6, over 10.
    body = "Take the medicine daily. Call the pharmacist often.\n"
    write(content_tree / "en" / "words.md", page_text("words", 30, body, "[]"))
    library = load_library(content_tree, content_tree.parent / "illustrations")
    text = report(library, content_tree, dt.date(2026, 12, 4)).text
    assert (f"{content_tree / 'en' / 'words.md'}:11: warning: long words make the detail read at "
            "Gunning Fog grade 11.6 (target 10 or lower; Flesch-Kincaid 6.6); unexplained: "
            "medicine, pharmacist") in text.splitlines()
    assert "words.md:11: error" not in text  # Flesch-Kincaid alone saw nothing wrong
    # once (not again for the Thai stand-in), and not for the small tree's plain pages
    assert sum("Gunning Fog" in x for x in text.splitlines()) == 1
