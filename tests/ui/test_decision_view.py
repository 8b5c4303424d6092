"""The decision aid screen (issue 20): reached from home, the UC-MSC page, clinician mode and the
kiosk; answers by tapping, kept while the person moves around, forgotten by a kiosk reset and by
"Start again"; nothing written to disk; printed on one page."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from edu_app.core.model import Library
from edu_app.ui.kiosk.controller import KioskController
from edu_app.ui.main_window import MainWindow

from ui_helpers import running_kiosk


def _tap(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _answer(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A visitor's answers, by taps: two ratings, a "no", a leaning and two questions."""
    view = window.decision
    view.show_step(1)
    values = view.stack.currentWidget().widget()
    rows = [w for w in values.children() if type(w).__name__ == "ChoiceRow"]
    assert len(rows) == 5
    _tap(qtbot, rows[0].buttons["5"])  # "I want a treatment that has been proven": agree a lot
    _tap(qtbot, rows[2].buttons["2"])  # "Cost matters a lot to me": disagree
    view.show_step(2)
    _tap(qtbot, view.sure_rows["support"].buttons["no"])
    sure = view.stack.currentWidget().widget()
    leaning = [w for w in sure.children() if type(w).__name__ == "ChoiceRow"][-1]
    _tap(qtbot, leaning.buttons["trial"])
    view.show_step(3)
    for toggle in view.toggles[:2]:
        qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)


def test_home_has_the_aid_and_taps_answer_it(qtbot, bundled_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window
    card = next(c for c in window.home.cards if c.accessibleName() == "Thinking about stem cells?")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.current == ("decision", "")
    _answer(qtbot, window)
    answers = window.session.decision
    assert answers.ratings == {"proven": 5, "cost": 2}
    assert answers.sure == {"support": False} and answers.leaning == "trial"
    assert answers.questions == [1, 2]
    window.decision.show_step(2)
    assert window.decision.sure_rows["support"].note.isVisible()  # what to do about the "no"
    # a second tap on the chosen answer takes it back
    _tap(qtbot, window.decision.sure_rows["support"].buttons["no"])
    assert answers.sure == {} and not window.decision.sure_rows["support"].note.isVisible()


def test_a_seventh_question_is_refused_and_says_why(qtbot, bundled_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window
    assert window.open_decision_aid()
    view = window.decision
    view.show_step(3)
    for toggle in view.toggles[:7]:
        qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert window.session.decision.questions == [1, 2, 3, 4, 5, 6]
    assert not view.toggles[6].on and view.toggles[5].on
    assert "up to 6" in view.question_limit.text() and view.question_limit.objectName() == "ClinicTag"


def test_the_grid_shows_what_was_said_beside_the_row(qtbot, bundled_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window
    window.open_decision_aid()
    _answer(qtbot, window)
    grid = window.decision.options_grid
    assert "Agree a lot" in grid.row_labels["evidence"].text()
    assert "Disagree" in grid.row_labels["cost"].text()
    assert "I want" not in grid.row_labels["risks"].text()  # not rated: nothing said


def test_what_the_numbers_mean_comes_before_them(qtbot, bundled_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Who the numbers are from and which measure each is, said above the grid (as on paper)."""
    window = bundled_window
    window.open_decision_aid()
    grid = window.decision.options_grid
    page = grid.parentWidget()
    labels = [w for w in page.findChildren(QLabel) if w.parentWidget() is page]
    note = next(w for w in labels if w.text().startswith("Numbers come from trials in adults"))
    assert note.y() + note.height() <= grid.y()


def test_the_uc_msc_page_links_to_it_and_back_returns(qtbot, bundled_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window
    assert window.open_page("uc-msc-therapy")
    body = window.library.language("en").page("uc-msc-therapy").body  # type: ignore[union-attr]
    assert "(page:decision-aid)" in body
    window.topic.page_requested.emit("decision-aid")  # the link, as the page's browser sends it
    assert window.current == ("decision", "")
    qtbot.mouseClick(window.decision.back_button, Qt.MouseButton.LeftButton)
    assert window.current == ("page", "uc-msc-therapy")


def test_clinician_mode_reaches_it_from_the_teach_back(qtbot, bundled_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window
    window.open_explain()
    window.open_teach_back()
    qtbot.mouseClick(window.teach_back.decision_button, Qt.MouseButton.LeftButton)
    assert window.current == ("decision", "")


def test_page_down_and_up_step_through(qtbot, bundled_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window
    window.open_decision_aid()
    view = window.decision
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.step == 2 and view.step_buttons[2].isChecked()
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.step == 1
    for _ in range(6):
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.step == 4 and view.print_button.isVisible() and not view.next_button.isVisible()


def test_a_language_round_trip_keeps_the_answers(qtbot, bundled_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window
    window.open_decision_aid()
    _answer(qtbot, window)
    window.set_language("th")
    view = window.decision
    assert view.step_buttons[0].text().replace("\u200b", "") == "1. ทางเลือกของคุณ"
    view.show_step(1)
    values = view.stack.currentWidget().widget()
    rows = [w for w in values.children() if type(w).__name__ == "ChoiceRow"]
    assert rows[0].current() == "5" and rows[2].current() == "2"
    window.set_language("en")
    assert window.session.decision.ratings == {"proven": 5, "cost": 2}
    assert window.decision.step_buttons[0].text() == "1. Your choices"


def test_a_hidden_aid_is_rebuilt_when_next_shown(qtbot, bundled_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A language changed elsewhere builds nothing unseen; the aid shows the new language (and
    the answers) when it is opened again."""
    window = bundled_window
    window.open_decision_aid()
    _answer(qtbot, window)
    grid = window.decision.options_grid
    window.go_home()
    window.set_language("th")
    assert window.decision.options_grid is grid  # not rebuilt while hidden
    window.open_decision_aid()
    assert window.decision.options_grid is not grid
    assert window.decision.title.text().replace("\u200b", "").startswith("สเต็มเซลล์")
    window.decision.show_step(1)
    values = window.decision.stack.currentWidget().widget()
    rows = [w for w in values.children() if type(w).__name__ == "ChoiceRow"]
    assert rows[0].current() == "5" and rows[2].current() == "2"


def test_start_again_forgets_every_answer(qtbot, bundled_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = bundled_window
    window.open_decision_aid()
    _answer(qtbot, window)
    window.decision.show_step(4)
    _tap(qtbot, window.decision.restart_button)
    assert window.session.decision.empty and window.decision.step == 0


def test_nothing_is_written_while_answering_and_a_saved_pdf_is_one_page(  # type: ignore[no-untyped-def]
        qtbot, bundled_window: MainWindow, hermetic: Path, tmp_path: Path) -> None:
    window = bundled_window
    window.open_decision_aid()

    def files() -> dict[Path, float]:
        return {p: p.stat().st_mtime for p in hermetic.rglob("*") if p.is_file()}

    before = files()
    _answer(qtbot, window)
    window.decision.show_step(4)
    QApplication.processEvents()
    assert files() == before  # no file made or changed by answering
    out = tmp_path / "mine.pdf"
    window.decision.ask_save_path = lambda: str(out)
    _tap(qtbot, window.decision.save_button)
    from pypdf import PdfReader

    assert len(PdfReader(out).pages) == 1
    assert "Saved" in window.decision.status.text()
    assert files() == before  # the PDF went where the person chose, nothing else


@pytest.fixture
def kiosk(qtbot, library: Library) -> Iterator[KioskController]:  # type: ignore[no-untyped-def]
    hook = sys.excepthook
    yield running_kiosk(qtbot, library)
    sys.excepthook = hook


def test_the_kiosk_offers_it_and_its_idle_reset_forgets_the_answers(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def]
    window = kiosk.window
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    window.home.decision_requested.emit()
    assert window.current == ("decision", "")
    _answer(qtbot, window)
    window.decision.show_step(4)
    assert not window.decision.save_button.isVisible()  # a kiosk offers no file dialog
    assert window.decision.print_button.isVisible()
    kiosk.countdown_seconds = 1
    kiosk.still_reading.tick.setInterval(20)
    kiosk.idle.timer.setInterval(30)
    with qtbot.waitSignal(kiosk.reset_done, timeout=5000):
        qtbot.waitUntil(kiosk.still_reading.isVisible, timeout=3000)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QApplication.processEvents()
    assert window.session.decision.empty
    assert window._decision is None  # the screen itself went too
    qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
    window.open_decision_aid()
    view = window.decision
    assert view.step == 0
    assert not any(b.isChecked() for row in view.sure_rows.values() for b in row.buttons.values())
    assert not any(t.on for t in view.toggles)


def test_the_grid_goes_row_by_row_when_narrow_and_back(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    """Side by side at 1200 px (100 % text): each row's four cells on one line; at 500 px each
    option's cell under its name, in the same order; and side by side again (a turned screen)."""
    from edu_app.ui.decision_steps import OptionsGrid

    aid = library.language("en").decision_aid
    assert aid is not None
    grid = OptionsGrid(aid, lambda cell: cell, lambda text: text, 100)
    qtbot.addWidget(grid)
    for width, wide in [(1200, True), (500, False), (1200, True)]:
        grid.resize(width, 3000)
        grid.show()
        qtbot.waitUntil(lambda w=wide: grid.wide is w)
        QApplication.processEvents()
        cells = [grid.cells[(o.id, "cost")] for o in aid.options]
        assert all(c.isVisible() for c in cells)
        if wide:
            assert len({c.y() for c in cells}) == 1  # one line
            assert not any(n.isVisible() for n in grid.row_names.values())
        else:
            assert [c.y() for c in cells] == sorted(c.y() for c in cells)  # one under another
            assert len({c.x() for c in cells}) == 1
            names = [grid.row_names[(o.id, "cost")] for o in aid.options]
            assert all(n.isVisible() and n.y() == c.y() for n, c in zip(names, cells, strict=True))
