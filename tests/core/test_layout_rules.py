"""The rules of check-layout, on boxes written out by hand."""

from __future__ import annotations

from edu_app.core.layout_rules import Box, Rect, bar_heights_agree, problems

WINDOW = Rect(0, 0, 1024, 768)


def test_a_laid_out_screen_with_room_for_everything_is_clean() -> None:
    boxes = [
        Box("Bar", Rect(0, 0, 1024, 72), ""),
        Box("Bar/Back", Rect(16, 12, 120, 48), "Bar", needs=(110, 40), touch=True),
        Box("Bar/Home", Rect(144, 12, 120, 48), "Bar", needs=(120, 48), touch=True),  # exactly
        Box("Page", Rect(0, 72, 1024, 696), ""),
        Box("Page/Text", Rect(0, 1800, 1024, 400), "Page", scrolled=True),  # scrolled down there
    ]
    assert problems(boxes, WINDOW, kiosk=True) == []


def test_text_that_needs_more_room_is_clipped() -> None:
    boxes = [Box("Back", Rect(16, 12, 127, 48), "Bar", needs=(143, 40)),
             Box("Note", Rect(16, 80, 300, 30), "Form", needs=(300, 62))]
    assert problems(boxes, WINDOW, kiosk=False) == [
        "Back: text clipped (needs 143x40, has 127x48)",
        "Note: text clipped (needs 300x62, has 300x30)",
    ]


def test_a_pixel_of_rounding_is_not_a_problem() -> None:
    boxes = [Box("A", Rect(0, 0, 100, 48), "Bar", needs=(101, 49)),
             Box("B", Rect(99, 0, 100, 48), "Bar"),  # shares one pixel column with A
             Box("C", Rect(-1, 0, 1025, 48), "")]
    assert problems(boxes, WINDOW, kiosk=False) == []


def test_widgets_outside_the_window_are_named_unless_they_scroll() -> None:
    boxes = [Box("Print", Rect(980, 12, 90, 48), "Bar"),
             Box("Answer", Rect(0, 900, 600, 200), "List", scrolled=True)]
    assert problems(boxes, WINDOW, kiosk=False) == [
        "Print: outside the window (90x48+980+12 in 1024x768+0+0)"]


def test_laid_out_siblings_must_not_cover_each_other() -> None:
    boxes = [Box("Side/Next", Rect(600, 500, 300, 60), "Side"),
             Box("Side/Present", Rect(600, 530, 300, 60), "Side"),
             Box("Other/Label", Rect(600, 530, 300, 60), "Other"),  # another parent: not a sibling
             Box("Popup", Rect(600, 500, 300, 200), "Side", managed=False)]  # floats on purpose
    assert problems(boxes, WINDOW, kiosk=False) == ["Side/Next: overlaps Side/Present by 300x30"]


def test_a_horizontal_scroll_bar_is_a_problem() -> None:
    assert problems([Box("Form", Rect(0, 0, 500, 500), "", horizontal_bar=True)], WINDOW, False) \
        == ["Form: horizontal scroll bar"]


def test_small_touch_targets_count_only_in_a_kiosk() -> None:
    boxes = [Box("A-", Rect(0, 0, 47, 60), "Bar", touch=True),
             Box("Tick", Rect(60, 0, 200, 40), "Bar", touch=True),
             Box("Label", Rect(300, 0, 20, 20), "Bar")]  # not pressed: any size
    assert problems(boxes, WINDOW, kiosk=False) == []
    assert problems(boxes, WINDOW, kiosk=True) == ["A-: touch target 47x60 under 48 px",
                                                   "Tick: touch target 200x40 under 48 px"]


def test_the_top_bar_comes_back_to_its_height() -> None:
    assert bar_heights_agree(73, 73, "a language round trip") == []
    assert bar_heights_agree(73, 74, "a language round trip") == []
    assert bar_heights_agree(73, 138, "a language round trip") == [
        "TopBar: 73 px high before and 138 px after a language round trip"]
