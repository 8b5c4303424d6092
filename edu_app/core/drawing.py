"""Drawings on an illustration during a visit, without Qt: strokes, undo and redo, the eraser.

Points are stored relative to the picture (0–1 across and down), so the same strokes fit the
clinician's screen, the patient's screen and the printed handout. A drawing lives in memory
only and is dropped when the visit ends.
"""

from __future__ import annotations

from itertools import pairwise
from typing import NamedTuple

PEN_COLOURS = ("#1b4f9c", "#c62828", "#1b7f3b")  # blue, red, green: clear on skin and paper
HIGHLIGHTER = "#ffd400"
TOOLS = ("pen", "highlighter")
PEN_WIDTH = 0.006  # of the picture's width
HIGHLIGHTER_WIDTH = 0.03
ERASER_RADIUS = 0.02  # of the picture's width

Point = tuple[float, float]


class Stroke(NamedTuple):
    """One line drawn with a pen or the highlighter."""

    tool: str
    colour: str
    width: float
    points: tuple[Point, ...]


class Annotated(NamedTuple):
    """An illustration with what was drawn on it, handed over to the visit's handout."""

    illustration: str
    tone: str
    strokes: tuple[Stroke, ...]
    caption: str


def _clamp(point: Point) -> Point:
    return (min(1.0, max(0.0, point[0])), min(1.0, max(0.0, point[1])))


def _near(stroke: Stroke, point: Point, radius: float) -> bool:
    """Whether ``point`` touches ``stroke`` (its points or the lines between them)."""
    px, py = point
    reach = radius + stroke.width / 2
    points = stroke.points
    if len(points) == 1:
        return (points[0][0] - px) ** 2 + (points[0][1] - py) ** 2 <= reach**2
    for (ax, ay), (bx, by) in pairwise(points):
        dx, dy = bx - ax, by - ay
        length = dx * dx + dy * dy
        t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
        cx, cy = ax + t * dx, ay + t * dy
        if (cx - px) ** 2 + (cy - py) ** 2 <= reach**2:
            return True
    return False


class Drawing:
    """The strokes on one picture, with undo and redo (a clear can be undone too)."""

    def __init__(self) -> None:
        self.strokes: list[Stroke] = []
        self._current: list[Point] | None = None
        self._current_style: tuple[str, str, float] = ("pen", PEN_COLOURS[0], PEN_WIDTH)
        self._undo: list[list[Stroke]] = []
        self._redo: list[list[Stroke]] = []

    @property
    def drawing(self) -> bool:
        """Whether a stroke is under way."""
        return self._current is not None

    def current(self) -> Stroke | None:
        """The stroke being drawn, if any."""
        if self._current is None:
            return None
        tool, colour, width = self._current_style
        return Stroke(tool, colour, width, tuple(self._current))

    def begin(self, tool: str, colour: str, point: Point) -> None:
        """Start a stroke."""
        if tool not in TOOLS:
            raise ValueError(tool)
        width = HIGHLIGHTER_WIDTH if tool == "highlighter" else PEN_WIDTH
        self._current_style = (tool, colour, width)
        self._current = [_clamp(point)]

    def extend(self, point: Point) -> None:
        """Add a point to the stroke under way (ignored when none is)."""
        if self._current is not None:
            point = _clamp(point)
            if point != self._current[-1]:
                self._current.append(point)

    def end(self) -> Stroke | None:
        """Finish the stroke; returns it."""
        stroke = self.current()
        self._current = None
        if stroke is not None:
            self._remember()
            self.strokes.append(stroke)
        return stroke

    def erase_at(self, point: Point, radius: float = ERASER_RADIUS) -> int:
        """Remove every stroke the eraser touches at ``point``; returns how many."""
        keep = [s for s in self.strokes if not _near(s, point, radius)]
        removed = len(self.strokes) - len(keep)
        if removed:
            self._remember()
            self.strokes = keep
        return removed

    def clear(self) -> None:
        """Remove all strokes (undoable)."""
        if self.strokes:
            self._remember()
            self.strokes = []

    def undo(self) -> bool:
        """Go back one change."""
        if not self._undo:
            return False
        self._redo.append(list(self.strokes))
        self.strokes = self._undo.pop()
        return True

    def redo(self) -> bool:
        """Redo the change last undone."""
        if not self._redo:
            return False
        self._undo.append(list(self.strokes))
        self.strokes = self._redo.pop()
        return True

    def can_undo(self) -> bool:
        """Whether there is a change to undo."""
        return bool(self._undo)

    def can_redo(self) -> bool:
        """Whether there is a change to redo."""
        return bool(self._redo)

    def _remember(self) -> None:
        self._undo.append(list(self.strokes))
        self._redo.clear()


class LaserTrail:
    """The laser pointer: points that fade and disappear ``fade_seconds`` after they were made."""

    def __init__(self, fade_seconds: float = 1.5) -> None:
        self.fade_seconds = fade_seconds
        self.points: list[tuple[float, Point]] = []  # (time made, point)

    def add(self, point: Point, now: float) -> None:
        """A new point of the trail."""
        self.points.append((now, _clamp(point)))

    def visible(self, now: float) -> list[tuple[Point, float]]:
        """The points still showing, with their strength (1 new, towards 0 when fading out)."""
        self.points = [(t, p) for t, p in self.points if now - t < self.fade_seconds]
        return [(p, 1.0 - (now - t) / self.fade_seconds) for t, p in self.points]
