"""Markdown to Qt rich-text HTML.

Qt's rich text understands a subset of HTML 4 and CSS: no borders or padding on ``div``, no
flexbox, no web fonts. So callouts become one-row tables with a coloured side bar, evidence
badges are coloured ``span`` runs, tables carry Qt's ``cellpadding``/``bgcolor`` attributes,
and every colour comes inline from a :class:`~edu_app.core.theme.Theme`. Raw HTML written in
content is escaped, never passed through, so content cannot load anything or run anything.

Interface words that appear inside rendered pages ("Sources", "In short" …) are passed in as
:class:`Labels`, already translated by the caller, so this module needs no Qt.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any

import markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor
from markdown.treeprocessors import Treeprocessor

from edu_app.core.content import CITATION_RE, EVIDENCE_RE, citation_ids
from edu_app.core.model import EVIDENCE_LEVELS, GlossaryTerm, Page, Source
from edu_app.core.theme import NORMAL, Theme

SKIP_LINKING = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "sup", "span"}


@dataclass(frozen=True)
class Labels:
    """Translated interface words used inside rendered pages."""

    in_short: str = "In short"
    sources: str = "Sources"
    reviewed: str = "Last reviewed {date}"
    status: dict[str, str] = field(
        default_factory=lambda: {
            "draft": "Draft: not yet checked by a clinician",
            "clinician-reviewed": "Checked by a clinician",
            "translation-pending": "Translation pending clinical review",
        }
    )
    evidence: dict[str, str] = field(
        default_factory=lambda: {k: v.label for k, v in EVIDENCE_LEVELS.items()}
    )
    months: tuple[str, ...] = (
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    )

    def date(self, day: dt.date) -> str:
        """A date written out, e.g. 24 November 2026."""
        return f"{day.day} {self.months[day.month - 1]} {day.year}"


@dataclass
class Rendered:
    """The HTML of one page and the sources it cites, in reference-number order."""

    html: str
    references: list[str]
    glossary_used: list[str]


class _Context:
    def __init__(
        self,
        theme: Theme,
        labels: Labels,
        glossary: dict[str, GlossaryTerm],
        skip_term: str | None = None,
    ) -> None:
        self.theme = theme
        self.labels = labels
        self.references: list[str] = []
        self.glossary = glossary
        self.used_terms: list[str] = []
        if skip_term:
            self.used_terms.append(skip_term)
        forms: dict[str, str] = {}
        for term in glossary.values():
            for form in term.forms:
                if form.strip():
                    forms.setdefault(form.casefold(), term.id)
        self.form_to_id = forms
        self.term_re = _terms_regex(sorted(forms, key=len, reverse=True))

    def number_for(self, source_id: str) -> int:
        if source_id not in self.references:
            self.references.append(source_id)
        return self.references.index(source_id) + 1


def _terms_regex(forms: list[str]) -> re.Pattern[str] | None:
    if not forms:
        return None
    parts = []
    for form in forms:
        escaped = re.escape(form)
        # Word boundaries only where the term starts/ends with a Latin letter or digit; Thai
        # and other scripts without spaces match anywhere in running text.
        if re.match(r"[A-Za-z0-9]", form):
            escaped = r"(?<![A-Za-z0-9])" + escaped
        if re.search(r"[A-Za-z0-9]$", form):
            escaped += r"(?![A-Za-z0-9])"
        parts.append(escaped)
    return re.compile("|".join(parts), re.IGNORECASE)


def badge_html(key: str, theme: Theme, labels: Labels) -> str:
    """An evidence badge as a Qt rich-text snippet."""
    background, colour = theme.badge(key)
    text = html.escape(labels.evidence.get(key, key))
    return (
        f'<span style="background-color:{background}; color:{colour}; font-weight:600;">'
        f"&nbsp;{text}&nbsp;</span>"
    )


class _CitationPattern(InlineProcessor):
    def __init__(self, pattern: str, ctx: _Context) -> None:
        super().__init__(pattern)
        self.ctx = ctx

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[ET.Element, int, int]:
        # Numbers are given later, in document order (inline processing order is not).
        sup = ET.Element("sup")
        for source_id in citation_ids(m.group(1)):
            link = ET.SubElement(sup, "a", {"data-cite": source_id})
            link.set("style", f"color:{self.ctx.theme.link}; text-decoration:none;")
        return sup, m.start(0), m.end(0)


class _EvidencePattern(InlineProcessor):
    def __init__(self, pattern: str, ctx: _Context) -> None:
        super().__init__(pattern)
        self.ctx = ctx

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[ET.Element, int, int]:
        key = m.group(1)
        background, colour = self.ctx.theme.badge(key)
        span = ET.Element("span")
        span.set(
            "style", f"background-color:{background}; color:{colour}; font-weight:600;"
        )
        span.text = "\u00a0" + self.ctx.labels.evidence.get(key, key) + "\u00a0"
        span.set("title", EVIDENCE_LEVELS[key].meaning if key in EVIDENCE_LEVELS else key)
        return span, m.start(0), m.end(0)


class _QtTreeprocessor(Treeprocessor):
    """Reshape the tree into what Qt's rich text can draw."""

    def __init__(self, md: markdown.Markdown, ctx: _Context) -> None:
        super().__init__(md)
        self.ctx = ctx

    def run(self, root: ET.Element) -> None:
        theme = self.ctx.theme
        for link in root.iter("a"):
            source_id = link.attrib.pop("data-cite", None)
            if source_id is not None:
                number = self.ctx.number_for(source_id)
                link.set("href", f"#ref-{number}")
                link.text = f"[{number}]"
        for parent in root.iter():
            for index, child in enumerate(list(parent)):
                if child.tag == "div" and "admonition" in child.get("class", ""):
                    parent[index] = self._callout(child)
        for table in root.iter("table"):
            if table.get("data-callout"):
                del table.attrib["data-callout"]
                continue
            self._style_table(table)
        for tag in ("h2", "h3", "h4"):
            for heading in root.iter(tag):
                heading.set("style", f"color:{theme.accent if theme.name == 'normal' else theme.text};")
        for link in root.iter("a"):
            if not link.get("style"):
                link.set("style", f"color:{theme.link};")
        self._link_terms(root)

    def _callout(self, div: ET.Element) -> ET.Element:
        kinds = div.get("class", "").split()
        kind = next((k for k in kinds if k in self.ctx.theme.callouts), "note")
        colours = self.ctx.theme.callouts[kind]
        table = ET.Element(
            "table",
            {
                "width": "100%",
                "cellspacing": "0",
                "cellpadding": "10",
                "data-callout": "1",
                "style": "margin-top:10px; margin-bottom:12px;",
            },
        )
        row = ET.SubElement(table, "tr")
        ET.SubElement(row, "td", {"width": "6", "bgcolor": colours.border})
        cell = ET.SubElement(row, "td", {"bgcolor": colours.background})
        for child in list(div):
            if "admonition-title" in child.get("class", ""):
                title = ET.SubElement(cell, "p")
                title.set("style", f"color:{colours.title}; font-weight:700; margin-bottom:4px;")
                title.text, title.tail = child.text, None
                title.extend(list(child))
            else:
                cell.append(child)
        return table

    def _style_table(self, table: ET.Element) -> None:
        theme = self.ctx.theme
        table.set("width", "100%")
        table.set("cellspacing", "0")
        table.set("cellpadding", "7")
        table.set("border", "1")
        table.set(
            "style",
            f"border-collapse:collapse; border-color:{theme.border}; border-style:solid; "
            "margin-top:8px; margin-bottom:12px;",
        )
        for th in table.iter("th"):
            th.set("bgcolor", theme.table_header)
            th.set("align", "left")
        for index, row in enumerate(table.iter("tr")):
            if index % 2 == 0 and row.find("td") is not None:
                for td in row.iter("td"):
                    td.set("bgcolor", theme.surface_alt)

    def _link_terms(self, root: ET.Element) -> None:
        if self.ctx.term_re is None:
            return
        self._walk(root)

    def _walk(self, element: ET.Element) -> None:
        if element.tag in SKIP_LINKING:
            return
        pieces = self._split(element.text or "")
        if len(pieces) > 1:
            element.text = pieces[0]
            self._insert(element, 0, pieces[1:])
        for child in list(element):
            self._walk(child)
            tail_pieces = self._split(child.tail or "")
            if len(tail_pieces) > 1:
                child.tail = tail_pieces[0]
                self._insert(element, list(element).index(child) + 1, tail_pieces[1:])

    @staticmethod
    def _insert(parent: ET.Element, index: int, pieces: list[Any]) -> None:
        # pieces alternate: element, text, element, text …
        for offset in range(0, len(pieces), 2):
            link: ET.Element = pieces[offset]
            link.tail = pieces[offset + 1]
            parent.insert(index + offset // 2, link)

    def _split(self, text: str) -> list[Any]:
        assert self.ctx.term_re is not None
        if not text:
            return [text]
        pieces: list[Any] = []
        pos = 0
        for match in self.ctx.term_re.finditer(text):
            term_id = self.ctx.form_to_id.get(match.group(0).casefold())
            if term_id is None or term_id in self.ctx.used_terms:
                continue
            self.ctx.used_terms.append(term_id)
            pieces.append(text[pos : match.start()])
            link = ET.Element("a", {"href": f"glossary:{term_id}"})
            link.set(
                "style",
                f"color:{self.ctx.theme.link}; text-decoration:underline;",
            )
            link.text = match.group(0)
            pieces.append(link)
            pos = match.end()
        pieces.append(text[pos:])
        return pieces


class _PageExtension(Extension):
    def __init__(self, ctx: _Context) -> None:
        super().__init__()
        self.ctx = ctx

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.inlinePatterns.register(_CitationPattern(CITATION_RE.pattern, self.ctx), "cite", 175)
        md.inlinePatterns.register(_EvidencePattern(EVIDENCE_RE.pattern, self.ctx), "ev", 174)
        md.treeprocessors.register(_QtTreeprocessor(md, self.ctx), "qt", 5)


def _convert(text: str, ctx: _Context) -> str:
    md = markdown.Markdown(
        extensions=["tables", "admonition", "sane_lists", _PageExtension(ctx)],
        output_format="html",
    )
    return md.convert(text)


def markdown_to_html(
    text: str,
    theme: Theme = NORMAL,
    labels: Labels | None = None,
    glossary: dict[str, GlossaryTerm] | None = None,
    skip_term: str | None = None,
) -> str:
    """Render a Markdown fragment (an FAQ answer, a definition) without page furniture."""
    ctx = _Context(theme, labels or Labels(), glossary or {}, skip_term)
    return _convert(text, ctx)


def sources_html(
    ids: list[str], sources: dict[str, Source], theme: Theme, labels: Labels
) -> str:
    """The numbered "Sources" list."""
    rows = []
    for number, source_id in enumerate(ids, start=1):
        source = sources.get(source_id)
        if source is None:
            continue
        text = html.escape(source.citation_text())
        rows.append(
            f'<p style="margin-bottom:6px;"><a name="ref-{number}"></a>'
            f"<b>[{number}]</b> {text} {badge_html(source.evidence, theme, labels)}</p>"
        )
    if not rows:
        return ""
    return f'<h2 style="color:{theme.muted};">{html.escape(labels.sources)}</h2>' + "".join(rows)


def render_page(
    page: Page,
    sources: dict[str, Source],
    glossary: dict[str, GlossaryTerm],
    theme: Theme = NORMAL,
    labels: Labels | None = None,
) -> Rendered:
    """Render a whole topic page: summary box, body, sources list and review line."""
    labels = labels or Labels()
    ctx = _Context(theme, labels, glossary)
    body = _convert(page.body, ctx)
    cited = list(ctx.references)
    extra = [s for s in page.sources if s not in cited]
    summary = theme.callouts["summary"]
    parts = [
        f'<table width="100%" cellspacing="0" cellpadding="12" '
        f'style="margin-bottom:8px;"><tr><td width="6" bgcolor="{summary.border}"></td>'
        f'<td bgcolor="{summary.background}"><p style="color:{summary.title}; '
        f'font-weight:700; margin-bottom:2px;">{html.escape(labels.in_short)}</p>'
        f'<p style="font-size:large;">{html.escape(page.summary)}</p></td></tr></table>',
        body,
        sources_html(cited + extra, sources, theme, labels),
        f'<p style="color:{theme.muted}; margin-top:14px;">'
        f"{html.escape(labels.reviewed.format(date=labels.date(page.reviewed)))} · "
        f"{html.escape(labels.status.get(page.review_status, page.review_status))}</p>",
    ]
    document = (
        f'<html><body style="color:{theme.text}; background-color:{theme.background};">'
        + "".join(parts)
        + "</body></html>"
    )
    return Rendered(document, cited + extra, list(ctx.used_terms))


def render_answer(
    text: str,
    sources: dict[str, Source],
    theme: Theme = NORMAL,
    labels: Labels | None = None,
) -> Rendered:
    """An FAQ answer with its sources listed compactly underneath."""
    labels = labels or Labels()
    ctx = _Context(theme, labels, {})
    body = _convert(text, ctx)
    notes = []
    for number, source_id in enumerate(ctx.references, start=1):
        source = sources.get(source_id)
        if source is not None:
            notes.append(f"[{number}] {html.escape(source.citation_text())}")
    if notes:
        body += (
            f'<p style="color:{theme.muted}; font-size:small;">'
            f"{html.escape(labels.sources)}: " + "<br>".join(notes) + "</p>"
        )
    return Rendered(body, list(ctx.references), [])
