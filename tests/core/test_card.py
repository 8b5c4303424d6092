"""What the take-away card for an 80 mm roll says (edu_app.core.card): expected text by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from edu_app.core.card import CardLabels, build_card, card_text, plain
from edu_app.core.content import load_library
from edu_app.core.handout import HandoutError, HandoutLabels
from edu_app.core.model import Library
from edu_app.core.render import Labels
from edu_app.core.settings import ClinicConfig

from helpers import page_text, write

BASICS = '''
[basics]
points = [
  "Your skin barrier keeps **water** in {ev:guideline} [@sidbury-2023].",
  "Moisturisers help {ev:guideline} [@sidbury-2023; @palmer-2006]. But they are not a cure.",
]
actions = [
  "Put *moisturiser* on twice a day.",
  "Write it in your [eczema action plan](page:itch).",
]
'''
CLINIC = ClinicConfig(clinic_name="Riverside Skin Clinic", clinic_contact="02 123 4567",
                      clinic_website="https://example.org/eczema")
DAY = dt.date(2026, 12, 4)


@pytest.fixture
def card_library(content_tree: Path) -> Library:
    text = page_text("basics-demo", 40, "Body text.\n", sources='["sidbury-2023", "palmer-2006"]')
    head, body = text.split("+++\n", 2)[1:]
    write(content_tree / "en" / "basics-demo.md", "+++\n" + head + BASICS + "+++\n" + body)
    return load_library(content_tree, content_tree.parent / "illustrations")


def test_a_card_says_the_key_points_and_actions_without_badges_or_citations(
        card_library: Library) -> None:
    card = build_card(card_library, ("basics-demo", "itch"), "en", CLINIC, today=DAY)
    assert card_text(card).split("\n") == [
        "Eczema Explained",
        "Riverside Skin Clinic",
        "About your eczema",
        "Basics Demo",
        "What to know",
        "Your skin barrier keeps water in.",
        "Moisturisers help. But they are not a cure.",
        "What you can do",
        "Put moisturiser on twice a day.",
        "Write it in your eczema action plan.",
        "Itch",  # no [basics]: its summary instead
        "In short",
        "A short summary of itch.",
        "Sources: in the full handout and in Eczema Explained",
        "02 123 4567",
        "https://example.org/eczema",
        "Scan to open our website",
        "This sheet explains eczema. It does not replace advice from your own doctor.",
        "Printed 4 December 2026",
    ]
    kinds = [line.kind for line in card.lines]
    assert kinds.count("point") == 2 and kinds.count("action") == 2 and kinds.count("topic") == 2
    assert kinds.index("qr") == kinds.index("caption") - 1  # the caption right under the code
    assert card.qr == "https://example.org/eczema"
    assert card.titles == ("Basics Demo", "Itch")


def test_without_a_clinic_the_card_has_no_contact_and_no_code(card_library: Library) -> None:
    card = build_card(card_library, ("itch",), "en", ClinicConfig(), today=DAY)
    kinds = [line.kind for line in card.lines]
    assert "qr" not in kinds and "caption" not in kinds and "clinic" not in kinds
    assert card.qr == ""
    assert card_text(card).split("\n")[:2] == ["Eczema Explained", "About your eczema"]


def test_a_thai_card_has_word_breaks_and_a_buddhist_era_date(card_library: Library) -> None:
    months = (*(f"m{n}" for n in range(1, 12)), "ธันวาคม")
    labels = HandoutLabels(printed="พิมพ์เมื่อ {date}")
    card = build_card(card_library, ("barrier",), "th", CLINIC, labels,
                      Labels(year="{be}", months=months),
                      CardLabels(qr="สแกนเพื่อเปิดเว็บไซต์ของเรา"), today=DAY)
    topic = next(line for line in card.lines if line.kind == "topic")
    assert topic.text == "เกราะ\u200bป้องกัน\u200bผิว"  # words of the tree's words.txt
    # 2026 + 543; a number stays on the line of the Thai word before it (no-break spaces)
    assert card.lines[-1].text == "พิมพ์เมื่อ\u00a04 ธันวาคม\u00a02569"
    caption = next(line for line in card.lines if line.kind == "caption")
    assert "\u200bของ\u200b" in caption.text  # the one word of the caption in words.txt


@pytest.mark.parametrize(("topics", "message"), [
    ((), "choose at least one topic for the card"),
    (("nope",), "unknown topic 'nope' (known: barrier, itch, basics-demo)"),
    (("itch",) * 2 + ("barrier", "basics-demo", "a", "b"), "at most 4 topics, not 5"),
])
def test_bad_requests_are_one_line_messages(card_library: Library, topics: tuple[str, ...],
                                            message: str) -> None:
    with pytest.raises(HandoutError) as caught:
        build_card(card_library, topics, "en", CLINIC, today=DAY)
    assert message in str(caught.value)


def test_an_unknown_language_is_refused(card_library: Library) -> None:
    with pytest.raises(HandoutError, match="no content in language 'fr'"):
        build_card(card_library, ("itch",), "fr", CLINIC)


@pytest.mark.parametrize(("markdown", "expected"), [
    ("Steroid creams work {ev:rct} [@a-2020].", "Steroid creams work."),
    ("Use it [@a; @b-2].  Then wait {ev:not-proven}, please.", "Use it. Then wait, please."),
    ("See [the plan](page:treatments) and ![a figure](figure:x) **now**.",
     "See the plan and a figure now."),
    ("ทาครีม {ev:guideline} [@sidbury-2023] จดไว้ใน[แผน](page:treatments)", "ทาครีม จดไว้ในแผน"),
    ("2 * 3 stays", "2 * 3 stays"),
])
def test_plain_text_of_a_content_sentence(markdown: str, expected: str) -> None:
    assert plain(markdown) == expected
