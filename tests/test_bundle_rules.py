"""The installer's bundle rules (packaging/bundle_rules.py) against what the program imports.

The spec excludes modules and drops Qt plugins by these rules; these tests fail when an
exclusion would drop a module that edu_app (or the frozen launcher) imports, or a plugin the
program needs. They read source files only and build nothing.
"""

from __future__ import annotations

import ast
import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "packaging"))
sys.path.insert(0, str(REPO / "packaging" / "linux"))

import bundle_rules as rules  # noqa: E402
import make_installer  # noqa: E402
import package_linux  # noqa: E402


def imported_modules(source: str) -> set[str]:
    """Every absolute module name an import statement in ``source`` names (with the names
    imported from a package, since ``from PySide6 import QtNetwork`` imports a module too)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def program_sources() -> list[Path]:
    return [*sorted((REPO / "edu_app").rglob("*.py")), REPO / "packaging" / "launcher.py"]


def excluded_imports(paths: list[Path]) -> list[str]:
    """``file: module`` for every import of an excluded module."""
    found = []
    for path in paths:
        for name in sorted(imported_modules(path.read_text(encoding="utf-8"))):
            if rules.is_excluded(name):
                found.append(f"{path.name}: {name}")
    return found


def test_no_exclusion_drops_a_module_the_program_imports() -> None:
    assert len(program_sources()) > 40
    assert excluded_imports(program_sources()) == []


def test_the_guard_catches_an_excluded_import(tmp_path: Path) -> None:
    module = tmp_path / "edu_app" / "sneaky.py"
    module.parent.mkdir()
    module.write_text("from PySide6 import QtNetwork\nimport tkinter.ttk\n", encoding="utf-8")
    assert excluded_imports([module]) == ["sneaky.py: PySide6.QtNetwork", "sneaky.py: tkinter.ttk"]


def test_qt_modules_used_are_exactly_the_ones_imported() -> None:
    used = set()
    for path in program_sources():
        for name in imported_modules(path.read_text(encoding="utf-8")):
            parts = name.split(".")
            if parts[0] == "PySide6" and len(parts) > 1 and parts[1].startswith("Qt"):
                used.add(parts[1])
    assert used == set(rules.QT_MODULES_USED)
    assert not any(rules.is_excluded(f"PySide6.{name}") for name in rules.QT_MODULES_USED)


def test_the_spec_reads_its_rules_from_the_rules_module() -> None:
    spec = (REPO / "build_installer.spec").read_text(encoding="utf-8")
    assert "excludes=list(rules.EXCLUDED_MODULES)" in spec
    assert "rules.keep_file(" in spec
    assert "upx=False" in spec and "console=False" in spec
    assert "from edu_app import __version__" in spec


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),  # links QtNetwork
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),  # links QtPdf
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/qmltooling/libqmldbg_tcp.so", False),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("PySide6\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qtdeclarative_en.qm", False),
    ("PySide6/Qt/translations/qtbase_th.qm", True),
    ("PySide6/Qt/lib/libQt6PrintSupport.so.6", True),
    ("resources/translations/edu_app_th.qm", True),
    ("resources/translations/edu_app_th.ts", False),
    ("resources/fonts/NotoSansThai-Regular.ttf", True),
    ("base_library.zip", True),
])
def test_keep_file(dest: str, kept: bool) -> None:
    assert rules.keep_file(dest) is kept


def test_every_translation_the_program_loads_is_kept() -> None:
    languages = sorted(p.name for p in (REPO / "resources" / "content").iterdir() if p.is_dir())
    assert "th" in languages
    for code in languages:
        if code != "en":  # English needs no translator (edu_app/ui/i18n.py)
            assert rules.keep_file(f"PySide6/Qt/translations/qtbase_{code}.qm")
    i18n = (REPO / "edu_app" / "ui" / "i18n.py").read_text(encoding="utf-8")
    assert 'f"qtbase_{code}"' in i18n  # the only Qt catalogue it asks for


def test_build_environment_holds_runtime_deps_and_pinned_pyinstaller_only() -> None:
    requirements = make_installer.build_requirements()
    names = {r.split("==")[0].lower() for r in requirements}
    assert all("==" in r for r in requirements), requirements
    assert {"pyside6-essentials", "markdown", "segno", "pyinstaller"} <= names
    assert not names & {"pytest", "pytest-qt", "hypothesis", "mypy", "ruff", "pypdf"}
    assert make_installer.version() == __import__("edu_app").__version__


def test_desktop_entry_is_valid() -> None:
    path = REPO / "packaging" / "linux" / "eczema-explained.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(path, encoding="utf-8")
    main = entry["Desktop Entry"]
    assert main["Type"] == "Application"
    assert main["Exec"].split()[0] == rules.EXE_NAME
    assert main["Icon"] == rules.APP_NAME
    assert main["Terminal"] == "false"
    assert main["Categories"].endswith(";")
    assert entry["Desktop Action kiosk"]["Exec"] == f"{rules.EXE_NAME} --kiosk"
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_deb_control_names_system_libraries_and_version() -> None:
    text = package_linux.control("1.2.3", 150000, "amd64")
    fields = dict(line.split(": ", 1) for line in text.splitlines() if not line.startswith(" "))
    assert fields["Package"] == "eczema-explained"
    assert fields["Version"] == "1.2.3"
    depends = [d.split(" ")[0] for d in fields["Depends"].split(", ")]
    assert {"libc6", "libegl1", "libxkbcommon0", "libxcb-cursor0", "libfontconfig1"} <= set(depends)
    assert text.endswith("\n") and "\n\n" not in text
