"""Make ``resources/content/th/words.txt``: the Thai words our content and interface use.

Run by ``make thai-words`` after changing Thai text (a test fails until the list is current).
PyThaiNLP (a test dependency, not shipped) cuts every Thai run of the pages, FAQ, glossary,
picture labels and interface translations into words with its general dictionary plus the
``words`` of ``th/search-words.toml`` (drug names and other loanwords it lacks). The program
then needs no Thai library at run time: :mod:`edu_app.core.thai` cuts text with this list.
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
HEADER = ("# Thai words of the bundled content and interface, one a line (made by `make thai-words`;\n"
          "# do not edit: add missing words to `words` in search-words.toml instead).\n")
THAI_RUN = re.compile(r"[\u0e01-\u0e4f]+")


def extra_words(folder: Path = TH) -> set[str]:
    """The ``words`` of a folder's search-words.toml."""
    path = folder / "search-words.toml"
    if not path.exists():
        return set()
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {w for w in data.get("words", []) if isinstance(w, str)}


def content_words(sources: list[Path] = SOURCES) -> list[str]:
    """Every Thai word of ``sources``, sorted."""
    from pythainlp.corpus.common import thai_words
    from pythainlp.tokenize import word_tokenize
    from pythainlp.util import dict_trie

    extra = extra_words()
    trie = dict_trie(set(thai_words()) | extra)
    runs: set[str] = set()
    for path in sources:
        runs.update(THAI_RUN.findall(path.read_text(encoding="utf-8")))
    words = set(extra)
    for run in runs:
        words.update(w for w in word_tokenize(run, custom_dict=trie, engine="newmm")
                     if THAI_RUN.fullmatch(w))
    return sorted(words)


def text() -> str:
    """The word list file's text."""
    return HEADER + "".join(w + "\n" for w in content_words())


def main() -> int:
    WORDS.write_text(text(), encoding="utf-8")
    print(f"{WORDS.relative_to(ROOT)}: {len(content_words())} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
