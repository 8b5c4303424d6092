"""Read the page aloud with the system's own speech engine, where there is one.

PySide6-Essentials has no QtTextToSpeech (it is in the Addons, too big for the installer), so
the program runs the system's engine as a process and hands it the page's text on standard input:
espeak-ng or spd-say on Linux, ``say`` on macOS, System.Speech through PowerShell on Windows.
Where none is found, the read-aloud controls are hidden. A process cannot pause, so "Stop"
stops, and "Read aloud" starts again from the top. The text is the page's, never typed text.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QProcess
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

SPEEDS = ("slow", "normal", "fast")
_WINDOWS_SCRIPT = (
    "Add-Type -AssemblyName System.Speech; "
    "$s = New-Object System.Speech.Synthesis.SpeechSynthesizer; $s.Rate = {rate}; "
    "$s.Speak([Console]::In.ReadToEnd())"
)


class Engine(NamedTuple):
    """A speech program and how to ask it for a language and a speed."""

    program: str
    arguments: Callable[[str, str], list[str]]  # (language, speed) -> arguments
    stdin: bool = True  # the text goes to standard input (else as the last argument)


def _espeak(language: str, speed: str) -> list[str]:
    rate = {"slow": 125, "normal": 165, "fast": 210}[speed]
    return ["--stdin", "-v", language, "-s", str(rate)]


def _spd_say(language: str, speed: str) -> list[str]:
    rate = {"slow": -40, "normal": 0, "fast": 40}[speed]
    return ["--wait", "-l", language, "-r", str(rate)]


def _say(_language: str, speed: str) -> list[str]:
    rate = {"slow": 140, "normal": 180, "fast": 230}[speed]
    return ["-r", str(rate), "-f", "-"]


def _powershell(_language: str, speed: str) -> list[str]:
    rate = {"slow": -3, "normal": 0, "fast": 3}[speed]
    return ["-NoProfile", "-Command", _WINDOWS_SCRIPT.format(rate=rate)]


def find_engine(which: Callable[[str], str | None] = shutil.which,
                platform: str = sys.platform) -> Engine | None:
    """The first speech program this system has, or None."""
    candidates: list[tuple[str, Callable[[str, str], list[str]], bool]]
    if platform.startswith("win"):
        candidates = [("powershell", _powershell, True)]
    elif platform == "darwin":
        candidates = [("say", _say, True)]
    else:
        candidates = [("espeak-ng", _espeak, True), ("spd-say", _spd_say, False)]
    for name, arguments, stdin in candidates:
        path = which(name)
        if path:
            return Engine(path, arguments, stdin)
    return None


class ReadAloud(QWidget):
    """A "Read aloud" / "Stop" button and a speed choice; hidden without a speech engine."""

    def __init__(self, text: Callable[[], tuple[str, str]], engine: Engine | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text  # () -> (page text, language code)
        self.engine = engine if engine is not None else find_engine()
        self.process = QProcess(self)
        self.process.finished.connect(lambda *_: self._show_state())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton()
        self.button.clicked.connect(self.toggle)
        self.speed = QComboBox()
        for key in SPEEDS:
            self.speed.addItem("", key)
        self.speed.setCurrentIndex(1)
        self.speed.currentIndexChanged.connect(self._restart)
        row.addWidget(self.button)
        row.addWidget(self.speed)
        self.setVisible(self.engine is not None)
        self.retranslate()

    def retranslate(self) -> None:
        """Re-set interface texts."""
        # the choice says what it is about (a bare "Normal" beside "Read aloud" did not)
        for index, word in enumerate((self.tr("Speed: slow"), self.tr("Speed: normal"),
                                      self.tr("Speed: fast"))):
            self.speed.setItemText(index, word)
        self.speed.setAccessibleName(self.tr("Reading speed"))
        self.speed.setAccessibleDescription(self.tr("How fast the page is read aloud"))
        self.button.setAccessibleDescription(self.tr("Read this page aloud, or stop reading"))
        self._show_state()

    @property
    def speaking(self) -> bool:
        """Whether the engine is reading now."""
        return self.process.state() != QProcess.ProcessState.NotRunning

    def toggle(self) -> None:
        """Start reading the page, or stop."""
        if self.speaking:
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        """Read the current page from the top."""
        if self.engine is None:
            return
        self.stop()
        text, language = self._text()
        arguments = self.engine.arguments(language, str(self.speed.currentData()))
        if not self.engine.stdin:
            arguments = [*arguments, text]
        self.process.start(self.engine.program, arguments)
        if self.engine.stdin:
            self.process.write(text.encode("utf-8"))
            self.process.closeWriteChannel()
        self._show_state()

    def stop(self) -> None:
        """Stop reading (at once)."""
        if self.speaking:
            self.process.kill()
            self.process.waitForFinished(2000)
        self._show_state()

    def _restart(self) -> None:
        if self.speaking:
            self.start()

    def _show_state(self) -> None:
        self.button.setText(self.tr("Stop reading") if self.speaking else self.tr("Read aloud"))

    def hideEvent(self, event: QHideEvent) -> None:
        self.stop()  # leaving the page (or a kiosk reset) ends the reading
        super().hideEvent(event)
