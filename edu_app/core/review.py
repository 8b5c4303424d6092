"""A clinic's clinical sign-off of pages: who approved which page, when, and whether it still holds.

The bundled content is marked "draft" (English) or "translation pending clinical review" (other
languages) and stays so: a clinic's approval is the clinic's, not ours. It lives in
``reviews.toml`` beside the clinic's ``clinic.toml`` (``edu-app review approve``), one
``[[approval]]`` table a time it was given, never rewritten:

    [[approval]]
    page = "treatments"
    lang = "en"
    by = "Dr Anong Srisuk"
    date = 2026-12-04
    fingerprint = "sha256:…"      # of the page's file as it was approved

The latest approval of a page in a language counts. It is *current* while the page's file is
the one approved (same fingerprint); a content update that changes the page makes it *lapse*:
the page then says so until it is approved again. A damaged file is reported and never
overwritten, so no earlier approval is lost.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from edu_app.core.content import CITATION_RE, citation_ids
from edu_app.core.decision_aid import ROWS, DecisionAid
from edu_app.core.model import DECISION_AID_LINK, Language, Library, Page, SignOff
from edu_app.core.text import one_line

REVIEWS_FILE = "reviews.toml"
MAX_NAME = 80  # characters in a reviewer's name
MAX_FILE = 1_000_000  # bytes: a reviews file is a few kilobytes
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
HEADER = (
    "# Clinical sign-off of Eczema Explained pages for this clinic, written by\n"
    "# 'edu-app review approve'. Each [[approval]] records who approved a page in a language,\n"
    "# when, and the page as it was (fingerprint): when a content update changes the page, the\n"
    "# approval lapses until it is given again. The latest approval of a page counts.\n"
)


class ReviewError(ValueError):
    """Bad input for a review command: a one-line message for the user."""


class Approval(NamedTuple):
    """One recorded approval."""

    page: str
    lang: str
    by: str
    on: dt.date
    fingerprint: str


class PageReview(NamedTuple):
    """A page's sign-off state for ``review list``."""

    page: Page
    state: str  # "approved" | "lapsed" | "not reviewed"
    approval: Approval | None


def reviews_path(config_path: Path) -> Path:
    """The reviews file of the clinic whose configuration is ``config_path``."""
    return config_path.with_name(REVIEWS_FILE)


def fingerprint(page: Page) -> str:
    """The page's file as approved: its text with line endings and trailing spaces evened out
    (an editor that saves CRLF does not lapse an approval; any change of a word does)."""
    try:
        text = page.path.read_bytes().decode("utf-8", errors="replace")
    except OSError:
        return "unreadable"
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "sha256:" + hashlib.sha256("\n".join(lines).strip().encode("utf-8")).hexdigest()


def read_approvals(path: Path) -> tuple[list[Approval], str | None]:
    """The approvals in ``path`` (none when it does not exist) and a problem, if the file is
    damaged: then no approval is returned (a partial reading could show a lapsed approval as
    current) and the message says what to do."""
    try:
        if not path.is_file():
            return [], None
        raw = path.read_bytes()
    except OSError as exc:
        return [], f"cannot read {path}: {exc.strerror or exc}"
    if len(raw) > MAX_FILE:
        return [], f"{path} is over {MAX_FILE // 1000} kB: it is not a reviews file"
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError) as exc:
        return [], f"{path} is damaged ({one_line(str(exc))[:120]}); fix or move it"
    entries = data.get("approval", [])
    if not isinstance(entries, list):
        return [], f"{path} is damaged ('approval' must be a list of [[approval]] tables)"
    approvals = []
    for number, entry in enumerate(entries, start=1):
        problem = _entry_problem(entry)
        if problem:
            return [], f"{path} is damaged (approval {number}: {problem}); fix or move it"
        approvals.append(Approval(entry["page"], entry["lang"], entry["by"], entry["date"],
                                  entry["fingerprint"]))
    return approvals, None


def _entry_problem(entry: object) -> str:
    if not isinstance(entry, dict):
        return "not a table"
    for key in ("page", "lang", "by", "fingerprint"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            return f"'{key}' must be text"
    if not isinstance(entry.get("date"), dt.date) or isinstance(entry.get("date"), dt.datetime):
        return "'date' must be a date such as 2026-12-04"
    return ""


def latest(approvals: Iterable[Approval]) -> dict[tuple[str, str], Approval]:
    """The approval that counts for each (page, language): the last one given."""
    found: dict[tuple[str, str], Approval] = {}
    for approval in approvals:
        found[(approval.page, approval.lang)] = approval
    return found


def state(page: Page, approval: Approval | None) -> str:
    """"approved", "lapsed" (the page changed since) or "not reviewed"."""
    if approval is None:
        return "not reviewed"
    return "approved" if approval.fingerprint == fingerprint(page) else "lapsed"


def aid_page(aid: DecisionAid) -> Page:
    """The decision aid as a page for a clinic's sign-off (page id ``decision-aid``): its file
    is what an approval fingerprints, and its texts, one paragraph for each option's row
    ("option · row: text"), are what the review sheet lists claim by claim."""
    blocks = [aid.condition, aid.decision, aid.uncertainty]
    for option in aid.options:
        blocks.append(f"## {option.name}")
        blocks += [f"**{option.name} · {aid.rows[row]}:** {option.cells[row]}" for row in ROWS]
    blocks.append(f"## {aid.steps['sure']}")
    blocks += [f"{item.question} {item.if_no}" for item in aid.sure]
    blocks += [aid.sure_intro, aid.questions_intro, aid.update_policy, aid.funding]
    body = "\n\n".join(blocks)
    cited = dict.fromkeys(ref for m in CITATION_RE.finditer(body)
                          for ref in citation_ids(m.group(1)))
    # (an aid without a date: check-content reports it; the sheet then shows the earliest date)
    return Page(DECISION_AID_LINK, aid.lang, aid.title, aid.decision, 10_000, "",
                aid.reviewed or dt.date.min, aid.review_status, tuple(cited), body, aid.path,
                signoff=aid.signoff)


def reviewable(language: Language) -> list[Page]:
    """What a clinic signs off in a language: its own pages (not English stand-ins) and its
    decision aid (as the page ``decision-aid``: :func:`aid_page`)."""
    pages = [page for page in language.pages if not page.fallback]
    aid = language.decision_aid
    if aid is not None and aid.lang == language.code:
        pages.append(aid_page(aid))
    return pages


def apply_signoffs(library: Library, approvals: Iterable[Approval]) -> int:
    """Mark each approved page, and the decision aid, with its sign-off (current or lapsed);
    returns how many. Their compiled templates are dropped: the review line names the
    clinician, so those pages are rendered when shown."""
    counted = latest(approvals)
    marked = 0
    for language in library.languages.values():
        aid = language.decision_aid
        approval = counted.get((DECISION_AID_LINK, language.code))
        if aid is not None and aid.lang == language.code and approval is not None:
            current = state(aid_page(aid), approval) == "approved"
            language.decision_aid = aid._replace(signoff=SignOff(approval.by, approval.on,
                                                                 current))
            marked += 1
        for index, page in enumerate(language.pages):
            approval = None if page.fallback else counted.get((page.id, page.lang))
            if approval is None:
                continue
            signoff = SignOff(approval.by, approval.on, state(page, approval) == "approved")
            language.pages[index] = page._replace(signoff=signoff)
            for key in [k for k in library.templates if k[:2] == (page.lang, page.id)]:
                del library.templates[key]
            marked += 1
    return marked


def reviews(library: Library, approvals: Iterable[Approval], lang: str | None = None
            ) -> list[PageReview]:
    """Every page of every language (or of ``lang``) with its sign-off state, in page order."""
    counted = latest(approvals)
    rows = []
    for code in sorted(library.languages, key=lambda c: (c != "en", c)):
        if lang is not None and code != lang:
            continue
        for page in reviewable(library.languages[code]):
            approval = counted.get((page.id, code))
            rows.append(PageReview(page, state(page, approval), approval))
    return rows


def check_name(name: str) -> str:
    """The reviewer's name, tidied; a :class:`ReviewError` when it cannot be a name."""
    tidy = " ".join(name.split())
    if not tidy:
        raise ReviewError("the reviewer's name is empty: give --by \"Dr Firstname Lastname\"")
    if _CONTROL.search(name.replace("\n", " ").replace("\t", " ")):
        raise ReviewError("the reviewer's name has control characters")
    if len(tidy) > MAX_NAME:
        raise ReviewError(f"the reviewer's name is over {MAX_NAME} characters")
    return tidy


def find_page(library: Library, page_id: str, lang: str) -> Page:
    """The page ``page_id`` in ``lang`` (not an English stand-in; ``decision-aid`` is the
    decision aid); ReviewError when unknown."""
    language = library.languages.get(lang)
    if language is None:
        raise ReviewError(f"there is no content in language '{one_line(lang)[:20]}' "
                          f"(known: {', '.join(sorted(library.languages))})")
    pages = reviewable(language)
    page = next((p for p in pages if p.id == page_id), None)
    if page is None:
        known = ", ".join(p.id for p in pages)
        raise ReviewError(f"unknown page '{one_line(page_id)[:60]}' in {lang} (known: {known})")
    return page


def approve(path: Path, library: Library, page_id: str, lang: str, by: str,
            today: dt.date | None = None) -> Approval:
    """Record that ``by`` approved ``page_id`` in ``lang`` today; returns the approval.

    The file is read first: a damaged one is refused (ReviewError) and left as it was, so no
    earlier approval is lost. The new table is added at the end and the file replaced whole
    (edu_app.core.files), never half-written."""
    from edu_app.core import files

    name = check_name(by)
    page = find_page(library, page_id, lang)
    _, problem = read_approvals(path)
    if problem:
        raise ReviewError(f"{problem}; nothing was recorded")
    try:
        old = path.read_text(encoding="utf-8") if path.is_file() else HEADER
    except OSError as exc:
        raise ReviewError(f"cannot read {path}: {exc.strerror or exc}") from exc
    approval = Approval(page.id, lang, name, today or dt.date.today(), fingerprint(page))
    entry = (f"\n[[approval]]\npage = {json.dumps(approval.page)}\nlang = {json.dumps(lang)}\n"
             f"by = {json.dumps(name, ensure_ascii=False)}\ndate = {approval.on.isoformat()}\n"
             f"fingerprint = {json.dumps(approval.fingerprint)}\n")
    text = old if old.endswith("\n") else old + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        files.write_text(path, text + entry)
    except OSError as exc:
        raise ReviewError(f"cannot write {path}: {exc.strerror or exc}; nothing was "
                          "recorded") from exc
    return approval
