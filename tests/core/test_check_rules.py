"""check-content rules, each with a small hand-built case: claims and their denials, Thai
plainness, the problems' places and words, the reading table and the report's order."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from edu_app.core.check import (
    Row,
    check,
    forbidden_claims,
    format_table,
    report,
    svg_group_opacity,
    unexplained_words,
)
from edu_app.core.content import load_library
from edu_app.core.model import Library, Problem

from helpers import SVG, page_text, write

TODAY = dt.date(2026, 11, 24)
# A claim of 95 characters; a message quotes its first 80 (the 81st is a space).
CLAIM = "This cream is a permanent cure for every kind of dry and itchy skin on hands and feet and face."
CLAIM_SHOWN = "This cream is a permanent cure for every kind of dry and itchy skin on hands and"
THAI_NINE = "ผิวหนังของคุณช่วยเก็บน้ำไว้ช่วยผิว"  # 9 words of the test word list, no space
THAI_EIGHT = "ผิวหนังของคุณช่วยเก็บน้ำไว้ผิว"  # 8 words


def load(content: Path) -> Library:
    return load_library(content, content.parent / "illustrations")


def problems_of(content: Path) -> list[Problem]:
    return check(load(content), content, TODAY)[1]


def report_text(content: Path) -> str:
    return report(load(content), content, TODAY).text


def thai_page(page_id: str, order: int, body: str, summary: str = "A short summary.") -> str:
    """A Thai page (front matter on lines 1-10, the body from line 11)."""
    return page_text(page_id, order, body, sources="[]", title="เกราะป้องกันผิว").replace(
        f'summary = "A short summary of {page_id}."', f'summary = "{summary}"')


def faq_file(*items: tuple[str, str]) -> str:
    """An FAQ file: front matter on lines 1-4, then each question with its answer."""
    text = '+++\nreviewed = 2026-11-24\nreview_status = "draft"\n+++\n'
    for number, (question, answer) in enumerate(items, start=1):
        text += f"## {question} {{#q{number}}}\n\n{answer}\n\n"
    return text


# --- claims and their denials -------------------------------------------------------------

def test_a_sentence_that_starts_with_a_ruled_out_word_is_a_claim() -> None:
    assert list(forbidden_claims("Guaranteed results for everyone.")) == ["Guaranteed results for everyone."]
    assert list(forbidden_claims("No cream cures eczema.")) == []  # the denial is the first word


def test_a_denial_in_an_earlier_clause_does_not_excuse_a_claim() -> None:
    claim = "Not every cream helps, but this one cures eczema."
    assert list(forbidden_claims(claim)) == [claim]
    # a Thai space ends a clause: "not expensive / cures for good"
    assert list(forbidden_claims("ไม่แพง หายขาด")) == ["ไม่แพง หายขาด"]


def test_that_clause_must_come_after_the_denial_it_hangs_on() -> None:
    # "that" before the denial hangs nothing on it: the cure is still claimed
    claim = "Doctors agree that, while not all creams help, this one cures eczema."
    assert list(forbidden_claims(claim)) == [claim]


def test_a_denial_run_into_a_ruled_out_word_still_denies_it() -> None:
    # a missing space ("cannot100%") must not turn a denial into a claim
    assert list(forbidden_claims("We cannot100% prove that, in every case, it cures eczema.")) == []


def test_questions_are_skipped_but_the_claims_after_them_are_not() -> None:
    assert list(forbidden_claims("Will it cure me? This cream is a permanent cure.")) == [
        "This cream is a permanent cure."]
    assert list(forbidden_claims("ครีมนี้ทำให้หายขาดไหม ")) == []  # a space after the question
    assert list(forbidden_claims("ครีมนี้ทำให้หายขาด จริงหรือไม่")) == []  # "..., really?"


# --- medical words and the glossary ---------------------------------------------------------

def test_place_names_in_capitals_are_not_medical_words(small_library: Library) -> None:
    english = small_library.language("en")
    assert unexplained_words("Doctors in the USA and the UK agree.", english) == []


def test_a_glossary_term_explains_longer_and_shorter_forms(content_tree: Path) -> None:
    glossary = content_tree / "en" / "glossary.toml"
    glossary.write_text(glossary.read_text(encoding="utf-8")
                        + '\n[steroid]\nterm = "steroid"\ndefinition = "A medicine that calms the skin."\n'
                        + '\n[immune]\nterm = "immune system"\ndefinition = "What fights germs."\n',
                        encoding="utf-8")
    english = load(content_tree).language("en")
    # "steroids" holds the term "steroid"; "immune" is held in the term "immune system"
    assert unexplained_words("Two steroids help. The immune cells calm down.", english) == []


def test_only_english_pages_are_searched_for_medical_words(content_tree: Path) -> None:
    write(content_tree / "de" / "barrier.md", page_text("barrier", 10, "Das immune System.\n", "[]"))
    page = content_tree / "de" / "barrier.md"
    assert not [p for p in problems_of(content_tree) if p.path == page and "medical" in p.message]


# --- where a claim is reported ---------------------------------------------------------------

def test_a_claim_is_found_on_its_line_by_its_first_40_characters(content_tree: Path) -> None:
    # the 41st character is bold on the line ("**every**"), plain in the sentence
    body = "Fine.\n\nOur gentle cream is completely safe for **every** child.\n"
    write(content_tree / "en" / "safe.md", page_text("safe", 5, body, "[]"))
    assert Problem(content_tree / "en" / "safe.md", 13, "ruled-out word used as a claim: "
                   '"Our gentle cream is completely safe for every child."') in problems_of(content_tree)


def test_long_claims_are_quoted_to_80_characters_everywhere(content_tree: Path) -> None:
    steps = f'[[steps]]\ntitle = "Creams"\npoints = ["{CLAIM}", "Use it daily."]\n'
    write(content_tree / "en" / "walk.md", page_text("walk", 5, "Plain words.\n", "[]").replace(
        "+++\nPlain", steps + "+++\nPlain"))
    faq = content_tree / "en" / "faq.md"
    faq.write_text(faq.read_text(encoding="utf-8").replace("Yes, as part of daily care", CLAIM),
                   encoding="utf-8")
    write(content_tree / "en" / "illustrations.toml", f'[demo]\nalt = "{CLAIM}"\nlabel-one = "The circle"\n')
    write(content_tree / "en" / "glossary.toml", f'[balm]\nterm = "balm"\ndefinition = "{CLAIM}"\n')
    problems = problems_of(content_tree)
    quoted = f'ruled-out word used as a claim: "{CLAIM_SHOWN}"'
    assert Problem(content_tree / "en" / "walk.md", 10, f"step 1: {quoted}") in problems
    assert Problem(faq, 12, quoted) in problems
    assert Problem(content_tree / "en" / "illustrations.toml", 0, f"[demo] {quoted}") in problems
    assert Problem(content_tree / "en" / "glossary.toml", 0, f"[balm] {quoted}") in problems


def test_a_step_claim_is_quoted_as_its_own_sentence(content_tree: Path) -> None:
    steps = '[[steps]]\ntitle = "Creams"\npoints = ["This cream is a permanent cure", "Use it daily"]\n'
    write(content_tree / "en" / "walk.md", page_text("walk", 5, "Plain words.\n", "[]").replace(
        "+++\nPlain", steps + "+++\nPlain"))
    assert Problem(content_tree / "en" / "walk.md", 10, 'step 1: ruled-out word used as a claim: '
                   '"This cream is a permanent cure."') in problems_of(content_tree)


def test_numbers_count_as_words_in_an_english_step_point(content_tree: Path) -> None:
    # 18 words a space apart, 4 of them numbers: over the 15 a point may have
    point = "Apply cream 2 times a day for 14 days, then 1 time a day for 7 more days."
    steps = f'[[steps]]\ntitle = "Creams"\npoints = ["{point}", "Short point."]\n'
    write(content_tree / "en" / "walk.md", page_text("walk", 5, "Plain words.\n", "[]").replace(
        "+++\nPlain", steps + "+++\nPlain"))
    assert Problem(content_tree / "en" / "walk.md", 10, "step 1: a point of 18 words (keep points to 15)",
                   "warning") in problems_of(content_tree)


# --- Thai pages ------------------------------------------------------------------------------

def test_a_thai_summary_over_8_words_a_phrase_is_an_error_on_line_4(content_tree: Path) -> None:
    page = content_tree / "th" / "barrier.md"
    write(page, thai_page("barrier", 10, "ผิวหนังของคุณ\n", summary=THAI_NINE))
    assert Problem(page, 4, "summary has 9 words a phrase (target 8 or fewer; a space ends a Thai "
                   "phrase)") in problems_of(content_tree)
    write(page, thai_page("barrier", 10, "ผิวหนังของคุณ\n", summary=THAI_EIGHT))  # 8: fine
    assert not [p for p in problems_of(content_tree) if p.path == page and "summary" in p.message]


def test_a_thai_body_of_exactly_8_words_a_phrase_passes(content_tree: Path) -> None:
    page = content_tree / "th" / "barrier.md"
    write(page, thai_page("barrier", 10, THAI_EIGHT + "\n"))
    assert not [p for p in problems_of(content_tree) if p.path == page and "detail" in p.message]


def test_a_thai_phrase_over_30_words_warns(content_tree: Path) -> None:
    page = content_tree / "th" / "barrier.md"
    write(page, thai_page("barrier", 10, "ผิว" * 31 + "\n"))  # one phrase of 31 words
    problems = problems_of(content_tree)
    assert Problem(page, 11, "1 phrase(s) over 30 words", "warning") in problems
    assert Problem(page, 11, "detail has 31 words a phrase (target 8 or fewer; a space ends a Thai "
                   "phrase)") in problems


def test_five_percent_rare_or_latin_words_is_still_fine(content_tree: Path) -> None:
    # 20 Thai words, one of them (เกราะ) not common: 5 %, the most allowed
    rare = "ผิวหนังของคุณช่วยเก็บ น้ำไว้ผิวของคุณ ช่วยเก็บน้ำไว้ผิว ผิวหนังของคุณเกราะผิว\n"
    write(content_tree / "th" / "barrier.md", thai_page("barrier", 10, rare))
    # 19 common Thai words and one English one: 5 % in Latin script
    latin = "ผิวหนังของคุณช่วยเก็บ น้ำไว้ผิวของคุณ ช่วยเก็บน้ำไว้ผิว ผิวหนังของคุณช่วย (barrier)\n"
    write(content_tree / "th" / "itch.md", thai_page("itch", 20, latin))
    text = report_text(content_tree)
    assert "of the Thai words are rare" not in text
    assert "of the words are in Latin script" not in text


def test_too_much_latin_script_is_explained_in_full(content_tree: Path) -> None:
    # 9 Thai words and one English one: 10 %
    page = content_tree / "th" / "barrier.md"
    write(page, thai_page("barrier", 10, "ผิวหนังของคุณ ช่วยเก็บน้ำ ไว้ผิวของ (barrier)\n"))
    assert Problem(page, 11, "10% of the words are in Latin script (target 5% or fewer: keep English "
                   "for drug names and words seen on labels)", "warning") in problems_of(content_tree)


def test_a_thai_glossary_term_explains_its_rare_words(content_tree: Path) -> None:
    write(content_tree / "th" / "glossary.toml",
          '[barrier]\nterm = "เกราะป้องกัน"\ndefinition = "ชั้นนอกของผิว"\n')
    page = content_tree / "th" / "barrier.md"
    write(page, thai_page("barrier", 10, "ผิวหนังของคุณเกราะป้องกัน\n"))  # 2 rare words of 5
    problems = problems_of(content_tree)
    assert not [p for p in problems if p.path == page and "not in the glossary" in p.message]
    assert [p.message for p in problems if p.path == page and "rare" in p.message] == [
        "40% of the Thai words are rare (target 5% or fewer)"]


def test_the_rare_words_warning_names_the_first_eight(content_tree: Path) -> None:
    words = content_tree / "th" / "words.txt"
    nine = ["สบู่", "ครีม", "แพทย์", "อาการ", "แดง", "แห้ง", "ร้อน", "เหงื่อ", "ฝุ่น"]
    words.write_text(words.read_text(encoding="utf-8") + "\n".join(nine) + "\n", encoding="utf-8")
    page = content_tree / "th" / "barrier.md"
    write(page, thai_page("barrier", 10, " ".join(nine) + "\n"))  # 9 phrases of one rare word
    assert Problem(page, 11, "rare words not in the glossary: สบู่, ครีม, แพทย์, อาการ, แดง, แห้ง, "
                   "ร้อน, เหงื่อ", "warning") in problems_of(content_tree)


# --- the FAQ -----------------------------------------------------------------------------------

def test_thai_faq_answers_over_8_words_a_phrase_are_an_error_on_line_1(content_tree: Path) -> None:
    faq = content_tree / "th" / "faq.md"
    write(content_tree / "en" / "faq.md", faq_file(("Does skin help?", "Yes.")))
    write(faq, faq_file(("ผิวหนังช่วยไหม", THAI_NINE)))
    assert Problem(faq, 1, "FAQ answers have 9 words a phrase (target 8 or fewer)") in problems_of(
        content_tree)
    write(faq, faq_file(("ผิวหนังช่วยไหม", THAI_EIGHT)))
    assert not [p for p in problems_of(content_tree) if p.path == faq]


def test_the_thai_faq_row_counts_words_and_shares(content_tree: Path) -> None:
    write(content_tree / "en" / "faq.md", faq_file(("Does skin help?", "Yes."), ("Water?", "Yes.")))
    # 5 words, then 3 Thai words and one English word: 9 words in 2 phrases (4.5 a phrase),
    # no rare word, 1 of 9 in Latin script (11 %)
    write(content_tree / "th" / "faq.md",
          faq_file(("ผิวหนังช่วยไหม", "ผิวหนังของคุณช่วยเก็บ"), ("น้ำช่วยไหม", "น้ำไว้ผิว (barrier)")))
    row = ("th   FAQ (2 answers)" + " " * 13 + " " * 8 + "     4.5" + "      9" + "     0" + "  0"
           + "  rare 0%, Latin 11%")
    assert row in report_text(content_tree).split("\n")


def test_english_faq_answers_at_exactly_grade_8_pass(content_tree: Path) -> None:
    # 19 words, 26 syllables, one sentence: 0.39 x 19 + 11.8 x 26 / 19 - 15.59 = 7.97, shown as 8.0
    answer = ("The doctor and the mother often gave the happy children warm water and gentle care "
              "at home each day.")
    write(content_tree / "en" / "faq.md", faq_file(("Who helps?", answer)))
    assert "FAQ answers read at grade" not in report_text(content_tree)


# --- illustrations --------------------------------------------------------------------------------

def test_illustration_problems_are_whole_file_problems_with_their_words(content_tree: Path) -> None:
    svg = content_tree.parent / "illustrations" / "demo.svg"
    svg.write_text(SVG.replace('fill="#0b6e6e"', 'fill="#0b6e6e" opacity="0.5"'), encoding="utf-8")
    labels = content_tree / "th" / "illustrations.toml"
    write(labels, '[demo]\nalt = "วงกลม"\nlabel-one = "เกราะป้องกันผิว เสียหาย"\n')
    problems = problems_of(content_tree)
    assert Problem(svg, 0, "uses 'opacity', which prints as a bitmap; use fill-opacity and "
                   "stroke-opacity") in problems
    assert Problem(labels, 0, "[demo] label-one: a space inside a Thai label (a Thai space is a pause; "
                   "lines break between words without one)", "warning") in problems


def test_every_element_with_opacity_is_counted(tmp_path: Path) -> None:
    svg = write(tmp_path / "two.svg", '<svg xmlns="http://www.w3.org/2000/svg"><g opacity="0.5">'
                '<rect opacity="0.2" width="1" height="1"/><rect fill-opacity="0.2" width="1" '
                'height="1"/></g></svg>')
    assert svg_group_opacity(svg) == 2


# --- the table and the report ------------------------------------------------------------------------

def test_a_language_that_is_not_measured_shows_n_a() -> None:
    lines = format_table([Row("de", "barrier", 3.0, 4.0, 10, 0, [])])
    assert lines[2] == "de   barrier" + " " * 21 + " " * 8 + "     n/a" + "    n/a" + "     0" + "  0"


def test_shares_are_shown_only_when_both_are_known() -> None:
    rows = [Row("th", "one", 5.0, 4.0, 10, 0, [], 0.2, None),
            Row("th", "two", 5.0, 4.0, 10, 0, [], None, 0.1)]
    lines = format_table(rows)
    assert lines[2] == "th   one" + " " * 25 + "     5.0     4.0     10     0  0"
    # (a row without a rare-word share is not a measured Thai row)
    assert lines[3] == "th   two" + " " * 25 + " " * 8 + "     n/a" + "    n/a" + "     0  0"


def test_the_thai_note_is_printed_only_with_thai_rows(content_tree: Path) -> None:
    note = ("(Thai: words a phrase, targets summary <= 8, detail <= 8; long = over 30 words; "
            "unexplained = rare words not in the glossary)")
    assert note in report_text(content_tree).split("\n")
    shutil.rmtree(content_tree / "th")
    assert "(Thai:" not in report_text(content_tree)


def test_on_one_line_errors_come_before_warnings(content_tree: Path) -> None:
    # 9 words in one phrase (an error), one of them rare (two warnings), all on line 11
    page = content_tree / "th" / "barrier.md"
    write(page, thai_page("barrier", 10, "ผิวหนังของคุณช่วยเก็บน้ำไว้เกราะผิว\n"))
    lines = [line for line in report_text(content_tree).split("\n") if line.startswith(f"{page}:11:")]
    assert lines == [
        f"{page}:11: error: detail has 9 words a phrase (target 8 or fewer; a space ends a Thai phrase)",
        f"{page}:11: warning: 11% of the Thai words are rare (target 5% or fewer)",
        f"{page}:11: warning: rare words not in the glossary: เกราะ",
    ]
