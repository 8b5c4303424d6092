"""Full-text search over every language: pages, FAQ and glossary.

The index is SQLite FTS5 with the ``trigram`` tokenizer, in memory, from the standard
library. Trigrams find substrings, which Thai needs (it writes no spaces between words).
Query words of three or more characters use the index; shorter words (and Thai syllables
can be short) fall back to ``LIKE`` on the same table. Snippets and highlights are made in
Python from the stored plain text, so they work the same for every script.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, NamedTuple

from edu_app.core.model import Library

SNIPPET_BEFORE = 50
SNIPPET_AFTER = 110
MAX_RESULTS = 30
QUOTES = "\"'“”‘’«»「」"


class Hit(NamedTuple):
    """One search result."""

    kind: str  # "page" | "faq" | "glossary"
    ref: str  # page id, FAQ id or glossary id
    title: str
    snippet_html: str
    first_match: str  # the matched text as written in the document, for find-on-open


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
    # Compiled on first use, not at start-up.
    return [(re.compile(pattern, flags), replacement) for pattern, flags, replacement in _MARKUP]


def plain_text(markdown_text: str) -> str:
    """Markdown source reduced to readable plain text (for indexing and snippets)."""
    text = markdown_text
    for pattern, replacement in _markup_patterns():
        text = pattern.sub(replacement, text)
    return text.strip()


SEARCH_MAX_CHARS = 200  # a search box holds at most this (and only this much is looked for)


def query_terms(query: str) -> list[str]:
    """The words of a query (control characters and lone surrogates dropped), longest first,
    no duplicates."""
    cleaned = re.sub(r"[\x00-\x1f\x7f\ud800-\udfff]", " ", query[:SEARCH_MAX_CHARS])
    # quotes around a word or phrase are how people write it, not part of what they look for
    words = (t.strip(QUOTES) for t in re.split(r"\s+", cleaned.strip()))
    terms = {t for t in words if t}
    return sorted(terms, key=lambda t: (-len(t), t))


class SearchIndex:
    """An in-memory index of a :class:`Library`."""

    def __init__(self, library: Library) -> None:
        self._library = library
        self._db: Any = None  # sqlite3.Connection once built
        self.size = 0

    def build(self) -> None:
        """Build the index now (otherwise it is built by the first search)."""
        if self._db is not None:
            return
        import sqlite3  # here, not at start-up

        db = sqlite3.connect(":memory:", check_same_thread=False)
        db.execute(
            "CREATE VIRTUAL TABLE docs USING fts5("
            "title, body, lang UNINDEXED, kind UNINDEXED, ref UNINDEXED, ord UNINDEXED,"
            " tokenize='trigram')"
        )
        rows: list[tuple[str, str, str, str, str, int]] = []
        for code, language in self._library.languages.items():
            for page in language.pages:
                body = page.summary + "\n" + plain_text(page.body)
                rows.append((page.title, body, code, "page", page.id, page.order))
            for index, item in enumerate(language.faq):
                rows.append(
                    (item.question, plain_text(item.answer), code, "faq", item.id, 1000 + index)
                )
            for term in language.glossary.values():
                also = ("\n" + ", ".join(term.aliases)) if term.aliases else ""
                body = term.definition + also
                rows.append((term.term, body, code, "glossary", term.id, 5000))
        db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?)", rows)
        self._db, self.size = db, len(rows)

    def search(self, query: str, lang: str, limit: int = MAX_RESULTS) -> list[Hit]:
        """Results for ``query`` in one language, best first."""
        terms = query_terms(query)
        if not terms:
            return []
        long_terms = [t for t in terms if len(t) >= 3]
        short_terms = [t for t in terms if len(t) < 3]
        where = ["lang = ?"]
        params: list[object] = [lang]
        if long_terms:
            where.append("docs MATCH ?")
            params.append(" AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms))
        for term in short_terms:
            where.append("(title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')")
            like = "%" + re.sub(r"([%_\\])", r"\\\1", term) + "%"
            params += [like, like]
        rank = "bm25(docs, 8.0, 1.0)" if long_terms else "0"
        sql = (
            f"SELECT kind, ref, title, body, {rank} AS score, ord FROM docs "
            f"WHERE {' AND '.join(where)} LIMIT 500"
        )
        self.build()
        assert self._db is not None
        rows = self._db.execute(sql, params).fetchall()
        pattern = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)
        hits = []
        for kind, ref, title, body, score, order in rows:
            in_title = bool(pattern.search(title))
            hits.append(((not in_title, _KIND_ORDER[kind], score, order), kind, ref, title, body))
        hits.sort(key=lambda h: h[0])
        result = []
        for _, kind, ref, title, body in hits[:limit]:
            match = pattern.search(body) or pattern.search(title)
            result.append(
                Hit(
                    kind,
                    ref,
                    title,
                    snippet(body, pattern),
                    match.group(0) if match else "",
                )
            )
        return result


_KIND_ORDER = {"page": 0, "faq": 1, "glossary": 2}


def highlight(text: str, pattern: re.Pattern[str]) -> str:
    """Escape ``text`` and wrap every match in ``<b>`` with a marker background."""
    import html

    out = []
    pos = 0
    for match in pattern.finditer(text):
        out.append(html.escape(text[pos : match.start()]))
        out.append(
            '<b style="background-color:#ffe58a; color:#1f2a30;">'
            + html.escape(match.group(0))
            + "</b>"
        )
        pos = match.end()
    out.append(html.escape(text[pos:]))
    return "".join(out)


def snippet(body: str, pattern: re.Pattern[str]) -> str:
    """A short excerpt around the first match, with matches highlighted."""
    flat = body.replace("\n", " ")
    match = pattern.search(flat)
    if match is None:
        start, end = 0, SNIPPET_AFTER + SNIPPET_BEFORE
    else:
        start = max(0, match.start() - SNIPPET_BEFORE)
        end = min(len(flat), match.end() + SNIPPET_AFTER)
        if start > 0:
            space = flat.find(" ", start, match.start())
            start = space + 1 if space != -1 else start
    if end < len(flat):
        space = flat.rfind(" ", max(start, end - 25), end)
        end = space if space != -1 else end
    excerpt = flat[start:end].strip()
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(flat) else ""
    return prefix + highlight(excerpt, pattern) + suffix
