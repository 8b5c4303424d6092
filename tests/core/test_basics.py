"""A topic's basics sheet: its [basics] table, its checks, and what the printed sheet says."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu_app.core.check import check
from edu_app.core.content import ContentError, load_library, load_page
from edu_app.core.handout import HandoutError, HandoutRequest, build
from edu_app.core.handout_parts import author_year, short_citation
from edu_app.core.model import Source

from helpers import page_text, write

BASICS = '''
[basics]
points = [
  "Your skin barrier keeps water in.",
  "Moisturisers help as treatment {ev:guideline} [@sidbury-2023].",
]
actions = [
  "Put moisturiser on twice a day.",
  "Ask your doctor which cream to use.",
]
'''


def with_basics(content: Path, table: str = BASICS) -> Path:
    text = page_text("basics-demo", 40, "Body text.\n", sources='["sidbury-2023"]')
    head, body = text.split("+++\n", 2)[1:]
    path = content / "en" / "basics-demo.md"
    write(path, "+++\n" + head + table + "+++\n" + body)
    return path


def load(path: Path, content: Path):  # type: ignore[no-untyped-def]
    library = load_library(content, content.parent / "illustrations")
    return load_page(path, "en", library.sources, content.parent / "illustrations")


def test_a_basics_table_loads_its_points_and_actions(content_tree: Path) -> None:
    page = load(with_basics(content_tree), content_tree)
    assert page.basics is not None
    assert page.basics.points == ("Your skin barrier keeps water in.",
                                  "Moisturisers help as treatment {ev:guideline} [@sidbury-2023].")
    assert page.basics.actions[1] == "Ask your doctor which cream to use."
    assert page.basics.line == 11  # the [basics] header's line: 9 keys after +++, a blank line


@pytest.mark.parametrize(("table", "message"), [
    ("[basics]\npoints = [\"One.\", \"Two.\"]\nactions = [\"Do.\", \"Go.\"]\nextra = 1\n",
     "basics: unknown key 'extra'"),
    ("[basics]\npoints = [\"Only one.\"]\nactions = [\"Do.\", \"Go.\"]\n",
     "basics needs 2 to 3 points"),
    ("[basics]\npoints = [\"One.\", \"Two.\"]\nactions = \"Do it.\"\n",
     "basics: 'actions' must be a list of sentences"),
    ("[basics]\npoints = [\"One [@palmer-2006].\", \"Two.\"]\nactions = [\"Do.\", \"Go.\"]\n",
     "basics: source 'palmer-2006' is not in the page's 'sources'"),
    ("[basics]\npoints = [\"One {ev:magic}.\", \"Two.\"]\nactions = [\"Do.\", \"Go.\"]\n",
     "basics: unknown evidence level 'magic'"),
])
def test_a_wrong_basics_table_is_one_clear_message(content_tree: Path, table: str,
                                                   message: str) -> None:
    with pytest.raises(ContentError) as caught:
        load(with_basics(content_tree, table), content_tree)
    assert caught.value.message == message


def test_check_content_reads_the_basics_like_a_summary(content_tree: Path) -> None:
    table = ('[basics]\npoints = ["This cream will cure your eczema.", "Two."]\n'
             'actions = ["Consult dermatological professionals regarding individualised '
             'pharmacological interventions.", "Go."]\n')
    with_basics(content_tree, table)
    library = load_library(content_tree, content_tree.parent / "illustrations")
    _, problems = check(library, content_tree)
    mine = [p.message for p in problems if p.path.name == "basics-demo.md"]
    assert any(m.startswith("basics: ruled-out word used as a claim") for m in mine), mine
    assert any(m.startswith("basics read at grade") for m in mine), mine


def test_the_printed_sheet_has_points_numbered_steps_words_and_names_its_sources(
    content_tree: Path,
) -> None:
    with_basics(content_tree)
    library = load_library(content_tree, content_tree.parent / "illustrations")
    handout = build(library, HandoutRequest(topics=("basics-demo",),
                                            basics=frozenset({"basics-demo"})))
    body = handout.html
    know, do = body.index("What to know"), body.index("What you can do")
    assert know < body.index("Your skin barrier keeps water in.") < do
    # the steps: a checklist to tick, in the order to do them
    first, second = (body.index("Put moisturiser on twice a day."),
                     body.index("Ask your doctor which cream to use."))
    assert do < body.index('<li class="unchecked"') < first < second
    assert "Learn more: read \u201cBasics Demo\u201d" in body
    # a claim keeps its badge, explained with the words; its source is named by author and year
    # in one line under the sheet (not inside the sentence; the full list is the full
    # handout's); a sheets-only handout has no general title, the topic's title leads
    assert "<b>Guideline</b>: A formal recommendation from experts" in body
    assert "Sources: Sidbury 2023</p>" in body and "#ref-" not in body and "[@" not in body
    assert "In short: A short summary of basics-demo." in body
    assert "Body text." not in body and "About your eczema" not in body  # not the full page
    with pytest.raises(HandoutError, match="basics sheet 'barrier' is not among the topics"):
        build(library, HandoutRequest(topics=("basics-demo",), basics=frozenset({"barrier"})))


def test_a_short_citation() -> None:
    long = Source("x", "Lee A, Kim B, Park C", "One two three four five six seven eight nine ten "
                  "eleven twelve thirteen fourteen fifteen", 2020, "rct", journal="Lancet",
                  doi="10.1/x")
    assert short_citation(long) == ("Lee A, et al. 2020. One two three four five six seven eight "
                                    "nine ten eleven twelve thirteen fourteen …. Lancet. "
                                    "doi:10.1/x")
    web = Source("w", "NHS", "Atopic eczema", None, "expert", url="https://www.nhs.uk/conditions/x/")
    assert short_citation(web) == "NHS. n.d. Atopic eczema. www.nhs.uk"


def test_a_source_named_as_people_say_it() -> None:
    person = Source("p", "Sidbury R, Alikhan A, Bercovitch L", "T", 2023, "guideline")
    body = Source("b", "National Institute for Health and Care Excellence (NICE)", "T", 2023,
                  "guideline")
    site = Source("s", "Kingston Hospital NHS Foundation Trust", "T", None, "expert")
    assert author_year(person, "n.d.") == "Sidbury 2023"
    assert author_year(body, "n.d.") == "NICE 2023"
    assert author_year(site, "n.d.") == "Kingston Hospital n.d."


def test_the_sheet_shows_its_own_picture_and_caption(content_tree: Path) -> None:
    table = ('[basics]\nillustration = "demo"\ncaption = "A wall of bricks"\n'
             'points = ["One.", "Two."]\nactions = ["Do.", "Go."]\n')
    page = load(with_basics(content_tree, table), content_tree)
    assert page.basics is not None and page.basics.caption == "A wall of bricks"
    library = load_library(content_tree, content_tree.parent / "illustrations")
    body = build(library, HandoutRequest(topics=("basics-demo",),
                                         basics=frozenset({"basics-demo"}))).html
    assert body.index('src="figure:demo"') < body.index("A wall of bricks</p>")
    missing = table.replace('"demo"', '"no-such-picture"')
    with pytest.raises(ContentError, match=r"basics: illustration 'no-such-picture\.svg' is missing"):
        load(with_basics(content_tree, missing), content_tree)


def test_a_word_and_a_badge_of_the_same_name_are_defined_once(library) -> None:  # type: ignore[no-untyped-def]
    # the treatments sheet says "a US guideline" (a glossary word) and shows the Guideline
    # badge: a reader got "guideline: …" and "Guideline: …" one under the other
    import re

    handout = build(library, HandoutRequest(topics=("treatments",),
                                            basics=frozenset({"treatments"})))
    words = handout.html[handout.html.index("Words to know"):]
    assert "guideline" in handout.html and "Guideline" in handout.html  # (both still there)
    assert len(re.findall(r"<b>guideline</b>", words, flags=re.IGNORECASE)) == 1


def test_a_large_print_sheet_keeps_the_summary_steps_and_words_and_leaves_out_the_facts(
        library) -> None:  # type: ignore[no-untyped-def]
    # one page at 14 pt (docs/handouts.md): the facts and where to learn more are the full
    # handout's; the normal sheet still has both
    def sheet(large: bool) -> str:
        return build(library, HandoutRequest(topics=("treatments",), large_print=large,
                                             basics=frozenset({"treatments"}))).html

    large, normal = sheet(True), sheet(False)
    for text in ("In short:", "What you can do", "Words to know", "Sources:"):
        assert text in large and text in normal
    assert "What to know" in normal and "Learn more" in normal
    assert "What to know" not in large and "Learn more" not in large
