"""check-content's editorial rules of issue 22: Thai rules dated in both eras and never stated
as fact when unconfirmed; every shipped page translated, with actions and a source."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from edu_app.core.check import report
from edu_app.core.check_rules import blocks, rule_problems
from edu_app.core.content import load_library
from edu_app.core.model import Source

from helpers import page_text, write

TODAY = dt.date(2026, 12, 4)
COUNCIL = Source("council", "Medical Council of Thailand", "Stem-cell rule", None, "regulator",
                 url="https://x.example", rule_by="Medical Council of Thailand", rule_year=2009,
                 rule_status="unconfirmed")
DRUG_ACT = COUNCIL._replace(id="act", rule_by="Thai FDA", rule_year=1967, rule_status="confirmed")
SOURCES = {"council": COUNCIL, "act": DRUG_ACT}


def test_blocks_are_paragraphs_list_items_and_table_rows() -> None:
    text = ("First line\nstill the first.\n\n- item one\n  goes on\n- item two\n\n"
            "| a | b |\n| c | d |\n\n1. step\n2) other")
    assert blocks(text) == ["First line still the first.", "- item one goes on", "- item two",
                            "| a | b |", "| c | d |", "1. step", "2) other"]


def test_a_dated_unconfirmed_rule_passes_in_english_and_thai() -> None:
    english = ("In B.E. 2552 (2009), the Medical Council said this use is research only "
               "[@council]. We could not confirm that this rule is still in force.")
    thai = ("แพทยสภาออกข้อบังคับเมื่อ พ.ศ. 2552 (ค.ศ. 2009) [@council] "
            "เรายังยืนยันไม่ได้ว่าข้อบังคับนี้ยังใช้อยู่")
    assert rule_problems(english, SOURCES, "en") == []
    assert rule_problems(thai, SOURCES, "th") == []


def test_a_rule_without_its_years_or_stated_as_fact_is_refused() -> None:
    assert rule_problems("Patients must not be charged [@council].", SOURCES, "en") == [
        "a Thai rule (Medical Council of Thailand, [@council]) is stated without its year in "
        "both eras: add 2552 and 2009 (B.E. 2552, C.E. 2009)",
        "a Thai rule whose current status is not confirmed ([@council]) is stated as fact: say "
        "\"we could not confirm\" in the same paragraph",
    ]
    # one era only; and a year inside a longer number does not count
    assert rule_problems("In 2009 the Council ruled [@council]. We could not confirm it.",
                         SOURCES, "en") == [
        "a Thai rule (Medical Council of Thailand, [@council]) is stated without its year in "
        "both eras: add 2552 (B.E. 2552, C.E. 2009)"]
    assert rule_problems("Case 120092552 [@council]. We could not confirm it.", SOURCES, "en")[0] \
        .endswith("add 2552 and 2009 (B.E. 2552, C.E. 2009)")
    # the English words do not excuse a Thai paragraph
    assert rule_problems("พ.ศ. 2552 (ค.ศ. 2009) [@council] we could not confirm", SOURCES, "th") == [
        "a Thai rule whose current status is not confirmed ([@council]) is stated as fact: say "
        "\"เรายังยืนยันไม่ได้\" in the same paragraph"]


def test_a_confirmed_rule_needs_only_its_years() -> None:
    assert rule_problems("Under the Drug Act B.E. 2510 (1967) [@act], cells are drugs.",
                         SOURCES, "en") == []
    assert rule_problems("Under the Drug Act [@act], cells are drugs.", SOURCES, "en") == [
        "a Thai rule (Thai FDA, [@act]) is stated without its year in both eras: add 2510 and "
        "1967 (B.E. 2510, C.E. 1967)"]


def test_an_ordinary_source_is_not_a_rule() -> None:
    plain = {"s": Source("s", "A", "T", 2020, "rct")}
    assert rule_problems("Creams help [@s].", plain, "en") == []


def _tree(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    write(tmp_path / "illustrations" / "demo.svg",
          '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>')
    write(content / "sources.toml", """
        [council]
        authors = "Medical Council of Thailand"
        title = "Stem-cell rule"
        url = "https://x.example"
        evidence = "regulator"
        rule_by = "Medical Council of Thailand"
        rule_year = 2009
        rule_status = "unconfirmed"
        """)
    # (page_text: 10 lines of front matter, so the body starts on line 11)
    body = ("Only blood stem cells are standard care [@council].\n\n"
            '!!! tip "What you can do"\n    Ask your doctor.\n')
    write(content / "en" / "rules.md", page_text("rules", 10, body, '["council"]'))
    write(content / "en" / "other.md", page_text("other", 20, "Plain words.\n", "[]"))
    write(content / "th" / "rules.md", page_text("rules", 10, "ข้อบังคับ [@council]\n",
                                                 '["council"]', title="กฎ"))
    return content


def test_the_report_names_each_rule_problem_with_its_file_and_line(tmp_path: Path) -> None:
    content = _tree(tmp_path)
    library = load_library(content, tmp_path / "illustrations")
    text = report(library, content, TODAY).text
    rules = content / "en" / "rules.md"
    assert (f"{rules}:11: error: a Thai rule (Medical Council of Thailand, [@council]) is stated "
            "without its year in both eras: add 2552 and 2009 (B.E. 2552, C.E. 2009)") in text
    assert f"{content / 'th' / 'rules.md'}:11: error: a Thai rule whose current status" in text
    # a folder check (a clinic's) does not demand translations, actions or sources
    assert "no \"what you can do\" box" not in text and "has no th page" not in text


def test_shipped_content_needs_translations_actions_and_sources(tmp_path: Path) -> None:
    content = _tree(tmp_path)
    library = load_library(content, tmp_path / "illustrations")
    result = report(library, content, TODAY, shipped=True)
    other, thai = content / "en" / "other.md", content / "th" / "rules.md"
    assert f"{content / 'th' / 'other.md'}: error: 'other' has no th page: every English page " \
           "needs one" in result.text
    assert f"{other}:11: error: no \"what you can do\" box (!!! tip) with the reader's next " \
           "steps" in result.text
    assert f"{other}:1: error: cites no source" in result.text
    assert f"{thai}:11: error: no \"what you can do\" box" in result.text
    assert f"{content / 'en' / 'rules.md'}:11: error: no \"what you can do\"" not in result.text
    assert result.exit_code == 1
