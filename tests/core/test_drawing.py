"""Drawings during a visit: strokes, eraser, undo and redo, the fading laser trail."""

from __future__ import annotations

import pytest

from edu_app.core.drawing import HIGHLIGHTER, PEN_COLOURS, Drawing, LaserTrail


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
