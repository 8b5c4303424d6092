"""Read the page aloud with the system's own speech engine, where there is one.

PySide6-Essentials has no QtTextToSpeech (it is in the Addons, too big for the installer), so
the program runs the system's engine as a process and hands it the page's text on standard input:
espeak-ng or spd-say on Linux, ``say`` on macOS, System.Speech through PowerShell on Windows.
Where none is found, the read-aloud controls are hidden. A process cannot pause, so "Stop"
stops, and "Read aloud" starts again from the top. The text is the page's, never typed text.

The engine is asked once, in the background, which voices it has; a page is read with a voice
of its language (Windows: Microsoft Pattara for Thai; macOS: Kanya or Narisa), and the controls
are hidden on a page whose language has no voice, since an English voice would read Thai as
noise. English is offered before the answer comes (every system speaks it).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QObject, QProcess, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

SPEEDS = ("slow", "normal", "fast")
_WINDOWS_SCRIPT = (
    "Add-Type -AssemblyName System.Speech; "
    "$s = New-Object System.Speech.Synthesis.SpeechSynthesizer; $s.Rate = {rate}; {voice}"
    "$s.Speak([Console]::In.ReadToEnd())"
)
_WINDOWS_VOICES = (
    "Add-Type -AssemblyName System.Speech; "
    "(New-Object System.Speech.Synthesis.SpeechSynthesizer).GetInstalledVoices() | "
    "ForEach-Object {{ $_.VoiceInfo.Culture.Name + '|' + $_.VoiceInfo.Name }}"
)
Voices = dict[str, str]  # language code ("th") -> the voice to ask for


class Engine(NamedTuple):
    """A speech program: how to ask it for a language, a speed and a voice, and how to list
    its voices."""

    program: str
    arguments: Callable[[str, str, str], list[str]]  # (language, speed, voice) -> arguments
    stdin: bool = True  # the text goes to standard input (else as the last argument)
    list_voices: tuple[str, ...] = ()  # arguments that list the voices (none: not asked)
    parse_voices: Callable[[str], Voices] | None = None


def _espeak(language: str, speed: str, voice: str) -> list[str]:
    rate = {"slow": 125, "normal": 165, "fast": 210}[speed]
    return ["--stdin", "-v", voice or language, "-s", str(rate)]


def _spd_say(language: str, speed: str, _voice: str) -> list[str]:
    rate = {"slow": -40, "normal": 0, "fast": 40}[speed]
    return ["--wait", "-l", language, "-r", str(rate)]


def _say(_language: str, speed: str, voice: str) -> list[str]:
    rate = {"slow": 140, "normal": 180, "fast": 230}[speed]
    return [*(["-v", voice] if voice else []), "-r", str(rate), "-f", "-"]


def _powershell(_language: str, speed: str, voice: str) -> list[str]:
    rate = {"slow": -3, "normal": 0, "fast": 3}[speed]
    chosen = "$s.SelectVoice('{}'); ".format(voice.replace("'", "''")) if voice else ""
    return ["-NoProfile", "-Command", _WINDOWS_SCRIPT.format(rate=rate, voice=chosen)]


def _first_per_language(pairs: list[tuple[str, str]]) -> Voices:
    voices: Voices = {}
    for language, name in pairs:
        voices.setdefault(language.lower(), name)
    return voices


def espeak_voices(listing: str) -> Voices:
    """``espeak-ng --voices``: "Pty Language Age/Gender VoiceName File Other" rows (espeak is
    asked by language: "-v th")."""
    rows = [line.split() for line in listing.splitlines()[1:]]
    languages = {row[1].split("-")[0].lower() for row in rows if len(row) > 3}
    return {language: language for language in languages}


def spd_voices(listing: str) -> Voices:
    """``spd-say -L``: "NAME LANGUAGE VARIANT" rows (spd-say is asked by language)."""
    rows = [line.split() for line in listing.splitlines()[1:]]
    return _first_per_language([(row[-2].split("-")[0], row[-2]) for row in rows if len(row) >= 3])


def say_voices(listing: str) -> Voices:
    """``say -v ?``: "Kanya    th_TH    # greeting" rows."""
    found = (re.match(r"^(.+?)\s+([a-z]{2,3})[_-][A-Za-z0-9]+\s+#", line)
             for line in listing.splitlines())
    return _first_per_language([(m.group(2), m.group(1).strip()) for m in found if m])


def windows_voices(listing: str) -> Voices:
    """System.Speech's installed voices as "th-TH|Microsoft Pattara" lines."""
    pairs = [line.strip().split("|", 1) for line in listing.splitlines() if "|" in line]
    return _first_per_language([(culture.split("-")[0], name) for culture, name in pairs])


def find_engine(which: Callable[[str], str | None] = shutil.which,
                platform: str = sys.platform) -> Engine | None:
    """The first speech program this system has, or None."""
    if platform.startswith("win"):
        candidates = [Engine("powershell", _powershell, True,
                             ("-NoProfile", "-Command", _WINDOWS_VOICES.format()), windows_voices)]
    elif platform == "darwin":
        candidates = [Engine("say", _say, True, ("-v", "?"), say_voices)]
    else:
        candidates = [Engine("espeak-ng", _espeak, True, ("--voices",), espeak_voices),
                      Engine("spd-say", _spd_say, False, ("-L",), spd_voices)]
    for engine in candidates:
        path = which(engine.program)
        if path:
            return engine._replace(program=path)
    return None


class VoiceList(QObject):
    """The engine's voices, asked for once without waiting for the answer; ``known`` when it
    came (an engine that cannot list them counts as having every language).

    A plain subprocess, polled from the window's thread: a QProcess or a helper thread each
    left the program 1 MB bigger for the rest of its life. The lists are small (10-20 KB, well
    inside a pipe's buffer); one that does not finish in 10 s counts as no voices.
    """

    known = Signal()
    POLL_MS = 50
    GIVE_UP_S = 10.0

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.voices: Voices | None = None
        self._engine = engine
        self._asked = False
        self._process: subprocess.Popen[bytes] | None = None
        self._started = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self._check)

    def ask(self) -> None:
        """Start listing (once)."""
        if self._asked:
            return
        self._asked = True
        if not self._engine.list_voices or self._engine.parse_voices is None:
            self._done("")
            return
        try:
            self._process = subprocess.Popen(
                [self._engine.program, *self._engine.list_voices], stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        except OSError:
            self._done("")
            return
        self._started = time.monotonic()
        self._timer.start()

    def _check(self) -> None:
        process = self._process
        if process is None:
            return
        if process.poll() is None:
            if time.monotonic() - self._started < self.GIVE_UP_S:
                return
            process.kill()
            process.communicate()
            self._done("")
            return
        out, _ = process.communicate()
        self._done(out.decode("utf-8", "replace"))

    def _done(self, text: str) -> None:
        self._timer.stop()
        self._process = None
        parse = self._engine.parse_voices
        self.voices = parse(text) if parse is not None and text else {}
        self.known.emit()

    def has(self, language: str) -> bool | None:
        """Whether ``language`` has a voice (None: not known yet). English always has one; an
        engine that cannot list its voices is taken to have every language."""
        if language == "en" or not self._engine.list_voices:
            return True
        return None if self.voices is None else language in self.voices


_LISTS: dict[str, VoiceList] = {}  # per engine program, for the whole process


class ReadAloud(QWidget):
    """A "Read aloud" / "Stop" button and a speed choice; hidden without a speech engine."""

    def __init__(self, text: Callable[[], tuple[str, str]], engine: Engine | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text  # () -> (page text, language code)
        self.engine = engine if engine is not None else find_engine()
        self.language = "en"
        self.voices: VoiceList | None = None
        if self.engine is not None:
            self.voices = _LISTS.get(self.engine.program)
            if self.voices is None:
                self.voices = _LISTS[self.engine.program] = VoiceList(self.engine)
            self.voices.known.connect(self._show_if_spoken)
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

    def set_language(self, language: str) -> None:
        """The page's language: the controls show only where the engine has a voice for it."""
        self.language = language
        if self.voices is not None and self.voices.has(language) is None:
            self.voices.ask()  # hidden until the engine says (a moment, once per run)
        self._show_if_spoken()

    def _show_if_spoken(self) -> None:
        spoken = self.voices is not None and self.voices.has(self.language) is True
        if not spoken:
            self.stop()
        self.setVisible(spoken)

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
        if self.voices is None or not self.voices.has(language):
            return  # no voice for this language: never an English voice reading Thai
        voice = (self.voices.voices or {}).get(language, "")
        arguments = self.engine.arguments(language, str(self.speed.currentData()), voice)
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
