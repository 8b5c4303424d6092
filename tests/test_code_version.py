"""Derived caches are keyed by the code that derives them: a changed module gives a new key, and
the library cached by the old code is not used (the bug: an edited render.py kept showing old
pages until CACHE_FORMAT was raised by hand)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from edu_app import __version__, code_version, resources
from edu_app.core import content
from edu_app.startup import load_everything


@pytest.fixture(autouse=True)
def fresh_process() -> Iterator[None]:
    """Each answer is kept for the process; a test starts and ends as a new process would."""
    code_version.of.cache_clear()
    code_version._table.cache_clear()
    yield
    code_version.of.cache_clear()
    code_version._table.cache_clear()


def _module(root: Path, dotted: str, text: str) -> Path:
    path = root.joinpath(*dotted.split(".")).with_suffix(".py")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_changed_module_source_gives_a_new_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(code_version, "_ROOT", tmp_path)
    _module(tmp_path, "edu_app.core.render", "WIDTH = 520\n")
    _module(tmp_path, "edu_app.core.model", "X = 1\n")
    first = code_version.of("edu_app.core.render", "edu_app.core.model")
    code_version.of.cache_clear()
    assert code_version.of("edu_app.core.render", "edu_app.core.model") == first  # same code
    _module(tmp_path, "edu_app.core.model", "X = 2\n")  # the second module, same length
    code_version.of.cache_clear()
    second = code_version.of("edu_app.core.render", "edu_app.core.model")
    assert second != first
    _module(tmp_path, "edu_app.core.render", "WIDTH = 521\n")
    code_version.of.cache_clear()
    assert code_version.of("edu_app.core.render", "edu_app.core.model") not in (first, second)


def test_a_key_is_worked_out_once_per_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(code_version, "_ROOT", tmp_path)
    source = _module(tmp_path, "edu_app.core.render", "WIDTH = 520\n")
    first = code_version.of("edu_app.core.render")
    source.unlink()  # not read again
    assert code_version.of("edu_app.core.render") == first


def test_the_build_table_stands_in_for_missing_sources(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    checkout, frozen = tmp_path / "checkout", tmp_path / "frozen"
    _module(checkout, "edu_app.core.render", "WIDTH = 520\n")
    _module(checkout, "edu_app.paint.illustrations", "LABEL = 1\n")
    table = tmp_path / "resources" / code_version.TABLE_NAME
    assert code_version.write_table(table, checkout) == 2
    monkeypatch.setattr(code_version, "_ROOT", checkout)
    from_source = code_version.of("edu_app.core.render", "edu_app.paint.illustrations")
    # The frozen program: no .py files, only the table written at build time.
    frozen.mkdir()
    monkeypatch.setattr(code_version, "_ROOT", frozen)
    monkeypatch.setattr(code_version, "table_path", lambda: table)
    code_version.of.cache_clear()
    assert code_version.of("edu_app.core.render", "edu_app.paint.illustrations") == from_source
    lines = table.read_text(encoding="utf-8").splitlines()
    assert [line.split(" ")[0] for line in lines] == ["edu_app.core.render", "edu_app.paint.illustrations"]


def test_without_sources_or_table_the_executable_stamps_the_key(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    program = tmp_path / "edu-app"
    program.write_bytes(b"build one")
    monkeypatch.setattr(code_version, "_ROOT", tmp_path / "nothing")
    monkeypatch.setattr(code_version, "table_path", lambda: tmp_path / "no-table.txt")
    monkeypatch.setattr(sys, "executable", str(program))
    assert code_version.module_checksum("edu_app.core.render").startswith(f"v{__version__}-")
    first = code_version.of("edu_app.core.render")
    program.write_bytes(b"build two, a new installation")
    os.utime(program, ns=(1, 2_000_000_000))
    code_version.of.cache_clear()
    assert code_version.of("edu_app.core.render") != first


def test_the_real_table_lists_every_module_of_the_package(tmp_path: Path) -> None:
    table = tmp_path / code_version.TABLE_NAME
    count = code_version.write_table(table)
    names = {line.split(" ")[0] for line in table.read_text(encoding="utf-8").splitlines()}
    assert {"edu_app.core.render", "edu_app.core.markdown_ext", "edu_app.core.content",
            "edu_app.paint.illustrations", "edu_app.ui.illustration_cache"} <= names
    assert count == len(names) > 60


def test_an_edited_renderer_does_not_reuse_the_cached_library(
    content_tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EDU_APP_NO_CACHE", raising=False)
    monkeypatch.setattr(resources, "content_dir", lambda: content_tree)
    monkeypatch.setattr(resources, "illustrations_dir", lambda: content_tree.parent / "illustrations")
    # render.py as the program has it, in a copy the test can edit
    render = tmp_path / "render.py"
    render.write_bytes(code_version.source_path("edu_app.core.render").read_bytes())
    real_path = code_version.source_path
    monkeypatch.setattr(code_version, "source_path",
                        lambda module, root=None: render if module == "edu_app.core.render"
                        else real_path(module, root))
    parsed: list[Path] = []
    real_load = content.load_library

    def counting_load(*args: Any) -> Any:
        parsed.append(args[0])
        return real_load(*args)

    monkeypatch.setattr(content, "load_library", counting_load)
    load_everything()
    code_version.of.cache_clear()  # a second start of the same program
    load_everything()
    assert len(parsed) == 1  # the second start read the cached library
    render.write_text(render.read_text(encoding="utf-8").replace(
        "nowrap", "normal"), encoding="utf-8")  # a change to how badges are made, same version
    code_version.of.cache_clear()  # the next start, after the edit
    loaded = load_everything()
    assert len(parsed) == 2  # parsed and compiled again, not the old pages
    assert loaded.library.languages["en"].pages


def test_the_library_key_names_every_module_that_makes_the_library() -> None:
    # Whatever the loader and the page compiler import (now or after a later change) is part of
    # the key; a module left out would let its edits reuse old compiled pages.
    import subprocess

    from edu_app.startup import LIBRARY_CODE

    code = (
        "import sys\n"
        "import edu_app.core.content, edu_app.core.render, edu_app.core.markdown_ext\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('edu_app.core.'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    used = set(out.stdout.split())
    assert "edu_app.core.render_context" in used
    assert used <= set(LIBRARY_CODE), sorted(used - set(LIBRARY_CODE))
