"""Thai words without a system library: clusters, a dictionary segmenter and break marks.

Thai writes no spaces between words, so a program must know where words end to wrap a line
or to search by word. Qt asks the system's ``libthai`` at run time; Windows and macOS have
none, and without it Qt cuts inside a syllable ("ไ / ม่ได้"). This module finds the words
itself, with the word list that ships with the content (``th/words.txt``, made from our own
pages by ``make thai-words``), so that:

- :func:`mark_breaks` puts U+200B ZERO WIDTH SPACE between words (a break opportunity every
  text engine honours) and a no-break space where a line must not break (before "ๆ", between
  a word and the number that belongs to it), and
- search (:mod:`edu_app.core.search`) indexes and looks up whole words.

The segmenter is maximal matching over a character trie: among the ways to cut a run into
dictionary words it takes the one with the fewest unknown clusters, then the fewest words. It
never cuts inside a cluster (a leading vowel with its consonant, a consonant with its marks
and following vowels), and consecutive unknown clusters stay together as one word. Pure
Python, standard library only, no Qt.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

ZWSP = "\u200b"
NBSP = "\u00a0"
THAI_RUN = re.compile(r"[\u0e01-\u0e4f]+")  # letters, vowels, marks and ๆ/ฯ (not Thai digits)
_LEADING = frozenset("เแโใไ")  # written before the consonant they follow in speech
# marks above/below and vowels that are never the start of a cluster: sara a, aa, am, lakkhangyao,
# mai yamok, paiyannoi, mai han-akat, the upper/lower vowels, tone marks and other signs
_ATTACHED = frozenset(
    "\u0e2f\u0e30\u0e31\u0e32\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e45\u0e46"
    "\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
)
MAX_WORD = 40


def is_thai(text: str) -> bool:
    """Whether ``text`` holds any Thai letter."""
    return THAI_RUN.search(text) is not None


def cluster_starts(run: str) -> list[int]:
    """Where clusters begin in a Thai run (0 first, ``len(run)`` last): the only places a
    word may begin or end."""
    starts = [0]
    for i in range(1, len(run)):
        if run[i] in _ATTACHED or run[i - 1] in _LEADING:
            continue
        starts.append(i)
    starts.append(len(run))
    return starts


# Qt breaks Thai lines where libthai says, even inside a no-wrap span and next to a word joiner.
# The Mongolian vowel separator is invisible, has no width, glues (UAX #14 class GL) and is not
# Thai: between two Thai clusters it cuts the Thai into runs of one cluster, which libthai
# cannot break, and keeps the runs together.
GLUE = "\u180e"


def unbreakable(text: str) -> str:
    """``text`` as one unit on a line in Qt (an evidence badge): glue between its Thai
    clusters. Text without Thai is returned as it is (a no-wrap span holds it)."""
    if not is_thai(text):
        return text
    text = text.replace(" ", NBSP)  # (glue after a space may still be broken before)
    units: list[str] = []
    last = 0
    for match in THAI_RUN.finditer(text):
        units.extend(text[last:match.start()])
        run = match.group(0)
        starts = cluster_starts(run)
        units.extend(run[a:b] for a, b in itertools.pairwise(starts))
        last = match.end()
    units.extend(text[last:])
    return GLUE.join(units)


class Segmenter:
    """Cuts Thai runs into words of a dictionary (picklable)."""

    def __init__(self, words: Iterable[str]) -> None:
        given = words if isinstance(words, frozenset) else frozenset(words)
        fits = all(w and len(w) <= MAX_WORD for w in given)  # (then shared, not copied)
        self.words = given if fits else frozenset(w for w in given if w and len(w) <= MAX_WORD)
        self._most: int | None = None
        self._memo: dict[str, tuple[str, ...]] = {}

    def __getstate__(self) -> dict[str, object]:
        return {"words": self.words}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(state["words"])  # type: ignore[misc]

    def _longest(self) -> int:
        # the words themselves are the index (a trie of dicts took 3 MB, a set of prefixes 1 MB):
        # candidates are run[i:j] up to the longest word, each looked up in the set
        self._most = max(map(len, self.words), default=0)
        return self._most

    def run_words(self, run: str) -> tuple[str, ...]:
        """The words of one Thai run (no spaces, no other script)."""
        known = self._memo.get(run)
        if known is not None:
            return known
        most = self._most if self._most is not None else self._longest()
        dictionary = self.words
        starts = cluster_starts(run)
        n = len(run)
        # best[i] = (unknown clusters, words, previous position, unknown step) for run[:i]
        inf = (1 << 30, 1 << 30, -1, False)
        best: dict[int, tuple[int, int, int, bool]] = {0: (0, 0, -1, False)}
        for k, i in enumerate(starts[:-1]):
            here = best.get(i, inf)
            if here[0] >= inf[0]:
                continue
            for j in starts[k + 1:]:
                if j - i > most:
                    break
                if run[i:j] in dictionary:
                    cand = (here[0], here[1] + 1, i, False)
                    if cand[:2] < best.get(j, inf)[:2]:
                        best[j] = cand
            nxt = starts[k + 1]  # one unknown cluster
            cand = (here[0] + 1, here[1] + 1, i, True)
            if cand[:2] < best.get(nxt, inf)[:2]:
                best[nxt] = cand
        pieces: list[tuple[int, int, bool]] = []
        j = n
        while j > 0:
            _, _, i, unknown = best[j]
            pieces.append((i, j, unknown))
            j = i
        pieces.reverse()
        words: list[str] = []
        previous_unknown = False
        for i, j, unknown in pieces:
            if unknown and previous_unknown:
                words[-1] += run[i:j]
            else:
                words.append(run[i:j])
            previous_unknown = unknown
        result = tuple(words)
        if len(self._memo) < 50_000:
            self._memo[run] = result
        return result

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of every Thai word in ``text``."""
        out = []
        for match in THAI_RUN.finditer(text):
            pos = match.start()
            for word in self.run_words(match.group(0)):
                out.append((pos, pos + len(word)))
                pos += len(word)
        return out

    def mark_breaks(self, text: str) -> str:
        """``text`` with U+200B between Thai words and no-break spaces where Thai must not
        break: before ๆ and between a word and its number ("ระยะที่ 3")."""
        if not is_thai(text):
            return text
        out = []
        pos = 0
        for match in THAI_RUN.finditer(text):
            out.append(text[pos : match.start()])
            out.append(ZWSP.join(self.run_words(match.group(0))))
            pos = match.end()
        out.append(text[pos:])
        marked = "".join(out)
        marked = re.sub(r" (?=ๆ)", NBSP, marked)
        # a word and its number, and an era and its year (พ.ศ. 2567), stay on one line
        return re.sub(r"(?:(?<=[\u0e01-\u0e4f])|(?<=[\u0e01-\u0e2e]\.)) (?=[0-9๐-๙])", NBSP, marked)


_TAG = re.compile(r"(<[^>]*>)")


_INLINE_TAG = re.compile(r"</?(?:a|span|b|strong|em|i|u|sup|sub)\b", re.IGNORECASE)


def html_breaks(html: str, segmenter: Segmenter) -> str:
    """:meth:`Segmenter.mark_breaks` on the text of an HTML fragment: never inside a tag, and
    never inside a ``white-space:nowrap`` span (an evidence badge is one unit on a line).
    Where Thai text runs on through an inline tag (a glossary link ends, bold begins), a word
    that ends at the tag gets its break too."""
    if not is_thai(html):
        return html
    out: list[str] = []
    kept = 0  # > 0 inside a nowrap span (counting the spans nested in it)
    tail = ""  # the Thai the text so far ends with, when only inline tags came after it
    opening = -1  # where in ``out`` the first opening tag after that text is
    for n, part in enumerate(_TAG.split(html)):
        if n % 2:  # a tag
            if part.startswith("<span"):
                kept += 1 if kept or "nowrap" in part else 0
            elif part.startswith("</span") and kept:
                kept -= 1
            if kept or not _INLINE_TAG.match(part):
                tail = ""
            elif opening < 0 and not part.startswith("</"):
                opening = len(out)
            out.append(part)
        elif kept or not part:
            out.append(part)
        else:
            marked = segmenter.mark_breaks(part)
            head = THAI_RUN.match(part)
            if tail and head is not None and _word_ends_at(segmenter, tail, head.group(0)):
                # between the tags, outside a link: a break mark at a line's end or start
                # would otherwise be underlined with it
                if opening >= 0:
                    out.insert(opening, ZWSP)
                else:
                    marked = ZWSP + marked
            out.append(marked)
            end = _THAI_END.search(part)
            tail = end.group(0) if end is not None else ""
            opening = -1
    return "".join(out)


_THAI_END = re.compile(r"[\u0e01-\u0e4f]+$")


def _word_ends_at(segmenter: Segmenter, before: str, after: str) -> bool:
    """Whether a word of ``before + after`` ends where ``before`` does."""
    position = 0
    for word in segmenter.run_words(before + after):
        position += len(word)
        if position >= len(before):
            return position == len(before)
    return False


_SEGMENTERS: dict[frozenset[str], Segmenter] = {}


def segmenter_for(words: Iterable[str]) -> Segmenter:
    """One segmenter per word list for the whole process (its trie and memory are kept)."""
    key = frozenset(words)
    made = _SEGMENTERS.get(key)
    if made is None:
        if len(_SEGMENTERS) > 8:
            _SEGMENTERS.clear()
        made = _SEGMENTERS[key] = Segmenter(key)
    return made


def read_words(path: Path) -> list[str]:
    """The words of a word list (one a line; ``#`` starts a comment); none when unreadable."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=4)
def bundled_segmenter(content_dir: Path) -> Segmenter:
    """A segmenter with the bundled word list (``th/words.txt`` below ``content_dir``)."""
    # (the same list the library's Thai has: one segmenter for both, not two tries in memory)
    return segmenter_for(read_words(content_dir / "th" / "words.txt"))
