"""The geometric rules of ``edu-app check-layout``, without Qt.

The interface side (``edu_app.ui.layout_check``) walks a screen's widgets and describes each
visible one as a :class:`Box`; the rules here say what is wrong with them. Keeping the rules
apart means they are tested with boxes written out by hand, exactly.
"""

from __future__ import annotations

from typing import NamedTuple

TOUCH_PX = 48  # the smallest touch target in a kiosk (px at 100 %; WCAG 2.5.5 asks 44)
SLACK = 1  # px of rounding a layout may leave


class Rect(NamedTuple):
    """A rectangle in window coordinates."""

    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height

    def contains(self, other: Rect, slack: int = SLACK) -> bool:
        """Whether ``other`` lies inside this rectangle (give or take ``slack`` px)."""
        return (other.x >= self.x - slack and other.y >= self.y - slack
                and other.right <= self.right + slack and other.bottom <= self.bottom + slack)

    def overlap(self, other: Rect) -> tuple[int, int]:
        """Width and height of the part two rectangles share (0 when they do not meet)."""
        width = min(self.right, other.right) - max(self.x, other.x)
        height = min(self.bottom, other.bottom) - max(self.y, other.y)
        return (max(0, width), max(0, height))


class Box(NamedTuple):
    """One visible widget of a screen, as the rules need to know it."""

    name: str  # a readable path: "TopicView/AdaptiveBar/QPushButton 'Print'"
    rect: Rect  # where it is, in window coordinates
    parent: str  # the name of the widget it is laid out in ("" for the window)
    needs: tuple[int, int] = (0, 0)  # the size its text needs (0: nothing to say)
    managed: bool = True  # placed by a layout (floating overlays and pop-ups are not)
    scrolled: bool = False  # inside a scrolling area's content: may lie beyond the view
    touch: bool = False  # something a finger presses (button, field, box to tick)
    horizontal_bar: bool = False  # a scrolling area showing its horizontal scroll bar


def problems(boxes: list[Box], window: Rect, kiosk: bool) -> list[str]:
    """Everything wrong with a screen's boxes, one line each, naming the widget."""
    found: list[str] = []
    for box in boxes:
        width, height = box.needs
        if width > box.rect.width + SLACK or height > box.rect.height + SLACK:
            found.append(f"{box.name}: text clipped (needs {width}x{height}, "
                         f"has {box.rect.width}x{box.rect.height})")
        if not box.scrolled and not window.contains(box.rect):
            found.append(f"{box.name}: outside the window ({_show(box.rect)} in {_show(window)})")
        if box.horizontal_bar:
            found.append(f"{box.name}: horizontal scroll bar")
        if kiosk and box.touch and min(box.rect.width, box.rect.height) < TOUCH_PX:
            found.append(f"{box.name}: touch target {box.rect.width}x{box.rect.height} "
                         f"under {TOUCH_PX} px")
    found.extend(_overlaps(boxes))
    return found


def _overlaps(boxes: list[Box]) -> list[str]:
    """Laid-out siblings that cover each other by more than a rounding pixel."""
    found = []
    siblings: dict[str, list[Box]] = {}
    for box in boxes:
        if box.managed and box.rect.width > 0 and box.rect.height > 0:
            siblings.setdefault(box.parent, []).append(box)
    for group in siblings.values():
        for index, first in enumerate(group):
            for second in group[index + 1:]:
                width, height = first.rect.overlap(second.rect)
                if width > SLACK and height > SLACK:
                    found.append(f"{first.name}: overlaps {second.name} by {width}x{height}")
    return found


def _show(rect: Rect) -> str:
    return f"{rect.width}x{rect.height}+{rect.x}+{rect.y}"


def bar_heights_agree(before: int, after: int, what: str) -> list[str]:
    """The top bar must come back to its height after a round trip (language, text size)."""
    if abs(before - after) > SLACK:
        return [f"TopBar: {before} px high before and {after} px after {what}"]
    return []
