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

import html
import re
import zlib
from typing import NamedTuple

from edu_app.core.model import GlossaryTerm, Library, Page, Source
from edu_app.core.render_context import FIGURE_WIDTH, Context, Labels, term_pattern
from edu_app.core.thai import NBSP, ZWSP, html_breaks, segmenter_for, unbreakable
from edu_app.core.theme import NORMAL, Theme

__all__ = ["FIGURE_WIDTH", "Context", "Labels", "term_pattern"]  # re-exported for callers


class Rendered(NamedTuple):
    """The HTML of one page and the sources it cites, in reference-number order."""

    html: str
    references: list[str]
    glossary_used: list[str]
    figures: list[str] = []  # noqa: RUF012 (never changed) illustration ids shown in the text


def _text(words: str) -> str:
    """Interface words escaped for running text (as the Markdown serializer escapes text)."""
    return html.escape(words, quote=False)


ADDRESS_PIECE = 16  # characters of a web address without a place to break


def _address(address: str) -> str:
    """A web address as shown: it may break after a slash, a hyphen or an underscore, before
    ? & = and a dot, and between the words of a CamelCase name (a long address is wider than a narrow
    screen, and Qt would otherwise cut it anywhere)."""
    marked = re.sub(r"(?<=/)(?=[^/])|(?<=[-_])|(?=[?&=.])|(?<=[a-z])(?=[A-Z])", ZWSP, address)
    # a part with no such place (an id such as 14CE032257F1…, an encoded query) may break every
    # ADDRESS_PIECE characters: 32 characters at 200 % are wider than a 1024-pixel screen's text
    # (cut evenly: "=labelingdatabase" becomes "=labeling" and "database", not 16 and 1)
    pieces = []
    for piece in marked.split(ZWSP):
        parts = -(-len(piece) // ADDRESS_PIECE)
        size = -(-len(piece) // parts) if parts else 0
        pieces += [piece[i : i + size] for i in range(0, len(piece), size)] if size else [piece]
    return html.escape(ZWSP.join(pieces))


def badge_html(key: str, theme: Theme, labels: Labels) -> str:
    """An evidence badge as a Qt rich-text snippet."""
    background, colour = theme.badge(key)
    text = _text(unbreakable(labels.evidence.get(key, key)))
    return (
        # nowrap: a badge never breaks across lines (or across a page in a handout)
        f'<span style="background-color:{background}; color:{colour}; font-weight:600; '
        f'white-space:nowrap;">&nbsp;{text}&nbsp;</span>'
    )


_BADGE = re.compile(r'(<span style="background-color:[^"]*?font-weight:600; )'
                    r'(white-space:nowrap;"[^>]*>)(.*?)(</span>)', re.DOTALL)


def badges_in_points(html_text: str, points: float) -> str:
    """``html_text`` with its badges (from :func:`badge_html`) set in ``points``: a crowded
    table's badges a little smaller than its text, so that fewer of them need a line alone.
    Such a table's columns are wide enough for a whole badge, so each is kept in one piece
    (non-breaking spaces: a handout's table cells otherwise let a badge break)."""
    return _BADGE.sub(lambda m: f"{m.group(1)}font-size:{points:g}pt; {m.group(2)}"
                                f"{m.group(3).replace(' ', NBSP)}{m.group(4)}", html_text)


def _convert(text: str, ctx: Context) -> str:
    # Python-Markdown is imported on first use: it compiles many regular expressions, and
    # start-up should not wait for that (the program warms it up after the first paint).
    from edu_app.core.markdown_ext import convert

    return convert(text, ctx)


def markdown_to_html(
    text: str,
    theme: Theme = NORMAL,
    labels: Labels | None = None,
    glossary: dict[str, GlossaryTerm] | None = None,
    skip_term: str | None = None,
) -> str:
    """Render a Markdown fragment (an FAQ answer, a definition) without page furniture."""
    ctx = Context(theme, labels or Labels(), glossary or {}, skip_term)
    return _convert(text, ctx)


def render_fragment(
    text: str, theme: Theme, labels: Labels, glossary: dict[str, GlossaryTerm] | None = None,
) -> Rendered:
    """A Markdown fragment (a basics point) with its citations numbered in order and the
    glossary words it uses."""
    ctx = Context(theme, labels, glossary or {})
    body = _convert(text, ctx)
    return Rendered(body, list(ctx.references), list(ctx.used_terms))


def sources_html(
    ids: list[str], sources: dict[str, Source], theme: Theme, labels: Labels
) -> str:
    """The numbered "Sources" list."""
    rows = []
    for number, source_id in enumerate(ids, start=1):
        source = sources.get(source_id)
        if source is None:
            continue
        text = html.escape(source.citation_text(with_address=False, no_date=labels.no_date))
        if source.address():  # a tap shows it as a QR code: the program itself never goes online
            text += (f' <a href="{html.escape(source.address(), quote=True)}" '
                     f'style="color:{theme.link};">{_address(source.address_text())}</a>')
        elif source.address_text():
            text += " " + _address(source.address_text())
        rows.append(
            f'<p style="margin-bottom:6px;"><a name="ref-{number}"></a>'
            f"<b>[{number}]</b> {text} {badge_html(source.evidence, theme, labels)}</p>"
        )
    if not rows:
        return ""
    return f'<h2 style="color:{theme.muted};">{_text(labels.sources)}</h2>' + "".join(rows)


def render_page(
    page: Page,
    sources: dict[str, Source],
    glossary: dict[str, GlossaryTerm],
    theme: Theme = NORMAL,
    labels: Labels | None = None,
) -> Rendered:
    """Render a whole topic page: summary box, body, sources list and review line."""
    labels = labels or Labels()
    ctx = Context(theme, labels, glossary)
    body = _convert(page.body, ctx)
    cited = list(ctx.references)
    extra = [s for s in page.sources if s not in cited]
    summary = theme.callouts["summary"]
    parts = [
        f'<table width="100%" cellspacing="0" cellpadding="12" '
        f'style="margin-bottom:8px;"><tr><td width="6" bgcolor="{summary.border}"></td>'
        f'<td bgcolor="{summary.background}"><p style="color:{summary.title}; '
        f'font-weight:700; margin-bottom:2px;">{_text(labels.in_short)}</p>'
        f'<p style="font-size:large;">{html.escape(page.summary)}</p></td></tr></table>',
        body,
        sources_html(cited + extra, sources, theme, labels),
        f'<p style="color:{theme.muted}; margin-top:14px;">'
        f"{_text(labels.reviewed.format(date=labels.date(page.reviewed)))} · "
        f"{_text(labels.review_text(page.review_status, page.signoff))}</p>",
    ]
    document = (
        f'<html><body style="color:{theme.text}; background-color:{theme.background};">'
        + "".join(parts)
        + "</body></html>"
    )
    return Rendered(document, cited + extra, list(ctx.used_terms), list(ctx.figures))


def render_answer(
    text: str,
    sources: dict[str, Source],
    theme: Theme = NORMAL,
    labels: Labels | None = None,
) -> Rendered:
    """An FAQ answer with its sources listed compactly underneath."""
    labels = labels or Labels()
    ctx = Context(theme, labels, {})
    body = _convert(text, ctx)
    notes = []
    for number, source_id in enumerate(ctx.references, start=1):
        source = sources.get(source_id)
        if source is not None:
            notes.append(f"[{number}] {html.escape(source.citation_text(no_date=labels.no_date))}")
    if notes:
        body += (
            f'<p style="color:{theme.muted}; font-size:small;">'
            f"{_text(labels.sources)}: " + "<br>".join(notes) + "</p>"
        )
    return Rendered(body, list(ctx.references), [])


def step_points_html(points: tuple[str, ...], sources: dict[str, Source], theme: Theme,
                     labels: Labels) -> str:
    """A step's key points as a bulleted list (a wrapped line hangs under the text, not under
    the bullet), with evidence badges and short source names."""
    from edu_app.core.content import CITATION_RE, EVIDENCE_RE, citation_ids

    def cite(match: re.Match[str]) -> str:
        names = []
        for ref in citation_ids(match.group(1)):
            source = sources.get(ref)
            if source is not None:
                names.append(f"{source.authors.split(',')[0].split(' et al')[0]} "
                             f"{source.year_text(labels.no_date)}")
        return f'<span style="color:{theme.muted};">({html.escape("; ".join(names))})</span>'

    items = []
    for point in points:
        text = html.escape(point)
        text = EVIDENCE_RE.sub(lambda m: badge_html(m.group(1), theme, labels), text)
        text = CITATION_RE.sub(cite, text)
        items.append(f'<li style="margin-top:0px; margin-bottom:10px;">{text}</li>')
    return f'<ul style="margin-left:0px; -qt-list-indent:1;">{"".join(items)}</ul>'


# --- pages compiled once per content version ------------------------------------------------
#
# Turning Markdown into HTML is the slow part of opening a page (Python-Markdown takes a few
# milliseconds a page). Everything it produces depends only on the content, the sources, the
# glossary and the theme, except a few translated interface words. So the loader's cache keeps
# each page rendered once per theme with those words left as markers (a *template*), and
# opening a page only puts the words in (:func:`fill`), which takes a fraction of a millisecond.
# The markers are private-use characters; a page whose own text holds one is not compiled.

_OPEN, _CLOSE, _DATE_OPEN, _DATE_CLOSE = "\ue000", "\ue001", "\ue002", "\ue003"


def _marker(name: str) -> str:
    return f"{_OPEN}{name}{_CLOSE}"


TEMPLATE_LABELS = Labels(
    in_short=_marker("in_short"),
    sources=_marker("sources"),
    no_date=_marker("no_date"),
    reviewed=f"{_DATE_OPEN}{{date}}{_DATE_CLOSE}",
    status={key: _marker(f"status.{key}") for key in Labels().status},
    evidence={key: _marker(f"evidence.{key}") for key in Labels().evidence},
    months=tuple(_marker(f"month.{number}") for number in range(12)),
    year=_marker("year.{year}"),  # the year's number in the marker: fill writes it in its era
)
_MARKER_RE = re.compile(f"{_OPEN}([a-z_.0-9-]+){_CLOSE}")
_DATE_RE = re.compile(f"{_DATE_OPEN}([^{_DATE_CLOSE}]*){_DATE_CLOSE}")
MARKER_CHARACTERS = (_OPEN, _CLOSE, _DATE_OPEN, _DATE_CLOSE)


def page_template(
    page: Page, sources: dict[str, Source], glossary: dict[str, GlossaryTerm], theme: Theme
) -> str:
    """The page's HTML in ``theme`` with markers for the translated words (see :func:`fill`)."""
    return render_page(page, sources, glossary, theme, TEMPLATE_LABELS).html


def fill(template: str, labels: Labels) -> str:
    """A template with its markers replaced by ``labels``: the same HTML as :func:`render_page`."""

    def word(match: re.Match[str]) -> str:
        name = match.group(1)
        kind, _, key = name.partition(".")
        if kind == "status":
            text = labels.status.get(key, key)
        elif kind == "evidence":
            text = unbreakable(labels.evidence.get(key, key))
        elif kind == "month":
            text = labels.months[int(key)]
        elif kind == "year" and key.isdigit():
            text = labels.year_text(int(key))
        elif name in ("in_short", "sources", "no_date"):
            text = getattr(labels, name)
        else:
            return match.group(0)
        return _text(text)

    text = _MARKER_RE.sub(word, template)
    return _DATE_RE.sub(lambda m: _text(labels.reviewed).replace("{date}", m.group(1)), text)


def compile_pages(library: Library) -> None:
    """Render every page's template in each theme into ``library.templates``.

    A page whose own text holds a marker character (content never should) or that carries a
    clinic's sign-off is left out and rendered directly when shown.
    """
    from edu_app.core.theme import HIGH_CONTRAST

    for language in library.languages.values():
        for page in language.pages:
            if page.signoff is not None or any(
                    mark in page.body or mark in page.summary for mark in MARKER_CHARACTERS):
                continue  # (a sign-off names its clinician: rendered when shown)
            glossary = library.language(page.lang).glossary
            words = library.language(page.lang).words
            for theme in (NORMAL, HIGH_CONTRAST):
                key = (page.lang, page.id, theme.name)
                if key not in library.templates:  # kept compressed: a tenth of the memory
                    text = page_template(page, library.sources, glossary, theme)
                    if words:  # word breaks for a script without spaces (Thai): no libthai needed
                        text = html_breaks(text, segmenter_for(words))
                    library.templates[key] = zlib.compress(text.encode("utf-8"))


def template_for(library: Library, lang: str, page_id: str, theme: Theme) -> str | None:
    """The compiled template of a page in a theme, or None when it was not compiled."""
    packed = library.templates.get((lang, page_id, theme.name))
    return None if packed is None else zlib.decompress(packed).decode("utf-8")
