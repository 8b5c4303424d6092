"""Make ``resources/content/th/words.txt``: the Thai words our content and interface use.

Run by ``make thai-words`` after changing Thai text (a test fails until the list is current).
PyThaiNLP (a test dependency, not shipped) cuts every Thai run of the pages, FAQ, glossary,
picture labels and interface translations into words with its general dictionary plus the
``words`` of ``th/search-words.toml`` (drug names and other loanwords it lacks). The program
then needs no Thai library at run time: :mod:`edu_app.core.thai` cuts text with this list.

It also makes ``th/common-words.txt``: those of our words that are, or are made of, the 20,000
most frequent words of the Thai National Corpus (PyThaiNLP's ``tnc_freq.txt``, CC0), which
``check-content`` uses to find rare words (:mod:`edu_app.core.thai_reading`).
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TH = ROOT / "resources" / "content" / "th"
WORDS = TH / "words.txt"
SOURCES = [*sorted(p for p in TH.iterdir() if p.suffix in (".md", ".toml")),
           ROOT / "resources" / "translations" / "edu_app_th.ts"]
COMMON = TH / "common-words.txt"
COMMON_RANK = 20_000
COMMON_HEADER = ("# Thai words of the bundled content made of the 20,000 most frequent words of the\n"
                 "# Thai National Corpus (PyThaiNLP tnc_freq.txt, CC0); made by `make thai-words`.\n")
HEADER = ("# Thai words of the bundled content and interface, one a line (made by `make thai-words`;\n"
          "# do not edit: add missing words to `words` in search-words.toml instead).\n")
THAI_RUN = re.compile(r"[\u0e01-\u0e4f]+")


def extra_words(folder: Path = TH, key: str = "words") -> set[str]:
    """The ``words`` (or ``not_words``) of a folder's search-words.toml and search-words-*.toml."""
    found: set[str] = set()
    for path in sorted(folder.glob("search-words*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        found |= {w for w in data.get(key, []) if isinstance(w, str)}
    return found


def dictionary() -> set[str]:
    """PyThaiNLP's general dictionary with our ``words`` added and our ``not_words`` taken out."""
    from pythainlp.corpus.common import thai_words

    return (set(thai_words()) | extra_words()) - extra_words(key="not_words")


def content_words(sources: list[Path] = SOURCES) -> list[str]:
    """Every Thai word of ``sources``, sorted."""
    from pythainlp.tokenize import word_tokenize
    from pythainlp.util import dict_trie

    extra = extra_words()
    trie = dict_trie(dictionary())
    runs: set[str] = set()
    for path in sources:
        text = path.read_text(encoding="utf-8")
        if path.name.startswith("search-words"):  # its fragments are not text of ours
            text = re.sub(r"not_words\s*=\s*\[[^\]]*\]", "", text)
        runs.update(THAI_RUN.findall(text))
    words = set(extra)
    for run in runs:
        words.update(w for w in word_tokenize(run, custom_dict=trie, engine="newmm")
                     if THAI_RUN.fullmatch(w))
    return sorted(words)


def text() -> str:
    """The word list file's text."""
    return HEADER + "".join(w + "\n" for w in content_words())


def common_text(words: list[str] | None = None) -> str:
    """The common-words file's text: our words ranked in the corpus's first 20,000."""
    from pythainlp.corpus.common import thai_words
    from pythainlp.corpus.tnc import word_freqs
    from pythainlp.tokenize import word_tokenize
    from pythainlp.util import dict_trie

    ranked = sorted(word_freqs(), key=lambda pair: -pair[1])[:COMMON_RANK]
    # the corpus lists syllables too ("ไซ", "โต"): only its dictionary words count
    common = {word for word, _ in ranked} & set(thai_words())
    trie = dict_trie(common)
    ours = content_words() if words is None else words

    def is_common(word: str) -> bool:  # a common word, or a compound of common words
        return word in common or all(part in common for part in
                                     word_tokenize(word, custom_dict=trie, engine="newmm"))

    return COMMON_HEADER + "".join(w + "\n" for w in ours if is_common(w))


def main() -> int:
    words = content_words()
    WORDS.write_text(text(), encoding="utf-8")
    COMMON.write_text(common_text(words), encoding="utf-8")
    print(f"{WORDS.relative_to(ROOT)}: {len(content_words())} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
