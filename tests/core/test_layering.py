"""edu_app/core never imports Qt; printing never loads the interface.

The full set of layer rules (and no import cycles) is checked statically by import-linter
(``make imports``, contracts in pyproject.toml). These tests check the same facts at run time,
where an import made by a string or a plugin would show."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "edu_app" / "core"


def test_core_sources_do_not_import_qt() -> None:
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in {"PySide6", "shiboken6"}]
    assert offenders == []


def test_importing_all_of_core_loads_no_qt() -> None:
    modules = sorted(f"edu_app.core.{p.stem}" for p in CORE.glob("*.py") if p.stem != "__init__")
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        + "print(len(bad)); print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines()[0] == "0", out.stdout
    assert len(modules) >= 6


def test_printing_loads_no_interface_module() -> None:
    code = (
        "import sys\n"
        "import edu_app.printing.pdf, edu_app.printing.printer\n"
        "bad = [m for m in sys.modules if m.startswith('edu_app.ui')]\n"
        "print(len(bad)); print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines()[0] == "0", out.stdout
