"""The main flows open no network connection, and nothing typed stays on disk."""

from __future__ import annotations

import logging
import os
import socket
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt

from edu_app.core.model import Library
from edu_app.core.search import SearchIndex
from edu_app.core.settings import ClinicConfig
from edu_app.printing.pdf import write_pdf
from edu_app.startup import setup_logging
from edu_app.ui.kiosk.controller import KioskController
from edu_app.ui.main_window import MainWindow
from edu_app.ui.preferences_store import PreferencesStore

NAME = "Quintessa"  # appears nowhere else
NOTE = "Elbows twice daily, reviewed by Dr Zebulon"


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Any attempt to connect is recorded and refused."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_main_flows_offline_and_private(qtbot, bundled_window: MainWindow, no_network: list[object],  # type: ignore[no-untyped-def]
                                        hermetic: Path, tmp_path: Path) -> None:
    window = bundled_window
    before = set(Path(tempfile.gettempdir()).iterdir())
    for page in window.library.language("en").pages:
        assert window.open_page(page.id)
    window.open_search("stem cells")
    window.open_faq()
    window.set_language("th")
    window.open_page("urgent-help")
    window.set_language("en")
    # a clinician's visit: a drawing handed over into the handout
    window.open_explain()
    window.explain.start_visit(["skin-barrier", "uc-msc-therapy"])
    window.explain.tools.choose("pen1")
    window.explain.stage.pen_down(QPointF(100, 100))
    window.explain.stage.pen_move(QPointF(160, 140))
    window.explain.stage.pen_up(QPointF(220, 120))
    window.explain.add_to_handout()
    window.open_teach_back()
    window.open_visit_handout()
    view = window.handout
    assert view.drawings
    view.name.setText(NAME)
    view.note.setPlainText(NOTE)
    out = tmp_path / "chosen" / "handout.pdf"
    view.ask_save_path = lambda: str(out)
    assert view.save_pdf()
    view.preview.updatePreview()
    qtbot.mouseClick(view.home_button, Qt.MouseButton.LeftButton)
    assert not window.visit.active and window.visit.drawings == {}  # the visit is forgotten
    window.warm_up(delay_ms=1)
    qtbot.wait(300)
    assert no_network == []
    # the name and note are in the PDF the person chose to save, and nowhere else
    assert out.exists()
    places = [hermetic, *(set(Path(tempfile.gettempdir()).iterdir()) - before)]
    for place in places:
        files = [place] if place.is_file() else [p for p in place.rglob("*") if p.is_file()]
        for path in files:
            if path == out or not os.access(path, os.R_OK):
                continue
            data = path.read_bytes()
            assert NAME.encode() not in data and b"Zebulon" not in data, path


SEARCHED = "Xanthippe"  # typed into search: never stored either
PLAN_TEXT = "Ointment from Dr Zebulon"


def _leftovers(places: list[Path], skip: set[Path]) -> list[str]:
    found = []
    for place in places:
        files = [place] if place.is_file() else [p for p in place.rglob("*") if p.is_file()]
        for path in files:
            if path in skip or not os.access(path, os.R_OK):
                continue
            data = path.read_bytes()
            for secret in (NAME, "Zebulon", SEARCHED):
                if secret.encode() in data or secret.encode("utf-16-le") in data:
                    found.append(f"{secret} in {path}")
    return found


@pytest.fixture
def file_logging() -> Iterator[None]:
    """The program's own log file (in the hermetic log folder), removed afterwards."""
    root = logging.getLogger("edu_app")
    saved = root.handlers[:]
    root.handlers.clear()
    setup_logging()
    yield
    for handler in root.handlers:
        handler.close()
    root.handlers[:] = saved


def test_a_kiosk_session_leaves_nothing_behind(qtbot, small_library: Library, hermetic: Path,  # type: ignore[no-untyped-def]
                                               tmp_path: Path, no_network: list[object],
                                               file_logging: None,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    spool = tmp_path / "printer"  # stands in for the printer: the paper leaves the program

    def to_printer(handout, library, clinic, lang, paper, large, _printer, *labels, **_limits):  # type: ignore[no-untyped-def]
        return write_pdf(spool / "job.pdf", handout, library, clinic, lang, paper, large)

    monkeypatch.setattr("edu_app.ui.handout_output.print_handout", to_printer)
    before_hook = sys.excepthook
    before = set(Path(tempfile.gettempdir()).iterdir())
    config = ClinicConfig(languages=("en", "th"), printer="PDF", kiosk_usage_counts=True)
    window = MainWindow(small_library, SearchIndex(small_library), config,
                        PreferencesStore(None, persist=False))
    kiosk = KioskController(window, idle_ms=60_000)
    qtbot.addWidget(window, before_close_func=lambda _w: kiosk.shutdown())
    try:
        kiosk.start()
        qtbot.waitExposed(window)
        qtbot.mouseClick(kiosk.attract.prompt, Qt.MouseButton.LeftButton)
        window.open_search("")
        qtbot.keyClicks(window.search.field, SEARCHED)
        window.open_page("barrier")
        window.open_handout(whole=["barrier"])
        view = window.handout
        qtbot.keyClicks(view.name, NAME)
        qtbot.keyClicks(view.note, NOTE)
        view.plan.box.setChecked(True)
        view.plan.fields["green"].setEditText(PLAN_TEXT)
        assert view.print_now(), view.status.text()
        assert (spool / "job.pdf").stat().st_size > 0  # the printed handout
        try:  # an unexpected error while the name is on screen: logged, then a reset
            raise ValueError(f"cannot print for {view.name.text()}")
        except ValueError:
            info = sys.exc_info()
        with qtbot.waitSignal(kiosk.reset_done, timeout=3000):
            sys.excepthook(*info)
        assert window._handout is None and window.home.search.text() == ""
        kiosk.reset()  # and the idle reset, once more
        qtbot.wait(100)
    finally:
        sys.excepthook = before_hook
    assert no_network == []
    log_files = list((hermetic / "logs").glob("edu-app.log*"))
    assert log_files and "unexpected error: ValueError" in log_files[0].read_text("utf-8")
    places = [hermetic, *(set(Path(tempfile.gettempdir()).iterdir()) - before)]
    assert _leftovers(places, skip={spool / "job.pdf"}) == []
