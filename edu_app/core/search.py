"""Search over one language's pages, FAQ and glossary, by whole words, best first. No Qt.

:class:`SearchIndex` is what the screen and ``edu-app search`` use: one index per language,
made on first use by :mod:`edu_app.core.search_engine` (how a query is understood and ranked is
described there and in ``docs/search.md``). This module stays light: it is imported at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from edu_app.core.model import Library
from edu_app.core.search_types import MAX_RESULTS, SEARCH_MAX_CHARS, Hit, Results, plain_text

if TYPE_CHECKING:
    from edu_app.core.search_engine import LanguageIndex

__all__ = ["MAX_RESULTS", "SEARCH_MAX_CHARS", "Hit", "Results", "SearchIndex", "plain_text"]


class SearchIndex:
    """The search of a :class:`Library`: one :class:`LanguageIndex` per language, each made on
    first use."""

    def __init__(self, library: Library) -> None:
        self._library = library
        self._indexes: dict[str, LanguageIndex] = {}

    @property
    def size(self) -> int:
        """How many documents are indexed so far."""
        return sum(len(i.docs) for i in self._indexes.values())

    def index(self, lang: str) -> LanguageIndex:
        """The index of one language (made now if it is not yet)."""
        language = self._library.language(lang)  # English stands in for an unknown code
        made = self._indexes.get(language.code)
        if made is None:
            from edu_app.core.search_engine import LanguageIndex  # on first use, not at start-up

            made = self._indexes[language.code] = LanguageIndex(language)
        return made

    def build(self, lang: str | None = None) -> None:
        """Make the index of ``lang`` (or of every language) now rather than at the first
        search."""
        for code in [lang] if lang else list(self._library.languages):
            self.index(code)

    def topics(self, lang: str) -> list[tuple[str, str]]:
        """``(page id, title)`` of every page of a language, in reading order (offered when
        nothing is found)."""
        return [(p.id, p.title) for p in self._library.language(lang).pages]

    def find(self, query: str, lang: str, limit: int = MAX_RESULTS) -> Results:
        """Results for ``query`` in one language."""
        if not query.strip():
            return Results([], 0, "", ())
        return self.index(lang).search(query, limit)

    def search(self, query: str, lang: str, limit: int = MAX_RESULTS) -> list[Hit]:
        """The hits for ``query`` in one language, best first."""
        return self.find(query, lang, limit).hits
