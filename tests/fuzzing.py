"""Shared pieces of the property-based (fuzz) tests: the hypothesis profile and hostile text.

The fuzz tests are derandomised by default, so ``make test`` is repeatable and a failure
reproduces on every machine. ``EDU_APP_FUZZ=explore`` draws new random inputs each run (and
keeps hypothesis's example database in the temp folder), and ``EDU_APP_FUZZ_SCALE=10`` runs ten
times as many examples: use both when hunting for new bugs.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.database import DirectoryBasedExampleDatabase

EXPLORE = os.environ.get("EDU_APP_FUZZ") == "explore"
SCALE = max(1, int(os.environ.get("EDU_APP_FUZZ_SCALE", "1") or 1))

settings.register_profile(
    "edu_app",
    deadline=None,  # speed is measured in benchmarks/, never in tests
    derandomize=not EXPLORE,
    database=(DirectoryBasedExampleDatabase(Path(tempfile.gettempdir()) / "edu-app-hypothesis")
              if EXPLORE else None),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.load_profile("edu_app")


def fuzz(examples: int) -> settings:
    """The settings of one fuzz test: ``examples`` inputs (times EDU_APP_FUZZ_SCALE)."""
    return settings(max_examples=examples * SCALE)


# Pieces that have broken parsers elsewhere: markup, entities, bidi and zero-width characters,
# control characters, Thai, very long words.
HOSTILE = (
    "<script>alert(1)</script>", "<SCRIPT SRC=http://evil.example/x.js></SCRIPT>",
    '<img src="http://evil.example/x.png" width="999999" height="999999">',
    '<img src=x onerror="alert(1)">', "<iframe src='http://evil.example'></iframe>",
    "<style>body{background:url(http://evil.example/bg.png)}</style>", "<object data=x>",
    '<a href="javascript:alert(1)">tap</a>', '<a href="file:///etc/passwd">x</a>',
    "![pic](http://evil.example/p.png)", "![pic](file:///etc/passwd)", "![pic](/etc/hosts)",
    "![pic](data:image/png;base64,iVBORw0KGgo=)", "![pic](qrc:/icon.png)", "![pic](figure:../x)",
    "![A figure](figure:demo)", "[link](http://evil.example)", "[link](javascript:alert(1))",
    "[link](file:///etc/passwd)", "[link](page:barrier)", "[link](glossary:filaggrin)",
    "<http://evil.example>", "<mail@evil.example>", "[@palmer-2006]", "[@nope; @palmer-2006]",
    "{ev:rct}", "{ev:bogus}", '!!! tip "A tip"\n    Indented text.', "!!! warning\n",
    "| a | b |\n|---|---|\n| 1 | 2 |", "> quote\n> > nested", "- item\n    - sub", "1. one\n2. two",
    "    code block", "```\nfence\n```", "`code`", "**bold**", "_em_", "***", "---", "# Heading",
    "&lt;", "&amp;", "&#0;", "&#x110000;", "&nbsp;", "&bogus;", "\x00", "\x07", "\x1b[31m",
    "\r\n", "\u202e", "\u200b", "\ufeff", "\U0001f600", "ผิวหนังอักเสบ", "ก" * 300, "x" * 5000,
    "[" * 50, "]" * 50, "(" * 50, "*" * 100, "\\", "\t", " " * 40,
)


def hostile_text(max_pieces: int = 12) -> st.SearchStrategy[str]:
    """Text made of hostile pieces and random unicode, joined by spaces or line breaks."""
    piece = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=40))
    joiner = st.sampled_from(["", " ", "\n", "\n\n"])
    return st.lists(st.tuples(piece, joiner), max_size=max_pieces).map(
        lambda parts: "".join(p + j for p, j in parts)
    )


def nested(depth: int, kind: str) -> str:
    """Deeply nested TOML or Markdown of one kind."""
    if kind == "array":
        return "a = " + "[" * depth + "]" * depth + "\n"
    if kind == "table":
        return "a = " + "{b = " * depth + "1" + "}" * depth + "\n"
    if kind == "quote":
        return ">" * depth + " deep\n"
    return "".join("    " * level + "- item\n" for level in range(depth))
