"""Bad input through the real widgets (issue 15): typed fields are bounded, a web address too
long for a QR code degrades to text, and a kiosk counts prints in sheets as well as handouts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QPdfWriter

from edu_app.core.content import load_library
from edu_app.core.handout import HandoutRequest, build
from edu_app.core.kiosk import DayCounts, PrintQuota
from edu_app.core.model import Library
from edu_app.core.settings import ClinicConfig
from edu_app.printing.pdf import render, write_pdf
from edu_app.ui import handout_output as handout_module  # (where printing is called)
from edu_app.ui.handout_view import HandoutView
from edu_app.ui.home_view import BrokenCard, TopicCard
from edu_app.ui.main_window import MainWindow

from helpers import page_text, write
from ui_helpers import make_window

LONG_ADDRESS = "https://example.org/" + "a" * 2_980  # 3,000 characters


def make_view(qtbot, library: Library, quota: PrintQuota | None = None) -> HandoutView:  # type: ignore[no-untyped-def]
    view = HandoutView(library, ClinicConfig(), quota)
    qtbot.addWidget(view)
    view.start("en", ["barrier", "itch"], [])
    return view


def test_name_and_note_hold_no_more_than_the_limits(qtbot, small_library: Library) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot, small_library)
    view.name.setText("N" * 500)
    assert view.name.text() == "N" * 80
    view.note.setPlainText("x" * 800_000)  # the 800 kB note of issue 15, pasted at once
    assert view.note.toPlainText() == "x" * 2_000
    view.note.setPlainText("line\n" * 100)
    assert view.note.toPlainText() == "\n".join(["line"] * 40)
    request = view.request()
    build(small_library, request)  # within the limits: a handout is made


def test_typing_past_the_note_limit_keeps_the_first_part(qtbot, small_library: Library) -> None:  # type: ignore[no-untyped-def]
    view = make_view(qtbot, small_library)
    view.note.setPlainText("a" * 1_995)
    view.note.moveCursor(view.note.textCursor().MoveOperation.End)
    qtbot.keyClicks(view.note, "bcdefghij")
    assert view.note.toPlainText() == "a" * 1_995 + "bcdef"


def test_search_and_plan_fields_are_bounded(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.home.search.setText("q" * 5_000)
    assert len(window.home.search.text()) == 200
    plan_field = window.handout.plan.fields["green"].lineEdit()
    assert plan_field is not None
    plan_field.setText("p" * 5_000)
    assert len(plan_field.text()) == 200


def test_a_link_too_long_for_a_qr_code_shows_a_short_message(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_page("barrier")
    popup = window.topic.popup
    popup.show_address(LONG_ADDRESS, QPoint(100, 100))
    assert popup.isVisible() and not popup.qr.isVisible()
    text = popup.definition.text()
    assert text.startswith("This web address is too long to show as a code.")
    assert len(text) < 200  # the address is cut short, not shown whole
    popup.show_address("https://example.org/eczema", QPoint(100, 100))
    assert popup.qr.isVisible() and "camera" in popup.definition.text()


def test_a_website_too_long_for_a_qr_code_still_prints(small_library: Library, tmp_path: Path) -> None:
    # clinic.toml refuses such an address; a configuration made another way must still print
    clinic = ClinicConfig(clinic_name="Riverside", clinic_website=LONG_ADDRESS)
    handout = build(small_library, HandoutRequest(topics=("barrier",)))
    pages = write_pdf(tmp_path / "x.pdf", handout, small_library, clinic, "en", "a4", False)
    assert pages >= 1 and (tmp_path / "x.pdf").stat().st_size > 0


def fake_printer(tmp_path: Path):  # type: ignore[no-untyped-def]
    """print_handout as the builder calls it, printing to a PDF file instead of a printer."""
    def print_handout(handout, library, clinic, lang, paper, large, _printer, labels,  # type: ignore[no-untyped-def]
                      page_labels, max_pages=None):
        writer = QPdfWriter(str(tmp_path / "job.pdf"))
        writer.setResolution(300)
        return render(writer, handout, library, clinic, lang, paper, large, labels, page_labels,
                      max_pages=max_pages)
    return print_handout


def test_a_kiosk_refuses_a_handout_over_the_sheet_limit(qtbot, small_library: Library,  # type: ignore[no-untyped-def]
                                                        tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(handout_module, "print_handout", fake_printer(tmp_path))
    counts = DayCounts(None, lambda: date(2026, 11, 24))
    quota = PrintQuota(5, 200, counts, sheets_per_handout=1, sheets_per_day=100)
    view = make_view(qtbot, small_library, quota)
    view.large.setChecked(True)  # two topics in large print: more than one page
    assert view.print_now() is False
    assert view.status.text().startswith("This handout has ")
    assert "can print at most 1 now" in view.status.text()
    assert not (tmp_path / "job.pdf").exists() or (tmp_path / "job.pdf").stat().st_size == 0
    assert (quota.session, counts.today("prints"), counts.today("sheets")) == (0, 0, 0)


def test_a_kiosk_counts_each_printed_sheet(qtbot, small_library: Library, tmp_path: Path,  # type: ignore[no-untyped-def]
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(handout_module, "print_handout", fake_printer(tmp_path))
    counts = DayCounts(None, lambda: date(2026, 11, 24))
    quota = PrintQuota(5, 200, counts, sheets_per_handout=20, sheets_per_day=100)
    view = make_view(qtbot, small_library, quota)
    view.large.setChecked(True)
    assert view.print_now() is True
    from pypdf import PdfReader

    pages = len(PdfReader(tmp_path / "job.pdf").pages)
    assert pages >= 2
    assert (quota.session, counts.today("prints"), counts.today("sheets")) == (1, 1, pages)


def test_clinic_pages_over_the_limits_are_placeholders_and_the_rest_works(  # type: ignore[no-untyped-def]
        qtbot, content_tree: Path, tmp_path: Path) -> None:
    clinic = tmp_path / "clinic"
    write(clinic / "en" / "bomb.md", page_text("bomb", 90, ("[" * 100 + "\n") * 300, "[]"))
    write(clinic / "en" / "escape.md", page_text("escape", 91, "x\n", "[]", illustration="../x"))
    write(clinic / "en" / "ours.md", page_text("ours", 92, "Our opening hours.\n", "[]"))
    library = load_library(content_tree, content_tree.parent / "illustrations", [clinic])
    window = make_window(qtbot, library)
    broken = sorted(c.page_id for c in window.home.cards if isinstance(c, BrokenCard))
    assert broken == ["bomb", "escape"]
    assert len([c for c in window.home.cards if isinstance(c, TopicCard)]) == 3
    assert "could not be shown: 2" in window.banner.text.text()
    window.open_page("ours")
    assert "Our opening hours." in window.topic.texts.current.toPlainText()
