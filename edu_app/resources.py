"""The one place that knows where the program's resources live.

Three layouts are supported, tried in this order:

1. a frozen PyInstaller bundle: ``<sys._MEIPASS>/resources``;
2. an installed wheel: ``edu_app/resources`` (shipped as package data);
3. a source checkout: ``<repo>/resources`` beside the package.

Everything else asks this module for paths; no other module does ``__file__`` arithmetic.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_MARKER = "content"


class ResourcesNotFound(RuntimeError):
    """Raised when no resources folder can be found."""


def candidate_roots(
    frozen_base: str | None, package_dir: Path
) -> list[Path]:
    """Return the folders that may hold the resources, most specific first."""
    roots: list[Path] = []
    if frozen_base:
        roots.append(Path(frozen_base) / "resources")
    roots.append(package_dir / "resources")
    roots.append(package_dir.parent / "resources")
    return roots


def find_root(frozen_base: str | None, package_dir: Path) -> Path:
    """Return the first candidate root that holds a content folder."""
    tried = candidate_roots(frozen_base, package_dir)
    for root in tried:
        if (root / _MARKER).is_dir():
            return root
    raise ResourcesNotFound(
        "The program's resources are missing; looked in " + ", ".join(str(p) for p in tried)
    )


@cache
def root() -> Path:
    """The resources folder of this running program."""
    frozen = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    return find_root(frozen, _PACKAGE_DIR)


def content_dir() -> Path:
    """Folder with ``sources.toml`` and one sub-folder per language."""
    return root() / "content"


def illustrations_dir() -> Path:
    """Folder with the SVG illustrations."""
    return root() / "illustrations"


def fonts_dir() -> Path:
    """Folder with the bundled fonts and their licence."""
    return root() / "fonts"


def illustration_path(illustration_id: str) -> Path:
    """Path of one illustration by id."""
    return illustrations_dir() / f"{illustration_id}.svg"


def icon_path(name: str) -> Path:
    """Path of one of the program's icons (``resources/icons/<name>.svg``)."""
    return root() / "icons" / f"{name}.svg"


def translations_dir() -> Path:
    """Folder with compiled interface translations (``.qm``)."""
    return root() / "translations"
