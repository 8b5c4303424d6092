"""Load and validate the content library from disk.

Nothing here raises on bad content: every problem becomes a :class:`Problem` with file, line
and message, and a page with an error becomes a :class:`BrokenPage` so the program can show
a friendly placeholder in its place.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from edu_app.core.model import (
    DECISION_AID_LINK,
    EVIDENCE_LEVELS,
    ILLUSTRATION_ID_RE,
    REVIEW_STATUSES,
    RULE_STATUSES,
    Basics,
    BrokenPage,
    FaqItem,
    GlossaryTerm,
    IllustrationText,
    Language,
    Library,
    Page,
    Problem,
    SearchAlias,
    Source,
    Step,
)
from edu_app.core.text import one_line
from edu_app.core.thai import read_words

if TYPE_CHECKING:
    from edu_app.core.decision_aid import DecisionAid

FRONT_MATTER = "+++"
CITATION_RE = re.compile(r"\[(@[\w.\-]+(?:\s*;\s*@[\w.\-]+)*)\]")
EVIDENCE_RE = re.compile(r"\{ev:([\w\-]+)\}")
PAGE_LINK_RE = re.compile(r"\]\(page:([\w\-]+)\)")
FIGURE_RE = re.compile(r"!\[([^\]]*)\]\(figure:([\w\-]+)\)")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9\-]*$")
LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]+)?$")
# Limits on content files (a clinic's pages are checked the same way as ours; README
# "Configuring a clinic"). Each is far above what real content uses (our largest file is 40 kB,
# our longest line 616 characters, at most 19 '[' in one paragraph) and far below what makes
# loading or rendering slow: Python-Markdown's link matching grows with the square of the '['
# in a paragraph, so 30,000 unclosed '[' took minutes.
MAX_FILE_BYTES = 400_000
MAX_LINE_CHARS = 5_000
MAX_TITLE_CHARS = 150  # a page title or an FAQ question
MAX_SUMMARY_CHARS = 600
MAX_POINT_CHARS = 400  # a clinician-mode step title or key point
MAX_BRACKETS_PER_PARAGRAPH = 200
MAX_FOLDER_ENTRIES = 5_000  # files and folders in a clinic's content folder, all levels
DECISION_AID_FILE = "decision-aid.toml"
MAX_LANGUAGE_FOLDERS = 20
MAX_STEPS = 6  # clinician-mode steps per page
MIN_POINTS, MAX_POINTS = 2, 4  # key points per step
BASICS_POINTS, BASICS_ACTIONS = (2, 3), (2, 4)  # a basics sheet fits one page with its picture
MIN_YEAR, MAX_YEAR = 1800, 2200  # a source's publication year
# Content may be split over several files: sources*.toml at the top, and faq*.md,
# glossary*.toml and illustrations*.toml in each language folder (e.g. one per topic).


def citation_ids(group: str) -> list[str]:
    """The source ids in the inside of a citation such as ``@a; @b``."""
    return re.findall(r"@([\w.\-]+)", group)


class ContentError(Exception):
    """A problem that stops one file from loading."""

    def __init__(self, line: int, message: str) -> None:
        message = one_line(message)
        super().__init__(message)
        self.line = line
        self.message = message


def read_text(path: Path) -> str:
    """Read a UTF-8 text file, raising ContentError with the line of a bad byte."""
    import stat

    try:
        info = path.stat()
    except OSError as exc:
        raise ContentError(0, f"cannot read the file ({exc.strerror})") from exc
    if not stat.S_ISREG(info.st_mode):  # a pipe would block start-up for ever
        raise ContentError(0, "not a regular file")
    size = info.st_size
    if size > MAX_FILE_BYTES:
        raise ContentError(0, f"the file is too large ({size} bytes; at most {MAX_FILE_BYTES})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ContentError(0, f"cannot read the file ({exc.strerror})") from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ContentError(line, "the file is not UTF-8 text (save it as UTF-8)") from exc
    if "\x00" in text:
        raise ContentError(text[: text.index("\x00")].count("\n") + 1, "the file has a NUL byte")
    if len(text) > MAX_LINE_CHARS:  # (a shorter text cannot have a long line)
        for number, row in enumerate(text.split("\n"), start=1):
            if len(row) > MAX_LINE_CHARS:
                raise ContentError(number, f"line of {len(row)} characters (at most "
                                           f"{MAX_LINE_CHARS}; break it into shorter lines)")
    return text.removeprefix("\ufeff")


def check_markdown(body: str, body_line: int) -> None:
    """Raise ContentError for Markdown that would take too long to render: a paragraph with more
    than MAX_BRACKETS_PER_PARAGRAPH '[' (links and citations need far fewer)."""
    line = body_line
    for paragraph in re.split(r"(\n[ \t]*\n)", body):
        if paragraph.count("[") > MAX_BRACKETS_PER_PARAGRAPH:
            raise ContentError(line, f"a paragraph with {paragraph.count('[')} '[' (at most "
                                     f"{MAX_BRACKETS_PER_PARAGRAPH}; close each link or citation)")
        line += paragraph.count("\n")


def extra_folder_problem(folder: Path) -> str | None:
    """Why a clinic's content folder cannot be used, or None when it can: it must be a folder,
    not a whole disk or a home folder, with at most MAX_FOLDER_ENTRIES files and folders (the
    count stops there, so a huge tree is not walked to the end)."""
    import os

    try:
        resolved = folder.resolve()
        if not resolved.is_dir():
            return "is not a folder"
        home = Path.home().resolve()
    except (OSError, RuntimeError):
        return "cannot be read"
    if resolved.parent == resolved or resolved == home or resolved in home.parents:
        return "is a whole disk or a home folder; name the folder that holds the clinic's pages"
    seen, pending = 0, [resolved]
    while pending:
        try:
            with os.scandir(pending.pop()) as entries:
                for entry in entries:
                    seen += 1
                    if seen > MAX_FOLDER_ENTRIES:
                        return (f"holds more than {MAX_FOLDER_ENTRIES} files and folders; "
                                "name the folder that holds only the clinic's pages")
                    if entry.is_dir(follow_symlinks=False):
                        pending.append(Path(entry.path))
        except OSError:
            continue
    return None


def _illustration_id(value: str, line: int, what: str) -> str:
    if value and not ILLUSTRATION_ID_RE.fullmatch(value):
        raise ContentError(line, f"{what} '{one_line(value)[:80]}' must be an illustration id "
                                 "(letters, digits, '-'; no folders)")
    return value


def _toml_line(exc: tomllib.TOMLDecodeError) -> int:
    match = re.search(r"line (\d+)", str(exc))
    return int(match.group(1)) if match else 1


def parse_toml(text: str, first_line: int = 1) -> dict[str, Any]:
    """Parse TOML, reporting errors at the file line (``first_line`` is the text's line 1)."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise ContentError(first_line - 1 + _toml_line(exc), f"invalid TOML: {message}") from exc
    except RecursionError as exc:  # tomllib recurses into nested arrays and tables
        raise ContentError(first_line, "invalid TOML: nested too deeply") from exc


def split_front_matter(text: str) -> tuple[dict[str, Any], str, int]:
    """Return (front matter, body, file line where the body starts)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != FRONT_MATTER:
        raise ContentError(1, f"the file must start with a '{FRONT_MATTER}' front-matter line")
    for index in range(1, len(lines)):
        if lines[index].strip() == FRONT_MATTER:
            meta = parse_toml("\n".join(lines[1:index]), first_line=2)
            return meta, "\n".join(lines[index + 1 :]), index + 2
    raise ContentError(1, f"the front matter is not closed by a second '{FRONT_MATTER}' line")


def _key_line(text: str, key: str) -> int:
    match = re.search(rf"^\s*{re.escape(key)}\s*=", text, re.MULTILINE)
    return text[: match.start()].count("\n") + 1 if match else 1


def _expect(meta: dict[str, Any], key: str, kind: type | tuple[type, ...], text: str) -> Any:
    if key not in meta:
        raise ContentError(1, f"the front matter has no '{key}'")
    value = meta[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise ContentError(_key_line(text, key), f"'{key}' must be of type {names}")
    return value


def _body_problems(
    path: Path, body: str, body_line: int, cited_ok: set[str], sources: dict[str, Source]
) -> list[Problem]:
    problems: list[Problem] = []
    for number, line in enumerate(body.split("\n"), start=body_line):
        for match in CITATION_RE.finditer(line):
            for ref in citation_ids(match.group(1)):
                if ref not in sources:
                    problems.append(Problem(path, number, f"unknown source id '{ref}'"))
                elif ref not in cited_ok:
                    problems.append(
                        Problem(path, number, f"source '{ref}' is cited but not in 'sources'")
                    )
        for match in EVIDENCE_RE.finditer(line):
            if match.group(1) not in EVIDENCE_LEVELS:
                known = ", ".join(EVIDENCE_LEVELS)
                problems.append(
                    Problem(path, number, f"unknown evidence level '{match.group(1)}' ({known})")
                )
    return problems


def load_page(
    path: Path, lang: str, sources: dict[str, Source], illustrations: Path, from_clinic: bool = False
) -> Page:
    """Load one page file; raise ContentError for the first problem that stops it."""
    text = read_text(path)
    meta, body, body_line = split_front_matter(text)
    fm_text = text.split("\n" + FRONT_MATTER, 1)[0]
    page_id = _expect(meta, "id", str, fm_text)
    if page_id != path.stem:
        raise ContentError(_key_line(fm_text, "id"), f"id '{page_id}' must equal the file name")
    title = _expect(meta, "title", str, fm_text).strip()
    summary = _expect(meta, "summary", str, fm_text).strip()
    if not title:
        raise ContentError(_key_line(fm_text, "title"), "'title' is empty")
    for key, text_value, most in (("title", title, MAX_TITLE_CHARS),
                                  ("summary", summary, MAX_SUMMARY_CHARS)):
        if len(text_value) > most:
            raise ContentError(_key_line(fm_text, key), f"'{key}' has {len(text_value)} "
                                                        f"characters (at most {most})")
    order = _expect(meta, "order", int, fm_text)
    illustration = _illustration_id(_expect(meta, "illustration", str, fm_text),
                                    _key_line(fm_text, "illustration"), "illustration")
    reviewed = _expect(meta, "reviewed", dt.date, fm_text)
    if isinstance(reviewed, dt.datetime):
        reviewed = reviewed.date()
    status = _expect(meta, "review_status", str, fm_text)
    if status not in REVIEW_STATUSES:
        raise ContentError(
            _key_line(fm_text, "review_status"),
            f"review_status '{status}' must be one of {', '.join(REVIEW_STATUSES)}",
        )
    cited = _expect(meta, "sources", list, fm_text)
    if not all(isinstance(s, str) for s in cited):
        raise ContentError(_key_line(fm_text, "sources"), "'sources' must be a list of ids")
    for ref in cited:
        if ref not in sources:
            raise ContentError(_key_line(fm_text, "sources"), f"unknown source id '{ref}'")
    if illustration and not (illustrations / f"{illustration}.svg").is_file():
        raise ContentError(
            _key_line(fm_text, "illustration"), f"illustration '{illustration}.svg' is missing"
        )
    compare = meta.get("compare", "")
    if isinstance(compare, str):
        _illustration_id(compare, _key_line(fm_text, "compare"), "compare")
    if not isinstance(compare, str) or (
        compare and not (illustrations / f"{compare}.svg").is_file()
    ):
        raise ContentError(_key_line(fm_text, "compare"), f"compare illustration '{compare}' is missing")
    check_markdown(body, body_line)
    figures = []
    for number, line in enumerate(body.split("\n"), start=body_line):
        for match in FIGURE_RE.finditer(line):
            if not (illustrations / f"{match.group(2)}.svg").is_file():
                raise ContentError(number, f"figure '{match.group(2)}.svg' is missing")
            if not match.group(1).strip():
                raise ContentError(number, f"figure '{match.group(2)}' needs a caption")
            figures.append(match.group(2))
    steps = _steps(meta.get("steps", []), fm_text, illustration, illustrations, set(cited), sources)
    basics = _basics(meta.get("basics"), fm_text, set(cited), sources, illustrations)
    problems = _body_problems(path, body, body_line, set(cited), sources)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise ContentError(errors[0].line, errors[0].message)
    return Page(
        id=page_id,
        lang=lang,
        title=title,
        summary=summary,
        order=order,
        illustration=illustration,
        reviewed=reviewed,
        review_status=status,
        sources=tuple(cited),
        body=body,
        path=path,
        body_line=body_line,
        compare=compare,
        figures=tuple(figures),
        from_clinic=from_clinic,
        steps=steps,
        basics=basics,
    )


def _basics(raw: Any, fm_text: str, cited: set[str], sources: dict[str, Source],
            illustrations: Path) -> Basics | None:
    """The page's ``[basics]`` table for its printed basics sheet, checked."""
    if raw is None:
        return None
    line = next((i + 1 for i, text in enumerate(fm_text.split("\n")) if text.strip() == "[basics]"),
                1)
    if not isinstance(raw, dict):
        raise ContentError(line, "'basics' must be a [basics] table")
    unknown = set(raw) - {"points", "actions", "illustration", "caption"}
    if unknown:
        raise ContentError(line, f"basics: unknown key '{sorted(unknown)[0]}'")
    lists = {}
    for key, (least, most) in (("points", BASICS_POINTS), ("actions", BASICS_ACTIONS)):
        value = raw.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise ContentError(line, f"basics: '{key}' must be a list of sentences")
        if not least <= len(value) <= most:
            raise ContentError(line, f"basics needs {least} to {most} {key}")
        if any(len(v) > MAX_POINT_CHARS for v in value):
            raise ContentError(line, f"basics: a {key[:-1]} is longer than {MAX_POINT_CHARS} "
                                     "characters")
        for text in value:
            _check_marks(text, line, "basics", cited, sources)
        lists[key] = tuple(v.strip() for v in value)
    picture, caption = raw.get("illustration", ""), raw.get("caption", "")
    if not isinstance(picture, str) or not isinstance(caption, str):
        raise ContentError(line, "basics: 'illustration' and 'caption' must be text")
    if picture:
        _illustration_id(picture, line, "basics: illustration")
        if not (illustrations / f"{picture}.svg").is_file():
            raise ContentError(line, f"basics: illustration '{picture}.svg' is missing")
    if len(caption) > MAX_POINT_CHARS:
        raise ContentError(line, f"basics: the caption is longer than {MAX_POINT_CHARS} characters")
    return Basics(lists["points"], lists["actions"], line, picture.strip(), caption.strip())


def _check_marks(text: str, line: int, where: str, cited: set[str],
                 sources: dict[str, Source]) -> None:
    """A short text's citations are the page's sources and its evidence levels are known."""
    for match in CITATION_RE.finditer(text):
        for ref in citation_ids(match.group(1)):
            if ref not in sources or ref not in cited:
                raise ContentError(line, f"{where}: source '{ref}' is not in the page's 'sources'")
    for match in EVIDENCE_RE.finditer(text):
        if match.group(1) not in EVIDENCE_LEVELS:
            raise ContentError(line, f"{where}: unknown evidence level '{match.group(1)}'")


def _decision_aid(path: Path, lang: str, sources: dict[str, Source]) -> DecisionAid:
    """``decision-aid.toml``: parsed, and every citation a known source, every badge known."""
    from edu_app.core.decision_aid import DecisionAidError, load_decision_aid

    try:
        aid = load_decision_aid(path, lang)
    except DecisionAidError as exc:
        raise ContentError(exc.line, str(exc)) from exc
    for text in aid.texts():
        _check_marks(text, 0, "decision aid", set(sources), sources)
    return aid


def _steps(raw: Any, fm_text: str, default_picture: str, illustrations: Path, cited: set[str],
           sources: dict[str, Source]) -> tuple[Step, ...]:
    """The page's ``[[steps]]`` for clinician mode, checked (see docs/content-format.md)."""
    headers = [i + 1 for i, line in enumerate(fm_text.split("\n")) if line.strip() == "[[steps]]"]
    if not isinstance(raw, list) or not all(isinstance(s, dict) for s in raw):
        raise ContentError(_key_line(fm_text, "steps"), "'steps' must be [[steps]] tables")
    if len(raw) > MAX_STEPS:
        raise ContentError(headers[MAX_STEPS] if len(headers) > MAX_STEPS else 1,
                           f"a page has at most {MAX_STEPS} steps")
    steps = []
    for index, table in enumerate(raw):
        line = headers[index] if index < len(headers) else 1
        title, points = table.get("title"), table.get("points")
        picture = table.get("illustration", default_picture)
        notes = table.get("notes", "")
        unknown = set(table) - {"title", "illustration", "points", "notes"}
        if unknown:
            raise ContentError(line, f"step {index + 1}: unknown key '{sorted(unknown)[0]}'")
        if not isinstance(title, str) or not title.strip():
            raise ContentError(line, f"step {index + 1} needs a title")
        if not isinstance(points, list) or not all(isinstance(p, str) and p.strip() for p in points):
            raise ContentError(line, f"step {index + 1}: 'points' must be a list of sentences")
        if not MIN_POINTS <= len(points) <= MAX_POINTS:
            raise ContentError(line, f"step {index + 1} needs {MIN_POINTS} to {MAX_POINTS} points")
        if not isinstance(notes, str) or not isinstance(picture, str):
            raise ContentError(line, f"step {index + 1}: 'notes' and 'illustration' must be text")
        _illustration_id(picture, line, f"step {index + 1}: illustration")
        if any(len(t) > MAX_POINT_CHARS for t in (title, *points)):
            raise ContentError(line, f"step {index + 1}: a title or point is longer than "
                                     f"{MAX_POINT_CHARS} characters")
        if not picture or not (illustrations / f"{picture}.svg").is_file():
            raise ContentError(line, f"step {index + 1}: illustration '{picture}.svg' is missing")
        for point in points:
            _check_marks(point, line, f"step {index + 1}", cited, sources)
        steps.append(Step(title.strip(), picture, tuple(p.strip() for p in points),
                          notes.strip(), line))
    return tuple(steps)


def load_sources(path: Path, problems: list[Problem]) -> dict[str, Source]:
    """Load ``sources.toml``; invalid entries are reported and skipped."""
    if not path.is_file():
        return {}
    try:
        text = read_text(path)
        data = parse_toml(text)
    except ContentError as exc:
        problems.append(Problem(path, exc.line, exc.message))
        return {}
    result: dict[str, Source] = {}
    for source_id, entry in data.items():
        line = partial(_table_line, text, source_id)  # searched only for a problem
        shown = one_line(source_id)
        if not isinstance(entry, dict):
            problems.append(Problem(path, line(), f"'{shown}' must be a table"))
            continue
        missing = [k for k in ("authors", "title", "evidence") if k not in entry]
        if missing:
            problems.append(Problem(path, line(), f"'{shown}' lacks {', '.join(missing)}"))
            continue
        if not isinstance(entry["evidence"], str) or entry["evidence"] not in EVIDENCE_LEVELS:
            problems.append(
                Problem(path, line(),
                        f"'{shown}' has unknown evidence '{one_line(str(entry['evidence']))}'")
            )
            continue
        year, rule_year = entry.get("year"), entry.get("rule_year")
        wrong = [k for k, v in (("year", year), ("rule_year", rule_year)) if not _year_or_none(v)]
        if wrong:
            problems.append(Problem(path, line(), f"'{shown}' has a {wrong[0]} that is not a "
                                                  f"number from {MIN_YEAR} to {MAX_YEAR}"))
            continue
        for message in source_date_problems(entry):  # reported; the source is still usable
            problems.append(Problem(path, line(), f"'{shown}' {message}"))
        result[source_id] = Source(
            id=source_id,
            authors=str(entry["authors"]),
            title=str(entry["title"]),
            year=year,
            evidence=entry["evidence"],
            journal=str(entry.get("journal", "")),
            doi=str(entry.get("doi", "")),
            url=str(entry.get("url", "")),
            volume=str(entry.get("volume", "")),
            published=_date_text(entry.get("published")),
            consulted=_date_text(entry.get("consulted")),
            rule_by=str(entry.get("rule_by", "")),
            rule_year=rule_year,
            rule_status=str(entry.get("rule_status", "")),
        )
    return result


_SOURCE_DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_YEAR_IN_TEXT_RE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _year_or_none(value: object) -> bool:
    """True for no year or a whole number from MIN_YEAR to MAX_YEAR (true/false are not)."""
    if value is None:
        return True
    return isinstance(value, int) and not isinstance(value, bool) and MIN_YEAR <= value <= MAX_YEAR


def _date_text(value: object) -> str:
    """A ``published``/``consulted`` value as text: a TOML date or a "YYYY[-MM[-DD]]" string."""
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    return "" if value is None else str(value)


def source_date_problems(entry: dict[str, Any], today: dt.date | None = None) -> list[str]:
    """What is wrong with a source's dates: the rules that keep a year the publication's own.

    - ``year`` is never in the future and never after the date the source was ``consulted``;
    - a web source (an address, no DOI) that gives a year shows where it comes from:
      ``published``, the date the page shows, in the same year;
    - ``published`` and ``consulted`` are "YYYY", "YYYY-MM" or "YYYY-MM-DD";
    - the journal does not name the year (it printed twice: "Lancet 2020;396 2020.");
    - a source that reports a Thai rule gives who made it, the year and a status, and is not
      older than the rule it reports.
    """
    today = today or dt.date.today()
    found: list[str] = []
    year = entry.get("year")
    year = year if isinstance(year, int) and not isinstance(year, bool) else None
    dates: dict[str, int] = {}
    for field in ("published", "consulted"):
        value = _date_text(entry.get(field))
        if not value:
            continue
        match = _SOURCE_DATE_RE.fullmatch(value)
        if match is None:
            found.append(f"has {field} = \"{one_line(value)[:20]}\": write YYYY, YYYY-MM or "
                         "YYYY-MM-DD")
            continue
        dates[field] = int(match.group(1))
    if year is not None and year > today.year:
        found.append(f"has a year in the future ({year})")
    if "published" in dates and year is None:
        found.append("gives published but no year: add year from the date it shows")
    elif "published" in dates and dates["published"] != year:
        found.append(f"has year {year} but was published in {dates['published']}: the year "
                     "must be the publication's")
    if "consulted" in dates and year is not None and year > dates["consulted"]:
        found.append(f"has year {year}, after it was consulted ({dates['consulted']})")
    web = bool(entry.get("url")) and not entry.get("doi")
    if web and year is not None and "published" not in dates:
        found.append(f"is a web source with year {year} but no published date: give the date the "
                     "page shows (published = \"YYYY-MM-DD\") or remove the year (it prints n.d.)")
    journal = str(entry.get("journal", ""))
    if _YEAR_IN_TEXT_RE.search(journal):
        found.append("names a year in its journal: give the year only in year (it printed twice)")
    rule = {k: entry.get(k) for k in ("rule_by", "rule_year", "rule_status")}
    if any(v is not None for v in rule.values()):
        lacking = [k for k, v in rule.items() if v in (None, "")]
        if lacking:
            found.append(f"reports a Thai rule but lacks {', '.join(lacking)}")
        if rule["rule_status"] is not None and rule["rule_status"] not in RULE_STATUSES:
            found.append(f"has rule_status \"{one_line(str(rule['rule_status']))[:20]}\": use "
                         f"{' or '.join(RULE_STATUSES)}")
        rule_year = rule["rule_year"]
        if isinstance(rule_year, int) and year is not None and year < rule_year:
            found.append(f"has year {year}, before the rule it reports ({rule_year})")
    return found


def _table_line(text: str, name: str) -> int:
    match = re.search(rf"^\[\s*\"?{re.escape(name)}\"?\s*\]", text, re.MULTILINE)
    return text[: match.start()].count("\n") + 1 if match else 1


FAQ_HEADING_RE = re.compile(r"^##\s+(.+?)\s*(?:\{#([\w\-]+)\})?\s*$")


def slugify(text: str) -> str:
    """A stable id from words (keeps letters of any script with their vowel and tone marks:
    ``\\w`` alone would cut Thai words at every mark)."""
    kept = "".join(c if c.isalnum() or c == "_" or unicodedata.category(c).startswith("M") else " "
                   for c in text.casefold())
    slug = "-".join(kept.split())
    return slug[:60] or "item"


def parse_faq(path: Path, known_pages: set[str] | None = None) -> tuple[list[FaqItem], Any, str]:
    """Parse ``faq.md``; returns (items, reviewed date, review status)."""
    text = read_text(path)
    meta, body, body_line = split_front_matter(text)
    check_markdown(body, body_line)
    reviewed = meta.get("reviewed")
    status = str(meta.get("review_status", "draft"))
    items: list[FaqItem] = []
    current: dict[str, Any] | None = None

    def close() -> None:
        if current is None:
            return
        lines: list[str] = current["lines"]
        tags: tuple[str, ...] = ()
        see = ""
        while lines and not lines[-1].strip():
            lines.pop()
        while lines and re.match(r"^(tags|see):", lines[-1].strip()):
            key, _, value = lines.pop().strip().partition(":")
            if key == "tags":
                tags = tuple(t.strip() for t in value.split(",") if t.strip())
            else:
                see = value.strip()
            while lines and not lines[-1].strip():
                lines.pop()
        answer = "\n".join(lines).strip()
        if not answer:
            raise ContentError(current["line"], f"question '{current['question']}' has no answer")
        if see and known_pages is not None and see not in known_pages:
            raise ContentError(current["line"], f"'see: {see}' names no page")
        items.append(
            FaqItem(current["id"], current["question"], answer, tags, see, current["line"])
        )

    seen: set[str] = set()
    for number, line in enumerate(body.split("\n"), start=body_line):
        match = FAQ_HEADING_RE.match(line)
        if match:
            close()
            if len(match.group(1)) > MAX_TITLE_CHARS:
                raise ContentError(number, f"a question of {len(match.group(1))} characters "
                                           f"(at most {MAX_TITLE_CHARS})")
            item_id = match.group(2) or slugify(match.group(1))
            if item_id in seen:
                raise ContentError(number, f"question id '{item_id}' is used twice")
            seen.add(item_id)
            current = {"id": item_id, "question": match.group(1), "lines": [], "line": number}
        elif current is not None:
            current["lines"].append(line)
        elif line.strip():
            raise ContentError(number, "text before the first '## question' heading")
    close()
    return items, reviewed, status


def load_glossary(path: Path) -> dict[str, GlossaryTerm]:
    """Load ``glossary.toml``."""
    text = read_text(path)
    data = parse_toml(text)
    terms: dict[str, GlossaryTerm] = {}
    for term_id, entry in data.items():
        line = partial(_table_line, text, term_id)  # searched only for a problem
        if not isinstance(entry, dict) or not isinstance(entry.get("term"), str):
            raise ContentError(line(), f"glossary entry '{term_id}' needs a 'term' string")
        if not isinstance(entry.get("definition"), str) or not entry["definition"].strip():
            raise ContentError(line(), f"glossary entry '{term_id}' needs a 'definition'")
        try:
            check_markdown(entry["definition"], 1)
        except ContentError as exc:
            raise ContentError(line(), f"glossary entry '{term_id}': {exc.message}") from exc
        aliases = entry.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ContentError(line(), f"glossary entry '{term_id}': 'aliases' must be a list")
        terms[term_id] = GlossaryTerm(
            term_id, entry["term"], entry["definition"].strip(), tuple(aliases)
        )
    return terms


def load_search_words(path: Path) -> tuple[list[SearchAlias], set[str]]:
    """Load ``search-words.toml``: its ``[[alias]]`` tables and its dictionary ``words``."""
    text = read_text(path)
    data = parse_toml(text)

    def strings(value: object, what: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise ContentError(0, f"{what} must be a list of words")
        if len(value) > 200 or any(len(v) > 80 for v in value):
            raise ContentError(0, f"{what}: at most 200 words of at most 80 characters")
        return tuple(v.strip() for v in value)

    words = set(strings(data.get("words", []), "'words'"))
    strings(data.get("not_words", []), "'not_words'")  # for `make thai-words` only
    aliases = []
    tables = data.get("alias", [])
    if not isinstance(tables, list) or len(tables) > 1000:
        raise ContentError(0, "'alias' must be [[alias]] tables (at most 1000)")
    for number, table in enumerate(tables, 1):
        if not isinstance(table, dict) or set(table) != {"typed", "means"}:
            raise ContentError(0, f"alias {number} needs 'typed' and 'means' lists, nothing else")
        typed = strings(table["typed"], f"alias {number}: 'typed'")
        means = strings(table["means"], f"alias {number}: 'means'")
        if not typed or not means:
            raise ContentError(0, f"alias {number}: 'typed' and 'means' need a word each")
        aliases.append(SearchAlias(typed, means))
    return aliases, words


def load_illustration_texts(path: Path) -> dict[str, IllustrationText]:
    """Load ``illustrations.toml`` (alt text and label texts per illustration)."""
    text = read_text(path)
    data = parse_toml(text)
    result: dict[str, IllustrationText] = {}
    for ill_id, entry in data.items():
        _illustration_id(ill_id, _table_line(text, ill_id), "illustration")
        if not isinstance(entry, dict) or not all(isinstance(v, str) for v in entry.values()):
            raise ContentError(_table_line(text, ill_id), f"'{ill_id}' must hold only text")
        labels = {k: v for k, v in entry.items() if k.startswith("label-")}
        info = {k.removeprefix("info-"): v for k, v in entry.items() if k.startswith("info-")}
        unknown = [k for k in entry if k != "alt" and not k.startswith(("label-", "info-"))]
        if unknown:
            raise ContentError(_table_line(text, ill_id), f"'{ill_id}': unknown key '{unknown[0]}'")
        orphan = [n for n in info if f"label-{n}" not in labels]
        if orphan:
            raise ContentError(
                _table_line(text, ill_id), f"'{ill_id}': info-{orphan[0]} has no label-{orphan[0]}"
            )
        result[ill_id] = IllustrationText(entry.get("alt", ""), labels, info)
    return result


def _parts(folder: Path, stem: str, suffix: str) -> list[Path]:
    """``stem.suffix`` first, then ``stem-*.suffix`` in name order."""
    found = sorted(folder.glob(f"{stem}*{suffix}"))
    return sorted(found, key=lambda p: (p.name != stem + suffix, p.name))


def _language_dirs(roots: Iterable[Path]) -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = {}
    for root in roots:
        if not root.is_dir():
            continue
        for sub in sorted(root.iterdir()):
            if sub.is_dir() and LANG_RE.match(sub.name):
                found.setdefault(sub.name, []).append(sub)
    return found


def _load_optional(
    path: Path, problems: list[Problem], loader: Any, default: Any
) -> Any:
    if not path.is_file():
        return default
    try:
        return loader(path)
    except ContentError as exc:
        problems.append(Problem(path, exc.line, exc.message))
        return default


def load_library(
    content_dir: Path, illustrations_dir: Path, extra_dirs: Iterable[Path] = ()
) -> Library:
    """Load every language from ``content_dir`` and any clinic folders (which override)."""
    problems: list[Problem] = []
    extra = []
    for folder in map(Path, extra_dirs):
        refused = extra_folder_problem(folder)
        if refused is None:
            extra.append(folder)
        else:  # the bundled content is still shown
            problems.append(Problem(folder, 0, f"the clinic's folder {refused}"))
    sources: dict[str, Source] = {}
    for folder in [content_dir, *extra]:
        for path in _parts(folder, "sources", ".toml"):
            sources.update(load_sources(path, problems))
    if not content_dir.is_dir():
        problems.append(Problem(content_dir, 0, "the content folder is missing"))
    languages: dict[str, Language] = {}
    # English first, whatever the other codes' name order ("de" sorts before "en"): its pages
    # stand in for missing translations, so every other language's links are checked against them.
    found = _language_dirs([content_dir, *extra])
    ordered = sorted(found, key=lambda c: (not (content_dir / c).is_dir(), c))  # bundled first
    for code in ordered[MAX_LANGUAGE_FOLDERS:]:
        problems.append(Problem(found.pop(code)[-1], 0, f"more than {MAX_LANGUAGE_FOLDERS} "
                                                        "language folders; this one is left out"))
    for code in sorted(found, key=lambda c: (c != "en", c)):
        folders = found[code]
        language = Language(code)
        page_files: dict[str, Path] = {}
        clinic_files: set[Path] = set()
        for folder in folders:  # later folders (clinic) override earlier ones
            for path in sorted(folder.glob("*.md")):
                if not path.name.startswith("faq"):
                    page_files[path.stem] = path
                    if folder.parent != content_dir:
                        clinic_files.add(path)
        for page_id, path in sorted(page_files.items()):
            if not ID_RE.match(page_id):
                problems.append(Problem(path, 0, f"'{path.name}': ids use a-z, 0-9 and '-'"))
                continue
            try:
                language.pages.append(
                    load_page(path, code, sources, illustrations_dir, path in clinic_files)
                )
            except ContentError as exc:
                problem = Problem(path, exc.line, exc.message)
                problems.append(problem)
                language.broken.append(BrokenPage(page_id, code, path, (problem,)))
        language.pages.sort(key=lambda p: (p.order, p.id))
        page_ids = {p.id for p in language.pages} | {b.id for b in language.broken}
        page_ids.add(DECISION_AID_LINK)
        if "en" in languages:  # English pages stand in for missing translations
            page_ids |= {p.id for p in languages["en"].pages}
        faq: dict[str, FaqItem] = {}  # a later file (a clinic's) replaces a question by id
        for path in (p for f in folders for p in _parts(f, "faq", ".md")):
            try:
                items, reviewed, status = parse_faq(path, page_ids)
            except ContentError as exc:
                problems.append(Problem(path, exc.line, exc.message))
                continue
            faq.update((item.id, item) for item in items)
            if language.faq_reviewed is None and isinstance(reviewed, dt.date):
                language.faq_reviewed, language.faq_review_status = reviewed, status
        language.faq = list(faq.values())
        for folder in folders:
            for path in _parts(folder, "glossary", ".toml"):
                language.glossary.update(_load_optional(path, problems, load_glossary, {}))
            for path in _parts(folder, "illustrations", ".toml"):
                language.illustrations.update(
                    _load_optional(path, problems, load_illustration_texts, {})
                )
            for path in _parts(folder, "search-words", ".toml"):
                aliases, words = _load_optional(path, problems, load_search_words, ([], set()))
                language.search_aliases += aliases
                language.words |= words
            language.words |= set(read_words(folder / "words.txt"))
            if (folder / DECISION_AID_FILE).is_file():  # a clinic's replaces the bundled one
                language.decision_aid = _load_optional(
                    folder / DECISION_AID_FILE, problems,
                    lambda path, code=code: _decision_aid(path, code, sources), None,
                ) or language.decision_aid
            language.common_words |= set(read_words(folder / "common-words.txt"))
        _check_links(language, problems, page_ids)
        languages[code] = language
    english = languages.get("en")
    for code, language in languages.items():
        if code == "en" or english is None:
            continue
        known = {p.id for p in english.pages} | {b.id for b in english.broken}
        for page in language.pages:
            if page.id not in known:
                problems.append(Problem(page.path, 1, f"'{page.id}' has no English page"))
        _add_fallbacks(language, english, problems, content_dir / code / "faq.md")
    return Library(languages, sources, problems, illustrations_dir)


def _add_fallbacks(language: Language, english: Language, problems: list[Problem],
                   faq_path: Path) -> None:
    """English pages stand in for missing translations (marked); stale ones are reported."""
    translated = {p.id: p for p in language.pages} | {b.id: b for b in language.broken}
    for page in english.pages:
        own = translated.get(page.id)
        if own is None:
            problems.append(Problem(english.path_hint(language.code, page.id), 0,
                                    f"'{page.id}' is not translated yet (English is shown)",
                                    "warning"))
            language.pages.append(page._replace(fallback=True))
        elif isinstance(own, Page) and own.reviewed < page.reviewed:
            problems.append(Problem(own.path, 7, f"translation is older than its English page "
                                                 f"({own.reviewed} < {page.reviewed})", "warning"))
    language.pages.sort(key=lambda p: (p.order, p.id))
    asked = {item.id for item in language.faq}
    untranslated = [item for item in english.faq if item.id not in asked]
    if untranslated:
        problems.append(Problem(faq_path, 0,
                                f"{len(untranslated)} FAQ question(s) not translated yet "
                                "(English is shown)", "warning"))
        language.faq.extend(untranslated)


def _check_links(language: Language, problems: list[Problem], page_ids: set[str]) -> None:
    for page in language.pages:
        for number, line in enumerate(page.body.split("\n"), start=page.body_line):
            for match in PAGE_LINK_RE.finditer(line):
                if match.group(1) not in page_ids:
                    problems.append(
                        Problem(
                            page.path, number, f"link to unknown page '{match.group(1)}'"
                        )
                    )
        cited = {
            ref
            for match in CITATION_RE.finditer(page.body)
            for ref in citation_ids(match.group(1))
        }
        for ref in page.sources:
            if ref not in cited:
                problems.append(
                    Problem(page.path, 1, f"source '{ref}' is listed but never cited", "warning")
                )
