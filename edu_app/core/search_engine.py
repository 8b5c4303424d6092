"""The search engine behind :class:`edu_app.core.search.SearchIndex` (imported on the first
search, not at start-up).

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

The index is made per language on first use (about 70 ms for English, 150 ms for Thai, in the
warm-up after the first paint); a keystroke costs well under a millisecond (``make bench``).
"""

from __future__ import annotations

import html
import math
import re
from collections import Counter

from edu_app.core.model import Language
from edu_app.core.search_text import (
    STOP_WORDS,
    Token,
    normalise,
    tokens,
    typo_limit,
    within,
)
from edu_app.core.search_types import MAX_RESULTS, SEARCH_MAX_CHARS, Hit, Results, plain_text
from edu_app.core.thai import Segmenter

SNIPPET_CHARS = 170
FIELD_WEIGHTS = (6.0, 3.0, 2.0, 1.0)  # title, headings or aliases, summary, body
KIND_WEIGHT = {"page": 1.15, "faq": 1.0, "glossary": 0.9}
K1, B = 1.2, 0.5
EXACT, ALIAS, PREFIX, TYPO = 1.0, 0.9, 0.7, 0.8  # how much a concept's alternative counts


Phrase = tuple[str, ...]
_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s*(.+)$", re.MULTILINE)


class Concept:
    """One thing the query asks for: its alternatives, each with how much it counts."""

    __slots__ = ("alternatives", "corrected", "span", "words")

    def __init__(self, words: str, alternatives: dict[Phrase, float], corrected: str = "") -> None:
        self.words = words  # its keys
        self.alternatives = alternatives
        self.corrected = corrected  # the word it was corrected to, if it was a typing error
        self.span = (0, 0)  # where it is in the normalised query


class Doc:
    """One searchable document: its fields' text and words."""

    __slots__ = ("all_keys", "fields", "keys", "kind", "length", "order", "places", "ref", "title",
                 "tokens")

    def __init__(self, kind: str, ref: str, order: int, fields: tuple[str, ...],
                 segmenter: Segmenter) -> None:
        self.kind, self.ref, self.order, self.fields = kind, ref, order, fields
        self.title = fields[0]
        self.tokens: list[list[Token]] = [tokens(text, segmenter) for text in fields]
        self.keys: list[list[str]] = [[t.key for t in field] for field in self.tokens]
        self.places: list[dict[str, list[int]]] = []
        for keys in self.keys:
            places: dict[str, list[int]] = {}
            for position, word in enumerate(keys):
                places.setdefault(word, []).append(position)
            self.places.append(places)
        self.all_keys: frozenset[str] = frozenset().union(*self.places)
        self.length = sum(w * len(k) for w, k in zip(FIELD_WEIGHTS, self.keys, strict=True))

    def count(self, phrase: Phrase, field_no: int) -> int:
        """How often ``phrase`` (consecutive words) is in a field."""
        starts = self.places[field_no].get(phrase[0], ())
        if len(phrase) == 1:
            return len(starts)
        keys = self.keys[field_no]
        size = len(phrase)
        return sum(1 for s in starts if tuple(keys[s : s + size]) == phrase)

    def spans(self, phrase: Phrase, field_no: int) -> list[tuple[int, int]]:
        """Where ``phrase`` is written in a field."""
        keys, field_tokens = self.keys[field_no], self.tokens[field_no]
        size = len(phrase)
        return [(field_tokens[s].start, field_tokens[s + size - 1].end)
                for s in self.places[field_no].get(phrase[0], ())
                if tuple(keys[s : s + size]) == phrase]


def _language_docs(language: Language, segmenter: Segmenter) -> list[Doc]:
    docs = []
    for page in language.pages:
        headings = "\n".join(plain_text(h) for h in _HEADING_RE.findall(page.body))
        docs.append(Doc("page", page.id, page.order,
                        (page.title, headings, page.summary, plain_text(page.body)), segmenter))
    for number, item in enumerate(language.faq):
        docs.append(Doc("faq", item.id, 1000 + number,
                        (item.question, "", "", plain_text(item.answer)), segmenter))
    for term in language.glossary.values():
        docs.append(Doc("glossary", term.id, 5000,
                        (term.term, "\n".join(term.aliases), "", plain_text(term.definition)),
                        segmenter))
    return docs


class LanguageIndex:
    """The index of one language."""

    def __init__(self, language: Language) -> None:
        content_segmenter = Segmenter(language.words)
        self.docs = _language_docs(language, content_segmenter)
        self.df: Counter[str] = Counter()
        surface: dict[str, Counter[str]] = {}
        for doc in self.docs:
            seen: set[str] = set()
            for field_tokens, text in zip(doc.tokens, doc.fields, strict=True):
                for token in field_tokens:
                    seen.add(token.key)
                    written = normalise(text[token.start : token.end])
                    surface.setdefault(token.key, Counter())[written] += 1
            self.df.update(seen)
        # the commonest written form of each key: what "Did you mean" shows
        self.surface = {k: c.most_common(1)[0][0] for k, c in surface.items()}
        # lengths are compared within a kind: a page is long beside a glossary entry by nature
        self.average = {kind: sum(d.length for d in self.docs if d.kind == kind)
                        / max(1, sum(1 for d in self.docs if d.kind == kind)) for kind in KIND_WEIGHT}
        # phrase -> the phrases it stands for (glossary groups both ways; the table one way).
        # What is typed is cut as a query is (its own Thai words kept whole); what it means is
        # cut as the pages are.
        groups = [((t.term, *t.aliases), (t.term, *t.aliases)) for t in language.glossary.values()]
        groups += [(a.typed, a.means) for a in language.search_aliases]
        query_dictionary = set(language.words)
        for typed, means in groups:
            query_dictionary.update(w for text in (*typed, *means) for w in _thai_words(text))
        self.query_segmenter = Segmenter(query_dictionary)
        self.aliases: dict[Phrase, set[Phrase]] = {}
        self.corrections: dict[Phrase, str] = {}  # a typed phrase no page uses -> what it means
        for typed, means in groups:
            meant = {p: m for m in means if (p := _phrase(m, content_segmenter))}
            for text in typed:
                own = _phrase(text, self.query_segmenter)
                if own:
                    self.aliases.setdefault(own, set()).update(set(meant) - {own})
                    if not any(w in self.df for w in own) and meant and own not in meant:
                        self.corrections.setdefault(own, normalise(next(iter(meant.values()))))
        self.longest_alias = max((len(p) for p in self.aliases), default=1)

    # -------------------------------------------------------------------------- the query

    def concepts(self, query: str) -> list[Concept]:
        """What a query asks for: its phrases and words, question words left out."""
        typed = normalise(query[:SEARCH_MAX_CHARS])
        found = tokens(typed, self.query_segmenter)
        words = [t.key for t in found]

        def written(n: int) -> str:
            return typed[found[n].start : found[n].end]

        typing_last = bool(query) and not query[-1].isspace()
        concepts: list[Concept] = []
        i = 0
        while i < len(words):
            size = 1
            for size in range(min(self.longest_alias, len(words) - i), 0, -1):
                candidate = tuple(words[i : i + size])
                if candidate in self.aliases and (size > 1 or len(words) == 1
                                                  or written(i) not in STOP_WORDS):
                    concept = Concept(" ".join(candidate), {candidate: EXACT},
                                      self.corrections.get(candidate, ""))
                    for other in self.aliases[candidate]:
                        concept.alternatives.setdefault(other, ALIAS)
                    break
            else:
                size = 1
                concept = Concept(words[i], {(words[i],): EXACT})
            concept.span = (found[i].start, found[i + size - 1].end)
            concepts.append(concept)
            i += size
        meaningful = [c for c in concepts if typed[c.span[0] : c.span[1]] not in STOP_WORDS]
        if meaningful:
            concepts = meaningful
        # one meaning typed twice ("how much ... cost") is one concept
        concepts = [c for n, c in enumerate(concepts)
                    if not any(set(c.alternatives) <= set(o.alternatives)
                               and (len(o.alternatives) > len(c.alternatives) or m < n)
                               for m, o in enumerate(concepts) if m != n)]
        for position, concept in enumerate(concepts):
            last = typing_last and position == len(concepts) - 1
            self._widen(concept, last)
        return concepts

    def _widen(self, concept: Concept, typing: bool) -> None:
        """Add the words a concept's single word begins (while typed) or was mistyped for."""
        if len(concept.alternatives) > 1 or " " in concept.words:
            return
        word = concept.words
        known = word in self.df
        if typing and len(word) >= 3:
            for other in self.df:
                if other != word and other.startswith(word):
                    concept.alternatives.setdefault((other,), PREFIX)
        if known or len(concept.alternatives) > 1:
            return
        limit = typo_limit(word)
        best: list[tuple[int, int, str]] = []
        for other in self.df:
            if other[:1] != word[:1] and limit < 2:
                continue
            distance = within(word, other, limit)
            if distance is not None:
                best.append((distance, -self.df[other], other))
        if best:
            best.sort()
            nearest = [b for b in best if b[0] == best[0][0]][:3]
            for _, _, other in nearest:
                concept.alternatives[(other,)] = TYPO
            concept.corrected = self.surface.get(nearest[0][2], nearest[0][2])

    # -------------------------------------------------------------------------- ranking

    def _concept_score(self, doc: Doc, concept: Concept) -> tuple[float, bool]:
        weighted = 0.0
        best = 0.0
        for alternative, worth in concept.alternatives.items():
            tf = sum(w * doc.count(alternative, n) for n, w in enumerate(FIELD_WEIGHTS))
            if tf:
                weighted += worth * tf
                best = max(best, worth)
        if not weighted:
            return 0.0, False
        norm = K1 * (1 - B + B * doc.length / max(1.0, self.average[doc.kind]))
        return best * weighted * (K1 + 1) / (weighted + norm), True

    def _idf(self, concept: Concept) -> float:
        firsts = {a[0] for a in concept.alternatives}
        count = sum(1 for doc in self.docs if not firsts.isdisjoint(doc.all_keys))
        return math.log(1 + (len(self.docs) - count + 0.5) / (count + 0.5))

    def search(self, query: str, limit: int = MAX_RESULTS) -> Results:
        """Results for ``query``, best first."""
        concepts = self.concepts(query)
        if not concepts:
            return Results([], 0, "", ())
        first_words = {a[0] for c in concepts for a in c.alternatives}
        candidates = [d for d in self.docs if not first_words.isdisjoint(d.all_keys)]
        idf = [self._idf(c) for c in concepts] if candidates else []
        scored = []
        for doc in candidates:
            total, covered = 0.0, 0
            for concept, weight in zip(concepts, idf, strict=True):
                score, present = self._concept_score(doc, concept)
                total += weight * score
                covered += present
            if not covered:
                continue
            title = set(doc.keys[0]) - STOP_WORDS
            if title and all(any(a[0] in title for a in c.alternatives) for c in concepts):
                asked = {w for c in concepts for a in c.alternatives for w in a}
                covered_title = len(title & asked) / len(title)
                # the title is the query: twice; the query is part of the title: less
                total *= 2.0 if covered_title == 1 else 1 + covered_title / 2
            scored.append((covered, total * KIND_WEIGHT[doc.kind], doc))
        typed = normalise(query[:SEARCH_MAX_CHARS])
        if not scored:
            return Results([], 0, "", tuple(typed[c.span[0] : c.span[1]] for c in concepts))
        most = max(s[0] for s in scored)
        keep = most - 1 if len(concepts) >= 3 else most
        kept = [s for s in scored if s[0] >= max(1, keep)]
        kept.sort(key=lambda s: (-s[0], -s[1], s[2].order))
        found = {a[0] for s in kept for c in concepts for a in c.alternatives
                 if a[0] in s[2].all_keys}
        ignored = tuple(typed[c.span[0] : c.span[1]] for c in concepts
                        if not any(a[0] in found for a in c.alternatives))
        corrected = _did_you_mean(typed, concepts)
        hits = [self._hit(doc, concepts) for _, _, doc in kept[:limit]]
        return Results(hits, len(kept), corrected, ignored)

    def _hit(self, doc: Doc, concepts: list[Concept]) -> Hit:
        phrases = [a for c in concepts for a in c.alternatives]
        body = doc.fields[3] or doc.fields[2] or doc.fields[1]
        body_no = 3 if doc.fields[3] else 2 if doc.fields[2] else 1
        spans = sorted({s for p in phrases for s in doc.spans(p, body_no)})
        first = body[spans[0][0] : spans[0][1]] if spans else ""
        if not first:
            title_spans = sorted({s for p in phrases for s in doc.spans(p, 0)})
            first = doc.title[title_spans[0][0] : title_spans[0][1]] if title_spans else ""
        return Hit(doc.kind, doc.ref, doc.title, snippet(body, spans, doc.tokens[body_no]), first)


def _phrase(text: str, segmenter: Segmenter) -> Phrase:
    return tuple(t.key for t in tokens(normalise(text), segmenter))


def _thai_words(text: str) -> list[str]:
    return re.findall(r"[\u0e01-\u0e4f]+", normalise(text))


def _did_you_mean(typed: str, concepts: list[Concept]) -> str:
    """The query with each corrected word replaced, or "" when nothing was corrected."""
    corrected = sorted((c.span, c.corrected) for c in concepts if c.corrected)
    if not corrected:
        return ""
    out, position = [], 0
    for (start, end), word in corrected:
        out += [typed[position:start], word]
        position = end
    return "".join([*out, typed[position:]]).strip()


def snippet(body: str, spans: list[tuple[int, int]], body_tokens: list[Token]) -> str:
    """The passage of ``body`` with the most matches (about :data:`SNIPPET_CHARS` long), cut
    at word boundaries, with the matched words marked."""
    flat = body.replace("\n", " ")
    if not body_tokens:
        return html.escape(flat[:SNIPPET_CHARS])
    best_start, best_count = 0, -1
    for start, _ in spans or [(0, 0)]:
        count = sum(1 for s, _ in spans if start <= s < start + SNIPPET_CHARS - 40)
        if count > best_count:
            best_start, best_count = start, count
    # begin a few words before the first match, at the start of a word (never inside one,
    # never on a Thai vowel or mark)
    begin = 0
    for token in body_tokens:
        if token.start > best_start - 40:
            break
        begin = token.start
    if begin and flat[begin - 1 : begin] not in (" ", ""):
        sentence = max(flat.rfind(". ", 0, best_start), flat.rfind(" ", 0, begin + 1))
        begin = sentence + 1 if sentence >= 0 and sentence + 1 <= best_start else begin
    end = len(flat)
    for token in body_tokens:
        if token.end > begin + SNIPPET_CHARS:
            break
        end = token.end
    if end < len(flat):
        end = max(end, max((e for s, e in spans if s < end), default=end))
    if body_tokens[-1].end <= end:  # only punctuation is left: keep it
        end = len(flat)
    out = []
    position = begin
    for start, stop in spans:
        if start < position or stop > end:
            continue
        out.append(html.escape(flat[position:start]))
        out.append('<b style="background-color:#ffe58a; color:#1f2a30;">'
                   + html.escape(flat[start:stop]) + "</b>")
        position = stop
    out.append(html.escape(flat[position:end]))
    text = "".join(out).strip()
    return ("… " if begin > 0 else "") + text + (" …" if end < len(flat) else "")


