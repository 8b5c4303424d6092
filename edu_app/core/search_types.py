"""What search returns, and Markdown reduced to plain text: shared by the screen, the command
and the engine (light: imported at start-up). No Qt."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

MAX_RESULTS = 30
SEARCH_MAX_CHARS = 200  # a search box holds at most this (and only this much is looked for)


class Hit(NamedTuple):
    """One search result."""

    kind: str  # "page" | "faq" | "glossary"
    ref: str  # page id, FAQ id or glossary id
    title: str
    snippet_html: str
    first_match: str  # the matched word as written in the document, for find-on-open


class Results(NamedTuple):
    """What a search found."""

    hits: list[Hit]  # best first, at most the limit
    total: int  # how many documents matched
    did_you_mean: str  # the query with its typing errors corrected, or ""
    ignored: tuple[str, ...]  # words of the query that matched nothing at all


_MARKUP = [
    (r"\[@[^\]]*\]", 0, ""),
    (r"\{ev:[\w\-]+\}", 0, ""),
    (r'^!!!\s+\w+\s*(?:"([^"]*)")?', re.MULTILINE, r"\1"),
    (r"\[([^\]]*)\]\([^)]*\)", 0, r"\1"),
    (r"^\s{0,3}#{1,6}\s*", re.MULTILINE, ""),
    (r"^\s*\|?[\s:|\-]+\|[\s:|\-]*$", re.MULTILINE, ""),
    (r"[*_`|>]+", 0, " "),
    (r"<[^>]*>", 0, " "),
    (r"[ \t]+", 0, " "),
    (r"\n{2,}", 0, "\n"),
]


@cache
def _markup_patterns() -> list[tuple[re.Pattern[str], str]]:
    # compiled on first use, not at start-up
    return [(re.compile(pattern, flags), replacement) for pattern, flags, replacement in _MARKUP]


def plain_text(markdown_text: str) -> str:
    """Markdown source reduced to readable plain text (for indexing and snippets)."""
    text = markdown_text
    for pattern, replacement in _markup_patterns():
        text = pattern.sub(replacement, text)
    return text.strip()
