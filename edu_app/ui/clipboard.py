"""Emptying the clipboard, the X11 selection and the find buffer when a person's session ends,
so that the next person cannot paste (Ctrl+V, a middle click) what the last one copied or
selected.

In kiosk mode every mode the platform has is emptied, whoever filled it: nobody else uses a
kiosk's clipboard. At a desk only what this program put there is emptied (the clinician's own
clipboard from other programs is left alone), and, when only the handout's part of a session
ends, only if it holds something typed there.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QClipboard, QGuiApplication

# Platforms whose clipboard lives inside this process (it is ours whatever ``owns`` says).
IN_PROCESS = ("offscreen", "minimal")


def clipboard_modes(clipboard: QClipboard) -> list[QClipboard.Mode]:
    """The modes this platform has: the clipboard always; the X11 selection and the macOS
    find buffer where they exist."""
    modes = [QClipboard.Mode.Clipboard]
    if clipboard.supportsSelection():
        modes.append(QClipboard.Mode.Selection)
    if clipboard.supportsFindBuffer():
        modes.append(QClipboard.Mode.FindBuffer)
    return modes


def _ours(clipboard: QClipboard, mode: QClipboard.Mode) -> bool:
    if QGuiApplication.platformName() in IN_PROCESS:
        return True
    owns = {QClipboard.Mode.Clipboard: clipboard.ownsClipboard,
            QClipboard.Mode.Selection: clipboard.ownsSelection,
            QClipboard.Mode.FindBuffer: clipboard.ownsFindBuffer}
    return owns[mode]()


def forget_clipboard(typed: Sequence[str], everything: bool, always: bool) -> list[QClipboard.Mode]:
    """Empty the clipboard modes that may hold this session's text; returns those emptied.

    ``always`` (kiosk mode): every mode. Otherwise the modes this program owns, all of them when
    ``everything`` ended, else only those holding one of the ``typed`` texts.
    """
    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        return []
    clipboard = QGuiApplication.clipboard()
    emptied = []
    for mode in clipboard_modes(clipboard):
        if always:
            # Owning it first (with nothing in it) makes sure another program's content goes
            # too; then let it go (on X11: no owner, so a paste gives nothing).
            clipboard.setText("", mode)
        elif not _ours(clipboard, mode):
            continue
        elif not everything:
            held = clipboard.text(mode)
            if not any(text in held or held in text for text in typed if text) or not held:
                continue
        clipboard.clear(mode)
        emptied.append(mode)
    return emptied
