"""The content checker's editorial rules for dated Thai rules, actions and translations.

- **Thai rules are dated.** A statement that cites a source reporting a Thai rule (a source with
  ``rule_by``, ``rule_year`` and ``rule_status``) gives the rule's year in both eras in the same
  paragraph or list item: Buddhist Era (the Common Era year + 543) and Common Era. When the
  rule's current status is "unconfirmed", the same paragraph or list item says so in the
  language's agreed words (:data:`UNCONFIRMED_WORDS`), so a rule is never stated as current law.
- **Pages have actions and sources.** Every page has a "what you can do" box (``!!! tip``) and
  cites at least one source.
- **Every English page is translated** in each language the program ships (the loader only
  warns, because a clinic's own language may be partial).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from edu_app.core.content import CITATION_RE, citation_ids
from edu_app.core.model import FaqItem, Library, Page, Problem, Source

# How a paragraph says that a rule's current status could not be confirmed, by language. A
# language not listed here is not checked for it (a clinic's own language).
UNCONFIRMED_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("we could not confirm",),
    "th": ("เรายังยืนยันไม่ได้",),
}
BUDDHIST_ERA_OFFSET = 543
_ITEM_START = re.compile(r"^\s*(?:[-*+]\s|\d+[.)]\s|\|)")
_TIP = re.compile(r"^!!!\s+tip\b", re.MULTILINE)


def blocks(text: str) -> list[str]:
    """The paragraphs and list items (and table rows) of Markdown text, each one block."""
    found: list[str] = []
    current: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            if current:
                found.append(" ".join(current))
            current = []
            continue
        if _ITEM_START.match(line) and current:
            found.append(" ".join(current))
            current = []
        current.append(line.strip())
    if current:
        found.append(" ".join(current))
    return found


def rule_problems(block: str, sources: dict[str, Source], lang: str) -> list[str]:
    """What a block that cites a Thai rule's source leaves out (empty when it cites none)."""
    found: list[str] = []
    for match in CITATION_RE.finditer(block):
        for source_id in citation_ids(match.group(1)):
            source = sources.get(source_id)
            if source is None or source.rule_year is None:
                continue
            ce, be = str(source.rule_year), str(source.rule_year + BUDDHIST_ERA_OFFSET)
            missing = [year for year in (be, ce) if not re.search(rf"(?<!\d){year}(?!\d)", block)]
            if missing:
                found.append(f"a Thai rule ({source.rule_by}, [@{source_id}]) is stated without "
                             f"its year in both eras: add {' and '.join(missing)} "
                             f"(B.E. {be}, C.E. {ce})")
            words = UNCONFIRMED_WORDS.get(lang)
            if (source.rule_status == "unconfirmed" and words
                    and not any(w in block.lower() for w in words)):
                found.append(f"a Thai rule whose current status is not confirmed ([@{source_id}]) "
                             f"is stated as fact: say \"{words[0]}\" in the same paragraph")
    return list(dict.fromkeys(found))


def _line(path: Path, snippet: str, default: int) -> int:
    head = snippet.strip()[:40]
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except OSError:
        return default
    for number, line in enumerate(lines, start=1):
        if head and head in line.strip():
            return number
    return default


def page_rule_problems(page: Page, sources: dict[str, Source]) -> list[Problem]:
    """Thai rules on a page: its summary, body and clinician points."""
    problems: list[Problem] = []
    texts = [page.summary, *blocks(page.body)]
    texts += [point for step in page.steps for point in step.points]
    if page.basics is not None:
        texts += [*page.basics.points, *page.basics.actions]
    for block in texts:
        for message in rule_problems(block, sources, page.lang):
            problems.append(Problem(page.path, _line(page.path, block, page.body_line), message))
    return problems


def faq_rule_problems(items: Iterable[FaqItem], sources: dict[str, Source], lang: str,
                      path: Path) -> list[Problem]:
    """Thai rules in FAQ answers."""
    problems: list[Problem] = []
    for item in items:
        for block in blocks(item.answer):
            for message in rule_problems(block, sources, lang):
                problems.append(Problem(path, item.line, f"answer to '{item.question}': {message}"))
    return problems


def page_action_problems(page: Page) -> list[Problem]:
    """A page without a "what you can do" box or without a source."""
    problems = []
    if not _TIP.search(page.body):
        problems.append(Problem(page.path, page.body_line, "no \"what you can do\" box "
                                "(!!! tip) with the reader's next steps"))
    if not page.sources:
        problems.append(Problem(page.path, 1, "cites no source"))
    if page.basics is None:
        problems.append(Problem(page.path, 1, "no [basics] table: the printed basics sheet "
                                              "falls back to the summary", "warning"))
    return problems


def translation_problems(library: Library, content_dir: Path) -> list[Problem]:
    """An English page that a language of ``content_dir`` lacks (the reader would get English)."""
    problems = []
    for code, language in sorted(library.languages.items()):
        folder = content_dir / code
        if code == "en" or not folder.is_dir():
            continue
        for page in language.pages:
            if page.fallback:
                problems.append(Problem(folder / f"{page.id}.md", 0,
                                        f"'{page.id}' has no {code} page: every English page "
                                        "needs one"))
    return problems
