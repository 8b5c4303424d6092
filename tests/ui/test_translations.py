"""Interface translations: complete, compiled from the committed .ts, and switchable live."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QLabel

from edu_app import resources
from edu_app.ui import i18n
from edu_app.ui.main_window import MainWindow

TS = resources.translations_dir() / "edu_app_th.ts"
BIN = Path(sys.executable).parent


def test_every_string_is_translated() -> None:
    messages = list(ET.parse(TS).getroot().iter("message"))
    assert len(messages) > 100
    unfinished = [m.findtext("source") for m in messages
                  if m.find("translation").get("type") == "unfinished"
                  or not (m.findtext("translation") or "").strip()]
    assert unfinished == []


def test_the_ts_lists_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    code = sorted(str(p) for d in ("ui", "ui/kiosk", "ui/clinician", "printing", "paint")
                  for p in (Path(resources.__file__).parent / d).glob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *code, "-ts", str(fresh)], check=True,
                   capture_output=True)
    found = {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")}
    listed = {m.findtext("source") for m in ET.parse(TS).getroot().iter("message")}
    assert found - listed == set(), "run 'make translations' and translate the new strings"


def test_committed_qm_matches_the_ts(tmp_path: Path) -> None:
    qm = tmp_path / "th.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(qm)], check=True,
                   capture_output=True)
    assert qm.read_bytes() == (resources.translations_dir() / "edu_app_th.qm").read_bytes()


def texts(window: MainWindow) -> set[str]:
    widgets = [*window.findChildren(QLabel), *window.findChildren(QAbstractButton)]
    return {w.text() for w in widgets if w.text()}


def test_switching_language_relabels_the_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    english = texts(window)
    try:
        window.set_language("th")
        qtbot.waitUntil(lambda: window.top_bar.contrast.text() == "ความคมชัดสูง", timeout=2000)
        shown = window.home.heading.text().replace("\u200b", "")  # (word breaks aside)
        assert shown == "เรียนรู้เรื่องโรคผื่นภูมิแพ้ผิวหนัง"
        thai = texts(window)
        assert "High contrast" not in thai and "Learn about eczema" not in thai
    finally:
        i18n.set_language("en")
        qtbot.waitUntil(lambda: window.top_bar.contrast.text() == "High contrast", timeout=2000)
    assert "High contrast" in english


def test_printed_words_in_any_language_match_the_interface_lists(qapp) -> None:  # type: ignore[no-untyped-def]
    from edu_app.ui.texts import handout_labels, labels_in, render_labels

    try:
        i18n.set_language("th")
        words, page_words = labels_in("th")
        assert words == handout_labels() and page_words == render_labels()
        assert words.disclaimer.startswith("เอกสารนี้")
    finally:
        i18n.set_language("en")
    assert labels_in("en")[0] == handout_labels()
