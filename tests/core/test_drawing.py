"""Drawings during a visit: strokes, eraser, undo and redo, the fading laser trail."""

from __future__ import annotations

import pytest

from edu_app.core.drawing import (
    HIGHLIGHTER,
    HIGHLIGHTER_WIDTH,
    PEN_COLOURS,
    Drawing,
    LaserTrail,
    Stroke,
    _near,
)


def draw(drawing: Drawing, points: list[tuple[float, float]], tool: str = "pen",
         colour: str = PEN_COLOURS[0]) -> None:
    drawing.begin(tool, colour, points[0])
    for point in points[1:]:
        drawing.extend(point)
    drawing.end()


def test_strokes_keep_their_points_inside_the_picture() -> None:
    drawing = Drawing()
    draw(drawing, [(0.1, 0.1), (0.5, 0.5), (1.4, -0.2)])
    (stroke,) = drawing.strokes
    assert stroke.points == ((0.1, 0.1), (0.5, 0.5), (1.0, 0.0))
    assert stroke.tool == "pen" and stroke.colour == PEN_COLOURS[0]
    draw(drawing, [(0.2, 0.8), (0.8, 0.8)], "highlighter", HIGHLIGHTER)
    assert drawing.strokes[1].width > stroke.width  # a highlighter is broad
    with pytest.raises(ValueError):
        drawing.begin("spray", "#000000", (0, 0))


def test_undo_redo_and_clear() -> None:
    drawing = Drawing()
    draw(drawing, [(0.1, 0.1), (0.2, 0.2)])
    draw(drawing, [(0.5, 0.5), (0.6, 0.6)])
    assert drawing.undo() and len(drawing.strokes) == 1
    assert drawing.redo() and len(drawing.strokes) == 2
    drawing.clear()
    assert drawing.strokes == [] and drawing.undo() and len(drawing.strokes) == 2
    drawing.undo()
    draw(drawing, [(0.9, 0.9), (0.8, 0.8)])  # a new stroke forgets what could be redone
    assert not drawing.can_redo() and not drawing.redo()


def test_the_eraser_removes_only_strokes_it_touches() -> None:
    drawing = Drawing()
    draw(drawing, [(0.1, 0.5), (0.9, 0.5)])  # a long horizontal line
    draw(drawing, [(0.1, 0.1), (0.2, 0.1)])
    assert drawing.erase_at((0.5, 0.8)) == 0
    assert drawing.erase_at((0.5, 0.505)) == 1  # between two points of the line
    assert [s.points[0] for s in drawing.strokes] == [(0.1, 0.1)]
    assert drawing.undo() and len(drawing.strokes) == 2


def test_laser_trail_fades_and_disappears() -> None:
    trail = LaserTrail(fade_seconds=1.5)
    trail.add((0.5, 0.5), now=10.0)
    trail.add((0.6, 0.5), now=11.0)
    shown = trail.visible(now=11.0)
    assert [round(s, 2) for _p, s in shown] == [0.33, 1.0]
    assert [p for p, _s in trail.visible(now=11.6)] == [(0.6, 0.5)]
    assert trail.visible(now=12.5) == []


# Distances chosen exact in binary (3-4-5 triangles of sixteenths), so a touch at exactly the
# eraser's reach is decided by the rule (reach = radius + half the stroke's width), not rounding.
def _dot(x: float, y: float, width: float = 0.125) -> Stroke:
    return Stroke("pen", PEN_COLOURS[0], width, ((x, y),))


def test_a_dot_is_touched_within_the_reach_and_not_beyond() -> None:
    dot = _dot(0.25, 0.5)  # reach with radius 0.25: 0.25 + 0.0625 = 0.3125
    assert _near(dot, (0.25 + 0.1875, 0.5 + 0.25), 0.25)  # 5/16 away: exactly the reach
    assert _near(dot, (0.25 - 0.1875, 0.5 - 0.25), 0.25)
    assert not _near(dot, (0.25 + 0.1875, 0.5 + 0.2578125), 0.25)  # a little further
    assert not _near(dot, (0.25, 0.5 + 0.5), 0.25)  # twice the reach
    assert not _near(dot, (0.25 + 0.5, 0.5), 0.25)
    assert _near(_dot(0.25, 0.5, width=0.375), (0.25, 0.5 + 0.4375), 0.25)  # 0.25 + 0.1875


def test_a_line_is_touched_along_its_length_and_round_its_ends() -> None:
    line = Stroke("pen", PEN_COLOURS[0], 0.125, ((0.25, 0.25), (0.75, 0.25)))  # reach 0.3125
    assert _near(line, (0.5, 0.25 + 0.3125), 0.25)  # above the middle, at the reach
    assert not _near(line, (0.5, 0.25 + 0.3203125), 0.25)
    assert _near(line, (0.75 + 0.1875, 0.25 + 0.25), 0.25)  # round the end
    assert not _near(line, (1.125, 0.25), 0.25)  # beyond the end: 0.375 from it
    assert not _near(line, (-0.125, 0.25), 0.25)  # before the start
    diagonal = Stroke("pen", PEN_COLOURS[0], 0.125, ((0.25, 0.25), (0.75, 0.75)))
    assert not _near(diagonal, (0.75, 0.25), 0.25)  # 0.354 from the line
    assert _near(diagonal, (0.75, 0.25), 0.3125)  # reach 0.375
    assert not _near(diagonal, (0.125, 0.875), 0.25)
    backwards = Stroke("pen", PEN_COLOURS[0], 0.125, ((0.75, 0.75), (0.25, 0.25)))
    assert _near(backwards, (0.5 + 0.1875, 0.5 - 0.1875), 0.25)  # 0.265 from it, reach 0.3125
    assert not _near(backwards, (0.5 + 0.25, 0.5 - 0.25), 0.25)  # 0.354 from it


def test_a_line_of_two_equal_points_is_a_dot() -> None:
    still = Stroke("pen", PEN_COLOURS[0], 0.125, ((0.5, 0.5), (0.5, 0.5)))
    assert _near(still, (0.5 + 0.1875, 0.5 + 0.25), 0.25)
    assert not _near(still, (0.5 + 0.25, 0.5 + 0.25), 0.25)


def test_points_are_clamped_on_both_axes() -> None:
    drawing = Drawing()
    drawing.begin("pen", PEN_COLOURS[0], (1.5, 1.5))
    drawing.extend((-0.5, 2.0))
    stroke = drawing.end()
    assert stroke is not None and stroke.points == ((1.0, 1.0), (0.0, 1.0))


def test_a_new_drawing_is_idle_and_has_nothing_to_undo() -> None:
    drawing = Drawing()
    assert drawing.drawing is False and drawing.current() is None
    assert drawing.undo() is False and drawing.redo() is False
    assert drawing.can_undo() is False and drawing.can_redo() is False
    drawing.begin("highlighter", HIGHLIGHTER, (0.5, 0.5))
    assert drawing.drawing is True
    stroke = drawing.end()
    assert stroke is not None and stroke.width == HIGHLIGHTER_WIDTH == 0.03
    assert drawing.drawing is False and drawing.current() is None
    assert drawing.can_undo() is True and drawing.can_redo() is False
    assert drawing.undo() is True
    assert drawing.can_redo() is True
    with pytest.raises(ValueError, match="eraser"):
        drawing.begin("eraser", PEN_COLOURS[0], (0.5, 0.5))


def test_the_laser_fades_over_one_and_a_half_seconds() -> None:
    trail = LaserTrail()
    trail.add((0.5, 0.5), now=10.0)
    assert trail.visible(11.2) == [((0.5, 0.5), pytest.approx(0.2))]
    assert trail.visible(11.5) == []
