"""The on-screen keyboard's layouts (Qt-free): keys where a printed keyboard has them."""

from __future__ import annotations

import pytest

from edu_app.core import keyboards


def test_a_row_pairs_each_key_with_its_shifted_key() -> None:
    assert keyboards._row("ab", "AB") == (("a", "A"), ("b", "B"))
    with pytest.raises(ValueError):
        keyboards._row("abc", "AB")


def test_english_is_qwerty_with_a_number_row() -> None:
    rows = keyboards.layout_for("en")
    assert [len(row) for row in rows] == [11, 10, 10, 10]
    assert rows[0][0] == ("1", "1") and rows[0][-1] == ("-", "-")
    assert rows[1][0] == ("q", "Q") and rows[1][-1] == ("p", "P")
    assert rows[2][0] == ("a", "A") and rows[2][-1] == ("'", "'")
    assert rows[3][0] == ("z", "Z") and rows[3][-1] == ("?", "?")


def test_thai_is_kedmanee() -> None:
    rows = keyboards.layout_for("th")
    # Written down from the TIS 820-2538 chart: the key above Q, Q, A and Z and their shifts.
    assert rows[0][0] == ("ๅ", "+") and rows[0][3] == ("ภ", "๓")
    assert rows[1][0] == ("ๆ", "๐") and rows[1][1] == ("ไ", '"') and rows[1][2] == ("ำ", "ฎ")
    assert rows[2][0] == ("ฟ", "ฤ") and rows[2][2] == ("ก", "ฏ") and rows[2][4] == ("เ", "ฌ")
    assert rows[3][0] == ("ผ", "(") and rows[3][-1] == ("ฝ", "ฦ")
    assert [len(row) for row in rows] == [12, 13, 11, 10]


def test_a_language_without_a_layout_gets_english() -> None:
    assert keyboards.layout_for("de") is keyboards.layout_for("en")
    assert keyboards.layout_for("de")[1][0] == ("q", "Q")


@pytest.mark.parametrize(("now", "then"), [("en", "th"), ("th", "en"), ("de", "th")])
def test_the_language_key_switches_between_english_and_thai(now: str, then: str) -> None:
    assert keyboards.next_layout(now) == then


def test_a_mismatched_row_says_why() -> None:
    with pytest.raises(ValueError, match=r"^a row's plain and shifted keys must match one to one$"):
        keyboards._row("ab", "A")
