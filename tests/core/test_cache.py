"""The parsed-content cache: a hit equals a fresh load; any file change makes a new key."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from edu_app.core import cache
from edu_app.core.content import load_library


def test_round_trip_and_invalidation(content_tree: Path) -> None:
    folders = [content_tree, content_tree.parent / "illustrations"]
    key = cache.fingerprint(folders, "1")
    library = load_library(content_tree, folders[1])
    cache.store("library", key, library)
    again = cache.load("library", key)
    assert again is not None
    assert again.languages["en"].pages == library.languages["en"].pages
    assert again.sources == library.sources
    page = content_tree / "en" / "itch.md"
    page.write_text(page.read_text() + "\nMore.\n", encoding="utf-8")
    assert cache.fingerprint(folders, "1") != key
    assert cache.fingerprint(folders, "2") != key  # a new program version, a new key


def test_corrupt_entry_is_ignored(tmp_path: Path) -> None:
    target = cache.file_for("library", "abc", ".pickle")
    assert target is not None
    target.write_bytes(b"not a pickle")
    assert cache.load("library", "abc") is None


def test_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDU_APP_NO_CACHE", "1")
    cache.store("library", "k", {"a": 1})
    assert cache.load("library", "k") is None
    assert cache.file_for("thumb", "k", ".png") is None


def test_only_a_few_entries_are_kept() -> None:
    for number in range(cache.KEEP + 3):
        cache.store("library", f"key{number}", number)
        os.utime(cache.file_for("library", f"key{number}", ".pickle"), (number, number))  # type: ignore[arg-type]
    cache.store("library", "newest", 99)
    assert len(list(cache.paths.user_cache_dir().glob("library-*"))) == cache.KEEP
