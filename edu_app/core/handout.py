"""What a printed handout says: a pure function from a selection to Qt rich-text HTML.

The printing module (``edu_app.printing``) lays this out on paper with the header, footer,
page numbers, QR code and vector illustrations. A patient's name and a clinician's note live only
in the :class:`HandoutRequest` in memory; nothing here writes anything anywhere.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import tomllib
from pathlib import Path
from typing import NamedTuple

from edu_app.core.drawing import Annotated
from edu_app.core.handout_parts import (
    Numbering,
    SheetWords,
    basics_sheet,
    beside,
    sources_list,
    words_box,
)
from edu_app.core.model import GlossaryTerm, Library, Page
from edu_app.core.render import FIGURE_WIDTH, Labels, render_answer, render_page
from edu_app.core.text import one_line
from edu_app.core.thai import html_breaks, segmenter_for
from edu_app.core.theme import NORMAL, Theme

# What a person may type into a handout (README "Handouts"); the builder's fields hold no more,
# and build() refuses more, so a pasted book cannot make a 400-page job. A first name fits in
# 80 characters; a note of 2,000 characters in 40 lines fills about half a page.
NAME_MAX_CHARS = 80
NOTE_MAX_CHARS = 2_000
NOTE_MAX_LINES = 40
PLAN_FIELD_MAX_CHARS = 200  # each entry of the action plan
PLAN_MAX_PRODUCTS = 10
ZONES = ("green", "amber", "red")
ZONE_FIELDS = ("products", "areas", "how_often", "how_long", "notes")
PAPERS = ("a4", "letter")
SMALL_FIGURE = 0.55  # a summary's picture, as a share of a page's
BASICS_FIGURE = 0.42  # a basics sheet's, beside its key points


class HandoutError(ValueError):
    """A request or action-plan problem, worded for the person who made it."""


class ActionPlan(NamedTuple):
    """The clinician's plan: for each zone, what to use, where, how often, how long."""

    zones: dict[str, dict[str, str | tuple[str, ...]]]


def parse_action_plan(text: str, source: str = "action plan") -> ActionPlan:
    """Parse an action-plan TOML text; a wrong field raises a one-line :class:`HandoutError`."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise HandoutError(f"{source}: not valid TOML ({exc})") from exc
    except RecursionError as exc:  # tomllib recurses into nested arrays and tables
        raise HandoutError(f"{source}: not valid TOML (nested too deeply)") from exc
    zones: dict[str, dict[str, str | tuple[str, ...]]] = {}
    for zone, table in data.items():
        if zone not in ZONES:
            raise HandoutError(f"{source}: [{one_line(zone)}] is not a zone; use green, amber or red")
        if not isinstance(table, dict):
            raise HandoutError(f"{source}: [{zone}] must be a table")
        values: dict[str, str | tuple[str, ...]] = {}
        for field, value in table.items():
            if field not in ZONE_FIELDS:
                raise HandoutError(
                    f"{source}: [{zone}] {one_line(field)} is not a field; "
                    f"use {', '.join(ZONE_FIELDS)}"
                )
            if field == "products":
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise HandoutError(f"{source}: [{zone}] products must be a list of text")
                values[field] = tuple(v.strip() for v in value if v.strip())
            elif isinstance(value, str):
                values[field] = value.strip()
            else:
                raise HandoutError(f"{source}: [{zone}] {field} must be text")
            problem = _plan_field_problem(values[field])
            if problem:
                raise HandoutError(f"{source}: [{zone}] {field}: {problem}")
        zones[zone] = values
    return ActionPlan(zones)


def _plan_field_problem(value: str | tuple[str, ...]) -> str:
    """Why one action-plan entry is too long ("" when it is fine)."""
    items = value if isinstance(value, tuple) else (value,)
    if len(items) > PLAN_MAX_PRODUCTS:
        return f"at most {PLAN_MAX_PRODUCTS} products"
    if any(len(item) > PLAN_FIELD_MAX_CHARS for item in items):
        return f"at most {PLAN_FIELD_MAX_CHARS} characters each"
    return ""


def typed_text_problem(request: HandoutRequest) -> str:
    """Why what was typed for a handout is too long ("" when it is within the limits)."""
    name, note = request.patient_name.strip(), request.note.strip()
    if len(name) > NAME_MAX_CHARS:
        return f"the patient's name has {len(name)} characters (at most {NAME_MAX_CHARS})"
    if len(note) > NOTE_MAX_CHARS:
        return f"the note has {len(note)} characters (at most {NOTE_MAX_CHARS})"
    if len(note.splitlines()) > NOTE_MAX_LINES:
        return f"the note has {len(note.splitlines())} lines (at most {NOTE_MAX_LINES})"
    plan = request.action_plan
    for zone, table in (plan.zones.items() if plan is not None else ()):
        for field, value in table.items():
            problem = _plan_field_problem(value)
            if problem:
                return f"action plan [{zone}] {field}: {problem}"
    return ""


def load_action_plan(path: Path) -> ActionPlan:
    """Read an action-plan file (UTF-8 TOML)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise HandoutError(f"{path}: cannot read the action plan ({exc})") from exc
    return parse_action_plan(text, str(path))


class HandoutRequest(NamedTuple):
    """Everything chosen for one handout (kept in memory only)."""

    topics: tuple[str, ...] = ()
    summary_only: frozenset[str] = frozenset()
    basics: frozenset[str] = frozenset()  # topics printed as their one-page basics sheet
    faq: tuple[str, ...] = ()  # question ids, or ("all",)
    lang: str = "en"
    large_print: bool = False
    paper: str = "a4"
    patient_name: str = ""
    note: str = ""
    action_plan: ActionPlan | None = None
    bilingual: str = ""  # a second language printed after each section, for mixed families
    drawings: tuple[Annotated, ...] = ()  # pictures drawn on during a clinician's visit


class HandoutLabels(NamedTuple):
    """Translated words the handout prints (the UI passes translations in)."""

    program: str = "Eczema Explained"
    title: str = "About your eczema"
    prepared_for: str = "Prepared for {name}"
    note: str = "A note from your clinician"
    faq: str = "Questions people ask"
    plan: str = "Your eczema action plan"
    drawn: str = "Drawn during your visit"
    zones: dict[str, tuple[str, str]] = {  # noqa: RUF012 (never changed)
        "green": ("Green: skin under control", "Every day"),
        "amber": ("Amber: a flare", "When your skin gets worse"),
        "red": ("Red: get help now", "See a doctor today if you notice"),
    }
    fields: dict[str, str] = {  # noqa: RUF012
        "products": "Use", "areas": "Where", "how_often": "How often", "how_long": "For how long",
        "notes": "Notes",
    }
    red_default: str = (
        "Clusters of small blisters or punched-out sores; fast-spreading painful eczema; fever or "
        "feeling very unwell; weeping skin with yellow crusts."
    )
    disclaimer: str = (
        "This sheet explains eczema. It does not replace advice from your own doctor."
    )
    page: str = "Page {number} of {total}"
    printed: str = "Printed {date}"
    content_reviewed: str = "Content reviewed {date}"
    words: str = "Words used on this page"  # the glossary words of a page, defined on paper
    qr: str = "Scan to open {address}"  # beside the QR code of the clinic's website
    know: str = "What to know"  # the basics sheet's headings
    do: str = "What you can do"
    words_known: str = "Words to know"
    learn_more: str = ("Learn more: read \u201c{title}\u201d in Eczema Explained, or ask us for "
                       "the full handout.")
    ask: str = "Take your questions to your doctor or nurse."  # (after learn_more)


class Handout(NamedTuple):
    """The handout's HTML and what the page furniture needs."""

    html: str
    figures: list[str]
    reviewed: dt.date | None
    titles: list[str]
    drawings: tuple[Annotated, ...] = ()  # drawn as vectors where the text says drawing:<n>
    # each language's printed words, for the header and footer of the pages it is on
    languages: tuple[tuple[str, HandoutLabels, Labels], ...] = ()
    narrow_margins: bool = False  # a page that must stay one page (the decision aid's summary)


def _inner(document: str) -> str:
    match = re.search(r"<body[^>]*>(.*)</body>", document, re.DOTALL)
    return match.group(1) if match else document


def build(
    library: Library,
    request: HandoutRequest,
    labels: HandoutLabels | None = None,
    page_labels: Labels | None = None,
    theme: Theme = NORMAL,
    second_labels: Labels | None = None,
    second_words: HandoutLabels | None = None,
) -> Handout:
    """The handout for ``request``; unknown topic or question ids raise :class:`HandoutError`."""
    labels = labels or HandoutLabels()
    page_labels = page_labels or Labels()
    language = library.language(request.lang)
    if request.lang not in library.languages:
        raise HandoutError(f"there is no content in language '{request.lang}'")
    if request.paper not in PAPERS:
        raise HandoutError(f"paper must be a4 or letter, not '{request.paper}'")
    too_long = typed_text_problem(request)
    if too_long:
        raise HandoutError(too_long)
    pages: list[Page] = []
    for topic in request.topics:
        page = language.page(topic)
        if page is None:
            known = ", ".join(p.id for p in language.pages)
            raise HandoutError(f"unknown topic '{topic}' (known: {known})")
        pages.append(page)
    strays = sorted(request.basics - set(request.topics))
    if strays:
        raise HandoutError(f"basics sheet '{strays[0]}' is not among the topics")
    if request.faq == ("all",):
        questions = list(language.faq)
    else:
        by_id = {item.id: item for item in language.faq}
        missing = [q for q in request.faq if q not in by_id]
        if missing:
            raise HandoutError(f"unknown question '{missing[0]}'")
        questions = [by_id[q] for q in request.faq]
    if not pages and not questions and request.action_plan is None and not request.drawings:
        raise HandoutError("choose at least one topic, question or the action plan")

    # a handout of basics sheets only is those sheets: each is titled by its topic
    sheets_only = set(request.topics) <= request.basics and not (
        questions or request.action_plan or request.drawings or request.note.strip())
    parts = [] if sheets_only else [
        f'<h1 style="color:{theme.accent};">{html.escape(labels.title)}</h1>']
    if request.patient_name.strip():
        name = html.escape(request.patient_name.strip())
        parts.append(f'<p style="font-size:large;">{labels.prepared_for.format(name=name)}</p>')
    if request.note.strip():
        note = "<br>".join(html.escape(line) for line in request.note.strip().splitlines())
        parts.append(_box(labels.note, note, theme.callouts["note"].background,
                          theme.callouts["note"].border))
    figures: list[str] = []
    second = library.languages.get(request.bilingual) if request.bilingual else None
    if request.bilingual and second is None:
        raise HandoutError(f"there is no content in language '{request.bilingual}'")
    second_labels = second_labels or page_labels
    # Thai has no spaces between words: the printed text gets U+200B between them (as on
    # screen), so paper wraps between words without libthai. Typed text is left as typed.
    dictionary = language.words | (second.words if second is not None else set())
    segmenter = segmenter_for(dictionary) if dictionary else None

    numbering = Numbering()
    defined: dict[str, set[str]] = {}  # glossary words a words box has defined, per language

    def box(title: str, content: str) -> str:
        return _box(title, content, theme.callouts["note"].background,
                    theme.callouts["note"].border)

    def wrapped(fragment: str) -> str:
        return html_breaks(fragment, segmenter) if segmenter is not None else fragment

    for index, page in enumerate(pages):
        versions = [(page, language, page_labels)]
        other = second.page(page.id) if second is not None else None
        if second is not None and other is not None and not other.fallback:
            versions.append((other, second, second_labels))
        for number, (version, lang, words) in enumerate(versions):
            breaker = "page-break-before:always; " if index or number else ""
            basics = version.id in request.basics
            # a basics sheet's title one size smaller in large print (still the largest text):
            # a long title took two lines of the one page
            size = "font-size:x-large; " if basics and request.large_print else ""
            parts.append(f'<h1 style="{breaker}{size}{_marks(number)}">'
                         f"{wrapped(html.escape(version.title))}</h1>")
            small = basics or version.id in request.summary_only
            picture = ""
            shown = (version.basics.illustration if basics and version.basics is not None
                     and version.basics.illustration else version.illustration)
            if shown and (number == 0 or basics):  # its own picture first
                width = int(FIGURE_WIDTH * (BASICS_FIGURE if basics else
                                            SMALL_FIGURE if small else 1))
                picture = (f'<p align="center"><img src="figure:{shown}" '
                           f'width="{width}"></p>')
                if shown not in figures:
                    figures.append(shown)
            if basics:
                sheet_words = SheetWords(labels.know, labels.do, labels.words_known,
                                         labels.learn_more.format(title=version.title)
                                         + " " + labels.ask,
                                         words.in_short, words.sources)
                parts.append(wrapped(basics_sheet(version, library.sources, lang.glossary, theme,
                                                  words, sheet_words, picture,
                                                  request.large_print)))
                continue
            if version.id in request.summary_only:  # the picture beside the summary
                summary = (_box(words.in_short, wrapped(html.escape(version.summary)),
                                theme.callouts["summary"].background,
                                theme.callouts["summary"].border)
                           + _review(version, words, theme))
                parts.append(beside(picture, summary) if picture else summary)
            else:
                parts.append(picture)
                rendered = render_page(version, library.sources, lang.glossary, theme, words)
                inner = numbering.renumber(_inner(rendered.html), rendered.references)
                known = _words_box(rendered.html, lang.glossary, labels.words, theme,
                                   defined.setdefault(lang.code, set()))
                # the page's own source list gives way to the handout's (short, numbered once,
                # at the end); the words box takes its place, before the review line
                cut = inner.rfind(f'<h2 style="color:{theme.muted};">')
                end = inner.rfind(f'<p style="color:{theme.muted}; margin-top:14px;">')
                if 0 <= cut < end:
                    inner = inner[:cut] + known + inner[end:]
                else:
                    inner += known
                parts.append(wrapped(inner))
                figures.extend(f for f in rendered.figures if f not in figures)
    if questions:
        parts.append(f'<h1 style="page-break-before:always; {_marks(0)}">{html.escape(labels.faq)}</h1>')
        translated = {item.id: item for item in second.faq} if second is not None else {}
        for item in questions:
            parts.append(wrapped(f'<h3 style="{_marks(0)}">{html.escape(item.question)}</h3>'))
            parts.append(wrapped(_answer(item.answer, library, theme, page_labels, numbering)))
            other_item = translated.get(item.id)
            if other_item is not None and other_item != item:  # (not the English again, untranslated)
                parts.append(wrapped(f'<h3 style="{_marks(1)}">{html.escape(other_item.question)}'
                                     "</h3>"))
                parts.append(wrapped(_answer(other_item.answer, library, theme, second_labels,
                                             numbering)))
    if request.drawings:
        parts.append(f'<h1 style="page-break-before:always; {_marks(0)}">{html.escape(labels.drawn)}</h1>')
        for number, drawn in enumerate(request.drawings):
            parts.append(f'<p align="center"><img src="drawing:{number}" width="{FIGURE_WIDTH}"></p>'
                         f'<p align="center" style="color:{theme.muted};">'
                         f"{html.escape(drawn.caption)}</p>")
    if request.action_plan is not None:
        parts.append(_plan(request.action_plan, labels))
    if numbering.ids:  # the sources of the full pages and answers, once each
        parts.append(f'<h1 style="page-break-before:always; {_marks(0)}">{html.escape(page_labels.sources)}'
                     "</h1>")
        parts.append(sources_list(numbering.ids, library.sources, theme, page_labels))
    dates = [p.reviewed for p in pages]
    if questions and language.faq_reviewed:
        dates.append(language.faq_reviewed)
    titles = [p.title for p in pages] + ([labels.faq] if questions else []) + (
        [labels.drawn] if request.drawings else []) + ([labels.plan] if request.action_plan else [])
    # On paper, glossary words and page links are plain text (there is nothing to tap).
    body = re.sub(r'<a href="(?:glossary|page):[^"]*"[^>]*>(.*?)</a>', r"\1", "".join(parts))
    document = f'<html><body style="color:{theme.text};">{body}</body></html>'
    languages: tuple[tuple[str, HandoutLabels, Labels], ...] = ((request.lang, labels, page_labels),)
    if second is not None:
        languages += ((request.bilingual, second_words or labels, second_labels),)
    return Handout(document, figures, min(dates) if dates else None, titles, request.drawings,
                   languages)


def _answer(text: str, library: Library, theme: Theme, labels: Labels,
            numbering: Numbering) -> str:
    """An FAQ answer on paper: its citations numbered for the whole handout, its sources in the
    handout's list (not under each answer)."""
    rendered = render_answer(text, library.sources, theme, labels)
    body = re.sub(rf'<p style="color:{re.escape(theme.muted)}; font-size:small;">.*?</p>$', "",
                  rendered.html, flags=re.DOTALL)
    return numbering.renumber(body, rendered.references)


def _marks(language: int) -> str:
    """Marks a heading as where the handout's first (0) or second (1) language starts, so its
    pages get that language's header and footer (read by edu_app.printing.paginate as the
    block's user state; an anchor would split the heading's first letter into a text run of its
    own, "H ow" in a PDF)."""
    return f"-qt-user-state:{language};"


def _words_box(page_html: str, glossary: dict[str, GlossaryTerm], title: str,
               theme: Theme, defined: set[str]) -> str:
    """The glossary words a printed page uses, defined (on paper there is nothing to tap; review
    H2): in the order the page first uses them, leaving out those an earlier page of the
    handout defined (``defined`` grows); "" when there is none left."""
    ids = dict.fromkeys(re.findall(r'href="glossary:([^"]+)"', page_html))
    fresh = [i for i in ids if i not in defined]
    defined.update(ids)
    note = theme.callouts["note"]
    return words_box(fresh, glossary, title,
                     lambda heading, rows: _box(heading, rows, note.background, note.border))


def _box(title: str, content_html: str, background: str, border: str) -> str:
    return (
        f'<table width="100%" cellspacing="0" cellpadding="10" style="margin-top:6px; '
        f'margin-bottom:10px;"><tr><td width="6" bgcolor="{border}"></td><td bgcolor="{background}">'
        f'<p style="font-weight:700;">{html.escape(title)}</p><p>{content_html}</p></td></tr></table>'
    )


def _review(page: Page, labels: Labels, theme: Theme) -> str:
    status = labels.review_text(page.review_status, page.signoff)
    when = labels.reviewed.format(date=labels.date(page.reviewed))
    return f'<p style="color:{theme.muted};">{html.escape(when)} · {html.escape(status)}</p>'


ZONE_COLOURS = {"green": ("#e7f5ec", "#2e7d4f"), "amber": ("#fff4e0", "#b26a00"),
                "red": ("#fdeaea", "#b3261e")}


def _plan(plan: ActionPlan, labels: HandoutLabels) -> str:
    rows = []
    for zone in ZONES:
        background, border = ZONE_COLOURS[zone]
        heading, lead = labels.zones[zone]
        values = plan.zones.get(zone, {})
        lines = []
        for field in ZONE_FIELDS:
            value = values.get(field)
            if not value:
                continue
            shown = ("".join(f'<li class="unchecked">{html.escape(v)}</li>' for v in value).join(
                ("<ul>", "</ul>")) if isinstance(value, tuple) else html.escape(value))  # drawn boxes
            lines.append(f"<p><b>{html.escape(labels.fields[field])}:</b> {shown}</p>")
        if zone == "red" and "notes" not in values:
            lines.append(f"<p>{html.escape(labels.red_default)}</p>")
        if not lines:
            lines.append("<p>______________________________________________</p>" * 3)
        rows.append(
            f'<tr><td width="10" bgcolor="{border}"></td><td bgcolor="{background}">'
            f'<p style="font-size:large; font-weight:700; color:{border};">{html.escape(heading)}</p>'
            f"<p><i>{html.escape(lead)}</i></p>{''.join(lines)}</td></tr>"
        )
    return (
        f'<h1 style="page-break-before:always; {_marks(0)}">{html.escape(labels.plan)}</h1>'
        '<table width="100%" cellspacing="6" cellpadding="12">' + "".join(rows) + "</table>"
    )
