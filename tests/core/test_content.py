"""The content loader: valid content loads; every kind of bad input is named with its line."""

from __future__ import annotations

from pathlib import Path

from edu_app.core.content import load_library
from edu_app.core.model import Library

from helpers import page_text, write


def load(content: Path) -> Library:
    return load_library(content, content.parent / "illustrations")


def only_error(library: Library) -> str:
    assert len(library.errors) == 1, library.errors
    return str(library.errors[0])


def test_small_tree_loads_cleanly(small_library: Library) -> None:
    en = small_library.languages["en"]
    assert [p.id for p in en.pages] == ["barrier", "itch"]
    assert small_library.errors == []
    assert en.pages[0].sources == ("sidbury-2023", "palmer-2006")
    assert [f.id for f in en.faq] == ["contagious", "do-moisturisers-help"]
    assert en.faq[0].tags == ("eczema basics",) and en.faq[0].see == "barrier"
    assert en.faq[1].group == "treatment"
    assert en.faq[0].answer == "No. You cannot catch eczema from another person."
    assert en.glossary["moisturiser"].forms == ("moisturiser", "moisturisers")
    assert en.illustrations["demo"].labels == {"label-one": "The circle"}
    assert "th" in small_library.languages


def test_broken_front_matter_names_file_and_line(content_tree: Path) -> None:
    path = content_tree / "en" / "itch.md"
    path.write_text(path.read_text().replace('order = 20', 'order = = 20'), encoding="utf-8")
    library = load(content_tree)
    message = only_error(library)
    assert message.startswith(f"{path}:5:") and "invalid TOML" in message
    en = library.languages["en"]
    assert [p.id for p in en.pages] == ["barrier"]
    assert [b.id for b in en.broken] == ["itch"]


def test_unclosed_front_matter(content_tree: Path) -> None:
    write(content_tree / "en" / "x.md", "+++\nid = \"x\"\n\nNo closing line.\n")
    assert "not closed" in only_error(load(content_tree))


def test_missing_illustration(content_tree: Path) -> None:
    write(content_tree / "en" / "x.md", page_text("x", 5, "Text.\n", "[]", "nowhere"))
    message = only_error(load(content_tree))
    assert "x.md:6:" in message and "nowhere.svg' is missing" in message


def test_unknown_source_in_text_names_its_line(content_tree: Path) -> None:
    write(content_tree / "en" / "x.md", page_text("x", 5, "One.\n\nTwo [@nobody-2020].\n", "[]"))
    message = only_error(load(content_tree))
    assert "x.md:13:" in message and "unknown source id 'nobody-2020'" in message


def test_unknown_source_in_front_matter(content_tree: Path) -> None:
    write(content_tree / "en" / "x.md", page_text("x", 5, "One.\n", '["ghost"]'))
    assert "unknown source id 'ghost'" in only_error(load(content_tree))


def test_cited_but_not_listed(content_tree: Path) -> None:
    write(content_tree / "en" / "x.md", page_text("x", 5, "One [@sidbury-2023].\n", "[]"))
    assert "cited but not in 'sources'" in only_error(load(content_tree))


def test_unknown_evidence_level(content_tree: Path) -> None:
    write(content_tree / "en" / "x.md", page_text("x", 5, "A claim {ev:vibes}.\n", "[]"))
    assert "unknown evidence level 'vibes'" in only_error(load(content_tree))


def test_not_utf8_names_the_line_of_the_bad_byte(content_tree: Path) -> None:
    path = content_tree / "en" / "x.md"
    data = page_text("x", 5, "Fine.\n\nCaf\xe9 here.\n", "[]").encode("utf-8")
    path.write_bytes(data.replace("Caf\xe9".encode(), b"Caf\xe9"))
    message = only_error(load(content_tree))
    assert "x.md:13:" in message and "not UTF-8" in message


def test_id_must_match_file_name(content_tree: Path) -> None:
    write(content_tree / "en" / "x.md", page_text("y", 5, "Text.\n", "[]"))
    assert "must equal the file name" in only_error(load(content_tree))


def test_wrong_type_and_status(content_tree: Path) -> None:
    text = page_text("x", 5, "Text.\n", "[]").replace("order = 5", 'order = "five"')
    write(content_tree / "en" / "x.md", text)
    assert "'order' must be of type int" in only_error(load(content_tree))
    text = page_text("x", 5, "Text.\n", "[]").replace('"draft"', '"approved"')
    write(content_tree / "en" / "x.md", text)
    assert "review_status 'approved'" in only_error(load(content_tree))


def test_faq_problems(content_tree: Path) -> None:
    faq = content_tree / "en" / "faq.md"
    faq.write_text(faq.read_text().replace("see: barrier", "see: nowhere"), encoding="utf-8")
    assert "'see: nowhere' names no page" in only_error(load(content_tree))
    write(faq, "+++\n+++\n## Empty question\n\ntags: x\n")
    assert "has no answer" in only_error(load(content_tree))


def test_broken_glossary_is_reported_and_pages_still_load(content_tree: Path) -> None:
    write(content_tree / "en" / "glossary.toml", '[eczema]\nterm = "eczema"\n')
    library = load(content_tree)
    assert "glossary.toml:1:" in only_error(library)
    assert len(library.languages["en"].pages) == 2


def test_clinic_folder_overrides_and_adds(content_tree: Path, tmp_path: Path) -> None:
    clinic = tmp_path / "clinic"
    write(clinic / "en" / "itch.md", page_text("itch", 20, "Our own text.\n", "[]", title="Clinic"))
    write(clinic / "en" / "opening-hours.md", page_text("opening-hours", 90, "Mon–Fri.\n", "[]"))
    library = load_library(content_tree, content_tree.parent / "illustrations", [clinic])
    en = library.languages["en"]
    assert en.page("itch") is not None and en.page("itch").title == "Clinic"  # type: ignore[union-attr]
    assert [p.id for p in en.pages] == ["barrier", "itch", "opening-hours"]


def test_bundled_content_has_no_errors(library: Library) -> None:
    assert library.errors == []
    en = library.languages["en"]
    assert len(en.pages) >= 3
    assert len(en.faq) >= 8
    for page in en.pages:
        assert page.sources, page.id
        assert page.illustration in en.illustrations, page.id


def test_content_may_be_split_over_several_files(content_tree: Path) -> None:
    write(content_tree / "sources-extra.toml",
          '[nice-2023]\nauthors = "NICE"\ntitle = "Atopic eczema in under 12s"\nyear = 2023\n'
          'evidence = "guideline"\n')
    write(content_tree / "en" / "glossary-more.toml",
          '[flare]\nterm = "flare"\ndefinition = "A bad spell."\n')
    write(content_tree / "en" / "faq-more.md",
          "+++\n+++\n## What is a flare? {#flare}\n\nA time when eczema gets worse [@nice-2023].\n\n"
          "tags: eczema basics\n")
    write(content_tree / "en" / "illustrations-more.toml", '[other]\nalt = "x"\nlabel-a = "A"\n')
    library = load(content_tree)
    en = library.languages["en"]
    assert library.errors == []
    assert "nice-2023" in library.sources and "palmer-2006" in library.sources
    assert {"flare", "filaggrin"} <= set(en.glossary)
    assert [f.id for f in en.faq][-1] == "flare" and len(en.faq) == 3
    assert set(en.illustrations) == {"demo", "other"}
    assert en.page("faq-more") is None


FAQ_SEEING_ITCH = """
+++
reviewed = 2026-11-24
review_status = "draft"
+++
## Does scratching help? {#scratching}

No, it makes the itch worse.

see: itch
"""


def test_links_to_english_only_pages_are_known_in_a_language_sorting_before_english(
    content_tree: Path,
) -> None:
    # "itch" exists only in English: the German page and FAQ link to it (shown in English).
    # German sorts before English; the check once ran before English was loaded.
    for code in ("de", "th"):
        write(content_tree / code / "barrier.md",
              page_text("barrier", 10, "Siehe [Juckreiz](page:itch).\n", sources="[]"))
        write(content_tree / code / "faq.md", FAQ_SEEING_ITCH)
    library = load(content_tree)
    assert library.errors == []
    for code in ("de", "th"):
        itch = library.languages[code].page("itch")
        assert itch is not None and itch.fallback
        assert [item.see for item in library.languages[code].faq if item.id == "scratching"] == ["itch"]


def test_a_link_to_a_page_no_language_has_is_still_an_error(content_tree: Path) -> None:
    write(content_tree / "de" / "barrier.md",
          page_text("barrier", 10, "Siehe [Nichts](page:nowhere).\n", sources="[]"))
    assert "link to unknown page 'nowhere'" in only_error(load(content_tree))
