"""Handout content: selection, escaping, summaries, the action plan and its errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from edu_app.core.content import load_library
from edu_app.core.drawing import Annotated
from edu_app.core.handout import HandoutError, HandoutRequest, build, load_action_plan, parse_action_plan
from edu_app.core.model import Library
from edu_app.core.render import Labels
from edu_app.core.thai import ZWSP
from edu_app.core.theme import NORMAL

from helpers import write

PLAN = """
[green]
products = ["Fragrance-free moisturiser, twice a day"]
[amber]
products = ["Mometasone 0.1% ointment"]
areas = "elbows and knees"
how_often = "once a day"
how_long = "up to 7 days"
"""


def test_topics_faq_and_figures(small_library: Library) -> None:
    handout = build(small_library, HandoutRequest(topics=("barrier",), faq=("all",)))
    assert handout.titles == ["Barrier", "Questions people ask"]
    assert "Your skin barrier keeps water in." in handout.html
    assert "Is eczema contagious?" in handout.html and "Do moisturisers help?" in handout.html
    assert handout.figures == ["demo"] and 'src="figure:demo"' in handout.html
    assert "glossary:" not in handout.html  # nothing to tap on paper


def test_the_handout_gives_its_oldest_review_date(content_tree: Path) -> None:
    for name, date in (("itch.md", "2025-03-02"), ("faq.md", "2026-01-15")):
        path = content_tree / "en" / name
        path.write_text(path.read_text(encoding="utf-8").replace("reviewed = 2026-11-24",
                                                                 f"reviewed = {date}"), encoding="utf-8")
    library = load_library(content_tree, content_tree.parent / "illustrations")
    both = build(library, HandoutRequest(topics=("barrier", "itch"), faq=("all",)))
    assert both.reviewed == dt.date(2025, 3, 2)  # itch, the oldest of the three
    newer = build(library, HandoutRequest(topics=("barrier",), faq=("contagious",)))
    assert newer.reviewed == dt.date(2026, 1, 15)  # the FAQ (barrier: 2026-11-24)
    assert build(library, HandoutRequest(topics=("barrier",))).reviewed == dt.date(2026, 11, 24)


def test_a_bilingual_handout_adds_only_real_translations(small_library: Library) -> None:
    # barrier is translated into Thai; itch is not (Thai readers see the English page on
    # screen), so on paper itch is printed once, in English.
    request = HandoutRequest(topics=("barrier", "itch"), bilingual="th")
    html = build(small_library, request).html.replace(ZWSP, "")  # (Thai word breaks)
    assert html.count("Your skin barrier keeps water in.") == 1
    assert html.count("ผิวหนังของคุณช่วยเก็บน้ำไว้") == 1 and html.count("เกราะป้องกันผิว") == 1
    assert html.count("Scratching makes the itch worse") == 1
    # the Thai barrier, the itch page and the handout's sources
    assert html.count("page-break-before:always") == 3


def test_summary_only_leaves_out_the_body(small_library: Library) -> None:
    request = HandoutRequest(topics=("barrier",), summary_only=frozenset({"barrier"}))
    handout = build(small_library, request)
    assert "A short summary of barrier." in handout.html
    assert "Moisturisers help as treatment" not in handout.html
    assert handout.figures == ["demo"]  # a summary keeps the page's picture


def test_name_and_note_are_printed_escaped(small_library: Library) -> None:
    request = HandoutRequest(topics=("itch",), patient_name="<b>Ann</b>", note="Line 1\n<script>")
    html = build(small_library, request).html
    assert "Prepared for &lt;b&gt;Ann&lt;/b&gt;" in html
    assert "Line 1<br>&lt;script&gt;" in html and "<script>" not in html


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        (HandoutRequest(topics=("nope",)), "unknown topic 'nope'"),
        (HandoutRequest(faq=("nope",)), "unknown question 'nope'"),
        (HandoutRequest(), "choose at least one"),
        (HandoutRequest(topics=("itch",), lang="xx"), "no content in language 'xx'"),
        (HandoutRequest(topics=("itch",), paper="a3"), "paper must be a4 or letter"),
    ],
)
def test_bad_requests_are_explained(small_library: Library, request_: HandoutRequest,
                                    message: str) -> None:
    with pytest.raises(HandoutError, match=message):
        build(small_library, request_)


def test_action_plan(small_library: Library) -> None:
    plan = parse_action_plan(PLAN)
    assert plan.zones["amber"]["areas"] == "elbows and knees"
    html = build(small_library, HandoutRequest(action_plan=plan)).html
    assert "Your eczema action plan" in html and "Mometasone 0.1% ointment" in html
    assert "Clusters of small blisters" in html  # red zone's default signs


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[amber]\ncolour = 'x'", r"\[amber\] colour is not a field"),
        ("[blue]\nnotes = 'x'", r"\[blue\] is not a zone"),
        ("[green]\nproducts = 'cream'", r"\[green\] products must be a list"),
        ("[green\n", "not valid TOML"),
    ],
)
def test_action_plan_errors_name_the_field(text: str, message: str) -> None:
    with pytest.raises(HandoutError, match=message):
        parse_action_plan(text, "plan.toml")


def test_summary_only_says_when_the_page_was_reviewed(small_library: Library) -> None:
    request = HandoutRequest(topics=("barrier",), summary_only=frozenset({"barrier"}))
    html = build(small_library, request).html
    assert "In short" in html
    assert ("Last updated 24 November 2026 · Draft: a clinician has not checked this page yet. "
            "Ask your doctor before you act on it.") in html


def test_every_part_is_listed_for_the_page_furniture(small_library: Library) -> None:
    plan = parse_action_plan(PLAN)
    full = build(small_library, HandoutRequest(topics=("itch", "barrier"), faq=("contagious",),
                                               action_plan=plan))
    assert full.titles == ["Itch", "Barrier", "Questions people ask", "Your eczema action plan"]
    # barrier, the FAQ, the plan, the sources
    assert full.html.count("page-break-before:always") == 4
    only_plan = build(small_library, HandoutRequest(action_plan=plan))
    assert only_plan.titles == ["Your eczema action plan"] and only_plan.reviewed is None
    assert only_plan.figures == []


def test_the_action_plan_prints_every_zone(small_library: Library) -> None:
    plan = parse_action_plan('[green]\nproducts = ["Cream A", " ", "Cream B"]\n'
                             '[red]\nnotes = "Call the clinic."\n')
    html = build(small_library, HandoutRequest(action_plan=plan)).html
    boxes = '<ul><li class="unchecked">Cream A</li><li class="unchecked">Cream B</li></ul>'
    assert f"<p><b>Use:</b> {boxes}</p>" in html  # blank products left out; boxes drawn as vectors
    assert "Amber: a flare" in html and "<p>" + "_" * 46 + "</p>" in html  # empty: lines to write on
    assert html.count("_" * 46) == 3
    assert "<p><b>Notes:</b> Call the clinic.</p>" in html
    assert "Clusters of small blisters" not in html  # the clinic's own red-zone notes instead


def test_load_action_plan_reads_utf8_and_explains_failures(tmp_path: Path) -> None:
    good = tmp_path / "plan.toml"
    good.write_text('[amber]\nareas = "ข้อศอก"\n', encoding="utf-8")
    assert load_action_plan(good).zones == {"amber": {"areas": "ข้อศอก"}}
    bad = tmp_path / "latin1.toml"
    bad.write_bytes(b'[amber]\nareas = "\xe9"\n')
    with pytest.raises(HandoutError, match="cannot read the action plan"):
        load_action_plan(bad)
    with pytest.raises(HandoutError, match=r"^.*missing\.toml: cannot read the action plan"):
        load_action_plan(tmp_path / "missing.toml")


def test_a_bilingual_handout_adds_only_translated_answers(content_tree: Path) -> None:
    write(content_tree / "th" / "faq.md", """
        +++
        reviewed = 2026-11-24
        review_status = "draft"
        +++
        ## โรคผิวหนังอักเสบติดต่อได้ไหม {#contagious}

        ไม่ติดต่อ
        """)
    library = load_library(content_tree, content_tree.parent / "illustrations")
    html = build(library, HandoutRequest(faq=("all",), bilingual="th")).html
    assert html.count("Is eczema contagious?") == 1 and html.count("ติดต่อได้ไหม") == 1
    assert html.count("ไม่ติดต่อ") == 1
    assert html.count("Do moisturisers help?") == 1  # not translated: printed once, in English


def test_drawings_notes_and_plain_links_on_paper(small_library: Library) -> None:
    drawn = Annotated("demo", "light", (), "Barrier: the wall")
    request = HandoutRequest(topics=("itch", "barrier"), note="Twice a day", drawings=(drawn,))
    handout = build(small_library, request)
    html = handout.html
    assert handout.drawings == (drawn,) and handout.titles[-1] == "Drawn during your visit"
    assert '<h1 style="page-break-before:always; -qt-user-state:0;">Drawn during your visit</h1>' \
           '<p align="center"><img src="drawing:0"' in html
    assert "Barrier: the wall</p>" in html
    assert f'bgcolor="{NORMAL.callouts["note"].background}"><p style="font-weight:700;">' \
           "A note from your clinician</p><p>Twice a day</p>" in html
    assert html.count("<body") == 1  # each page's own document is unwrapped
    assert '<h1 style="-qt-user-state:0;">Itch</h1><p align="center"><img src="figure:demo"' in html
    assert "Filaggrin helps it." in html and 'href="glossary:' not in html  # words, not links


def test_request_errors_say_what_is_known(small_library: Library) -> None:
    with pytest.raises(HandoutError, match=r"^unknown topic 'nope' \(known: barrier, itch\)$"):
        build(small_library, HandoutRequest(topics=("nope",)))
    with pytest.raises(HandoutError, match=r"^choose at least one topic, question or the action plan$"):
        build(small_library, HandoutRequest())
    with pytest.raises(HandoutError, match=r"^there is no content in language 'de'$"):
        build(small_library, HandoutRequest(topics=("itch",), bilingual="de"))


def test_the_plan_table_is_laid_out_row_by_row(small_library: Library) -> None:
    plan = parse_action_plan('[green]\nproducts = ["Cream A", "Cream B"]\nhow_often = "twice"\n')
    html = build(small_library, HandoutRequest(action_plan=plan)).html
    assert '<table width="100%" cellspacing="6" cellpadding="12"><tr>' in html
    boxes = '<ul><li class="unchecked">Cream A</li><li class="unchecked">Cream B</li></ul>'
    assert f"<p><i>Every day</i></p><p><b>Use:</b> {boxes}</p>" \
           "<p><b>How often:</b> twice</p></td></tr><tr>" in html
    blank = "<p>" + "_" * 46 + "</p>"
    assert f"<p><i>When your skin gets worse</i></p>{blank * 3}</td></tr>" in html
    assert html.endswith("</td></tr></table></body></html>")


def test_an_unknown_review_status_is_shown_as_written(small_library: Library) -> None:
    request = HandoutRequest(topics=("barrier",), summary_only=frozenset({"barrier"}))
    html = build(small_library, request, page_labels=Labels(status={})).html
    assert "Last updated 24 November 2026 · draft</p>" in html


def test_action_plan_messages_name_the_file_and_the_field(tmp_path: Path) -> None:
    cases = {
        "[blue]\n": "action plan: [blue] is not a zone; use green, amber or red",
        "green = 1\n": "action plan: [green] must be a table",
        "[amber]\ncolour = 'x'\n":
            "action plan: [amber] colour is not a field; use products, areas, how_often, how_long, notes",
        "[green]\nareas = 3\n": "action plan: [green] areas must be text",
        "[green]\nproducts = " + "[" * 2000 + "]" * 2000 + "\n":
            "action plan: not valid TOML (nested too deeply)",
    }
    for text, message in cases.items():
        with pytest.raises(HandoutError) as caught:
            parse_action_plan(text)
        assert str(caught.value) == message
    path = tmp_path / "plan.toml"
    path.write_text("[blue]\n", encoding="utf-8")
    with pytest.raises(HandoutError) as caught:
        load_action_plan(path)
    assert str(caught.value) == f"{path}: [blue] is not a zone; use green, amber or red"


def test_the_interface_words_reach_pages_and_answers(small_library: Library) -> None:
    words = Labels(evidence={**Labels().evidence, "guideline": "LEITLINIE"})
    request = HandoutRequest(topics=("barrier",), faq=("all",))
    html = build(small_library, request, page_labels=words).html
    # the barrier page's badge and the answer's (the short source list on paper has none)
    assert html.count("LEITLINIE") == 2
    summary = build(small_library, HandoutRequest(topics=("barrier",), note="x",
                                                  summary_only=frozenset({"barrier"}))).html
    assert "None" not in summary  # every colour filled in


def test_a_bilingual_page_shows_its_picture_once(small_library: Library) -> None:
    html = build(small_library, HandoutRequest(topics=("barrier",), bilingual="th")).html
    assert html.count('src="figure:demo"') == 1
    # the Thai title, with a word break for paper without libthai
    assert (f'<h1 style="page-break-before:always; -qt-user-state:1;">เกราะ{ZWSP}ป้องกัน{ZWSP}ผิว'
            "</h1>") in html


def test_a_translated_answer_is_rendered_with_its_sources_and_words(content_tree: Path) -> None:
    write(content_tree / "th" / "faq.md", """
        +++
        reviewed = 2026-11-24
        review_status = "draft"
        +++
        ## ครีมช่วยไหม {#do-moisturisers-help}

        ช่วย {ev:guideline} [@sidbury-2023]
        """)
    library = load_library(content_tree, content_tree.parent / "illustrations")
    words = Labels(evidence={**Labels().evidence, "guideline": "LEITLINIE"})
    request = HandoutRequest(faq=("do-moisturisers-help",), bilingual="th")
    html = build(library, request, page_labels=words).html.replace(ZWSP, "")
    assert html.count("LEITLINIE") == 2  # the English answer's badge and the Thai one's
    thai = html[html.index("ครีมช่วยไหม"):]  # the Thai answer cites its source like the English
    assert "ช่วย <span" in thai and "[1]</a></sup>" in thai
    # one source, listed once for both answers in the handout's short list
    assert "[1] Sidbury R, et al. 2023. Guidelines of care for atopic dermatitis" in thai
    assert html.count("Sidbury R") == 1


def test_thai_on_paper_breaks_between_words_but_typed_text_stays_as_typed(
    small_library: Library,
) -> None:
    request = HandoutRequest(topics=("barrier",), lang="th", patient_name="ผิวหนังของคุณ",
                             note="ช่วยเก็บน้ำไว้")
    html = build(small_library, request).html
    # the page's text: "ผิวหนังของคุณช่วยเก็บน้ำไว้" word by word (no libthai needed to wrap)
    assert f"ผิวหนัง{ZWSP}ของ{ZWSP}คุณ{ZWSP}ช่วย{ZWSP}เก็บ{ZWSP}น้ำ{ZWSP}ไว้" in html
    # what a person typed is printed exactly as typed (and can be found in the PDF as typed)
    assert "Prepared for ผิวหนังของคุณ" in html and ">ช่วยเก็บน้ำไว้<" in html


def test_paper_defines_the_glossary_words_each_page_uses(small_library: Library) -> None:
    # the small tree's barrier page uses "Filaggrin" (first) and "Moisturisers"; the itch page
    # uses no glossary word (content review H2: definitions vanished on paper)
    handout = build(small_library, HandoutRequest(topics=("barrier", "itch"), lang="en"))
    body = handout.html
    box = body.index("Words used on this page")
    assert body.count("Words used on this page") == 1  # none for the itch page
    assert box > body.index("Your skin barrier keeps water in")  # after the page it defines
    assert box < body.index("Scratching makes the itch worse")
    assert box < body.index(">Sources</h1>")  # before the handout's sources, not after them
    words = body[box:body.index("</table>", box)]
    assert "<b>filaggrin</b>: A protein that helps the top layer of skin hold water." in words
    assert "<b>moisturiser</b>: A cream or ointment that keeps water in the skin." in words
    assert words.index("filaggrin") < words.index("moisturiser")  # in the order of first use
    # a summary-only page carries no links, so no box either
    summary = build(small_library, HandoutRequest(topics=("barrier",), lang="en",
                                                  summary_only=frozenset({"barrier"})))
    assert "Words used on this page" not in summary.html


def test_a_word_is_defined_once_per_handout(content_tree: Path) -> None:
    # a second page that also uses "filaggrin" (and nothing else from the glossary) gets no
    # box of its own when the barrier page before it already defined the word
    write(content_tree / "en" / "second.md", """
        +++
        id = "second"
        title = "Second"
        summary = "Another page."
        order = 50
        illustration = "demo"
        reviewed = 2026-11-24
        review_status = "draft"
        sources = ["palmer-2006"]
        +++
        Some people lack filaggrin [@palmer-2006].
        """)
    library = load_library(content_tree, content_tree.parent / "illustrations")
    both = build(library, HandoutRequest(topics=("barrier", "second"))).html
    assert both.count("Words used on this page") == 1
    assert both.count("<b>filaggrin</b>:") == 1
    alone = build(library, HandoutRequest(topics=("second",))).html  # on its own it has one
    assert alone.count("<b>filaggrin</b>:") == 1
