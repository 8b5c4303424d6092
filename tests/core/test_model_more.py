"""How a source is cited and where it points, and which language a library falls back to."""

from __future__ import annotations

from edu_app.core.model import Language, Library, Source


def test_a_citation_ends_with_the_doi_unless_asked_not_to() -> None:
    source = Source("a", "Wang X.", "Trial of cream X.", 2020, "rct", journal="BMJ", doi="10.1/x")
    # authors and title end with one full stop each, even when they already have one
    assert source.citation_text() == "Wang X. Trial of cream X. BMJ 2020. doi:10.1/x"
    assert source.citation_text(with_address=False) == "Wang X. Trial of cream X. BMJ 2020."


def test_a_citation_without_a_journal_names_just_the_year() -> None:
    source = Source("a", "Liu X", "Itch..", 2019, "review", url="https://example.org/itch")
    assert source.citation_text() == "Liu X. Itch. 2019. https://example.org/itch"


def test_a_doi_is_named_and_linked_through_doi_org() -> None:
    source = Source("a", "A", "T", 2020, "rct", doi="10.1038/ng1767", url="https://example.org")
    assert source.address_text() == "doi:10.1038/ng1767"
    assert source.address() == "https://doi.org/10.1038/ng1767"


def test_only_a_web_address_is_a_link() -> None:
    assert Source("a", "A", "T", 2020, "rct", url="https://example.org").address() == "https://example.org"
    assert Source("a", "A", "T", 2020, "rct", url="http://example.org").address() == "http://example.org"
    # named as written, but nothing to open
    plain = Source("a", "A", "T", 2020, "rct", url="www.example.org")
    assert plain.address_text() == "www.example.org"
    assert plain.address() == ""
    assert Source("a", "A", "T", 2020, "rct").address() == ""


def test_a_missing_language_falls_back_to_english_first() -> None:
    thai, english = Language("th"), Language("en")
    library = Library({"th": thai, "en": english}, {}, [])
    assert library.language("th") is thai
    assert library.language("de") is english


def test_without_english_a_missing_language_falls_back_to_the_first_one() -> None:
    thai, lao = Language("th"), Language("lo")
    assert Library({"th": thai, "lo": lao}, {}, []).language("de") is thai


def test_an_empty_library_gives_an_empty_language_of_the_code_asked_for() -> None:
    language = Library({}, {}, []).language("de")
    assert language.code == "de"
    assert language.pages == []
