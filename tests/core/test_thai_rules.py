"""Rules of Thai word handling, on hand-built text: where each word is, and break marks in HTML
around no-wrap spans and inline tags."""

from __future__ import annotations

from edu_app.core.thai import ZWSP, Segmenter, html_breaks

SEGMENTER = Segmenter(["ไม่", "ได้", "ผิว"])
NOWRAP = '<span style="white-space:nowrap;">'


def test_spans_give_where_each_thai_word_starts_and_ends() -> None:
    # "ab " is 3 characters, each of ไม่ and ได้ is 3 (letter, letter, mark), then a space
    assert SEGMENTER.spans("ab ไม่ได้ ได้") == [(3, 6), (6, 9), (10, 13)]
    assert SEGMENTER.spans("no Thai") == []


def test_thai_after_a_badge_closes_gets_its_word_breaks() -> None:
    html = f"<p>{NOWRAP}ไม่ได้</span> ไม่ได้</p>"
    assert html_breaks(html, SEGMENTER) == f"<p>{NOWRAP}ไม่ได้</span> ไม่{ZWSP}ได้</p>"


def test_a_span_inside_a_badge_does_not_end_its_no_break() -> None:
    html = f"<p>{NOWRAP}<span>ผิว</span> ไม่ได้</span></p>"
    assert html_breaks(html, SEGMENTER) == html


def test_a_break_goes_before_an_inline_tag_where_two_words_end() -> None:
    # ไม่|ได้ before the bold, ผิว in it: the word ได้ ends at the tag
    assert html_breaks("<p>ไม่ได้<b>ผิว</b></p>", SEGMENTER) == f"<p>ไม่{ZWSP}ได้{ZWSP}<b>ผิว</b></p>"
