"""More rules of check-layout at their exact edges: a pixel of slack on every side, and an
overlap of one pixel row."""

from __future__ import annotations

from edu_app.core.layout_rules import Box, Rect, problems

WINDOW = Rect(0, 0, 1024, 768)


def test_a_rectangle_a_pixel_past_every_edge_is_still_inside() -> None:
    outer = Rect(0, 0, 100, 100)
    assert outer.contains(Rect(-1, -1, 102, 102))  # x -1, y -1, right 101, bottom 101
    assert outer.contains(Rect(0, -1, 10, 10))  # the top edge alone
    assert outer.contains(Rect(91, 0, 10, 10))  # the right edge alone: right 101
    assert outer.contains(Rect(0, 91, 10, 10))  # the bottom edge alone: bottom 101
    assert not outer.contains(Rect(0, -2, 10, 10))
    assert not outer.contains(Rect(92, 0, 10, 10))
    assert not outer.contains(Rect(0, 92, 10, 10))


def test_a_widget_reaching_a_pixel_below_or_right_of_the_window_is_inside() -> None:
    boxes = [Box("Bar", Rect(0, 0, 1025, 72), ""), Box("Footer", Rect(0, 700, 1024, 69), "Page")]
    assert problems(boxes, WINDOW, kiosk=False) == []


def test_rectangles_that_do_not_meet_share_nothing() -> None:
    assert Rect(0, 0, 10, 10).overlap(Rect(20, 0, 10, 10)) == (0, 10)  # side by side
    assert Rect(0, 0, 10, 10).overlap(Rect(0, 20, 10, 10)) == (10, 0)  # one above the other
    assert Rect(0, 0, 10, 10).overlap(Rect(5, 8, 10, 10)) == (5, 2)


def test_siblings_sharing_one_pixel_row_do_not_overlap() -> None:
    boxes = [Box("List/One", Rect(0, 0, 300, 48), "List"),
             Box("List/Two", Rect(0, 47, 300, 48), "List")]  # 300x1 in common
    assert problems(boxes, WINDOW, kiosk=False) == []
    boxes[1] = Box("List/Two", Rect(0, 46, 300, 48), "List")  # 300x2: more than rounding
    assert problems(boxes, WINDOW, kiosk=False) == ["List/One: overlaps List/Two by 300x2"]
