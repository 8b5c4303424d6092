"""Read-aloud through the system's speech engine (a fake engine on PATH stands in for it)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from edu_app.ui.main_window import MainWindow
from edu_app.ui.speech import espeak_voices, find_engine, say_voices, spd_voices, windows_voices

FAKE = """#!/bin/sh
if [ "$1" = "--voices" ]; then
  printf 'Pty Language       Age/Gender VoiceName          File          Other Languages\\n'
  for language in {languages}; do
    printf ' 5  %s              --/M      Voice_%s            x/%s\\n' $language $language $language
  done
  exit 0
fi
echo "$@" > "{log}.args"
cat > "{log}.text"
exec sleep 30
"""


def _engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, languages: str) -> Path:
    """An 'espeak-ng' with voices for ``languages`` that writes down its arguments and text,
    then 'speaks' until stopped."""
    folder = tmp_path / "bin"
    folder.mkdir()
    log = tmp_path / "spoken"
    program = folder / "espeak-ng"
    program.write_text(FAKE.format(log=log, languages=languages), encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}/usr/bin{os.pathsep}/bin")
    return log


@pytest.fixture
def fake_engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return _engine(tmp_path, monkeypatch, "af en-gb en-us th")


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
    assert spd is not None and not spd.stdin and spd.arguments("th", "fast", "th") == [
        "--wait", "-l", "th", "-r", "40"]
    mac = find_engine(only("say"), "darwin")
    assert mac is not None and mac.arguments("en", "slow", "") == ["-r", "140", "-f", "-"]
    assert mac.arguments("th", "slow", "Kanya") == ["-v", "Kanya", "-r", "140", "-f", "-"]
    assert mac.list_voices == ("-v", "?")
    windows = find_engine(only("powershell"), "win32")
    assert windows is not None and "System.Speech" in " ".join(windows.arguments("en", "normal", ""))
    assert "SelectVoice" not in " ".join(windows.arguments("en", "normal", ""))
    script = windows.arguments("th", "normal", "Microsoft Pattara")[-1]
    assert "$s.SelectVoice('Microsoft Pattara');" in script
    assert "GetInstalledVoices" in windows.list_voices[-1] and "{" in windows.list_voices[-1]
    assert find_engine(only(), "linux") is None


def test_each_systems_voice_list_is_read_by_language() -> None:
    mac = ("Alex                en_US    # Most people recognize me by my voice.\n"
           "Kanya               th_TH    # สวัสดีค่ะ\n"
           "Narisa (Enhanced)   th_TH    # สวัสดีค่ะ\n"
           "Eddy (English (UK)) en_GB    # Hello\n")
    assert say_voices(mac) == {"en": "Alex", "th": "Kanya"}
    windows = "en-US|Microsoft David Desktop\r\nth-TH|Microsoft Pattara\r\n\r\n"
    assert windows_voices(windows) == {"en": "Microsoft David Desktop", "th": "Microsoft Pattara"}
    assert windows_voices("en-US|Microsoft Zira Desktop\n") == {"en": "Microsoft Zira Desktop"}
    espeak = ("Pty Language       Age/Gender VoiceName          File          Other Languages\n"
              " 5  en-gb           --/M      English            gmw/en\n"
              " 5  th              --/M      Thai               sit/th\n")
    assert espeak_voices(espeak) == {"en": "en", "th": "th"}
    spd = "NAME                 LANGUAGE  VARIANT\nenglish              en        none\n"
    assert spd_voices(spd) == {"en": "en"}


def test_a_thai_page_is_read_with_a_thai_voice(qtbot, fake_engine: Path,  # type: ignore[no-untyped-def]
                                               window: MainWindow) -> None:
    window.set_language("th")
    window.open_page("barrier")
    speech = window.topic.read_aloud
    qtbot.waitUntil(speech.isVisible)  # once the engine said it has a Thai voice
    qtbot.mouseClick(speech.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: Path(f"{fake_engine}.args").exists())
    assert Path(f"{fake_engine}.args").read_text().split() == ["--stdin", "-v", "th", "-s", "165"]
    window.go_home()


def test_thai_is_not_offered_without_a_thai_voice(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  window: MainWindow) -> None:
    log = _engine(tmp_path, monkeypatch, "en-us de")
    window.open_page("barrier")
    speech = window.topic.read_aloud
    assert speech.isVisible()  # English is offered at once
    window.set_language("th")
    window.open_page("barrier")
    assert speech.voices is not None
    qtbot.waitUntil(lambda: speech.voices is not None and speech.voices.voices is not None)
    assert speech.isHidden()  # an English voice would read Thai as noise
    speech.start()  # (even asked directly, it does not read)
    assert not speech.speaking and not Path(f"{log}.args").exists()
    window.set_language("en")
    window.open_page("barrier")
    assert speech.isVisible()
