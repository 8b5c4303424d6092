"""How plain Thai text is, measured on words cut by :mod:`edu_app.core.thai` (Flesch-Kincaid
counts English syllables and sentences, which Thai does not have in the same form).

Thai writes no space between words; a space ends a phrase (a clause or a sentence). So a Thai
text is measured by its phrases and its words:

* words per phrase (a long phrase is as hard as a long English sentence);
* long phrases (over :data:`LONG_PHRASE` words);
* rare words: Thai words outside the 20,000 most common words of the Thai National Corpus
  (``th/common-words.txt``, made by ``make thai-words``); those the glossary does not explain
  are listed, as English pages list medical words missing from the glossary;
* the share of words in Latin script (English glosses in brackets, drug names).

The thresholds come from the English targets, through the eight pages we have in both
languages (measured on the content of December 2026; docs/thai.md): a Thai page has 1.2 times the
words of its English page, and a Thai phrase is 0.55 of an English sentence in the detail and
0.77 in the summaries. English at grade 8 (detail) and 6 (summary), with the 1.5 syllables a
word of our pages, allows 15 and 10 words a sentence: 8 Thai words a phrase either way. The
25-word long sentence and the 120-word FAQ answer become 30 and 145 Thai words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from edu_app.core.readability import sentences
from edu_app.core.thai import THAI_RUN, Segmenter

SUMMARY_WORDS = 8.0  # at most, on average, per phrase in a summary
DETAIL_WORDS = 8.0  # and in a page's body
LONG_PHRASE = 30  # words (English: 25 a sentence)
FAQ_WORDS = 145  # words in one FAQ answer (English: 120)
RARE_SHARE = 0.05  # of the Thai words at most (our pages: 1-3 %, nearly all glossary terms)
LATIN_SHARE = 0.05  # of all words at most

_PHRASE_END = re.compile(r"(?<=[\u0e01-\u0e4f)]) +(?=[\u0e01-\u0e4f])")  # "(gloss)" stays on its phrase
_LATIN = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
_ABBREVIATION = re.compile(r"(?:[\u0e01-\u0e2e]\.){2,}")  # พ.ศ., ค.ศ.: one common word


class ThaiReading(NamedTuple):
    """Counts for a piece of Thai text."""

    words: int  # Thai and Latin-script words
    phrases: int
    long_phrases: int
    words_per_phrase: float
    rare_share: float  # of the Thai words
    latin_share: float  # of all words
    unexplained: tuple[str, ...]  # rare words the glossary does not explain, first use first


def phrases(text: str) -> list[str]:
    """Thai phrases: sentences and list items, cut again where a space stands between Thai."""
    return [p for s in sentences(text) for p in _PHRASE_END.split(s) if p.strip()]


def split_words(text: str, segmenter: Segmenter) -> tuple[list[str], list[str]]:
    """The Thai words and the Latin-script words of ``text``."""
    abbreviations = _ABBREVIATION.findall(text)
    text = _ABBREVIATION.sub(" ", text)
    thai = [w for run in THAI_RUN.findall(text) for w in segmenter.run_words(run) if w != "ๆ"]
    return abbreviations + thai, _LATIN.findall(text)


def count_words(text: str, segmenter: Segmenter) -> int:
    """Words in ``text``: Thai words as the segmenter cuts them, plus Latin-script words."""
    thai, latin = split_words(text, segmenter)
    return len(thai) + len(latin)


def measure_thai(
    text: str, segmenter: Segmenter, common: set[str], explained: Iterable[str] = ()
) -> ThaiReading:
    """The figures of :class:`ThaiReading` for plain ``text`` (see :func:`readability.prose`).

    ``common`` is the list of common words; ``explained`` are the glossary's Thai terms and
    aliases (a rare word inside one of them is explained).
    """
    parts = phrases(text)
    thai: list[str] = []
    latin = 0
    long = 0
    for part in parts:
        part_thai, part_latin = split_words(part, segmenter)
        thai += part_thai
        latin += len(part_latin)
        long += len(part_thai) + len(part_latin) > LONG_PHRASE
    total = len(thai) + latin
    if not total:
        return ThaiReading(0, len(parts), 0, 0.0, 0.0, 0.0, ())
    rare = [w for w in thai if w not in common and not _ABBREVIATION.fullmatch(w)]
    terms = list(explained)
    unexplained = dict.fromkeys(w for w in rare if not any(w in term for term in terms))
    return ThaiReading(
        total, len(parts), long, round(total / max(1, len(parts)), 1),
        round(len(rare) / max(1, len(thai)), 3), round(latin / total, 3), tuple(unexplained),
    )
