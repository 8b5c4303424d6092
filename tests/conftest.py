"""Shared fixtures: hermetic folders, a small content tree, the real library, leak checks."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from edu_app import resources
from edu_app.core.content import load_library
from edu_app.core.model import Library

from helpers import SVG, page_text, write

REPO = Path(__file__).resolve().parents[1]


def pytest_configure(config: pytest.Config) -> None:
    """PySide6's import hook lightened before the tests import any Qt module of the program, as
    the program's entry points do (importing ``edu_app.ui`` no longer does it)."""
    from edu_app.pyside_hook import load_pyside

    del config
    load_pyside()


@pytest.fixture(autouse=True)
def hermetic(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Config, logs and QSettings go to a temp folder, never the developer's home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("EDU_APP_LOG_DIR", str(home / "logs"))
    monkeypatch.setenv("EDU_APP_CONFIG", str(home / "no-clinic.toml"))
    return home


@pytest.fixture
def content_tree(tmp_path: Path) -> Path:
    """A small, valid content folder (with illustrations beside it); returns the content dir."""
    content = tmp_path / "content"
    write(tmp_path / "illustrations" / "demo.svg", SVG)
    write(
        content / "sources.toml",
        """
        [palmer-2006]
        authors = "Palmer CN, et al."
        title = "Common loss-of-function variants of filaggrin"
        journal = "Nat Genet"
        year = 2006
        doi = "10.1038/ng1767"
        evidence = "observational"

        [sidbury-2023]
        authors = "Sidbury R, et al."
        title = "Guidelines of care for atopic dermatitis: topical therapies"
        journal = "J Am Acad Dermatol"
        year = 2023
        evidence = "guideline"
        """,
    )
    write(
        content / "en" / "barrier.md",
        page_text(
            "barrier", 10,
            """
            Your skin barrier keeps water in. Filaggrin helps it.

            ## Moisturisers

            Moisturisers help as treatment {ev:guideline} [@sidbury-2023]. Some people
            carry filaggrin changes {ev:observational} [@palmer-2006].

            !!! tip "What you can do"
                Use a moisturiser every day.
            """,
            sources='["sidbury-2023", "palmer-2006"]',
        ),
    )
    write(
        content / "en" / "itch.md",
        page_text("itch", 20, "Scratching makes the itch worse [@palmer-2006].\n"),
    )
    write(
        content / "en" / "faq.md",
        """
        +++
        reviewed = 2026-11-24
        review_status = "draft"
        +++
        ## Is eczema contagious? {#contagious}

        No. You cannot catch eczema from another person.

        tags: eczema basics
        see: barrier

        ## Do moisturisers help?

        Yes, as part of daily care {ev:guideline} [@sidbury-2023].

        tags: treatment, daily care
        """,
    )
    write(
        content / "en" / "glossary.toml",
        """
        [filaggrin]
        term = "filaggrin"
        definition = "A protein that helps the top layer of skin hold water."

        [moisturiser]
        term = "moisturiser"
        aliases = ["moisturisers"]
        definition = "A cream or ointment that keeps water in the skin."
        """,
    )
    write(
        content / "en" / "illustrations.toml",
        """
        [demo]
        alt = "A teal circle."
        label-one = "The circle"
        """,
    )
    write(
        content / "th" / "barrier.md",
        page_text("barrier", 10, "ผิวหนังของคุณช่วยเก็บน้ำไว้ ฟิลากกรินช่วยผิว\n", sources="[]",
                  title="เกราะป้องกันผิว"),
    )
    # the Thai word list (the bundled one is made by `make thai-words`)
    write(content / "th" / "words.txt",
          "# test words\nผิวหนัง\nของ\nคุณ\nช่วย\nเก็บ\nน้ำ\nไว้\nฟิลากกริน\nผิว\nเกราะ\nป้องกัน\n")
    write(content / "th" / "common-words.txt",  # (check-content: every other Thai word is rare)
          "# test words\nผิวหนัง\nของ\nคุณ\nช่วย\nเก็บ\nน้ำ\nไว้\nฟิลากกริน\nผิว\n")
    return content


@pytest.fixture
def small_library(content_tree: Path) -> Library:
    """The small content tree, loaded."""
    return load_library(content_tree, content_tree.parent / "illustrations")


@pytest.fixture(scope="session")
def library() -> Library:
    """The bundled content, loaded once."""
    return load_library(resources.content_dir(), resources.illustrations_dir())


@pytest.fixture
def copy_of_bundled(tmp_path: Path) -> Path:
    """A writable copy of the bundled content and illustrations; returns the content dir."""
    shutil.copytree(resources.content_dir(), tmp_path / "content")
    shutil.copytree(resources.illustrations_dir(), tmp_path / "illustrations")
    return tmp_path / "content"
