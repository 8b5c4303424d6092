"""The review sheet a clinician reads before signing a page off (``edu-app review pdf``).

Part 1 lists every claim of the page (each paragraph, list item or clinician point that carries
an evidence badge or cites a source) with its badge and its sources written out, numbered so a
reviewer can mark them; part 2 is the page as patients read it; then every source in full
(with the rule, year in both eras and status of a Thai rule), and the sign-off lines with the
command that records the approval. The sheet's own words are in English: it is for clinicians.
"""

from __future__ import annotations

import html
import re
from typing import NamedTuple

from edu_app.core.check_rules import BUDDHIST_ERA_OFFSET, blocks
from edu_app.core.content import CITATION_RE, EVIDENCE_RE, citation_ids
from edu_app.core.model import EVIDENCE_LEVELS, Library, Page, Source
from edu_app.core.render import Labels, render_page
from edu_app.core.review import Approval, fingerprint, state
from edu_app.core.theme import NORMAL

_MARKUP = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|^#+\s*|^!!!\s+\w+\s*")
_LINK = re.compile(r"!?\[([^\]]*)\]\((?:page|figure|https?):[^)]*\)")


class Claim(NamedTuple):
    """One statement to check: its plain text, its badges and its sources' ids."""

    where: str  # "Summary", "Text" or "Step 2"
    text: str
    badges: tuple[str, ...]
    sources: tuple[str, ...]


def _plain(text: str) -> str:
    text = _LINK.sub(r"\1", text)
    text = EVIDENCE_RE.sub("", CITATION_RE.sub("", text))
    text = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", text)
    cells = [c.strip() for c in _MARKUP.sub("", text).strip().strip("|").split("|")]
    text = " · ".join(c for c in cells if c and c not in ("–", "-"))
    return re.sub(r"\s+([.,;:!?])", r"\1", " ".join(text.split()))


def claims(page: Page) -> list[Claim]:
    """Every statement of the page with an evidence badge or a citation, in reading order."""
    found = []
    parts = [("Summary", page.summary), *(("Text", b) for b in blocks(page.body))]
    parts += [(f"Step {n}", point) for n, step in enumerate(page.steps, start=1)
              for point in step.points]
    for where, text in parts:
        badges = tuple(dict.fromkeys(EVIDENCE_RE.findall(text)))
        cited = tuple(dict.fromkeys(i for m in CITATION_RE.finditer(text)
                                    for i in citation_ids(m.group(1))))
        if badges or cited:
            found.append(Claim(where, _plain(text), badges, cited))
    return found


def _source_html(source: Source) -> str:
    text = html.escape(source.citation_text())
    extra = [EVIDENCE_LEVELS[source.evidence].label] if source.evidence in EVIDENCE_LEVELS else []
    if source.published:
        extra.append(f"published {source.published}")
    if source.consulted:
        extra.append(f"consulted {source.consulted}")
    if source.rule_year is not None:
        extra.append(f"Thai rule by {source.rule_by}, B.E. {source.rule_year + BUDDHIST_ERA_OFFSET}"
                     f" ({source.rule_year}), status {source.rule_status}")
    return f"{text} <i>({html.escape('; '.join(extra))})</i>"


def sheet_html(page: Page, library: Library, approval: Approval | None) -> str:
    """The review sheet's HTML for ``page`` (see the module's description)."""
    esc = html.escape
    now = state(page, approval)
    if approval is None:
        standing = "Not yet reviewed for this clinic."
    elif now == "approved":
        standing = f"Approved by {esc(approval.by)} on {approval.on.isoformat()}."
    else:
        standing = (f"Approved by {esc(approval.by)} on {approval.on.isoformat()}, but the page "
                    "has changed since: the approval has lapsed.")
    lang = esc(page.lang)
    parts = [
        f"<h1>Clinical review: {esc(page.title)}</h1>",
        f"<p>Page <b>{esc(page.id)}</b>, language <b>{lang}</b>, content last updated "
        f"{page.reviewed.isoformat()}, bundled status \"{esc(page.review_status)}\".<br>"
        f"Version {esc(fingerprint(page)[:19])}. {standing}</p>",
        "<p>Check each numbered claim against its source, then read the page as patients see "
        "it (part 2). Mark any change you need on this sheet.</p>",
        "<h2>Part 1: claims and their sources</h2>",
        '<table width="100%" cellspacing="0" cellpadding="4" border="1" '
        'style="border-color:#c9d3d6;"><tr><th width="4%">#</th><th width="60%">Claim</th>'
        '<th width="18%">Evidence</th><th width="10%">Sources</th><th width="8%">OK?</th></tr>',
    ]
    numbers = {source_id: n for n, source_id in enumerate(page.sources, start=1)}
    for number, claim in enumerate(claims(page), start=1):
        badges = ", ".join(EVIDENCE_LEVELS[b].label if b in EVIDENCE_LEVELS else b
                           for b in claim.badges) or "no badge"
        cited = ", ".join(f"[{numbers[s]}]" if s in numbers else f"[{s}?]"
                          for s in claim.sources) or "none"
        parts.append(f"<tr><td>{number}</td><td>{esc(claim.text)}<br><small>"
                     f"({esc(claim.where)})</small></td><td>{esc(badges)}</td>"
                     f"<td>{esc(cited)}</td><td>&nbsp;</td></tr>")
    parts.append("</table>")
    rendered = render_page(page, library.sources, library.language(page.lang).glossary, NORMAL,
                           Labels())
    inner = re.sub(r"(?s)^.*?<body[^>]*>|</body>.*$", "", rendered.html)
    parts += ['<h2 style="page-break-before:always;">Part 2: the page as patients read it</h2>',
              inner, "<h2>The page's sources, numbered as in part 1</h2>"]
    for source_id, number in numbers.items():
        source = library.sources.get(source_id)
        shown = _source_html(source) if source is not None else "unknown source"
        parts.append(f"<p>[{number}] <small>({esc(source_id)})</small> {shown}</p>")
    parts += [
        "<h2>Sign-off</h2>",
        "<p>I have reviewed this page for our clinic.</p>",
        "<p>Name: ______________________________ &nbsp; Date: ______________ &nbsp; "
        "Signature: ______________________</p>",
        f"<p>To record it (the page then shows \"Reviewed by …\"): <b>edu-app review approve "
        f"{esc(page.id)} --by \"NAME\" --lang {lang}</b>. A later change to the page ends the "
        "approval until it is reviewed again.</p>",
    ]
    body = re.sub(r'<a href="(?:glossary|page):[^"]*"[^>]*>(.*?)</a>', r"\1", "".join(parts))
    return f"<html><body>{body}</body></html>"
