"""Thai plainness figures at their edges, worked out by hand: Latin words in several phrases,
a long phrase made long by a Latin word, text without words, rounding."""

from __future__ import annotations

from edu_app.core.thai import Segmenter
from edu_app.core.thai_reading import ThaiReading, measure_thai

WORDS = ["ผิว", "แห้ง", "คัน", "ทา", "ครีม", "ทุก", "วัน", "ฟิลากกริน"]
COMMON = {"ผิว", "แห้ง", "คัน", "ทา", "ครีม", "ทุก", "วัน"}


def test_latin_words_of_every_phrase_are_counted() -> None:
    # ผิว แห้ง (filaggrin) | ทา ครีม: 5 words in 2 phrases, 1 of them Latin
    reading = measure_thai("ผิวแห้ง (filaggrin)\nทาครีม", Segmenter(WORDS), COMMON)
    assert reading.words == 5 and reading.phrases == 2
    assert reading.words_per_phrase == 2.5
    assert reading.latin_share == 0.2


def test_a_latin_word_can_make_a_phrase_long() -> None:
    # 30 Thai words and a bracketed Latin gloss in one phrase: 31 words, over 30
    reading = measure_thai("ผิว" * 30 + " (dupilumab)", Segmenter(WORDS), COMMON)
    assert reading.phrases == 1 and reading.words == 31
    assert reading.long_phrases == 1


def test_text_without_words_has_zero_figures() -> None:
    segmenter = Segmenter(WORDS)
    assert measure_thai("", segmenter, COMMON) == ThaiReading(0, 0, 0, 0.0, 0.0, 0.0, ())
    # a repeat mark alone is a phrase without a word
    assert measure_thai("ๆ", segmenter, COMMON) == ThaiReading(0, 1, 0, 0.0, 0.0, 0.0, ())


def test_words_per_phrase_is_rounded_to_one_decimal() -> None:
    # ผิว แห้ง คัน | ทา ครีม | ทุก วัน: 7 words in 3 phrases, 2.33... shown as 2.3
    reading = measure_thai("ผิวแห้งคัน ทาครีม\nทุกวัน", Segmenter(WORDS), COMMON)
    assert reading.words == 7 and reading.phrases == 3
    assert reading.words_per_phrase == 2.3


def test_a_single_rare_word_is_all_of_the_thai() -> None:
    reading = measure_thai("ฟิลากกริน", Segmenter(WORDS), COMMON)
    assert reading.rare_share == 1.0
    assert reading.unexplained == ("ฟิลากกริน",)
