"""The decision aid's summary on paper: one page in English and Thai, on A4 and Letter, with and
without a clinic's header, for the longest answers a person can give; every option and answer
in the PDF's text; nothing written but the PDF (issue 20)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from edu_app.core.decision_aid import Answers
from edu_app.core.decision_summary import SIZES, questions_for, summary_handout
from edu_app.core.handout import Handout
from edu_app.core.model import Library
from edu_app.core.settings import ClinicConfig
from edu_app.paint.fonts import ALL_STYLES, register_fonts
from edu_app.printing.pdf import write_pdf
from edu_app.printing.summary import one_page_summary, page_count
from edu_app.ui.app import application
from edu_app.ui.texts import labels_in

CLINIC = ClinicConfig(clinic_name="Riverside Skin Clinic", clinic_contact="02 123 4567 · Mon–Fri",
                      clinic_website="https://example.org/eczema")


def _longest(library: Library, lang: str) -> Answers:
    """The most a person can put on the page: every "no" (each brings its advice), a leaning,
    every rating, and the six longest questions."""
    aid = library.language(lang).decision_aid
    assert aid is not None
    answers = Answers()
    answers.ratings = {"proven": 1, "creams": 1, "cost": 1, "risk": 1, "soon": 1}
    answers.sure = {"sure": False, "informed": False, "values": False, "support": False}
    answers.leaning = "pay"
    questions = questions_for(library, aid)
    answers.questions = sorted(sorted(range(1, 17), key=lambda n: -len(questions[n - 1]))[:6])
    return answers


def _text(path: Path) -> str:
    return re.sub(r"\s+", " ", "".join(p.extract_text() for p in PdfReader(path).pages))


@pytest.fixture(autouse=True)
def fonts() -> None:
    application()
    register_fonts(ALL_STYLES)


@pytest.mark.parametrize("lang", ["en", "th"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("clinic", [ClinicConfig(), CLINIC], ids=["plain", "clinic-header"])
def test_the_longest_summary_is_one_page(library: Library, tmp_path: Path, lang: str,
                                         paper: str, clinic: ClinicConfig) -> None:
    words, page_words = labels_in(lang)
    handout = one_page_summary(library, lang, _longest(library, lang), clinic, paper, words,
                               page_words)
    reserve = f'<div style="font-size:{SIZES[-1][1]}pt;">'  # (the last sizes are for clinics)
    assert not handout.html.startswith(reserve)
    out = tmp_path / "summary.pdf"
    assert write_pdf(out, handout, library, clinic, lang, paper, False, "t", words,
                     page_words) == 1
    assert len(PdfReader(out).pages) == 1


def _size(handout: Handout) -> int:
    """Which of SIZES a summary was laid out in (its outer div names the text's size)."""
    match = re.match(r'<div style="font-size:([\d.]+)pt;">', handout.html)
    assert match is not None
    return [body for _, body in SIZES].index(float(match.group(1)))


def test_the_largest_type_that_fits_is_used(library: Library) -> None:
    """The summary takes the largest sizes that keep it on one page: one size larger would
    need two; the longest answers on Letter under a clinic's header need smaller sizes than
    no answers on A4 (SIZES is largest first)."""
    words, page_words = labels_in("en")
    for answers, clinic, paper in [(Answers(), ClinicConfig(), "a4"),
                                   (_longest(library, "en"), CLINIC, "letter")]:
        fitted = one_page_summary(library, "en", answers, clinic, paper, words, page_words)
        size = _size(fitted)
        assert page_count(fitted, library, clinic, "en", paper, words, page_words) == 1
        if size > 0:
            larger = summary_handout(library, "en", answers, page_words, size=size - 1)
            assert page_count(larger, library, clinic, "en", paper, words, page_words) == 2
    short = one_page_summary(library, "en", Answers(), ClinicConfig(), "a4", words, page_words)
    longest = one_page_summary(library, "en", _longest(library, "en"), CLINIC, "letter", words,
                               page_words)
    assert _size(short) < _size(longest)


def test_every_option_and_answer_is_in_the_pdf_text(library: Library, tmp_path: Path) -> None:
    answers = Answers()
    answers.ratings = {"proven": 5, "cost": 2}
    answers.sure = {"sure": True, "support": False}
    answers.leaning = "wait"
    answers.questions = [12, 16]
    words, page_words = labels_in("en")
    handout = one_page_summary(library, "en", answers, CLINIC, "a4", words, page_words)
    out = tmp_path / "summary.pdf"
    write_pdf(out, handout, library, CLINIC, "en", "a4", False, "t", words, page_words)
    text = _text(out)
    for expected in ["Proven care, stepping up", "Join a registered trial",
                     "Stem cell shots at a clinic (you pay)", "Wait: nothing new for now",
                     "Agree a lot", "Disagree", "Not answered",
                     "My leaning today (I can change my mind): Wait: nothing new",
                     "What is the total cost?", "What is the product's Thai FDA registration number?",
                     "Riverside Skin Clinic", "36 to 38 out of 100", "Randomised trial"]:
        assert expected in text, expected
    assert "If no:" not in text  # what to do about a "no" is on the screen and the card
    assert "Do you feel sure which choice is best for you? Yes" in text


def test_a_thai_summary_prints_thai_answers(library: Library, tmp_path: Path) -> None:
    answers = Answers()
    answers.ratings = {"cost": 5}
    answers.sure = {"support": False}
    words, page_words = labels_in("th")
    handout = one_page_summary(library, "th", answers, ClinicConfig(), "a4", words, page_words)
    out = tmp_path / "th.pdf"
    write_pdf(out, handout, library, ClinicConfig(), "th", "a4", False, "t", words, page_words)
    def letters(text: str) -> str:  # consonants and leading vowels (extraction drops marks)
        return "".join(re.findall("[\u0e01-\u0e2e\u0e40-\u0e44]", text))

    printed = letters(_text(out))
    for words in ["ค่าใช้จ่ายสำคัญกับฉันมาก", "เห็นด้วยอย่างยิ่ง",  # the statement, "agree a lot"
                  "รอก่อน: ยังไม่ลองอะไรใหม่",  # an option's name
                  "คุณมีคนช่วยตัดสินใจมากพอไหม ไม่ใช่"]:  # "enough help to choose?" "no"
        assert letters(words) in printed, words
