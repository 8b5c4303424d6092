"""``edu-app check-content``: the authors' tool. Validates content and prints a report.

Errors (exit 1): everything the loader rejects (front matter, unknown sources, missing
illustrations or figures, broken links, translations without an English page, source years
that are not the publication's), label ids that are not in their SVG, English pages a shipped
language lacks, Thai rules stated without their year in both eras or, when unconfirmed, as
fact, pages without a "what you can do" box or a source (edu_app.core.check_rules), words the
content brief rules out used as claims, and English reading levels over target (summary above
grade 6, detail above grade 8). Warnings: medical-looking words that the glossary does not
explain, long sentences, sources listed but not cited, and review dates older than 24 months.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from edu_app.core.check_rules import (
    faq_rule_problems,
    page_action_problems,
    page_rule_problems,
    translation_problems,
)
from edu_app.core.content import load_library
from edu_app.core.model import Language, Library, Page, Problem
from edu_app.core.readability import measure, prose, sentences, vocabulary
from edu_app.core.thai import is_thai, segmenter_for
from edu_app.core.thai_reading import (
    DETAIL_WORDS,
    FAQ_WORDS,
    LATIN_SHARE,
    LONG_PHRASE,
    RARE_SHARE,
    SUMMARY_WORDS,
    ThaiReading,
    count_words,
    measure_thai,
)

SUMMARY_GRADE = 6.0
DETAIL_GRADE = 8.0
FOG_GRADE = 10.0  # Gunning Fog of the detail: a warning (it counts every long word as hard)
POINT_WORDS = 15  # words in one clinician-mode key point
THAI_SPACE = re.compile(r"[\u0e01-\u0e4f] +[\u0e01-\u0e4f]")  # between Thai letters
BASICS_WORDS = 15  # words in one line of a basics sheet
BASICS_WORDS_THAI = 18
POINT_WORDS_THAI = 18  # (a Thai text has 1.2 times the words: edu_app.core.thai_reading)
FAQ_ENGLISH_WORDS = 120
REVIEW_MONTHS = 24

FORBIDDEN = re.compile(
    r"\b(cure[sd]?|curing|permanent(?:ly)?|guarantee[sd]?|miracles?|completely safe|"
    r"no side[- ]effects?)\b|100\s?%"
    r"|หายขาด|ถาวร|รับประกัน|ปาฏิหาริย์|ปลอดภัยอย่างสมบูรณ์|ปลอดภัย\s?100|ไม่มีผลข้างเคียง",
    re.IGNORECASE,
)
# A sentence that denies, questions or reports a claim may use the words (e.g. "No study has
# shown that stem cells cure eczema", "Clinics may promise permanent relief"). The ruled-out
# words themselves are removed before looking, so "no side effects" does not deny itself.
DENIAL = re.compile(
    r"\b(no|not|never|nothing|none|cannot|can't|isn't|aren't|doesn't|don't|didn't|won't|"
    r"without|nor|promis\w*|claim\w*|advert\w*|market\w*|beware|careful|say|says|said)\b"
    r"|ไม่|ยังไม่|อ้าง|สัญญา|โฆษณา|ระวัง",
    re.IGNORECASE,
)
MEDICAL = re.compile(
    r"\b(?:[A-Za-z]+(?:itis|osis|aemia|emia|ase|ases|mab|nib|limus|cytes?|genic|pathy|"
    r"steroids?|dermal|lipids?|proteins?|ceramides?|bacteria|bacterium|allergens?|"
    r"histamines?|antibod(?:y|ies)|receptors?|enzymes?|mutations?|keratins?|cortic\w*)|"
    r"immun\w+|inflamm\w+|epiderm\w*|mesenchymal|haemat\w+|hemat\w+|subcutaneous|intravenous|"
    r"topical|systemic|placebo|randomi[sz]ed|biologics?|microb\w+|[A-Z]{2,6}s?(?:-\d+)?)\b"
)
NOT_MEDICAL = {
    "USA", "UK", "EU", "FAQ", "OK", "I", "AM", "PM", "ID", "TV", "PDF", "NHS", "AAD", "DNA",
    # everyday words that merely look medical
    "release", "releases", "disease", "diseases", "increase", "increases", "decrease",
    "decreases", "case", "cases", "base", "phase", "phases", "please", "purchase", "ease",
    "erase", "chase", "lease", "database", "showcase", "suitcase", "staircase", "cease",
}


class Row(NamedTuple):
    """Reading figures for one page (or the FAQ)."""

    lang: str
    name: str
    summary_grade: float | None
    detail_grade: float
    words: int
    long_sentences: int
    unexplained: list[str]
    # Thai (measured by edu_app.core.thai_reading): the grades are words per phrase
    rare_share: float | None = None
    latin_share: float | None = None


class Report(NamedTuple):
    """The outcome of a content check."""

    text: str
    errors: int
    warnings: int

    @property
    def exit_code(self) -> int:
        """0 when there are no errors, else 1."""
        return 1 if self.errors else 0


def load_for_check(bundled: Path, illustrations: Path, folder: Path | None) -> Library:
    """Load the bundled content, with ``folder`` on top when it is another folder."""
    if folder is None or folder.resolve() == bundled.resolve():
        return load_library(bundled, illustrations)
    sibling = folder / ".." / "illustrations"
    return load_library(bundled, sibling if sibling.is_dir() else illustrations, [folder])


def svg_group_opacity(path: Path) -> int:
    """How many elements use ``opacity`` (Qt prints those as bitmaps; use fill-/stroke-opacity)."""
    try:
        return sum(1 for e in ET.parse(path).iter() if "opacity" in e.attrib)
    except (OSError, ET.ParseError):
        return 0


def svg_ids(path: Path) -> set[str]:
    """Every element id in an SVG file (empty if it cannot be read)."""
    try:
        return {e.get("id", "") for e in ET.parse(path).iter() if e.get("id")}
    except (OSError, ET.ParseError):
        return set()


# Where a clause ends: punctuation (not brackets: an aside), and in Thai a space between Thai
# letters (Thai writes a space where English would put a comma or start a new clause).
CLAUSE_END = re.compile(r"[,;:—–]|(?<=[\u0e01-\u0e4f]) +(?=[\u0e01-\u0e4f])")
# "that"/"ว่า" hang a clause on a denial before it ("No study shows that stem cells cure ...")
COMPLEMENT = re.compile(r"\b(?:that|whether)\b|ว่า", re.IGNORECASE)


def _denied(sentence: str, claim: re.Match[str]) -> bool:
    """Whether the ruled-out word at ``claim`` is denied, questioned or reported: by a denial in
    its own clause, or by one earlier in the sentence that a "that"/"ว่า" clause hangs on."""
    bounds = [0, *(m.end() for m in CLAUSE_END.finditer(sentence)), len(sentence)]
    start = max(b for b in bounds if b <= claim.start())
    end = min((b for b in bounds if b >= claim.end()), default=len(sentence))
    clause = sentence[start:end]
    if DENIAL.search(FORBIDDEN.sub(" ", clause)):
        return True
    before = FORBIDDEN.sub(" ", sentence[: claim.start()])
    denials = list(DENIAL.finditer(before))
    return bool(denials) and COMPLEMENT.search(before, denials[-1].end()) is not None


def forbidden_claims(text: str) -> Iterator[str]:
    """Sentences that use a ruled-out word as a claim (each use judged in its own clause)."""
    for sentence in sentences(text):
        if sentence.rstrip().endswith(("?", "ไหม", "หรือไม่")):
            continue
        if any(not _denied(sentence, m) for m in FORBIDDEN.finditer(sentence)):
            yield sentence.strip()


def unexplained_words(text: str, language: Language) -> list[str]:
    """Medical-looking words of ``text`` that no glossary entry covers (sorted, unique)."""
    forms = [f.casefold() for term in language.glossary.values() for f in term.forms]
    found = set()
    for match in MEDICAL.finditer(text):
        word = match.group(0)
        if word in NOT_MEDICAL or word.casefold() in NOT_MEDICAL:
            continue
        folded = word.casefold()
        if not any(folded in form or form in folded for form in forms):
            found.add(word)
    return sorted(found, key=str.casefold)


def _line_of(page: Page, snippet: str) -> int:
    head = snippet[:40]
    for number, line in enumerate(page.path.read_text(encoding="utf-8").split("\n"), start=1):
        if head and head in line:
            return number
    return page.body_line


def _check_page(page: Page, language: Language, today: dt.date) -> tuple[Row, list[Problem]]:
    problems: list[Problem] = []
    body = prose(page.body)
    for claim in forbidden_claims(f"{page.title}.\n{page.summary}\n{body}"):
        problems.append(Problem(page.path, _line_of(page, claim),
                                f"ruled-out word used as a claim: \"{claim[:80]}\""))
    age = (today.year - page.reviewed.year) * 12 + today.month - page.reviewed.month
    if age > REVIEW_MONTHS:
        problems.append(Problem(page.path, 7, f"last reviewed {age} months ago "
                                              f"(review at least every {REVIEW_MONTHS})", "warning"))
    problems.extend(_check_steps(page, language))
    problems.extend(_check_basics(page, language))
    if language.words and page.lang == language.code:  # Thai: words cut by the segmenter
        return _check_thai_page(page, language, body, problems)
    detail = measure(body)
    summary = measure(page.summary)
    english = page.lang == "en"
    if english and summary.grade > SUMMARY_GRADE:
        problems.append(Problem(page.path, 4, f"summary reads at grade {summary.grade} "
                                              f"(target {SUMMARY_GRADE:g} or lower)"))
    if english and detail.grade > DETAIL_GRADE:
        problems.append(Problem(page.path, page.body_line, f"detail reads at grade {detail.grade} "
                                                           f"(target {DETAIL_GRADE:g} or lower)"))
    if english and detail.long_sentences:
        problems.append(Problem(page.path, page.body_line,
                                f"{detail.long_sentences} sentence(s) over 25 words", "warning"))
    # Flesch-Kincaid flatters short sentences: weigh the words too (content review H5)
    if english and not page.fallback:
        words = vocabulary(body, {f.lower() for t in language.glossary.values() for f in t.forms})
        if words.fog > FOG_GRADE:
            problems.append(Problem(page.path, page.body_line,
                                    f"long words make the detail read at Gunning Fog grade "
                                    f"{words.fog:g} (target {FOG_GRADE:g} or lower; Flesch-Kincaid "
                                    f"{detail.grade:g}); unexplained: "
                                    + ", ".join(words.hard[:8]), "warning"))
    unexplained = unexplained_words(f"{page.summary}\n{body}", language) if english else []
    if unexplained:
        problems.append(Problem(page.path, page.body_line,
                                "medical words not in the glossary: " + ", ".join(unexplained[:8]),
                                "warning"))
    row = Row(page.lang, page.id, summary.grade, detail.grade, detail.words, detail.long_sentences,
              unexplained)
    return row, problems


def _thai_reading(text: str, language: Language) -> ThaiReading:
    explained = [form for term in language.glossary.values() for form in term.forms]
    return measure_thai(text, segmenter_for(language.words), language.common_words, explained)


def _check_thai_page(
    page: Page, language: Language, body: str, problems: list[Problem]
) -> tuple[Row, list[Problem]]:
    """Thai plainness (edu_app.core.thai_reading): words per phrase, long phrases, rare words
    and the share of Latin script."""
    summary = _thai_reading(page.summary, language)
    detail = _thai_reading(body, language)
    where = page.path
    if summary.words_per_phrase > SUMMARY_WORDS:
        problems.append(Problem(where, 4, f"summary has {summary.words_per_phrase:g} words a phrase "
                                          f"(target {SUMMARY_WORDS:g} or fewer; a space ends a "
                                          "Thai phrase)"))
    if detail.words_per_phrase > DETAIL_WORDS:
        problems.append(Problem(where, page.body_line,
                                f"detail has {detail.words_per_phrase:g} words a phrase "
                                f"(target {DETAIL_WORDS:g} or fewer; a space ends a Thai phrase)"))
    if detail.long_phrases:
        problems.append(Problem(where, page.body_line, f"{detail.long_phrases} phrase(s) over "
                                                       f"{LONG_PHRASE} words", "warning"))
    if detail.rare_share > RARE_SHARE:
        problems.append(Problem(where, page.body_line,
                                f"{detail.rare_share:.0%} of the Thai words are rare "
                                f"(target {RARE_SHARE:.0%} or fewer)", "warning"))
    if detail.latin_share > LATIN_SHARE:
        problems.append(Problem(where, page.body_line,
                                f"{detail.latin_share:.0%} of the words are in Latin script "
                                f"(target {LATIN_SHARE:.0%} or fewer: keep English for drug "
                                "names and words seen on labels)", "warning"))
    unexplained = list(dict.fromkeys(summary.unexplained + detail.unexplained))
    if unexplained:
        problems.append(Problem(where, page.body_line, "rare words not in the glossary: "
                                + ", ".join(unexplained[:8]), "warning"))
    row = Row(page.lang, page.id, summary.words_per_phrase, detail.words_per_phrase,
              detail.words, detail.long_phrases, unexplained, detail.rare_share, detail.latin_share)
    return row, problems


def _check_steps(page: Page, language: Language) -> list[Problem]:
    """Clinician-mode steps: no ruled-out claims; short points (at most 15 words; Thai 18)."""
    problems = []
    for number, step in enumerate(page.steps, start=1):
        text = ". ".join((step.title, *step.points))
        for claim in forbidden_claims(prose(text)):
            problems.append(Problem(page.path, step.line, f"step {number}: ruled-out word used as "
                                                          f"a claim: \"{claim[:80]}\""))
        for point in step.points:
            words = _word_count(prose(point), language)
            limit = POINT_WORDS_THAI if language.words else POINT_WORDS
            if words > limit:
                problems.append(Problem(page.path, step.line, f"step {number}: a point of {words} "
                                        f"words (keep points to {limit})", "warning"))
    return problems


def _check_basics(page: Page, language: Language) -> list[Problem]:
    """The basics sheet: no ruled-out claims, short points and steps, and (English) grade 6 or
    lower, like a summary: it is what a person under stress takes home."""
    if page.basics is None:
        return []
    problems = []
    line = page.basics.line
    texts = (*page.basics.points, *page.basics.actions)
    for claim in forbidden_claims(prose(". ".join(texts))):
        problems.append(Problem(page.path, line, f"basics: ruled-out word used as a claim: "
                                                 f"\"{claim[:80]}\""))
    limit = BASICS_WORDS_THAI if language.words else BASICS_WORDS
    for text in texts:
        words = _word_count(prose(text), language)
        if words > limit:
            problems.append(Problem(page.path, line, f"basics: a line of {words} words (keep "
                                                     f"them to {limit})", "warning"))
    if page.lang == "en" and not language.words:
        grade = measure(" ".join(prose(t) for t in texts)).grade
        if grade > SUMMARY_GRADE:
            problems.append(Problem(page.path, line, f"basics read at grade {grade} "
                                                     f"(target {SUMMARY_GRADE:g} or lower)"))
    return problems


def _check_decision_aid(language: Language) -> list[Problem]:
    """The decision aid: no ruled-out claims; the options' texts at grade 6 or lower, like a
    summary (they are what a person weighs), and the rest at grade 8 or lower (English); Thai
    options at a summary's words per phrase."""
    aid = language.decision_aid
    if aid is None:
        return []
    problems = []
    for claim in forbidden_claims(prose(". ".join(aid.texts()))):
        problems.append(Problem(aid.path, 1, f"decision aid: ruled-out word used as a claim: "
                                             f"\"{claim[:80]}\""))
    options = " ".join(prose(t) for t in aid.option_texts())
    rest = " ".join(prose(t) for t in aid.texts() if t not in aid.option_texts())
    if language.code == "en" and not language.words:
        # each option on its own (one hard option is not hidden by three easy ones)
        texts = [(f"option '{o.id}'", " ".join(prose(t) for t in o.cells.values()), SUMMARY_GRADE)
                 for o in aid.options] + [("other texts", rest, DETAIL_GRADE)]
        for what, text, target in texts:
            grade = measure(text).grade
            if grade > target:
                problems.append(Problem(aid.path, 1, f"decision aid: the {what} read at grade "
                                                     f"{grade} (target {target:g} or lower)"))
    elif language.words:
        reading = _thai_reading(options, language)
        if reading.words_per_phrase > SUMMARY_WORDS:
            problems.append(Problem(aid.path, 1, f"decision aid: the options have "
                                                 f"{reading.words_per_phrase:g} words a phrase "
                                                 f"(target {SUMMARY_WORDS:g} or fewer)"))
    return problems


def _check_faq(language: Language, path: Path) -> tuple[Row | None, list[Problem]]:
    if not language.faq:
        return None, []
    problems: list[Problem] = []
    text = "\n".join(prose(item.answer) for item in language.faq)
    limit = FAQ_WORDS if language.words else FAQ_ENGLISH_WORDS
    for item in language.faq:
        words = _word_count(prose(item.answer), language)
        if words > limit:
            problems.append(Problem(path, item.line, f"answer to '{item.question}' has {words} "
                                                     f"words (at most {limit})"))
        for claim in forbidden_claims(prose(item.answer)):
            problems.append(Problem(path, item.line, f"ruled-out word used as a claim: \"{claim[:80]}\""))
    name = f"FAQ ({len(language.faq)} answers)"
    if language.words:  # (English answers standing in for untranslated ones are not measured)
        thai = _thai_reading("\n".join(prose(item.answer) for item in language.faq
                                       if is_thai(item.question + item.answer)), language)
        if thai.words_per_phrase > DETAIL_WORDS:
            problems.append(Problem(path, 1, f"FAQ answers have {thai.words_per_phrase:g} words a "
                                             f"phrase (target {DETAIL_WORDS:g} or fewer)"))
        return Row(language.code, name, None, thai.words_per_phrase, thai.words, thai.long_phrases,
                   list(thai.unexplained), thai.rare_share, thai.latin_share), problems
    reading = measure(text)
    if language.code == "en" and reading.grade > DETAIL_GRADE:
        problems.append(Problem(path, 1, f"FAQ answers read at grade {reading.grade} "
                                         f"(target {DETAIL_GRADE:g} or lower)"))
    row = Row(language.code, name, None, reading.grade, reading.words, reading.long_sentences, [])
    return row, problems


def _word_count(text: str, language: Language) -> int:
    """Words as a reader counts them: Thai cut into words (it has no spaces between them)."""
    return count_words(text, segmenter_for(language.words)) if language.words else len(text.split())


def _check_illustrations(library: Library, language: Language, folder: Path) -> list[Problem]:
    problems = []
    for ill_id, texts in language.illustrations.items():
        svg = library.illustration_path(ill_id)
        where = folder / "illustrations.toml"
        if not svg.is_file():
            problems.append(Problem(where, 0, f"[{ill_id}] names no illustration ({svg.name})"))
            continue
        ids = svg_ids(svg)
        if svg_group_opacity(svg):
            problems.append(Problem(svg, 0, "uses 'opacity', which prints as a bitmap; use "
                                            "fill-opacity and stroke-opacity"))
        for label in texts.labels:
            if label not in ids:
                problems.append(Problem(where, 0, f"[{ill_id}] {label} is not an id in {svg.name}"))
        for label, text in texts.labels.items():
            if language.words and THAI_SPACE.search(text):
                problems.append(Problem(where, 0, f"[{ill_id}] {label}: a space inside a Thai label "
                                        "(a Thai space is a pause; lines break between words "
                                        "without one)", "warning"))
        for text in (texts.alt, *texts.labels.values(), *texts.info.values()):
            for claim in forbidden_claims(text):
                problems.append(Problem(where, 0, f"[{ill_id}] ruled-out word used as a claim: "
                                                  f"\"{claim[:80]}\""))
    for term in language.glossary.values():
        for claim in forbidden_claims(term.definition):
            problems.append(Problem(folder / "glossary.toml", 0,
                                    f"[{term.id}] ruled-out word used as a claim: \"{claim[:80]}\""))
    return problems


def check(
    library: Library, content_dir: Path, today: dt.date | None = None, shipped: bool = False
) -> tuple[list[Row], list[Problem]]:
    """Every reading row and every problem (the loader's and the checker's). ``shipped``: the
    program's own content, where every page also needs a Thai (every shipped language's) page,
    a "what you can do" box and a source."""
    today = today or dt.date.today()
    rows: list[Row] = []
    problems = list(library.problems)
    for code, language in sorted(library.languages.items()):
        for page in language.pages:
            row, found = _check_page(page, language, today)
            rows.append(row)
            problems.extend(found)
            if not page.fallback:
                problems.extend(page_rule_problems(page, library.sources))
            if shipped and not page.fallback:
                problems.extend(page_action_problems(page))
        faq_path = content_dir / code / "faq.md"
        problems.extend(faq_rule_problems(language.faq, library.sources, code, faq_path))
        faq_row, found = _check_faq(language, faq_path)
        if faq_row is not None:
            rows.append(faq_row)
        problems.extend(found)
        problems.extend(_check_illustrations(library, language, content_dir / code))
        problems.extend(_check_decision_aid(language))
        english = library.languages.get("en")
        if shipped and language.decision_aid is None and english and english.decision_aid:
            problems.append(Problem(content_dir / code / "decision-aid.toml", 0,
                                    "the decision aid has no translation in this language"))
    if shipped:
        problems.extend(translation_problems(library, content_dir))
    return rows, problems


def format_table(rows: list[Row]) -> list[str]:
    """The reading-level table."""
    head = f"{'lang':<5}{'page':<28}{'summary':>8}{'detail':>8}{'words':>7}{'long':>6}  unexplained"
    lines = [head, "-" * len(head)]
    for row in rows:
        measured = row.lang == "en" or row.rare_share is not None  # English or Thai
        summary = "" if row.summary_grade is None or not measured else f"{row.summary_grade:.1f}"
        detail = f"{row.detail_grade:.1f}" if measured else "n/a"
        words = str(row.words) if measured else "n/a"
        shares = ("" if row.rare_share is None or row.latin_share is None else
                  f"  rare {row.rare_share:.0%}, Latin {row.latin_share:.0%}")
        lines.append(
            f"{row.lang:<5}{row.name[:27]:<28}{summary:>8}{detail:>8}{words:>7}"
            f"{row.long_sentences:>6}  {len(row.unexplained)}{shares}"
        )
    return lines


def report(library: Library, content_dir: Path | None = None, today: dt.date | None = None,
           shipped: bool = False) -> Report:
    """The full report: counts per language, the reading table, then every problem
    (``shipped``: with the rules for the program's own content, see :func:`check`)."""
    content_dir = content_dir or Path("resources/content")
    rows, problems = check(library, content_dir, today, shipped)
    lines = []
    for code, language in sorted(library.languages.items()):
        lines.append(
            f"{code}: {len(language.pages)} pages, {len(language.broken)} broken, "
            f"{len(language.faq)} FAQ questions, {len(language.glossary)} glossary terms"
        )
    lines.append(f"sources: {len(library.sources)}")
    lines.append("")
    lines.extend(format_table(rows))
    lines.append(f"(grades are Flesch-Kincaid; targets: summary <= {SUMMARY_GRADE:g}, "
                 f"detail <= {DETAIL_GRADE:g})")
    if any(row.rare_share is not None for row in rows):
        lines.append(f"(Thai: words a phrase, targets summary <= {SUMMARY_WORDS:g}, detail <= "
                     f"{DETAIL_WORDS:g}; long = over {LONG_PHRASE} words; unexplained = rare words "
                     "not in the glossary)")
    lines.append("")
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity != "error"]
    lines.extend(str(p) for p in sorted(errors + warnings, key=lambda p: (str(p.path), p.line)))
    lines.append(f"{len(errors)} errors, {len(warnings)} warnings")
    return Report("\n".join(lines), len(errors), len(warnings))
