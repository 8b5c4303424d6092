"""Where a printed handout's pages end: the rules a book designer keeps, as a pure function.

The printing module measures the laid-out text (``edu_app.printing.paginate``) and describes it
as a :class:`Flow`: the heights where a page may end, the stretches that must stay on one page
(a heading with the lines after it, a table row, a figure with its caption, a paragraph's first
and last two lines) and where each section starts. :func:`paginate` then chooses the page ends.

The rules (docs/handouts.md):

- a page ends only where a break is allowed: between lines, between table rows, between blocks;
- a table that goes on to the next page repeats its header row there (that page has less room);
- never inside a stretch that must stay together, unless that stretch is taller than a page;
- no page is less than a quarter full, except the last;
- a section (a topic, the questions, the action plan) starts on a new page when the current page
  is already at least half full and the section does not fit in what is left; otherwise it
  follows on the same page, so short summaries share a page.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import NamedTuple

LEAST_FILL = 0.25  # no page (but the last) is less full than this
SECTION_FILL = 0.5  # a section starts a new page once the current page is this full

_EPSILON = 0.5  # layout units are device pixels; half a pixel is "the same height"


class Flow(NamedTuple):
    """A laid-out text as the paginator sees it (all heights from the top of the text)."""

    end: float  # the height of the whole text
    breaks: tuple[float, ...]  # where a page may end (a line's or a row's top)
    keeps: tuple[tuple[float, float], ...]  # no page ends strictly inside (top, bottom)
    sections: tuple[float, ...] = ()  # where each section starts (also a break)
    fallback: tuple[float, ...] = ()  # further breaks, used only when nothing else fits
    # tables with a header row: (header's top, body's top, table's bottom); a page that starts
    # inside the body repeats the header above its text
    repeats: tuple[tuple[float, float, float], ...] = ()

REPEAT_MOST = 0.25  # a header row taller than this share of a page is not repeated


def repeated(flow: Flow, top: float, page_height: float) -> tuple[float, float] | None:
    """The table header a page that starts at ``top`` repeats, as (its top, its height), or
    None when the page does not start inside a table's body."""
    for head, body, bottom in flow.repeats:
        if body + _EPSILON < top < bottom - _EPSILON and body - head <= REPEAT_MOST * page_height:
            return head, body - head
    return None


def _merged(keeps: tuple[tuple[float, float], ...]) -> tuple[list[float], list[float]]:
    """The keeps as disjoint open intervals (their tops and bottoms, sorted)."""
    tops: list[float] = []
    bottoms: list[float] = []
    for top, bottom in sorted(k for k in keeps if k[1] - k[0] > _EPSILON):
        if tops and top < bottoms[-1] - _EPSILON:
            bottoms[-1] = max(bottoms[-1], bottom)
        else:
            tops.append(top)
            bottoms.append(bottom)
    return tops, bottoms


def allowed_breaks(flow: Flow, page_height: float) -> list[float]:
    """The breaks not inside a stretch that must stay together (a stretch taller than a page
    cannot stay together: it does not count)."""
    short = tuple(k for k in flow.keeps if k[1] - k[0] <= page_height)
    tops, bottoms = _merged(short)
    allowed = []
    for y in sorted(set(flow.breaks) | set(flow.sections)):
        index = bisect_right(tops, y - _EPSILON) - 1  # the last stretch starting above y
        if index >= 0 and y < bottoms[index] - _EPSILON:
            continue
        allowed.append(y)
    return allowed


def paginate(flow: Flow, page_height: float) -> list[float]:
    """The top of every page, then the end of the text (so page ``i`` shows ``[tops[i],
    tops[i + 1])``). Raises ValueError for a page height that is not positive."""
    if page_height <= 0:
        raise ValueError("the page height must be positive")
    allowed = allowed_breaks(flow, page_height)
    every = sorted(set(flow.breaks) | set(flow.sections) | set(flow.fallback))
    sections = sorted(flow.sections)
    tops = [0.0]
    top = 0.0
    room = page_height
    while flow.end - top > room + _EPSILON:
        limit = top + room
        least = top + LEAST_FILL * page_height
        cut = _last_between(sections, top + SECTION_FILL * page_height, limit)
        if cut is None:
            cut = _last_between(allowed, least, limit)
        if cut is None:  # a stretch taller than what is left: break inside it
            cut = _last_between(every, least, limit)
        if cut is None:
            cut = limit
        tops.append(cut)
        top = cut
        header = repeated(flow, top, page_height)
        room = page_height - (header[1] if header else 0.0)
    tops.append(max(flow.end, top))
    return tops


def _last_between(values: list[float], low: float, high: float) -> float | None:
    """The largest value in ``(low, high]`` (None when there is none)."""
    index = bisect_right(values, high + _EPSILON) - 1
    if index >= 0 and values[index] > low + _EPSILON:
        return values[index]
    return None


def fill(tops: list[float], page_height: float) -> list[float]:
    """How full each page is (0 to 1), for tests and the benchmark's report."""
    return [(tops[i + 1] - tops[i]) / page_height for i in range(len(tops) - 1)]


def page_of(tops: list[float], y: float) -> int:
    """The page (from 0) that shows height ``y``."""
    return max(0, bisect_left(tops, y + _EPSILON) - 1)
