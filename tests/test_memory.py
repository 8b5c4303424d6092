"""Returning freed memory to the system."""

from __future__ import annotations

import sys

from edu_app import memory


def test_release_trims_on_linux() -> None:
    assert memory.release() is sys.platform.startswith("linux")
