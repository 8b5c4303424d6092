"""Reading level of English text: the Flesch-Kincaid grade, counted without any download.

Grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59. Syllables are counted
with the usual vowel-group rules for English (a silent final "e", "-le", "-es"/"-ed" endings),
which is what readability tools do for words outside a pronouncing dictionary. Tables and
headings are data and signposts, not prose, so they are left out; list items count as
sentences. The figures are meant for authors comparing drafts against a target (summary ≤ 6,
detail ≤ 8), not as a precise measure.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+|\n+")
LONG_SENTENCE = 25

# Words whose vowel groups mislead the rules (counted by hand).
_EXCEPTIONS = {
    "eczema": 3, "area": 3, "areas": 3, "idea": 3, "ideas": 3, "being": 2, "people": 2,
    "every": 2, "everyone": 3, "business": 2, "science": 2, "create": 2, "created": 3,
    "real": 1, "really": 2, "different": 3, "usually": 4, "various": 3, "period": 3,
    "serious": 3, "trial": 2, "trials": 2, "dial": 2, "diet": 2, "quiet": 2, "lion": 2,
    "cream": 1, "creams": 1, "ointment": 2, "ointments": 2, "doing": 2, "going": 2,
    "toward": 2, "shoe": 1, "shoes": 1, "via": 2, "naive": 2, "react": 2, "reacts": 2,
    "reaction": 3, "reactions": 3, "biologic": 4, "biologics": 4, "placebo": 3,
}


def syllables(word: str) -> int:
    """Syllables in one English word (at least 1)."""
    w = word.lower().strip("'’")
    if w in _EXCEPTIONS:
        return _EXCEPTIONS[w]
    if "-" in w:
        return sum(syllables(part) for part in w.split("-") if part)
    if len(w) <= 3:
        return 1
    count = len(re.findall(r"[aeiouy]+", w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")):
        count -= 1  # silent final e: "cure", "made"
    elif re.search(r"[^aeiouy](?:es|ed)$", w) and not re.search(
        r"(?:[td]ed|[sxz]es|[cs]hes|ges|ces)$", w
    ):
        count -= 1  # "makes", "cured" (but not "wanted", "faces")
    return max(1, count)


class Reading(NamedTuple):
    """Counts and grade for a piece of text."""

    words: int
    sentences: int
    syllables: int
    long_sentences: int
    grade: float


def prose(markdown_text: str) -> str:
    """The running prose of Markdown: no tables, headings, citations, badges or markup."""
    lines = []
    for line in markdown_text.split("\n"):
        stripped = line.strip()
        if stripped.startswith(("|", "#", "!!!", "![", "tags:", "see:")):
            if stripped.startswith("!!!"):
                title = re.search(r'"([^"]*)"', stripped)
                if title:
                    lines.append(title.group(1) + ".")
            continue
        lines.append(stripped)
    text = "\n".join(lines)
    text = re.sub(r"\[@[^\]]*\]|\{ev:[\w\-]+\}", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", text, flags=re.MULTILINE)
    return re.sub(r"[*_`]", "", text)


def sentences(text: str) -> list[str]:
    """Sentences (and list items), each with at least one letter of any script."""
    return [s for s in _SENTENCE_END.split(text) if re.search(r"[^\W\d_]", s)]


def measure(text: str) -> Reading:
    """Flesch-Kincaid grade and counts for plain text."""
    parts = sentences(text)
    words = [w for s in parts for w in _WORD.findall(s)]
    if not words:
        return Reading(0, 0, 0, 0, 0.0)
    count = sum(syllables(w) for w in words)
    long = sum(1 for s in parts if len(_WORD.findall(s)) > LONG_SENTENCE)
    grade = 0.39 * len(words) / len(parts) + 11.8 * count / len(words) - 15.59
    return Reading(len(words), len(parts), count, long, round(grade, 1))


class Vocabulary(NamedTuple):
    """How hard the words are, which Flesch-Kincaid hides when sentences are short."""

    fog: float  # Gunning Fog grade: 0.4 × (words a sentence + 100 × share of long words)
    hard: tuple[str, ...]  # long words (3+ syllables) the glossary does not explain, by count


def vocabulary(text: str, explained: set[str]) -> Vocabulary:
    """The Fog grade of plain ``text`` and its long words that no glossary form explains.

    Long words are those of three or more syllables (Gunning's "complex" words); a word counts
    as explained when a glossary term or alias (``explained``, lower case) is the word or begins
    it ("inhibitors" is explained by "inhibitor")."""
    parts = sentences(text)
    words = [w for s in parts for w in _WORD.findall(s)]
    if not words:
        return Vocabulary(0.0, ())
    long_words = [w for w in words if syllables(w) >= 3]
    fog = 0.4 * (len(words) / len(parts) + 100 * len(long_words) / len(words))
    counts: dict[str, int] = {}
    for word in long_words:
        key = word.lower()
        if key in explained or any(key.startswith(f) for f in explained if len(f) > 5):
            continue
        counts[key] = counts.get(key, 0) + 1
    hard = tuple(sorted(counts, key=lambda k: (-counts[k], k)))
    return Vocabulary(round(fog, 1), hard)
