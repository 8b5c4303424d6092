"""Each checker rule, proved with a fixture that breaks it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from edu_app.core.check import forbidden_claims, report
from edu_app.core.content import load_library

from helpers import SVG, page_text, write

TODAY = dt.date(2026, 11, 24)
HARD = (
    "Epidermal barrier dysfunction, characterised by transepidermal water loss and "
    "immunological dysregulation, necessitates comprehensive individualised therapeutic "
    "consideration incorporating pharmacological and non-pharmacological interventions.\n"
)


def run(content: Path, today: dt.date = TODAY) -> str:
    library = load_library(content, content.parent / "illustrations")
    result = report(library, content, today)
    return result.text + f"\nEXIT {result.exit_code}"


def test_small_tree_passes_with_a_table(content_tree: Path) -> None:
    text = run(content_tree)
    assert text.endswith("EXIT 0")
    assert "lang page" in text and "en   barrier" in text and "FAQ (2 answers)" in text


def test_detail_over_grade_8_fails(content_tree: Path) -> None:
    write(content_tree / "en" / "hard.md", page_text("hard", 5, HARD, "[]"))
    text = run(content_tree)
    assert "hard.md:11: error: detail reads at grade" in text and text.endswith("EXIT 1")


def with_summary(content: Path, summary: str) -> None:
    page = page_text("plain", 5, "Short. Plain.\n", "[]").replace(
        'summary = "A short summary of plain."', f'summary = "{summary}"')
    write(content / "en" / "plain.md", page)


def test_summary_over_grade_6_fails(content_tree: Path) -> None:
    # Grades worked out by hand: 0.39 x words/sentences + 11.8 x syllables/words - 15.59.
    # 10 words, 16 syllables (Your 1, doctor 2, can 1, explain 2, which 1, gentle 2,
    # treatments 2, often 2, help 1, children 2): 3.9 + 18.88 - 15.59 = 7.19, over 6.
    with_summary(content_tree, "Your doctor can explain which gentle treatments often help children.")
    text = run(content_tree)
    assert "plain.md:4: error: summary reads at grade 7.2 (target 6 or lower)" in text
    assert text.endswith("EXIT 1")
    # "kids" (1) for "children" (2): 15 syllables, 3.9 + 17.7 - 15.59 = 6.01, so grade 6.0: fine
    with_summary(content_tree, "Your doctor can explain which gentle treatments often help kids.")
    text = run(content_tree)
    assert "summary reads at grade" not in text and text.endswith("EXIT 0")


def test_ruled_out_words_as_claims_fail_but_denials_and_questions_pass() -> None:
    assert list(forbidden_claims("This cream is a permanent cure.")) == ["This cream is a permanent cure."]
    assert list(forbidden_claims("It is 100% natural.")) == ["It is 100% natural."]
    assert list(forbidden_claims("No study has shown that stem cells cure eczema.")) == []
    assert list(forbidden_claims("Will stem cells cure my eczema?")) == []
    assert list(forbidden_claims("Clinics may promise permanent relief.")) == []
    # "can" and "may" soften a claim but do not deny it
    assert list(forbidden_claims("Stem cells can cure eczema.")) == ["Stem cells can cure eczema."]
    assert list(forbidden_claims("This cream may cure your eczema.")) == [
        "This cream may cure your eczema."]
    assert list(forbidden_claims("It might be a miracle. It could work.")) == ["It might be a miracle."]
    assert list(forbidden_claims("This cream has no side effects.")) != []
    assert list(forbidden_claims("ครีมนี้รักษาให้หายขาด")) == ["ครีมนี้รักษาให้หายขาด"]
    assert list(forbidden_claims("ยังไม่มีการศึกษาใดแสดงว่าสเต็มเซลล์ทำให้หายขาด")) == []
    assert list(forbidden_claims("ยานี้ไม่มีผลข้างเคียง")) != []


def test_claim_in_a_page_is_named_with_its_line(content_tree: Path) -> None:
    body = "Fine.\n\nOur cream is completely safe.\n"
    write(content_tree / "en" / "bad.md", page_text("bad", 5, body, "[]"))
    text = run(content_tree)
    assert 'bad.md:13: error: ruled-out word used as a claim: "Our cream is completely safe."' in text


def test_label_missing_from_svg_fails(content_tree: Path) -> None:
    write(content_tree / "en" / "illustrations.toml", '[demo]\nalt = "x"\nlabel-nowhere = "Oops"\n')
    assert "[demo] label-nowhere is not an id in demo.svg" in run(content_tree)


def test_info_without_its_label_fails(content_tree: Path) -> None:
    write(content_tree / "en" / "illustrations.toml", '[demo]\nalt = "x"\ninfo-one = "Why"\n')
    assert "info-one has no label-one" in run(content_tree)


def test_missing_figure_and_caption_and_compare_fail(content_tree: Path) -> None:
    write(content_tree / "en" / "f1.md", page_text("f1", 5, "Text.\n\n![A caption.](figure:nope)\n", "[]"))
    write(content_tree / "en" / "f2.md", page_text("f2", 6, "Text.\n\n![](figure:demo)\n", "[]"))
    compare = page_text("f3", 7, "Text.\n", "[]").replace(
        'review_status = "draft"', 'review_status = "draft"\ncompare = "gone"')
    write(content_tree / "en" / "f3.md", compare)
    text = run(content_tree)
    assert "f1.md:13: error: figure 'nope.svg' is missing" in text
    assert "f2.md:13: error: figure 'demo' needs a caption" in text
    assert "f3.md:9: error: compare illustration 'gone' is missing" in text


def test_broken_internal_link_fails(content_tree: Path) -> None:
    write(content_tree / "en" / "links.md", page_text("links", 5, "See [this](page:nowhere).\n", "[]"))
    text = run(content_tree)
    assert "links.md:11: error: link to unknown page 'nowhere'" in text and text.endswith("EXIT 1")


def test_translation_without_english_page_fails(content_tree: Path) -> None:
    write(content_tree / "th" / "lonely.md", page_text("lonely", 5, "ข้อความ\n", "[]"))
    assert "lonely.md:1: error: 'lonely' has no English page" in run(content_tree)


def test_old_review_date_warns(content_tree: Path) -> None:
    text = run(content_tree, today=dt.date(2029, 1, 1))
    assert "warning: last reviewed 26 months ago" in text and text.endswith("EXIT 0")


def test_unexplained_medical_words_warn(content_tree: Path) -> None:
    write(content_tree / "en" / "words.md",
          page_text("words", 5, "Your immune cells release messengers. A biologic helps. "
                    "Filaggrin too.\n", "[]"))
    text = run(content_tree)
    assert "words.md:11: warning: medical words not in the glossary: biologic, immune" in text
    assert "Filaggrin" not in text.split("glossary:")[-1].split("\n")[0]


def test_long_faq_answer_fails(content_tree: Path) -> None:
    faq = content_tree / "en" / "faq.md"
    faq.write_text(faq.read_text().replace("No. You cannot", "No. " + "Word " * 130 + "You cannot"))
    assert "has 13" in run(content_tree) and "words (at most 120)" in run(content_tree)


def test_element_opacity_is_reported(content_tree: Path) -> None:
    svg = content_tree.parent / "illustrations" / "demo.svg"
    svg.write_text(svg.read_text().replace('fill="#0b6e6e"', 'fill="#0b6e6e" opacity="0.5"'))
    assert "uses 'opacity', which prints as a bitmap" in run(content_tree)


def test_missing_and_stale_translations_are_reported(content_tree: Path) -> None:
    english = content_tree / "en" / "barrier.md"
    english.write_text(english.read_text().replace("reviewed = 2026-11-24", "reviewed = 2026-12-01"))
    text = run(content_tree)
    assert "th/itch.md: warning: 'itch' is not translated yet (English is shown)" in text
    assert "th/barrier.md:7: warning: translation is older than its English page" in text


def with_steps(steps: str, sources: str = '["palmer-2006"]') -> str:
    return page_text("walk", 5, "Plain words. Short lines.\n", sources).replace(
        "+++\nPlain", steps.strip() + "\n+++\nPlain")


def test_steps_are_loaded_in_order_with_their_lines(content_tree: Path) -> None:
    steps = '''
[[steps]]
title = "The wall"
points = ["Cells are bricks.", "Fats are mortar."]
notes = "Point at the mortar."

[[steps]]
title = "Gaps"
illustration = "demo"
points = ["Water gets out.", "Germs get in {ev:observational} [@palmer-2006]."]
'''
    write(content_tree / "en" / "walk.md", with_steps(steps))
    library = load_library(content_tree, content_tree.parent / "illustrations")
    page = library.language("en").page("walk")
    assert page is not None and [s.title for s in page.steps] == ["The wall", "Gaps"]
    assert page.steps[0].illustration == "demo" and page.steps[0].notes == "Point at the mortar."
    assert page.steps[0].line == 10 and page.steps[1].line == 15
    assert run(content_tree).endswith("EXIT 0")
    other = library.language("en").page("barrier")
    assert other is not None and not other.steps
    assert other.explain_steps() == (other.explain_steps()[0],)  # one step made from the page
    assert other.explain_steps()[0].points == (other.summary,)


def test_broken_steps_are_named_with_file_and_line(content_tree: Path) -> None:
    cases = {
        '[[steps]]\ntitle = "A"\npoints = ["Only one."]\n': "step 1 needs 2 to 4 points",
        '[[steps]]\ntitle = ""\npoints = ["a b.", "c d."]\n': "step 1 needs a title",
        '[[steps]]\ntitle = "A"\nillustration = "nope"\npoints = ["a b.", "c d."]\n':
            "step 1: illustration 'nope.svg' is missing",
        '[[steps]]\ntitle = "A"\npoints = ["a [@feingold-2007].", "c d."]\n':
            "step 1: source 'feingold-2007' is not in the page's 'sources'",
        '[[steps]]\ntitle = "A"\npoints = ["a b.", "c d."]\ncolour = "red"\n':
            "step 1: unknown key 'colour'",
        "".join(f'[[steps]]\ntitle = "S{i}"\npoints = ["a b.", "c d."]\n' for i in range(7)):
            "a page has at most 6 steps",
    }
    for steps, message in cases.items():
        write(content_tree / "en" / "walk.md", with_steps(steps))
        text = run(content_tree)
        line = 28 if "at most" in message else 10  # the seventh [[steps]] header, or the first
        assert f"walk.md:{line}: error: {message}" in text, (message, text)
        assert text.endswith("EXIT 1")


def test_step_claims_and_long_points_are_flagged(content_tree: Path) -> None:
    steps = '''
[[steps]]
title = "Creams"
points = ["This cream is a permanent cure.",
  "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen."]
'''
    write(content_tree / "en" / "walk.md", with_steps(steps))
    text = run(content_tree)
    assert "walk.md:10: error: step 1: ruled-out word used as a claim" in text
    assert "walk.md:10: warning: step 1: a point of 16 words (keep points to 15)" in text


def test_report_table_worked_out_by_hand(content_tree: Path) -> None:
    text = run(content_tree)
    lines = text.split("\n")
    assert lines[:3] == ["en: 2 pages, 0 broken, 2 FAQ questions, 2 glossary terms",
                         "th: 2 pages, 0 broken, 2 FAQ questions, 0 glossary terms", "sources: 2"]
    header = "lang page                         summary  detail  words  long  unexplained"
    assert lines[4] == header and lines[5] == "-" * len(header)
    # itch: summary "A short summary of itch." 5 words, 7 syllables: 1.95 + 16.52 - 15.59 = 2.9;
    # detail "Scratching makes the itch worse." 5 words, 6 syllables: 1.95 + 14.16 - 15.59 = 0.5
    itch = "en   itch" + " " * 24 + "     2.9     0.5      5     0  0"
    assert itch in lines
    # Thai by words a phrase (a space between Thai ends one): summary "A short summary of
    # barrier." is 5 Latin words in 1 phrase; the body "ผิวหนัง|ของ|คุณ|ช่วย|เก็บ|น้ำ|ไว้
    # ฟิลากกริน|ช่วย|ผิว" is 10 words in 2 phrases; every word is in common-words.txt
    thai = ("th   barrier" + " " * 21 + "     5.0" + "     5.0" + "     10" + "     0  0"
            + "  rare 0%, Latin 0%")
    assert thai in lines
    assert "(grades are Flesch-Kincaid; targets: summary <= 6, detail <= 8)" in lines
    assert lines[-2:] == ["0 errors, 2 warnings", "EXIT 0"]


def test_illustration_and_glossary_problems_are_named(content_tree: Path) -> None:
    write(content_tree / "en" / "illustrations.toml", """
        [demo]
        alt = "A teal circle."
        label-one = "A permanent cure"

        [ghost]
        alt = "Nothing here."
        """)
    glossary = content_tree / "en" / "glossary.toml"
    glossary.write_text(glossary.read_text(encoding="utf-8").replace(
        "A protein that helps", "A miracle protein that helps"), encoding="utf-8")
    svg = content_tree.parent / "illustrations" / "demo.svg"
    svg.write_text(svg.read_text().replace('fill="#0b6e6e"', 'fill="#0b6e6e" opacity="0.5"'))
    text = run(content_tree)
    where = content_tree / "en"
    assert f"{where / 'illustrations.toml'}: error: [ghost] names no illustration (ghost.svg)" in text
    assert f'{where / "illustrations.toml"}: error: [demo] ruled-out word used as a claim: ' \
           '"A permanent cure"' in text
    assert f'{where / "glossary.toml"}: error: [filaggrin] ruled-out word used as a claim: ' \
           '"A miracle protein that helps the top layer of skin hold water."' in text
    assert f"{svg}: error: uses 'opacity', which prints as a bitmap; use fill-opacity and " \
           "stroke-opacity" in text
    assert text.endswith("EXIT 1")


def test_faq_problems_are_named_with_their_question(content_tree: Path) -> None:
    faq = content_tree / "en" / "faq.md"
    faq.write_text(faq.read_text(encoding="utf-8").replace(
        "No. You cannot", "No. " + "Word " * 130 + "You cannot").replace(
        "Yes, as part of daily care", "It is a guaranteed fix, as part of daily care"),
        encoding="utf-8")
    text = run(content_tree)
    # "No." + 130 x "Word" + "You cannot catch eczema from another person." = 1 + 130 + 7 words
    assert f"{faq}:5: error: answer to 'Is eczema contagious?' has 138 words (at most 120)" in text
    # (the citation is left out of the sentence, leaving its space before the full stop)
    assert f'{faq}:12: error: ruled-out word used as a claim: "It is a guaranteed fix, as part of ' \
           'daily care  ."' in text
    assert f"{faq}:1: error: FAQ answers read at grade " in text and "(target 8 or lower)" in text


def test_check_a_folder_on_top_of_the_bundled_content(tmp_path: Path) -> None:
    from edu_app import resources
    from edu_app.core.check import load_for_check

    bundled, pictures = resources.content_dir(), resources.illustrations_dir()
    plain = load_for_check(bundled, pictures, None)
    assert load_for_check(bundled, pictures, bundled).languages.keys() == plain.languages.keys()
    clinic = tmp_path / "clinic"
    write(clinic / "en" / "opening.md", page_text("opening", 90, "Mon to Fri.\n", "[]",
                                                  illustration=""))
    mixed = load_for_check(bundled, pictures, clinic)
    assert mixed.language("en").page("opening") is not None
    assert plain.language("en").page("opening") is None
    assert len(mixed.language("en").pages) == len(plain.language("en").pages) + 1


def test_long_sentences_and_old_reviews_warn_with_their_line(content_tree: Path) -> None:
    long = " ".join(["Word"] * 26) + ".\n"  # 26 words: over 25
    write(content_tree / "en" / "long.md", page_text("long", 5, long, "[]"))
    old = page_text("old", 6, "Short. Plain.\n", "[]").replace("reviewed = 2026-11-24",
                                                             "reviewed = 2024-11-01")
    write(content_tree / "en" / "old.md", old)
    text = run(content_tree, today=dt.date(2026, 11, 24))  # old.md: 24 months ago, still fine
    assert f"{content_tree / 'en' / 'long.md'}:11: warning: 1 sentence(s) over 25 words" in text
    assert "last reviewed" not in text
    text = run(content_tree, today=dt.date(2026, 12, 1))  # 25 months
    assert f"{content_tree / 'en' / 'old.md'}:7: warning: last reviewed 25 months ago " \
           "(review at least every 24)" in text
    library = load_library(content_tree, content_tree.parent / "illustrations")
    result = report(library, content_tree, dt.date(2026, 12, 1))
    assert result.errors == 0 and result.warnings == result.text.count(": warning: ") >= 2


def test_detail_at_exactly_grade_8_passes(content_tree: Path) -> None:
    # 19 words, 26 syllables (12 of one, 7 of two: doctor, mother, often, happy, children,
    # water, gentle), one sentence: 0.39 x 19 + 11.8 x 26 / 19 - 15.59 = 7.97, shown as 8.0
    body = ("The doctor and the mother often gave the happy children warm water and gentle care "
            "at home each day.\n")
    write(content_tree / "en" / "eight.md", page_text("eight", 5, body, "[]"))
    text = run(content_tree)
    assert "en   eight" + " " * 23 + "     2.9     8.0     19     0  0" in text.split("\n")
    assert "detail reads at grade" not in text and text.endswith("EXIT 0")


def test_problems_are_sorted_by_file_then_line(content_tree: Path) -> None:
    write(content_tree / "en" / "a-first.md",
          page_text("a-first", 5, "One.\n\nSee [x](page:nowhere).\n", "[]"))
    write(content_tree / "en" / "b-second.md", page_text("b-second", 6, "See [x](page:nowhere).\n", "[]"))
    lines = run(content_tree).split("\n")
    problems = [line for line in lines if "link to unknown page" in line]
    assert [p.split("/")[-1] for p in problems] == [
        "a-first.md:13: error: link to unknown page 'nowhere'",
        "b-second.md:11: error: link to unknown page 'nowhere'"]
    assert lines[lines.index(problems[0]) - 1] == ""  # a blank line after the table


def test_long_page_ids_are_cut_to_fit_the_table(content_tree: Path) -> None:
    write(content_tree / "en" / "a-very-long-page-identifier-indeed.md",
          page_text("a-very-long-page-identifier-indeed", 5, "Short. Plain.\n", "[]"))
    rows = [line for line in run(content_tree).split("\n") if line.startswith("en   a-very")]
    assert rows and rows[0].startswith("en   a-very-long-page-identifier ")  # 27 characters, then a space


def test_more_checker_edges_worked_out_by_hand(content_tree: Path) -> None:
    faq = content_tree / "en" / "faq.md"
    # "No." + 112 + "You cannot catch eczema from another person." (7) = 120 words: allowed
    faq.write_text(faq.read_text(encoding="utf-8").replace("No. You cannot", "No. " + "Word " * 112
                                                          + "You cannot"), encoding="utf-8")
    claim = "This cream is a permanent cure for every kind of dry and itchy skin on hands and feet and face."
    write(content_tree / "en" / "claim.md", page_text("claim", 5, claim + "\n", "[]"))
    write(content_tree / "en" / "many.md", page_text("many", 6, "Arthritis, fibrosis, anaemia, lipase, "
          "adalimumab, tofacitinib, tacrolimus, keratinocytes and neuropathy.\n", "[]"))
    write(content_tree / "th" / "words.md", page_text("words", 7, "คำว่า immune และ biologic\n", "[]"))
    write(content_tree / "th" / "many.md", page_text("many", 6, "ข้อความ\n", "[]"))
    write(content_tree / "th" / "claim.md", page_text("claim", 5, "ข้อความ\n", "[]"))
    (content_tree.parent / "illustrations" / "broken.svg").write_text("<svg", encoding="utf-8")
    write(content_tree / "en" / "illustrations.toml",
          '[demo]\nalt = "x"\nlabel-nowhere = "Oops"\n[ghost]\nalt = "x"\n[ghost2]\nalt = "x"\n'
          '[broken]\nalt = "x"\n')
    text = run(content_tree)
    lines = text.split("\n")
    assert "has 120 words" not in text
    assert lines[3] == ""  # a blank line between the counts and the table
    assert f'claim.md:11: error: ruled-out word used as a claim: "{claim[:80]}"' in text  # 80 characters
    where = content_tree / "en" / "illustrations.toml"
    assert f"{where}: error: [demo] label-nowhere is not an id in demo.svg" in text
    assert f"{where}: error: [ghost] names no illustration (ghost.svg)" in text
    assert f"{where}: error: [ghost2] names no illustration (ghost2.svg)" in text  # every one
    assert "broken.svg: error: uses 'opacity'" not in text  # an unreadable SVG is not blamed
    # 9 unexplained words; the message names the first 8 (sorted)
    assert "many.md:11: warning: medical words not in the glossary: adalimumab, anaemia, Arthritis, " \
           "fibrosis, keratinocytes, lipase, neuropathy, tacrolimus\n" in text  # not tofacitinib
    assert not [line for line in lines if "th/words.md" in line and "medical words" in line]


def test_step_points_of_15_words_are_fine_and_thai_counts_its_own_words(content_tree: Path) -> None:
    fifteen = " ".join(["word"] * 15) + "."
    steps = f'[[steps]]\ntitle = "Creams"\npoints = ["{fifteen}", "Short point."]\n'
    write(content_tree / "en" / "walk.md", with_steps(steps))
    # Thai has no spaces between words: "ผิว" 18 times is 18 words (at most 18: 15 x 1.2)
    thai = with_steps(f'[[steps]]\ntitle = "ครีม"\npoints = ["{"ผิว" * 18}", "สั้น"]\n')
    write(content_tree / "th" / "walk.md", thai)
    assert "a point of" not in run(content_tree)
    write(content_tree / "th" / "walk.md", thai.replace("ผิว" * 18, "ผิว" * 19))
    assert "th/walk.md:10: warning: step 1: a point of 19 words (keep points to 18)" in run(content_tree)


def test_thai_pages_are_measured_by_phrases_and_words(content_tree: Path) -> None:
    # phrases end at a space between Thai letters; 3 phrases of 4, 4 and 5 words (13 words:
    # 12 Thai, 1 Latin) = 4.3 a phrase; 2 words are not in common-words.txt: 2 of 12 = 17 %
    body = "ผิวหนังของคุณช่วย เก็บน้ำไว้ผิว\nเกราะป้องกันช่วยผิวหนัง (barrier)\n"
    write(content_tree / "th" / "barrier.md", page_text("barrier", 10, body, sources="[]"))
    text = run(content_tree)
    row = ("th   barrier" + " " * 21 + "     5.0" + "     4.3" + "     13" + "     0  2"
           + "  rare 17%, Latin 8%")
    assert row in text.split("\n")
    assert "barrier.md:11: warning: rare words not in the glossary: เกราะ, ป้องกัน" in text
    assert "barrier.md:11: warning: 17% of the Thai words are rare (target 5% or fewer)" in text
    assert "barrier.md:11: warning: 8% of the words are in Latin script" in text
    # one phrase of 9 words in the body: over 8 a phrase is an error (English: grade 8)
    write(content_tree / "th" / "barrier.md",
          page_text("barrier", 10, "ผิวหนังของคุณช่วยเก็บน้ำไว้ช่วยผิว\n", sources="[]"))
    assert "barrier.md:11: error: detail has 9 words a phrase (target 8 or fewer" in run(content_tree)


def test_thai_faq_answers_are_counted_in_thai_words(content_tree: Path) -> None:
    def faq(answer: str) -> str:
        return ("+++\nreviewed = 2026-11-24\nreview_status = \"draft\"\n+++\n"
                "## ผิวหนังช่วยไหม {#contagious}\n\n" + answer + "\n")

    # 29 phrases of 5 words: 145 Thai words, the most (English: 120 words a plain space apart)
    answer = " ".join(["ผิวหนังของคุณช่วยเก็บ"] * 29)
    write(content_tree / "th" / "faq.md", faq(answer))
    assert "words (at most" not in run(content_tree)
    write(content_tree / "th" / "faq.md", faq(answer + " ผิว"))
    assert "th/faq.md:5: error: answer to 'ผิวหนังช่วยไหม' has 146 words (at most 145)" in run(
        content_tree)


def test_faq_row_worked_out_by_hand(content_tree: Path) -> None:
    # "No. You cannot catch eczema from another person. Yes, as part of daily care.": 3 sentences,
    # 14 words, 21 syllables (cannot 2, eczema 3, another 3, person 2, daily 2, the rest 1):
    # 0.39 x 14 / 3 + 11.8 x 21 / 14 - 15.59 = 1.82 + 17.7 - 15.59 = 3.9
    row = "en   FAQ (2 answers)" + " " * 13 + " " * 8 + "     3.9" + "     14" + "     0" + "  0"
    assert row in run(content_tree).split("\n")


def test_report_names_the_bundled_folder_by_default(content_tree: Path) -> None:
    faq = content_tree / "en" / "faq.md"
    faq.write_text(faq.read_text(encoding="utf-8").replace("No. You cannot", "No. " + "Word " * 130
                                                          + "You cannot"), encoding="utf-8")
    library = load_library(content_tree, content_tree.parent / "illustrations")
    text = report(library, today=TODAY).text
    assert "resources/content/en/faq.md:5: error: answer to 'Is eczema contagious?' has 138 words" in text


def test_thai_questions_are_not_claims() -> None:
    assert list(forbidden_claims("ครีมนี้ทำให้หายขาดไหม")) == []
    assert list(forbidden_claims("ครีมนี้ทำให้หายขาด")) == ["ครีมนี้ทำให้หายขาด"]


def test_a_121_word_answer_is_too_long(content_tree: Path) -> None:
    faq = content_tree / "en" / "faq.md"
    faq.write_text(faq.read_text(encoding="utf-8").replace("No. You cannot", "No. " + "Word " * 113
                                                          + "You cannot"), encoding="utf-8")
    assert "answer to 'Is eczema contagious?' has 121 words (at most 120)" in run(content_tree)


def test_a_clinic_folder_brings_its_own_illustrations(tmp_path: Path) -> None:
    from edu_app import resources
    from edu_app.core.check import load_for_check

    clinic = tmp_path / "clinic" / "content"
    write(tmp_path / "clinic" / "illustrations" / "our-door.svg", SVG)
    write(clinic / "en" / "opening.md", page_text("opening", 90, "Mon to Fri.\n", "[]",
                                                  illustration="our-door"))
    library = load_for_check(resources.content_dir(), resources.illustrations_dir(), clinic)
    assert library.illustration_path("our-door").is_file()
    assert not [p for p in library.problems if "our-door" in p.message]


def test_a_denial_in_another_clause_does_not_excuse_a_claim() -> None:
    # issue 18: any "ไม่" in the paragraph let a claim through
    thai = "ครีมนี้รักษาให้หายขาดได้ ไม่ต้องทายาอีกเลย"  # "cures for good; no more creams"
    assert list(forbidden_claims(thai)) == [thai]
    english = "This cream cures eczema, not just the itch."
    assert list(forbidden_claims(english)) == [english]
    assert list(forbidden_claims("Results are permanent; no clinic visits are needed.")) != []
    # a denial in the claim's own clause, or one that a "that"/"ว่า" clause hangs on, still counts
    assert list(forbidden_claims("Stem cells do not cure eczema, and they cost a lot.")) == []
    assert list(forbidden_claims("ยังไม่มีหลักฐานว่า สเต็มเซลล์ทำให้หายขาด")) == []
    assert list(forbidden_claims("ตอนนี้ยังไม่มีวิธีรักษาโรคผื่น (eczema) ให้หายขาด แต่ควบคุมได้")) == []
    assert list(forbidden_claims("Beware of clinics that promise a cure, and ask for evidence.")) == []


def test_a_space_inside_a_thai_label_is_flagged(content_tree: Path) -> None:
    labels = content_tree / "th" / "illustrations.toml"
    write(labels, '[demo]\nalt = "วงกลม"\nlabel-one = "เกราะป้องกันผิว เสียหาย"\n')
    assert "[demo] label-one: a space inside a Thai label" in run(content_tree)
    write(labels, '[demo]\nalt = "วงกลม สีเขียว"\nlabel-one = "เกราะป้องกันผิวเสียหาย: 3 ชั้น"\n')
    assert "a space inside a Thai label" not in run(content_tree)  # (alt text may pause)
