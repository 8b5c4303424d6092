"""The handout builder: choices, preview, save, print (to a real CUPS queue when there is one)."""

from __future__ import annotations

import os
import pwd
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from edu_app.printing import printer as printer_module
from edu_app.ui.main_window import MainWindow


def builder(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    view = window.handout
    qtbot.waitUntil(lambda: view.isVisible())
    return view


def test_print_button_on_a_page_chooses_that_page(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_page("barrier")
    qtbot.mouseClick(window.topic.handout_button, Qt.MouseButton.LeftButton)
    view = builder(qtbot, window)
    request = view.request()
    assert request.topics == ("barrier",) and not request.summary_only
    assert window.stack.currentWidget() is view


def test_home_card_makes_a_visit_summary(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_page("itch")
    window.open_page("barrier")
    window.go_home()
    card = next(c for c in window.home.cards if getattr(c, "title", None) is not None
                and c.title.text() == "Make a handout")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    request = builder(qtbot, window).request()
    assert set(request.topics) == {"barrier", "itch"} and request.summary_only == {"barrier", "itch"}


def test_save_pdf_with_name_note_plan_and_faq(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_handout(whole=["barrier"])
    view = builder(qtbot, window)
    view.name.setText("Wilhelmina")
    view.note.setPlainText("Cream twice a day")
    view.plan_box.setChecked(True)
    view.plan_fields["amber"].setCurrentText("Hydrocortisone 1% cream")
    view.plan_fields["how_often"].setCurrentIndex(1)  # picked from the list: twice a day
    view.questions.item(0).setCheckState(Qt.CheckState.Checked)
    out = tmp_path / "handout.pdf"
    view.ask_save_path = lambda: str(out)
    assert view.save_pdf()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    for expected in ("Prepared for Wilhelmina", "Cream twice a day", "Hydrocortisone 1% cream",
                     "How often: twice a day",
                     "Is eczema contagious?", "Barrier"):
        assert expected in text
    assert "Saved" in view.status.text()


def test_cancel_and_unwritable_path_lose_nothing(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_handout(whole=["barrier"])
    view = builder(qtbot, window)
    view.name.setText("Ann")
    before = view.request()
    view.ask_save_path = lambda: ""
    assert not view.save_pdf() and view.status.text() == ""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    view.ask_save_path = lambda: str(blocker / "x.pdf")
    assert not view.save_pdf()
    assert "cannot write" in view.status.text()
    assert view.request() == before


def test_no_printer_gives_a_clear_message(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(printer_module, "default_printer", lambda: "")
    window.open_handout(whole=["barrier"])
    view = builder(qtbot, window)
    assert not view.print_now()
    assert "No printer is set up" in view.status.text() and "PDF" in view.status.text()


def test_leaving_forgets_the_personal_details(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_handout(whole=["barrier"])
    view = builder(qtbot, window)
    view.name.setText("Ann")
    view.note.setPlainText("Private")
    view.plan_box.setChecked(True)
    qtbot.mouseClick(view.home_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.home
    assert view.name.text() == "" and view.note.toPlainText() == "" and not view.plan_box.isChecked()


def test_preview_paints_pages(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_handout(whole=["barrier"], summaries=["itch"])
    view = builder(qtbot, window)
    view.preview.updatePreview()
    qtbot.waitUntil(lambda: view.preview.pageCount() >= 2, timeout=5000)


def test_printing_through_cups(qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                               monkeypatch: pytest.MonkeyPatch) -> None:
    if "PDF" not in printer_module.printer_names():
        pytest.skip("no CUPS 'PDF' queue here (.ci/run sets one up)")
    monkeypatch.setattr(printer_module, "default_printer", lambda: "PDF")
    spool = Path(pwd.getpwuid(os.getuid()).pw_dir) / "PDF"
    before = set(spool.glob("*.pdf")) if spool.is_dir() else set()
    window.open_handout(whole=["barrier"], summaries=["itch"])
    view = builder(qtbot, window)
    out = tmp_path / "same.pdf"
    view.ask_save_path = lambda: str(out)
    assert view.save_pdf()
    assert view.print_now(), view.status.text()
    deadline = time.time() + 60
    new: set[Path] = set()
    while time.time() < deadline and not new:
        qtbot.wait(250)
        new = set(spool.glob("*.pdf")) - before if spool.is_dir() else set()
    assert new, "cups-pdf wrote nothing"
    printed = max(new, key=lambda p: p.stat().st_mtime)

    def complete() -> bool:  # cups-pdf may still be writing
        try:
            return len(PdfReader(printed).pages) > 0
        except Exception:
            return False

    qtbot.waitUntil(complete, timeout=30000)
    assert len(PdfReader(printed).pages) == len(PdfReader(out).pages)


def test_builder_and_command_line_make_the_same_pdf(qtbot, bundled_window: MainWindow,  # type: ignore[no-untyped-def]
                                                    tmp_path: Path) -> None:
    import subprocess
    import sys

    window = bundled_window
    window.open_handout(whole=["skin-barrier"], summaries=["urgent-help"])
    view = builder(qtbot, window)
    view.questions.item(0).setCheckState(Qt.CheckState.Checked)
    first_question = str(view.questions.item(0).data(Qt.ItemDataRole.UserRole))
    from_builder = tmp_path / "builder.pdf"
    view.ask_save_path = lambda: str(from_builder)
    assert view.save_pdf()
    from_cli = tmp_path / "cli.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "edu_app", "handout", "--topics", "skin-barrier,urgent-help",
         "--summary-only", "urgent-help", "--faq", first_question, "--out", str(from_cli)],
        capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    texts = [[page.extract_text() for page in PdfReader(p).pages] for p in (from_builder, from_cli)]
    assert texts[0] == texts[1]


def test_a_thai_handout_from_an_english_screen(qtbot, bundled_window: MainWindow,  # type: ignore[no-untyped-def]
                                               tmp_path: Path) -> None:
    window = bundled_window
    window.open_handout(whole=["urgent-help"])
    view = builder(qtbot, window)
    view.language.setCurrentIndex(view.language.findData("th"))
    view.second.setCurrentIndex(view.second.findData("en"))
    view.topic_choices["urgent-help"].setCurrentIndex(2)  # summary only
    out = tmp_path / "th.pdf"
    view.ask_save_path = lambda: str(out)
    assert view.save_pdf()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "When to get help urgently" in text and "หน้า 1 จาก" in text


def test_the_builder_chooses_a_basics_sheet_per_topic_and_keeps_it(  # type: ignore[no-untyped-def]
        qtbot, bundled_window: MainWindow, tmp_path: Path) -> None:
    window = bundled_window
    window.open_handout(whole=["treatments", "skin-barrier"])
    view = builder(qtbot, window)
    view.topic_choices["skin-barrier"].setCurrentIndex(3)  # "Basics (one page)"
    assert view.topic_choices["skin-barrier"].currentText() == "Basics (one page)"
    request = view.request()
    assert request.topics == ("skin-barrier", "treatments")  # (in the library's order)
    assert request.basics == frozenset({"skin-barrier"}) and not request.summary_only
    view.language.setCurrentIndex(view.language.findData("th"))  # and back: the choice stays
    view.language.setCurrentIndex(view.language.findData("en"))
    assert view.request().basics == frozenset({"skin-barrier"})
    out = tmp_path / "basics.pdf"
    view.ask_save_path = lambda: str(out)
    assert view.save_pdf()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "What you can do" in text and "Words to know" in text


def test_with_a_receipt_roll_print_makes_a_card(qtbot, bundled_window: MainWindow,  # type: ignore[no-untyped-def]
                                               tmp_path: Path) -> None:
    # clinic.toml: paper = "roll80", receipt_escpos = a device (here a file standing in for it)
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    window = bundled_window
    window.open_handout(whole=["skin-barrier"])
    view = builder(qtbot, window)
    view.config = view.config._replace(paper="roll80", receipt_escpos=device, receipt_dots=576)
    assert view.print_now()
    sent = device.read_bytes()
    assert sent.startswith(b"\x1b@")  # ESC @: the printer starts afresh
    assert b"\x1dv0\x00" + (576 // 8).to_bytes(2, "little") in sent  # GS v 0, 72 bytes a row
    assert sent.endswith(b"\x1dVB\x00")  # feed to the cutter and cut
    assert "take your card" in view.status.text()
    view.config = view.config._replace(receipt_escpos=tmp_path / "no-such-dir" / "lp0")
    assert not view.print_now()  # a missing device: a message, no traceback
    assert view.status.text()
