"""More rules of rendering whole pages and their sources list, on hand-built pages and sources."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from edu_app.core.model import Page, Source
from edu_app.core.render import Labels, render_page, sources_html
from edu_app.core.theme import NORMAL

ZWSP = "\u200b"
RCT_BADGE = ('<span style="background-color:#1d4f8a; color:#ffffff; font-weight:600; white-space:nowrap;">'
             "&nbsp;Randomised trial&nbsp;</span>")
REVIEW_BADGE = ('<span style="background-color:#1e5631; color:#ffffff; font-weight:600; '
                'white-space:nowrap;">&nbsp;Review of studies&nbsp;</span>')
SOURCES = {
    # a web address that is not http(s): shown, but not a link
    "www": Source("www", "Smith J", "A trial", 2020, "rct", url="www.example.org/x"),
    # a doi with a quote in it (it goes into an attribute)
    "doi": Source("doi", "Lee K", "A review", 2021, "review", journal="BMJ", doi='10.1/a"b'),
}


def page(body: str, sources: tuple[str, ...] = ()) -> Page:
    return Page(id="itch", lang="en", title="Itch", summary="Scratching <hurts>.", order=1,
                illustration="itch-cycle", reviewed=dt.date(2026, 11, 24),
                review_status="clinician-reviewed", sources=sources, body=body, path=Path("itch.md"))


def test_a_page_is_its_summary_box_body_and_review_line_in_one_document() -> None:
    html = render_page(page("Text."), {}, {}).html
    assert html == (
        '<html><body style="color:#1f2a30; background-color:#fbfaf7;">'
        '<table width="100%" cellspacing="0" cellpadding="12" style="margin-bottom:8px;"><tr>'
        '<td width="6" bgcolor="#0b6e6e"></td><td bgcolor="#eef3f4">'
        '<p style="color:#0b5454; font-weight:700; margin-bottom:2px;">In short</p>'
        '<p style="font-size:large;">Scratching &lt;hurts&gt;.</p></td></tr></table>'
        "<p>Text.</p>"
        '<p style="color:#4f5d65; margin-top:14px;">'
        "Last updated 24 November 2026 · Checked by a clinician</p>"
        "</body></html>"
    )


def test_a_page_lists_the_figures_shown_in_its_text() -> None:
    result = render_page(page("![A rash.](figure:rash)\n\nText.\n\n![Cream.](figure:cream)"), {}, {})
    assert result.figures == ["rash", "cream"]


def test_sources_are_numbered_by_their_place_even_after_one_that_is_missing() -> None:
    html = sources_html(["gone", "www", "doi"], SOURCES, NORMAL, Labels())
    assert html == (
        '<h2 style="color:#4f5d65;">Sources</h2>'
        f'<p style="margin-bottom:6px;"><a name="ref-2"></a><b>[2]</b> Smith J. A trial. 2020. '
        f"www{ZWSP}.example{ZWSP}.org/{ZWSP}x {RCT_BADGE}</p>"
        '<p style="margin-bottom:6px;"><a name="ref-3"></a><b>[3]</b> Lee K. A review. BMJ 2021. '
        '<a href="https://doi.org/10.1/a&quot;b" style="color:#0a5f7a;">'
        f"doi:10{ZWSP}.1/{ZWSP}a&quot;b</a> {REVIEW_BADGE}</p>"
    )


def test_a_source_address_that_is_not_a_web_link_follows_its_citation_as_text() -> None:
    html = sources_html(["www"], SOURCES, NORMAL, Labels())
    assert f"<b>[1]</b> Smith J. A trial. 2020. www{ZWSP}.example{ZWSP}.org/{ZWSP}x <span" in html
    assert "<a href" not in html


def test_no_known_source_means_no_sources_list() -> None:
    assert sources_html([], SOURCES, NORMAL, Labels()) == ""
    assert sources_html(["gone"], SOURCES, NORMAL, Labels()) == ""


def test_a_long_part_of_a_web_address_may_break_in_even_pieces() -> None:
    from edu_app.core.render import _address

    z = "\u200b"
    # "=" and 32 hex characters with no slash, dot or case change: 33 characters, more than
    # two pieces of 16, so three even pieces of 11
    assert _address("https://x.org/a?id=14CE032257F11B7DE053564DA8C071F2") == (
        f"https://{z}x{z}.org/{z}a{z}?id{z}=14CE032257{z}F11B7DE0535{z}64DA8C071F2")
    # 17 characters: 9 and 8, not 16 and 1
    assert _address("https://x.org/a?sd=labelingdatabase").endswith(f"=labeling{z}database")
    # 16 characters stay whole
    assert _address("https://x.org/abcdefghijklmnop") == f"https://{z}x{z}.org/{z}abcdefghijklmnop"
