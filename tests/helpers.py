"""Helpers for building content trees in tests."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path


def write(path: Path, text: str) -> Path:
    """Write dedented text, creating folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 600" width="800" height="600">'
    '<rect x="0" y="0" width="800" height="600" fill="#ffffff"/>'
    '<circle cx="400" cy="300" r="120" fill="#0b6e6e"/>'
    '<rect id="label-one" x="20" y="20" width="200" height="60" fill="none" stroke="none"/>'
    "</svg>"
)


def page_text(page_id: str, order: int, body: str, sources: str = '["palmer-2006"]',
              illustration: str = "demo", title: str = "") -> str:
    """A page file with front matter."""
    return (
        "+++\n"
        f'id = "{page_id}"\n'
        f'title = "{title or page_id.replace("-", " ").title()}"\n'
        f'summary = "A short summary of {page_id}."\n'
        f"order = {order}\n"
        f'illustration = "{illustration}"\n'
        "reviewed = 2026-11-24\n"
        'review_status = "draft"\n'
        f"sources = {sources}\n"
        "+++\n" + textwrap.dedent(body).lstrip("\n")
    )


def run_app(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """``python -m edu_app ARGS`` offscreen, with every folder it may write inside ``home``."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
               XDG_STATE_HOME=str(home / "state"), EDU_APP_LOG_DIR=str(home / "logs"),
               TMPDIR=str(home / "tmp"))
    (home / "tmp").mkdir(parents=True, exist_ok=True)
    return subprocess.run([sys.executable, "-m", "edu_app", *args], capture_output=True,
                          text=True, env=env, timeout=120)
