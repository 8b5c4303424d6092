"""Interface translations: our .qm files plus Qt's own, switchable at run time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from edu_app import resources

NATIVE_NAMES = {"en": "English", "th": "ไทย"}

_installed: list[Any] = []  # QTranslator objects (QtCore classes imported when needed)


def native_name(code: str) -> str:
    """A language's name in that language."""
    from PySide6.QtCore import QLocale

    return NATIVE_NAMES.get(code, QLocale(code).nativeLanguageName() or code)


def set_language(code: str) -> bool:
    """Install the translators for ``code`` (English needs none). Returns True if ours loaded."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        if not isinstance(translator, bytes):  # (the bytes a translator reads from)
            app.removeTranslator(translator)
    _installed.clear()
    from PySide6.QtWidgets import QApplication

    from edu_app.ui.pseudo import PSEUDO, LongTranslator

    rtl = code == "qpr"
    if isinstance(app, QApplication) and rtl != app.isRightToLeft():
        from PySide6.QtCore import Qt  # (only on a change: see edu_app.ui.widgets)

        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                               else Qt.LayoutDirection.LeftToRight)
    if code in PSEUDO:
        pseudo = LongTranslator()
        app.installTranslator(pseudo)
        _installed.append(pseudo)
        return True
    if code == "en":
        return True
    from PySide6.QtCore import QLibraryInfo, QTranslator

    ours = QTranslator()
    # Loaded from a copy in memory, not from the file: Qt maps a .qm file into memory, and a
    # file rewritten in place while the program runs (a copy over a running install) would
    # then crash it. Qt does not copy the bytes, so they are kept with the translator.
    path = resources.translations_dir() / f"edu_app_{code}.qm"
    try:
        data = path.read_bytes()
    except OSError:
        data = b""
    loaded = bool(data) and ours.load(data)
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
        _installed.append(data)
    qt = QTranslator()
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded
