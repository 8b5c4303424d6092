"""Translations keep working when the .qm file is rewritten in place while the program runs
(Qt maps a loaded file into memory; a copy over a running install used to crash it)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from edu_app import resources
from edu_app.ui import i18n


def test_a_rewritten_translation_file_does_not_reach_the_running_program(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "translations"
    shutil.copytree(resources.translations_dir(), folder)
    monkeypatch.setattr(resources, "translations_dir", lambda: folder)
    assert i18n.set_language("th")
    before = QCoreApplication.translate("TopBar", "High contrast")
    assert before != "High contrast"  # Thai
    qm = folder / "edu_app_th.qm"
    with qm.open("r+b") as file:  # in place: same file, same size, other bytes
        file.write(b"\0" * qm.stat().st_size)
    assert QCoreApplication.translate("TopBar", "High contrast") == before
