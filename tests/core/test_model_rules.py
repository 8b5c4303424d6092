"""The small helpers of the content model, on objects built by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from edu_app.core.model import BrokenPage, Language, Library, Page, Problem, Step


def page(page_id: str, order: int = 10, path: Path = Path("content/en/x.md"),
         steps: tuple[Step, ...] = ()) -> Page:
    return Page(
        id=page_id, lang="en", title="Why skin itches", summary="Scratching makes it worse.",
        order=order, illustration="itch-cycle", reviewed=dt.date(2026, 11, 24),
        review_status="draft", sources=(), body="Text.", path=path, steps=steps,
    )


def test_a_page_without_steps_explains_itself_with_its_picture_title_and_summary() -> None:
    assert page("itch").explain_steps() == (
        Step("Why skin itches", "itch-cycle", ("Scratching makes it worse.",)),)
    declared = (Step("One", "skin-layers", ("A point",), "Say this", 12),)
    assert page("itch", steps=declared).explain_steps() == declared


def test_a_new_language_has_no_content_and_a_draft_faq() -> None:
    language = Language("th")
    assert language.faq == []
    assert language.faq_reviewed is None
    assert language.faq_review_status == "draft"
    assert language.pages == [] and language.broken == [] and language.glossary == {}


def test_a_translation_is_hinted_beside_the_english_page() -> None:
    english = Language("en")
    english.pages = [page("itch", path=Path("/clinic/content/en/itch.md"))]
    assert english.path_hint("th", "itch") == Path("/clinic/content/th/itch.md")
    # a page the language does not have: only the language folder and the file name
    assert english.path_hint("th", "missing") == Path("th/missing.md")


def test_pages_and_broken_pages_are_listed_by_order_then_id() -> None:
    language = Language("en")
    late, second = page("a-late", order=20), page("c-second", order=10)
    broken = BrokenPage("b-first", "en", Path("content/en/b-first.md"), (), order=10)
    language.pages = [late, second]
    language.broken = [broken]
    # order 10 before 20; at order 10, "b-first" before "c-second"
    assert language.entries() == [broken, second, late]
    assert Language("en").entries() == []


def test_a_library_names_its_languages_in_order_and_counts_its_problems() -> None:
    library = Library({"th": Language("th"), "en": Language("en")}, {},
                      [Problem(Path("content/en/x.md"), 3, "bad")])
    assert repr(library) == "Library(['en', 'th'], 1 problems)"
