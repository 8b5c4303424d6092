"""PySide6's import hook is lightened: same answer, nothing kept in linecache."""

from __future__ import annotations

import importlib
import linecache
import sys
from pathlib import Path

import pytest

import edu_app.pyside_hook as ui


def _fresh_module(tmp_path: Path, name: str, text: str) -> object:
    (tmp_path / f"{name}.py").write_text(text, encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop(name, None)


def test_the_hook_is_swapped_and_keeps_no_source(tmp_path: Path) -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside is ui._mentions_pyside
    _fresh_module(tmp_path, "plain_module_for_hook", "VALUE = 1\n")
    assert not any("plain_module_for_hook" in name for name in linecache.cache)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("from PySide6.QtCore import QObject\n", True), ("import json\n", False)],
)
def test_same_answer_as_before(tmp_path: Path, text: str, expected: bool) -> None:
    name = f"hook_probe_{int(expected)}"
    module = _fresh_module(tmp_path, name, text)
    assert ui._mentions_pyside(module) is expected  # type: ignore[arg-type]
    assert ui._mentions_pyside(sys) is False  # built in: no source


def test_lighten_is_harmless_when_pyside_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "shibokensupport.feature")
    assert ui.lighten_import_hook() is False


def test_the_frozen_entry_point_lightens_the_hook_before_the_program_loads() -> None:
    # A frozen build imports PySide6 before the entry point runs (PyInstaller's run-time hook);
    # the program's modules must not go through the heavy hook then.
    import subprocess

    launcher = Path(ui.__file__).resolve().parents[1] / "packaging" / "launcher.py"
    code = (
        "import PySide6.QtCore, linecache, runpy, sys\n"
        f"sys.argv = ['edu-app', '--version']\n"
        "try:\n"
        f"    runpy.run_path({str(launcher)!r}, run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('READ', sorted(k for k in linecache.cache if 'edu_app' in k))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True).stdout
    assert "READ []" in out, out
    assert "Eczema Explained" in out or "0." in out  # --version ran


def test_lightening_twice_keeps_the_light_check() -> None:
    assert ui.lighten_import_hook() is True
    assert ui.lighten_import_hook() is True
    assert sys.modules["shibokensupport.feature"]._mod_uses_pyside is ui._mentions_pyside


def test_importing_the_interface_leaves_pyside_alone() -> None:
    # Patching a private PySide6 function is the entry points' explicit choice, not a side
    # effect of importing a module of the program.
    import subprocess

    code = (
        "import sys, PySide6.QtCore\n"
        "import edu_app.ui.main_window, edu_app.printing.pdf, edu_app.paint.illustrations\n"
        "print('HOOK', sys.modules['shibokensupport.feature']._mod_uses_pyside.__module__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True).stdout
    assert out.startswith("HOOK "), out
    assert "edu_app" not in out, out
