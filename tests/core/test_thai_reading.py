"""Thai plainness figures, worked out by hand on a small word list."""

from __future__ import annotations

from edu_app.core.thai import Segmenter
from edu_app.core.thai_reading import count_words, measure_thai, phrases

WORDS = ["ผิว", "แห้ง", "คัน", "มาก", "ทา", "ครีม", "ทุก", "วัน", "ฟิลากกริน", "ช่วย"]
COMMON = {"ผิว", "แห้ง", "คัน", "มาก", "ทา", "ครีม", "ทุก", "วัน", "ช่วย"}


def test_a_space_between_thai_ends_a_phrase_but_a_bracketed_gloss_stays() -> None:
    text = "ผิวแห้งคันมาก ทาครีมทุกวัน\nฟิลากกรินช่วยผิว (filaggrin) ทาครีม"
    assert phrases(text) == ["ผิวแห้งคันมาก", "ทาครีมทุกวัน", "ฟิลากกรินช่วยผิว (filaggrin)", "ทาครีม"]


def test_words_are_cut_and_counted_with_latin_ones_and_without_the_repeat_mark() -> None:
    segmenter = Segmenter(WORDS)
    assert count_words("ผิวแห้ง 3 วัน dupilumab", segmenter) == 4  # ผิว แห้ง วัน dupilumab
    assert count_words("ผิวแห้ง ๆ", segmenter) == 2
    assert count_words("ปี พ.ศ. 2567", segmenter) == 2  # ปี (unknown, one cluster run) and พ.ศ.
    assert measure_thai("ผิวแห้ง พ.ศ. 2567", segmenter, COMMON).unexplained == ()


def test_figures_worked_out_by_hand() -> None:
    segmenter = Segmenter(WORDS)
    # 3 phrases: 4 + 4 + (3 Thai + 1 Latin) = 12 words, 4.0 a phrase; ฟิลากกริน is the only
    # rare word: 1 of 11 Thai words = 0.091; 1 Latin word of 12 = 0.083
    text = "ผิวแห้งคันมาก ทาครีมทุกวัน\nฟิลากกรินช่วยผิว (filaggrin)"
    reading = measure_thai(text, segmenter, COMMON)
    assert reading.words == 12 and reading.phrases == 3 and reading.long_phrases == 0
    assert reading.words_per_phrase == 4.0
    assert reading.rare_share == 0.091 and reading.latin_share == 0.083
    assert reading.unexplained == ("ฟิลากกริน",)
    assert measure_thai(text, segmenter, COMMON, ["ฟิลากกริน (filaggrin)"]).unexplained == ()


def test_a_phrase_of_more_than_30_words_is_long() -> None:
    segmenter = Segmenter(WORDS)
    assert measure_thai("ผิว" * 30, segmenter, COMMON).long_phrases == 0
    assert measure_thai("ผิว" * 31 + " ผิว", segmenter, COMMON).long_phrases == 1
