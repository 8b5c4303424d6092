"""Returning freed memory to the system."""

from __future__ import annotations

import gc
import platform
import sys
import weakref

import pytest

from edu_app import memory


class FakeLibc:
    def __init__(self, calls: list[object]) -> None:
        self.calls = calls

    def malloc_trim(self, pad: int) -> int:
        self.calls.append(("malloc_trim", pad))
        return 1


def test_release_collects_garbage_then_trims_the_heap(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    monkeypatch.setattr(memory, "_libc", lambda: FakeLibc(calls))
    real_collect = gc.collect
    monkeypatch.setattr(memory.gc, "collect", lambda: calls.append("collect") or real_collect())
    assert memory.release() is True
    assert calls == ["collect", ("malloc_trim", 0)]  # garbage first, then give back all free pages


def test_without_malloc_trim_only_garbage_is_collected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "_libc", lambda: None)

    class Node:
        other: object = None

    first, second = Node(), Node()
    first.other, second.other = second, first  # a cycle: only the collector frees it
    alive = weakref.ref(first)
    del first, second
    gc.disable()
    try:
        assert alive() is not None
        assert memory.release() is False
        assert alive() is None
    finally:
        gc.enable()


@pytest.mark.skipif(not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
                    reason="malloc_trim is a glibc function")
def test_glibc_trim_is_found_on_linux() -> None:
    libc = memory._libc()
    assert libc is not None and hasattr(libc, "malloc_trim")
    assert memory.release() is True
