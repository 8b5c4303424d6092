"""The one resources module finds its folder in source, wheel and frozen layouts."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from edu_app import resources
from edu_app.resources import ResourcesNotFound, find_root

REPO = Path(__file__).resolve().parents[1]


def make_root(base: Path) -> Path:
    (base / "resources" / "content").mkdir(parents=True)
    return base / "resources"


def test_source_checkout_layout(tmp_path: Path) -> None:
    package = tmp_path / "repo" / "edu_app"
    package.mkdir(parents=True)
    expected = make_root(tmp_path / "repo")
    assert find_root(None, package) == expected


def test_wheel_layout_wins_over_a_stray_sibling(tmp_path: Path) -> None:
    package = tmp_path / "site-packages" / "edu_app"
    package.mkdir(parents=True)
    expected = make_root(package)
    make_root(tmp_path / "site-packages")
    assert find_root(None, package) == expected


def test_frozen_layout_uses_meipass(tmp_path: Path) -> None:
    frozen = tmp_path / "bundle" / "_internal"
    expected = make_root(frozen)
    package = tmp_path / "bundle" / "_internal" / "edu_app"
    package.mkdir(parents=True)
    assert find_root(str(frozen), package) == expected


def test_missing_resources_say_where_they_looked(tmp_path: Path) -> None:
    with pytest.raises(ResourcesNotFound, match="looked in"):
        find_root(None, tmp_path / "edu_app")


def test_this_checkout_has_content_fonts_and_illustrations() -> None:
    assert (resources.content_dir() / "sources.toml").is_file()
    assert (resources.fonts_dir() / "OFL.txt").is_file()
    assert list(resources.illustrations_dir().glob("*.svg"))


@pytest.mark.slow
def test_wheel_ships_resources_as_package_data(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(tmp_path)],
        cwd=REPO, check=True, capture_output=True,
    )
    wheel = next(tmp_path.glob("*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "edu_app/resources/content/sources.toml" in names
    assert "edu_app/resources/fonts/NotoSansThai-Regular.ttf" in names
    assert any(n.startswith("edu_app/resources/illustrations/") for n in names)
    assert "edu_app/resources.py" in names
