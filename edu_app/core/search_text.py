"""Words for search: normalising, cutting text into words with their places, light stemming,
question words to drop, and a bounded edit distance for typing errors. No Qt.

Every word of the index and of a query goes through :func:`key`: the same spelling of a word
in any Unicode form, case, accent or Thai typing variant gives the same key, and an English
word loses its plural and -ing/-ed endings ("itching", "itches", "itchy" all become "itch").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from edu_app.core.thai import THAI_RUN, Segmenter

_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_THAI_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_REPEATED_MARK = re.compile(f"([{_THAI_MARKS}])\\1+")
_TONE_BEFORE_VOWEL = re.compile("([\u0e48-\u0e4b])([\u0e31\u0e34-\u0e37\u0e47])")
_LATIN_ACCENTS = re.compile("[\u0300-\u036f]")
# a Latin word (with an inner apostrophe: "don't"), a number, or a Thai run
_LETTERS = r"[^\W\d_\u0e00-\u0e7f]+"
WORD_RE = re.compile(rf"{_LETTERS}(?:['’]{_LETTERS})*|\d+(?:[.,]\d+)*|[\u0e01-\u0e4f]+")

_STOP = (
    # English question and function words: a question typed in full finds what its words find
    "a an the and or but if of to in on at by for with about from as into onto than then so"
    " is are was were be been being am do does did doing done can could will would should"
    " shall may might must have has had having get gets got i me my mine you your yours we our"
    " us he she him her his it its they them their this that these those there here what which"
    " who whom whose why how when where much many any some very really just also too please"
    " tell know want"
    # Thai: question particles and words, polite endings, and the commonest function words
    " ไหม มั้ย ไม๊ หรือไม่ หรือเปล่า เปล่า อะไร อย่างไร ยังไง ทำไม เมื่อไร เมื่อไหร่ ไหน ที่ไหน"
    " คะ ค่ะ ครับ คับ นะ จ้ะ จ๊ะ น่ะ คือ ที่ ของ ใน และ กับ จะ ได้ ไป มา ให้ หรือ มี เป็น ก็ แล้ว"
    " ว่า บ้าง ด้วย หน่อย ควร ต้อง ไม่ ได้ไหม ใช่ไหม เรา ฉัน ผม ดิฉัน หนู คุณ"
)
STOP_WORDS = frozenset(_STOP.split())


class Token(NamedTuple):
    """A word of a text: its search key and where it is written."""

    key: str
    start: int
    end: int


@lru_cache(maxsize=20_000)
def normalise(text: str) -> str:
    """``text`` in one canonical form: NFKC, no invisible characters, Thai typing variants
    (ํ + า typed for ำ, a mark typed twice, a tone mark typed before its vowel) made one, case
    folded, accents of Latin letters dropped, curly apostrophes made straight."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    if THAI_RUN.search(text):
        text = text.replace("\u0e4d\u0e32", "\u0e33")
        text = _REPEATED_MARK.sub(r"\1", text)
        text = _TONE_BEFORE_VOWEL.sub(r"\2\1", text)
    text = text.casefold().replace("’", "'")
    if not text.isascii():
        decomposed = unicodedata.normalize("NFD", text)
        text = unicodedata.normalize("NFC", _LATIN_ACCENTS.sub("", decomposed))
    return text


def stem(word: str) -> str:
    """An English word without its commonest endings (the same rules for index and query)."""
    word = word.removesuffix("'s")  # "allergy's" is stemmed as "allergy" is
    if len(word) <= 3 or not word.isascii() or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith(("sses", "ches", "shes", "xes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    elif word.endswith("ing") and len(word) >= 6:
        word = word[:-3]
        if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "lsz":
            word = word[:-1]
    elif word.endswith("ed") and len(word) >= 5:
        word = word[:-2]
        if len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "lsz":
            word = word[:-1]
    if word.endswith("ment") and len(word) >= 8:
        word = word[:-4]
    elif word.endswith("ic") and len(word) >= 7:
        word = word[:-2]
    elif word.endswith("y") and len(word) >= 5:
        word = word[:-1]
    if word.endswith("e") and len(word) >= 5:
        word = word[:-1]
    return word


def key(word: str) -> str:
    """A written word's search key."""
    return stem(normalise(word))


def tokens(text: str, segmenter: Segmenter) -> list[Token]:
    """The words of ``text`` with their places in it; Thai runs are cut into words."""
    out = []
    for match in WORD_RE.finditer(text):
        word = match.group(0)
        if "\u0e01" <= word[0] <= "\u0e4f":
            pos = match.start()
            for part in segmenter.run_words(word):
                out.append(Token(key(part), pos, pos + len(part)))
                pos += len(part)
        else:
            out.append(Token(key(word), match.start(), match.end()))
    return out


def query_words(query: str, segmenter: Segmenter) -> list[str]:
    """The keys of a query's words, in order (Thai cut with the query dictionary)."""
    return [t.key for t in tokens(normalise(query), segmenter)]


def within(a: str, b: str, limit: int) -> int | None:
    """The edit distance of ``a`` and ``b`` (a swap of two neighbours counts one) when it is at
    most ``limit``, else None. Stops as soon as every path is over the limit."""
    if abs(len(a) - len(b)) > limit:
        return None
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return None
        previous2, previous = previous, current
    return previous[-1] if previous[-1] <= limit else None


def typo_limit(word: str) -> int:
    """How many typing errors a word of this length may hold and still be corrected."""
    length = len(word)
    if length < 4:
        return 0
    return 1 if length < 6 else 2
