"""Search over one language's pages, FAQ and glossary, by whole words, best first. No Qt.

A query is cut into words (Thai with the word list, :mod:`edu_app.core.thai`), each made a
search key (:func:`edu_app.core.search_text.key`: case, accents, Thai typing variants, English
endings). Known phrases become one *concept* with their alternatives: glossary terms with their
aliases, and the authors' table of lay names, misspellings and brand names
(``search-words.toml``). Question words ("how", "does", "ไหม") are dropped. A word the pages do
not use is corrected to the nearest word they do use (one or two typing errors) and reported as
"Did you mean"; the last word, while typed, also finds the words it begins.

A document scores by BM25 over its fields (title, then headings or aliases, summary, body), and
the documents that hold the most concepts come first; a title that is the query wins. Snippets
show the passage with the most matches, cut at word boundaries, whole words marked.

The index is made per language on first use (about 20 ms for English, 100 ms for Thai, in the
warm-up after the first paint); a keystroke costs well under a millisecond (``make bench``).
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
