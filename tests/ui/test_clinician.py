"""Clinician mode: steps, drawing by mouse, stylus and touch, the laser, the patient's screen,
hand-over to the handout as vector strokes, and a clean end of the visit."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from edu_app.core.content import load_library
from edu_app.core.drawing import PEN_COLOURS
from edu_app.core.model import Library
from edu_app.ui.clinician.explain_view import ExplainView
from edu_app.ui.main_window import MainWindow

from helpers import page_text, write
from ui_helpers import make_window


def start(qtbot, library: Library, topics: list[str] | None = None) -> tuple[MainWindow, ExplainView]:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, library)
    window.open_explain()
    view = window.explain
    assert view.planner.chosen()  # a sensible playlist is ticked already
    view.start_visit(topics or ["barrier", "itch"])
    qtbot.wait(10)
    return window, view


def stage_point(view: ExplainView, x: float, y: float) -> QPoint:
    view.stage.repaint()  # lays out the picture (its target rectangle)
    target = view.stage.target
    return QPointF(target.x() + x * target.width(), target.y() + y * target.height()).toPoint()


def test_steps_move_by_keys_buttons_and_swipe(qtbot, small_library: Library) -> None:  # type: ignore[no-untyped-def]
    _window, view = start(qtbot, small_library)
    assert len(view.visit.places) >= 2 and view.visit.index == 0
    for key, expected in ((Qt.Key.Key_Right, 1), (Qt.Key.Key_Left, 0), (Qt.Key.Key_PageDown, 1),
                          (Qt.Key.Key_PageUp, 0), (Qt.Key.Key_Space, 1)):
        qtbot.keyClick(view, key)
        assert view.visit.index == expected, key
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert view.visit.index == 0 and not view.previous_button.isEnabled()
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.visit.index == 1
    # with no tool chosen, a drag to the right is a swipe back
    left, right = stage_point(view, 0.2, 0.5), stage_point(view, 0.8, 0.5)
    qtbot.mousePress(view.stage, Qt.MouseButton.LeftButton, pos=left)
    qtbot.mouseMove(view.stage, right)
    qtbot.mouseRelease(view.stage, Qt.MouseButton.LeftButton, pos=right)
    assert view.visit.index == 0
    assert "Topic 1 of 2" in view.position.text()


def test_strokes_from_mouse_stylus_and_touch(qtbot, small_library: Library) -> None:  # type: ignore[no-untyped-def]
    _window, view = start(qtbot, small_library)
    view.tools.choose("pen1")
    drawing = view.visit.drawing()
    # mouse
    a, b = stage_point(view, 0.2, 0.2), stage_point(view, 0.6, 0.3)
    qtbot.mousePress(view.stage, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(view.stage, b)
    qtbot.mouseRelease(view.stage, Qt.MouseButton.LeftButton, pos=b)
    assert len(drawing.strokes) == 1 and drawing.strokes[0].colour == PEN_COLOURS[1]
    assert abs(drawing.strokes[0].points[0][0] - 0.2) < 0.02
    # stylus: tablet events, which make no mouse events
    pen = QPointingDevice.primaryPointingDevice()
    for kind, point in ((QEvent.Type.TabletPress, stage_point(view, 0.3, 0.6)),
                        (QEvent.Type.TabletMove, stage_point(view, 0.5, 0.7)),
                        (QEvent.Type.TabletRelease, stage_point(view, 0.7, 0.7))):
        local = QPointF(point)
        event = QTabletEvent(kind, pen, local, QPointF(view.stage.mapToGlobal(local)), 0.5, 0, 0, 0,
                             0, 0, Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton,
                             Qt.MouseButton.LeftButton if kind != QEvent.Type.TabletRelease
                             else Qt.MouseButton.NoButton)
        QApplication.sendEvent(view.stage, event)
    assert len(drawing.strokes) == 2 and len(drawing.strokes[1].points) == 3
    # touch
    finger = QTest.createTouchDevice()
    p1, p2 = stage_point(view, 0.1, 0.9), stage_point(view, 0.4, 0.9)
    QTest.touchEvent(view.stage, finger).press(0, p1, view.stage).commit()
    QTest.touchEvent(view.stage, finger).move(0, p2, view.stage).commit()
    QTest.touchEvent(view.stage, finger).release(0, p2, view.stage).commit()
    assert len(drawing.strokes) == 3 and drawing.strokes[2].points[-1][0] > 0.35
    # undo and redo with the buttons; the eraser removes what it touches
    qtbot.mouseClick(view.tools.undo_button, Qt.MouseButton.LeftButton)
    assert len(drawing.strokes) == 2 and view.tools.redo_button.isEnabled()
    qtbot.mouseClick(view.tools.redo_button, Qt.MouseButton.LeftButton)
    assert len(drawing.strokes) == 3
    view.tools.choose("eraser")
    qtbot.mouseClick(view.stage, Qt.MouseButton.LeftButton, pos=stage_point(view, 0.25, 0.9))
    assert len(drawing.strokes) == 2
    qtbot.mouseClick(view.tools.clear_button, Qt.MouseButton.LeftButton)
    assert drawing.strokes == [] and view.tools.undo_button.isEnabled()


def test_each_step_keeps_its_own_drawing(qtbot, small_library: Library) -> None:  # type: ignore[no-untyped-def]
    _window, view = start(qtbot, small_library)
    view.tools.choose("pen0")
    view.stage.pen_down(QPointF(stage_point(view, 0.1, 0.1)))
    view.stage.pen_up(QPointF(stage_point(view, 0.3, 0.3)))
    assert view.go(1) and view.visit.drawing().strokes == []
    assert view.stage.tool == ""  # a new step starts with the tool put down
    assert view.go(-1) and len(view.visit.drawing().strokes) == 1


def test_the_laser_trail_fades_away(qtbot, small_library: Library) -> None:  # type: ignore[no-untyped-def]
    _window, view = start(qtbot, small_library)
    view.trail.fade_seconds = 0.05  # injected: the real trail lasts 1.5 s
    view.tools.choose("laser")
    for x in (0.3, 0.4, 0.5):
        view.stage.pen_down(QPointF(stage_point(view, x, 0.5)))
        view.stage.pen_up(QPointF(stage_point(view, x, 0.5)))
    assert view.trail.visible(view.stage.clock()) and view.stage.fade_timer.isActive()
    assert view.visit.drawing().strokes == []  # the laser draws nothing that stays
    qtbot.waitUntil(lambda: not view.stage.fade_timer.isActive(), timeout=2000)
    assert view.trail.visible(view.stage.clock()) == []


def test_patient_screen_follows_blanks_and_freezes(qtbot, small_library: Library) -> None:  # type: ignore[no-untyped-def]
    _window, view = start(qtbot, small_library)
    view.screen_button.setChecked(True)
    patient = view.patient
    assert patient is not None and patient.isFullScreen()
    assert patient.presentation  # one screen here: the full-screen presentation view
    assert patient.title.text() == view.step_title.text()
    qtbot.keyClick(patient, Qt.Key.Key_PageDown)  # a clicker pointed at the patient's screen
    assert view.visit.index == 1 and patient.title.text() == view.step_title.text()
    view.blank_button.setChecked(True)
    assert patient.pages.currentIndex() == 1
    view.blank_button.setChecked(False)
    view.freeze_button.setChecked(True)
    frozen_title = patient.title.text()
    view.go(-1)
    assert patient.pages.currentIndex() == 2 and not patient.still.pixmap().isNull()
    view.freeze_button.setChecked(False)
    assert patient.pages.currentIndex() == 0 and patient.title.text() != frozen_title
    qtbot.keyClick(patient, Qt.Key.Key_Escape)  # leaves the presentation view
    assert view.patient is None and not view.screen_button.isChecked()


def red_strokes(path: Path) -> list[int]:
    """Pages whose content stream strokes a path in the red pen's colour (#c62828)."""
    red = re.compile(r"0\.7764\d* 0\.1568\d* 0\.1568\d* SC")
    return [n for n, page in enumerate(PdfReader(path).pages, start=1)
            if red.search(page.get_contents().get_data().decode("latin-1"))]


def test_add_to_handout_prints_the_strokes_as_vector_paths(qtbot, small_library, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window, view = start(qtbot, small_library)
    view.tools.choose("pen1")
    view.stage.pen_down(QPointF(stage_point(view, 0.2, 0.5)))
    view.stage.pen_move(QPointF(stage_point(view, 0.5, 0.6)))
    view.stage.pen_up(QPointF(stage_point(view, 0.8, 0.5)))
    view.add_to_handout()
    assert "Added to the handout" in view.status.text()
    window.open_teach_back()
    assert window.teach_back.topics.count() >= 2  # a title and key points per topic shown
    window.open_visit_handout()
    handout = window.handout
    assert handout.drawings and handout.drawings_note.isVisible()
    with_drawing = tmp_path / "visit.pdf"
    handout.ask_save_path = lambda: str(with_drawing)
    assert handout.save_pdf()
    pages = red_strokes(with_drawing)
    assert pages == [len(PdfReader(with_drawing).pages)]  # on the last page, "Drawn during…"
    last = PdfReader(with_drawing).pages[-1]
    assert "/Image" not in str(last["/Resources"].get("/XObject", {}))  # no picture of pixels
    assert "Drawn during your visit" in " ".join(last.extract_text().split())
    handout.drawings = ()
    without = tmp_path / "plain.pdf"
    handout.ask_save_path = lambda: str(without)
    assert handout.save_pdf() and red_strokes(without) == []


def test_ending_the_visit_forgets_everything(qtbot, small_library: Library) -> None:  # type: ignore[no-untyped-def]
    window, view = start(qtbot, small_library)
    view.tools.choose("pen2")
    view.stage.pen_down(QPointF(stage_point(view, 0.2, 0.2)))
    view.stage.pen_up(QPointF(stage_point(view, 0.4, 0.4)))
    view.add_to_handout()
    view.screen_button.setChecked(True)
    window.open_teach_back()
    window.open_visit_handout()
    qtbot.mouseClick(window.handout.home_button, Qt.MouseButton.LeftButton)  # done with the visit
    assert window.current == ("home", "")
    assert not window.visit.active and window.visit.drawings == {}
    assert window.visit.handed_over == [] and window.visit.shown == []
    assert view.patient is None and window.handout.drawings == ()
    window.open_explain()
    assert view.pages.currentWidget() is view.planner  # a new visit starts from the planner


def test_a_kiosk_offers_no_clinician_mode(qtbot, small_library: Library) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, small_library)
    titles = [getattr(card, "title", None) for card in window.home.cards]
    assert any(t is not None and t.text() == "Explain to a patient" for t in titles)
    window.home.show_explain = False
    window.home.retranslate()
    titles = [getattr(card, "title", None) for card in window.home.cards]
    assert not any(t is not None and t.text() == "Explain to a patient" for t in titles)


def test_declared_steps_and_notes_only_the_clinician_sees(qtbot, content_tree: Path) -> None:  # type: ignore[no-untyped-def]
    steps = (
        '[[steps]]\ntitle = "The wall"\npoints = ["Cells are bricks.", "Fats are mortar."]\n'
        'notes = "SECRET NOTE for the doctor"\n\n'
        '[[steps]]\ntitle = "Gaps"\npoints = ["Water gets out.", "Germs get in."]\n'
    )
    write(content_tree / "en" / "walk.md", page_text("walk", 5, "Plain words.\n").replace(
        "+++\nPlain", steps + "+++\nPlain"))
    library = load_library(content_tree, content_tree.parent / "illustrations")
    _window, view = start(qtbot, library, ["walk"])
    assert [p.step.title for p in view.visit.places] == ["The wall", "Gaps"]
    assert view.notes.text() == "SECRET NOTE for the doctor" and view.notes.isVisible()
    assert "Cells are bricks." in view.points.text() and "Next: Gaps" in view.up_next.text()
    view.screen_button.setChecked(True)
    patient = view.patient
    assert patient is not None
    shown = " ".join(label.text() for label in patient.findChildren(QLabel))
    assert "Cells are bricks." in shown and "SECRET NOTE" not in shown
    patient.close()


# What a presentation clicker sends, and what the README promises for it (written out here,
# not read from the program's key table).
CLICKER_STEPS = [
    (Qt.Key.Key_Space, 1), (Qt.Key.Key_Right, 1), (Qt.Key.Key_PageDown, 1), (Qt.Key.Key_Down, 1),
    (Qt.Key.Key_N, 1), (Qt.Key.Key_Left, -1), (Qt.Key.Key_PageUp, -1), (Qt.Key.Key_Up, -1),
    (Qt.Key.Key_Backspace, -1), (Qt.Key.Key_P, -1),
]


def test_clicker_keys_act_whatever_has_focus(qtbot, small_library: Library) -> None:  # type: ignore[no-untyped-def]
    window, view = start(qtbot, small_library)
    view.screen_button.setChecked(True)
    patient = view.patient
    assert patient is not None and patient.presentation
    focused = {"the patient's Close": patient.leave, "the patient's window": patient,
               "Next": view.next_button, "Present": view.screen_button,
               "Blank": view.blank_button, "Add to handout": view.handout_button,
               "the top bar's A+": window.top_bar.larger}
    size = window.preferences.text_scale
    for name, widget in focused.items():
        for key, delta in CLICKER_STEPS:
            last = len(view.visit.places) - 1  # from the first step forward, from the last back
            if view.visit.index != (0 if delta > 0 else last):
                view.go((0 if delta > 0 else last) - view.visit.index)
            before = view.visit.index
            QTest.keyClick(widget, key)
            assert view.visit.index == before + delta, (name, key)
            assert view.patient is patient and patient.isVisible(), (name, key)  # nothing closed
    assert view.visit.handed_over == []  # Space on "Add to handout" did not press it
    assert window.preferences.text_scale == size  # Space on A+ did not press it
    for name, widget in focused.items():
        for key in (Qt.Key.Key_B, Qt.Key.Key_Period):  # black screen, and back
            QTest.keyClick(widget, key)
            assert view.blank_button.isChecked() and patient.pages.currentIndex() == 1, (name, key)
            QTest.keyClick(widget, key)
            assert not view.blank_button.isChecked() and patient.pages.currentIndex() == 0, (name, key)
        QTest.keyClick(widget, Qt.Key.Key_F)
        assert view.freeze_button.isChecked() and patient.pages.currentIndex() == 2, name
        QTest.keyClick(widget, Qt.Key.Key_F)
        assert not view.freeze_button.isChecked(), name
    QTest.keyClick(patient.leave, Qt.Key.Key_Escape)  # the clicker's "stop show"
    assert view.patient is None and not view.screen_button.isChecked()
    QTest.keyClick(view.next_button, Qt.Key.Key_F5)  # and its "start show"
    assert view.patient is not None and view.patient.isFullScreen()
    view.patient.close()


def test_clicker_keys_leave_other_screens_alone(qtbot, small_library: Library) -> None:  # type: ignore[no-untyped-def]
    window, view = start(qtbot, small_library)
    index = view.visit.index
    window.go_home()  # the visit goes on, but the explain screen is not shown
    QTest.keyClick(window.top_bar.larger, Qt.Key.Key_Space)  # a press of A+, as anywhere else
    assert view.visit.index == index and window.preferences.text_scale > 100
    window.open_explain()
    view.pages.setCurrentIndex(0)  # the planner: its keys are its own
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.visit.index == index


def test_a_step_goes_into_the_handout_once_and_the_button_says_so(qtbot, small_library: Library) -> None:  # type: ignore[no-untyped-def]
    _window, view = start(qtbot, small_library)
    assert view.handout_button.text() == "Add to handout" and view.handout_button.isEnabled()
    view.handout_button.click()
    view.handout_button.click()  # a second tap adds nothing more
    assert len(view.visit.handed_over) == 1
    assert view.handout_button.text() == "✓ In the handout" and not view.handout_button.isEnabled()
    view.stage.tool = "pen"
    left, right = stage_point(view, 0.3, 0.5), stage_point(view, 0.6, 0.5)
    qtbot.mousePress(view.stage, Qt.MouseButton.LeftButton, pos=left)
    qtbot.mouseMove(view.stage, right)
    qtbot.mouseRelease(view.stage, Qt.MouseButton.LeftButton, pos=right)
    assert view.handout_button.text() == "Update in handout" and view.handout_button.isEnabled()
    view.handout_button.click()  # the newer drawing replaces the older, in its place
    assert len(view.visit.handed_over) == 1 and len(view.visit.handed_over[0].strokes) == 1
    view.go(1)  # another step: not in the handout yet
    assert view.handout_button.text() == "Add to handout"
    view.handout_button.click()
    assert [len(item.strokes) for item in view.visit.handed_over] == [1, 0]
    view.go(-1)
    assert view.handout_button.text() == "✓ In the handout"


def test_teach_back_ticks_points_and_keeps_planned_topics_not_shown(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QCheckBox, QPushButton

    window, view = start(qtbot, library, ["skin-barrier", "itch-scratch-cycle"])
    assert view.visit.place is not None and view.visit.place.page.id == "skin-barrier"
    window.open_teach_back()  # finished before "itch" was reached
    teach = window.teach_back
    titles = [label.text() for label in teach.body.findChildren(QLabel)]
    assert "Planned, but not shown yet" in titles
    boxes = teach.body.findChildren(QCheckBox)
    assert boxes and all(not box.isChecked() for box in boxes)  # points to tick, none ticked
    boxes[0].click()
    assert boxes[0].isChecked()
    go = [b for b in teach.body.findChildren(QPushButton) if b.text() == "Explain this topic"]
    assert len(go) == 1  # one planned topic was not shown: the itch-scratch cycle
    go[0].click()
    assert window.current[0] == "explain"
    assert view.visit.place is not None and view.visit.place.page.id == "itch-scratch-cycle"
    window.open_teach_back()  # now both were shown: nothing is left out
    titles = [label.text() for label in teach.body.findChildren(QLabel) if label.isVisibleTo(teach)]
    assert "Planned, but not shown yet" not in titles


def test_turning_the_screen_rearranges_the_step_and_back(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    """Portrait: the step's place on a line of its own (between the buttons of a 768-px screen
    at 200 % Thai it took six lines), the screen and handout buttons side by side. Landscape
    again: everything back, nothing lost or overlapping, buttons still working."""
    from edu_app.ui.layout_check import look

    window, view = start(qtbot, library, ["skin-barrier", "itch-scratch-cycle"])
    window.set_language("th")
    window.set_text_scale(200)
    buttons = (view.screen_button, view.blank_button, view.freeze_button, view.handout_button)
    for size, portrait in (((1280, 800), False), ((768, 1024), True), ((1280, 800), False),
                           ((1080, 1920), True), ((1920, 1080), False)):
        window.resize(*size)
        for _ in range(4):
            QApplication.processEvents()
        assert look(window, kiosk=False) == [], size
        finish, place = view.finish_button.geometry(), view.position.geometry()
        beside = place.top() < finish.bottom() and place.bottom() > finish.top()
        assert beside != portrait, size  # beside Finish only when landscape
        lines = view.position.height() // view.position.fontMetrics().lineSpacing()
        assert lines <= 2, (size, lines)
        assert all(button.isVisibleTo(window) and button.width() >= button.sizeHint().width()
                   for button in buttons), size
        rows = {button.mapTo(window, QPoint(0, 0)).y() for button in buttons}
        assert (len(rows) == 1) == portrait or size == (1280, 800), (size, rows)
    view.handout_button.click()
    assert len(view.visit.handed_over) == 1  # the button still does its job
