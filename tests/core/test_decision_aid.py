"""The decision aid's content, its answers and its one-page summary's words (issue 20).

Expected values are written here, not read from the code: the four options and six rows the
issue asks for, the answer words a person sees, the questions of the questions-to-ask page.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from edu_app.core.check import check
from edu_app.core.content import load_library
from edu_app.core.decision_aid import (
    Answers,
    DecisionAidError,
    numbered_questions,
    parse_answers,
    parse_decision_aid,
)
from edu_app.core.decision_summary import summary_card, summary_html
from edu_app.core.handout import HandoutLabels
from edu_app.core.model import Library
from edu_app.core.render import Labels
from edu_app.core.settings import ClinicConfig
from edu_app.core.visit import Session

REPO = Path(__file__).resolve().parents[2]
CONTENT = REPO / "resources" / "content"
OPTIONS = ["proven", "trial", "pay", "wait"]
ROW_NAMES = ["What it means for you", "How many get better, out of 100", "Main risks",
             "Cost to you", "How strong the proof is", "If it does not help"]


def _answers() -> Answers:
    answers = Answers()
    answers.ratings = {"proven": 5, "creams": 2, "cost": 4, "risk": 1, "soon": 3}
    answers.sure = {"sure": False, "informed": True, "values": True, "support": False}
    answers.leaning = "trial"
    answers.questions = [2, 14]
    return answers


@pytest.mark.parametrize("lang", ["en", "th"])
def test_the_aid_has_the_four_options_with_the_same_six_rows(library: Library, lang: str) -> None:
    aid = library.language(lang).decision_aid
    assert aid is not None and aid.lang == lang
    assert [o.id for o in aid.options] == OPTIONS
    for option in aid.options:
        assert len(option.cells) == 6 and all(text.strip() for text in option.cells.values())
    assert [s.id for s in aid.sure] == ["sure", "informed", "values", "support"]
    assert len(aid.scale) == 5


def test_every_number_out_of_100_has_its_badge_and_source_and_unknowns_say_so(
        library: Library) -> None:
    aid = library.language("en").decision_aid
    assert aid is not None
    improve = {o.id: o.cells["improve"] for o in aid.options}
    for option_id, text in improve.items():  # the same denominator, or "not known"
        assert "out of 100" in text or "not known" in text.casefold(), option_id
    assert "not known" in improve["trial"].casefold()
    assert "not known" in improve["pay"].casefold()  # cord-tissue cells: no fair trial
    for option in aid.options:
        for row, text in option.cells.items():
            if re.search(r"\d+ (?:to \d+ )?out of 100", text):
                assert re.search(r"\{ev:[a-z-]+\}", text) and "[@" in text, (option.id, row)
    # the best-known trials: 32 and 27 out of 100, cord-blood cells, and both phase 3 missed
    assert "32 out of 100" in improve["pay"] and "27 out of 100" in improve["pay"]
    assert "missed" in aid.option("pay").cells["evidence"]  # type: ignore[union-attr]


def test_the_bundled_aid_passes_check_content_and_a_cure_claim_or_hard_words_do_not(
        library: Library, tmp_path: Path) -> None:
    _, problems = check(library, CONTENT, today=dt.date(2026, 12, 4))
    assert [p for p in problems if "decision aid" in p.message] == []
    copy = tmp_path / "content"
    import shutil

    shutil.copytree(CONTENT, copy)
    shutil.copytree(REPO / "resources" / "illustrations", tmp_path / "illustrations")
    path = copy / "en" / "decision-aid.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('cost = "Nothing new."',
                        'cost = "Nothing new. Waiting is the permanent answer."')
    text = text.replace('if_not = "You can start proven care at any time."',
                        'if_not = "Consequently, dermatological consultation facilitates '
                        'individualised therapeutic intensification, notwithstanding '
                        'considerable administrative complexity and considerable expenditure."')
    path.write_text(text, encoding="utf-8")
    changed = load_library(copy, tmp_path / "illustrations")
    _, problems = check(changed, copy, today=dt.date(2026, 12, 4))
    messages = [p.message for p in problems if "decision aid" in p.message]
    assert any("ruled-out word" in m and "permanent" in m for m in messages), messages
    assert any("the option 'wait' read at grade" in m for m in messages), messages


def test_a_broken_aid_file_is_a_clear_problem_and_everything_else_still_loads(
        tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "content"
    shutil.copytree(CONTENT, copy)
    path = copy / "en" / "decision-aid.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('if_not = "You can start proven '
                                                             'care at any time."\n', ""),
                    encoding="utf-8")
    changed = load_library(copy, REPO / "resources" / "illustrations")
    problems = [p for p in changed.problems if p.path == path]
    assert len(problems) == 1 and "option 'wait'" in problems[0].message
    assert "if_not" in problems[0].message
    assert changed.language("en").decision_aid is None
    assert changed.language("en").page("treatments") is not None  # the pages still load


def test_an_unknown_source_in_a_cell_is_refused(tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "content"
    shutil.copytree(CONTENT, copy)
    path = copy / "en" / "decision-aid.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("[@simpson-2016]", "[@no-such-2099]",
                                                             1), encoding="utf-8")
    changed = load_library(copy, REPO / "resources" / "illustrations")
    assert any("no-such-2099" in p.message for p in changed.problems if p.path == path)


def test_parse_refuses_a_sure_check_without_its_four_questions() -> None:
    text = (CONTENT / "en" / "decision-aid.toml").read_text(encoding="utf-8")
    broken = text.replace('id = "support"', 'id = "helped"')
    with pytest.raises(DecisionAidError, match="sure, informed, values, support"):
        parse_decision_aid(broken, "en")


def test_the_questions_come_from_the_questions_to_ask_page_in_order() -> None:
    body = "Intro 1. not a list\n\n1. First?\n    - *Why:* 2. inside\n2. Second?\n\n5. Skipped\n3. Third?"
    assert numbered_questions(body) == ["First?", "Second?", "Third?"]


@pytest.mark.parametrize("lang, first", [
    ("en", "Is this treatment standard care for eczema, or is it still an experiment?"),
    ("th", "การรักษานี้เป็นการรักษามาตรฐานของโรคผื่นภูมิแพ้ผิวหนัง หรือยังเป็นการทดลองอยู่"),
])
def test_the_isscr_list_has_its_sixteen_questions(library: Library, lang: str, first: str) -> None:
    from edu_app.core.decision_summary import questions_for

    aid = library.language(lang).decision_aid
    assert aid is not None
    questions = questions_for(library, aid)
    assert len(questions) == 16 and questions[0] == first


def test_an_answers_file_is_read_and_every_mistake_is_named(library: Library) -> None:
    aid = library.language("en").decision_aid
    assert aid is not None
    good = ('leaning = "pay"\nquestions = [3, 1]\n[ratings]\nproven = 5\ncost = 1\n'
            "[sure]\nsure = true\nsupport = false\n")
    answers = parse_answers(good, aid, 16)
    assert answers.ratings == {"proven": 5, "cost": 1}
    assert answers.sure == {"sure": True, "support": False}
    assert answers.leaning == "pay" and answers.questions == [1, 3]
    for bad, words in [
        ("[ratings]\nproven = 6\n", "from 1 to 5"),
        ("[ratings]\nprooven = 3\n", "no statement 'prooven'"),
        ("[sure]\nsure = 1\n", "true or false"),
        ('leaning = "stem cells"\n', "leaning must be one of proven, trial, pay, wait, unsure"),
        ("questions = [17]\n", "from 1 to 16"),
        ("questions = [1, 2, 3, 4, 5, 6, 7]\n", "at most 6"),
        ("rating = 3\n", "unknown key 'rating'"),
        ("[ratings\n", "not valid TOML"),
    ]:
        with pytest.raises(DecisionAidError, match=re.escape(words)):
            parse_answers(bad, aid, 16)


def test_at_most_six_questions_are_carried() -> None:
    answers = Answers()
    for number in (9, 1, 4, 16, 2, 3):
        assert answers.toggle_question(number, True)
    assert not answers.toggle_question(5, True)
    assert answers.questions == [1, 2, 3, 4, 9, 16]
    assert answers.toggle_question(4, False) and answers.toggle_question(5, True)
    assert answers.questions == [1, 2, 3, 5, 9, 16]


def test_the_summary_prints_every_option_row_rating_and_answer(library: Library) -> None:
    aid = library.language("en").decision_aid
    assert aid is not None
    page = summary_html(library, aid, _answers(), Labels(), dt.date(2026, 12, 3))
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)).replace("&quot;", '"')
    text = text.replace("&#x27;", "'")
    for name in ["Proven care, stepping up", "Join a registered trial",
                 "Stem cell shots at a clinic (you pay)", "Wait: nothing new for now", *ROW_NAMES]:
        assert name in text, name
    for said in ["“I want a treatment that has been proven to work.” Agree a lot",
                 "“I want to stop putting on creams every day.” Disagree",
                 "“Cost matters a lot to me.” Agree", "“I will take unknown risks for a chance "
                 "to get better.” Disagree a lot", "“I want my skin to get better soon.” Not sure",
                 "Do you feel sure which choice is best for you? No",
                 "Do you know the good and bad points of each choice? Yes",
                 "Do you have enough help to choose? No",
                 "My leaning today (I can change my mind): Join a registered trial",
                 "Is it part of a formal clinical trial?", "Am I being asked to pay?",
                 "Made on 3 December 2026", "Guide checked 4 December 2026",
                 "Draft: a clinician has not checked this page yet",
                 "No company that sells eczema treatments or stem cells paid for it"]:
        assert said in text, said
    # what to do about a "no" is on the screen and the card; the page is for the doctor
    assert "If no:" not in text and "Talk to someone you trust" not in text
    assert "Simpson 2016" in text and "Légaré 2010" in text and "[@" not in text
    assert "out of 100" in text and "Randomised trial" in text  # numbers keep their badges


def test_unanswered_is_said_not_left_blank(library: Library) -> None:
    aid = library.language("en").decision_aid
    assert aid is not None
    text = re.sub(r"<[^>]+>", " ", summary_html(library, aid, Answers(), Labels(),
                                                  dt.date(2026, 12, 3)))
    assert text.count("Not answered") == 5 + 4 + 1  # five ratings, four SURE, the leaning
    assert "I did not choose questions" in text


def test_the_card_holds_the_options_and_the_answers(library: Library) -> None:
    card = summary_card(library, "en", _answers(), ClinicConfig(), HandoutLabels(), Labels(),
                        dt.date(2026, 12, 3))
    text = "\n".join(line.text for line in card.lines)
    for words in ["Stem cell shots at a clinic (you pay)", "Cost matters a lot to me. Agree",
                  "Do you have enough help to choose? No", "Am I being asked to pay?",
                  "My leaning today (I can change my mind): Join a registered trial",
                  "Draft: a clinician has not checked this page yet"]:  # (review_status)
        assert words in text, words
    assert "{ev:" not in text and "[@" not in text


def test_the_session_forgets_the_answers_when_it_ends() -> None:
    session = Session()
    assert session.empty
    session.decision.ratings["cost"] = 4
    assert not session.empty
    session.decision.questions.append(3)
    session.end()
    assert session.empty and session.decision.ratings == {} and session.decision.questions == []
