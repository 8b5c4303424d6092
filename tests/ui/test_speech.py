"""Read-aloud through the system's speech engine (a fake engine on PATH stands in for it)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from edu_app.ui.main_window import MainWindow
from edu_app.ui.speech import find_engine

FAKE = """#!/bin/sh
echo "$@" > "{log}.args"
cat > "{log}.text"
exec sleep 30
"""


@pytest.fixture
def fake_engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An 'espeak-ng' that writes down its arguments and text, then 'speaks' until stopped."""
    folder = tmp_path / "bin"
    folder.mkdir()
    log = tmp_path / "spoken"
    program = folder / "espeak-ng"
    program.write_text(FAKE.format(log=log), encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}/usr/bin{os.pathsep}/bin")
    return log


def test_reads_the_page_aloud_with_speed_and_stop(qtbot, fake_engine: Path,  # type: ignore[no-untyped-def]
                                                  window: MainWindow) -> None:
    window.open_page("barrier")
    speech = window.topic.read_aloud
    assert speech.isVisible() and speech.button.text() == "Read aloud"
    # the speed choice says what it chooses (a bare "Normal" beside the button did not)
    assert [speech.speed.itemText(i) for i in range(speech.speed.count())] == \
        ["Speed: slow", "Speed: normal", "Speed: fast"]
    assert speech.speed.currentText() == "Speed: normal"
    qtbot.mouseClick(speech.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: Path(f"{fake_engine}.text").exists()
                    and "water in" in Path(f"{fake_engine}.text").read_text("utf-8"))
    text = Path(f"{fake_engine}.text").read_text("utf-8")
    assert text.startswith("Barrier.") and "Your skin barrier keeps water in." in text
    assert Path(f"{fake_engine}.args").read_text().split() == ["--stdin", "-v", "en", "-s", "165"]
    assert speech.speaking and speech.button.text() == "Stop reading"
    Path(f"{fake_engine}.args").unlink()
    speech.speed.setCurrentIndex(0)  # slower: starts again at the new speed
    qtbot.waitUntil(lambda: Path(f"{fake_engine}.args").exists()
                    and "125" in Path(f"{fake_engine}.args").read_text())
    qtbot.mouseClick(speech.button, Qt.MouseButton.LeftButton)
    assert not speech.speaking and speech.button.text() == "Read aloud"
    qtbot.mouseClick(speech.button, Qt.MouseButton.LeftButton)
    assert speech.speaking
    window.go_home()  # leaving the page ends the reading
    assert not speech.speaking


def test_hidden_without_a_speech_engine(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                        window: MainWindow) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    window.open_page("barrier")
    assert window.topic.read_aloud.isHidden()


def test_the_engine_of_each_system() -> None:
    def only(*names: str):  # type: ignore[no-untyped-def]
        return lambda name: f"/x/{name}" if name in names else None

    linux = find_engine(only("espeak-ng", "spd-say"), "linux")
    assert linux is not None and linux.program == "/x/espeak-ng"
    spd = find_engine(only("spd-say"), "linux")
    assert spd is not None and not spd.stdin and spd.arguments("th", "fast") == [
        "--wait", "-l", "th", "-r", "40"]
    mac = find_engine(only("say"), "darwin")
    assert mac is not None and mac.arguments("en", "slow") == ["-r", "140", "-f", "-"]
    windows = find_engine(only("powershell"), "win32")
    assert windows is not None and "System.Speech" in " ".join(windows.arguments("en", "normal"))
    assert find_engine(only(), "linux") is None
