"""More rules of Thai word handling, on hand-built text and word lists: clusters, how a run is
cut when several cuttings compete, the segmenter's word list and memory, one segmenter per list,
reading a word list, and badges kept on one line."""

from __future__ import annotations

import ast
import itertools
import os
import subprocess
import sys
from pathlib import Path

import pytest

from edu_app.core import thai
from edu_app.core.thai import GLUE, NBSP, Segmenter, cluster_starts, read_words, segmenter_for, unbreakable

# consonants only: each is a cluster of its own, so any string of them is a Thai run
CONSONANTS = "กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"


def test_two_consonants_are_two_clusters() -> None:
    assert cluster_starts("กข") == [0, 1, 2]
    assert cluster_starts("ผิว") == [0, 2, 3]  # the vowel sign stays with its consonant


# --- cutting a run -------------------------------------------------------------------------------

def test_a_cutting_with_fewer_words_wins_when_unknown_clusters_are_as_many() -> None:
    # ขจค|ก: one unknown cluster (ก), two words; ข|จ|คก: one unknown (ข), three words
    assert Segmenter(["จ", "คก", "ขจค"]).run_words("ขจคก") == ("ขจค", "ก")


def test_unknown_clusters_in_a_row_count_one_each_before_being_joined() -> None:
    # จงคจ|ก|จ: two unknown clusters, three words (ก and จ then joined into one);
    # จ|ง|ค|จกจ: two unknown clusters too, but four words
    assert Segmenter(["ค", "จกจ", "จงคจ"]).run_words("จงคจกจ") == ("จงคจ", "กจ")


def test_of_two_equally_good_cuttings_the_one_with_the_longer_last_word_is_kept() -> None:
    # จ|จจ and จจ|จ: one unknown cluster and two words each; the last word จจ is the longer
    assert Segmenter(["จจ"]).run_words("จจจ") == ("จ", "จจ")
    # กง|ข|กง and กง|ขก|ง: one unknown cluster and three words each
    assert Segmenter(["กง", "ขก"]).run_words("กงขกง") == ("กง", "ข", "กง")


def test_a_run_is_answered_from_memory_the_second_time() -> None:
    segmenter = Segmenter(["ผิว", "หนัง"])
    first = segmenter.run_words("ผิวหนัง")
    assert first == ("ผิว", "หนัง")
    assert segmenter.run_words("ผิวหนัง") is first


def test_a_segmenter_remembers_at_most_50000_runs() -> None:
    segmenter = Segmenter(["ผิว"])
    runs = ("".join(letters) for letters in itertools.product(CONSONANTS, repeat=3))
    for _ in range(49_999):
        segmenter.run_words(next(runs))
    fifty_thousandth = next(runs)
    assert segmenter.run_words(fifty_thousandth) is segmenter.run_words(fifty_thousandth)
    one_more = next(runs)
    first, again = segmenter.run_words(one_more), segmenter.run_words(one_more)
    assert first == again and first is not again  # worked out again, not remembered


# --- the word list -------------------------------------------------------------------------------

class WordSet(frozenset[str]):
    """A frozen set of words of the caller's own kind."""


def test_a_frozen_word_list_is_shared_not_copied() -> None:
    words = frozenset({"ผิว", "ก" * 40})  # 40 characters: the longest word allowed
    assert Segmenter(words).words is words
    own = WordSet({"ผิว", "หนัง"})  # any frozen set, of any kind
    assert Segmenter(own).words is own


def test_a_word_list_becomes_a_set_of_its_words() -> None:
    assert Segmenter(["ผิว", "ผิว", "หนัง"]).words == frozenset({"ผิว", "หนัง"})


def test_empty_words_and_words_over_40_characters_are_left_out() -> None:
    longest, too_long = "ข" * 40, "ก" * 41
    assert Segmenter(["", too_long, longest, "ผิว"]).words == frozenset({longest, "ผิว"})


def test_a_word_list_is_read_without_comments_or_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "words.txt"
    path.write_text("# Thai words\n\nผิว\n  หนัง  \n#ไม่\n", encoding="utf-8")
    assert read_words(path) == ["ผิว", "หนัง"]


def test_a_word_list_is_read_as_utf8_whatever_the_locale(tmp_path: Path) -> None:
    # a system whose locale encoding is not UTF-8 (ASCII here; cp874 on a Thai Windows)
    path = tmp_path / "words.txt"
    path.write_text("ผิว\nน้ำ\n", encoding="utf-8")
    assert read_words(path) == ["ผิว", "น้ำ"]  # (in this process too: mutmut links tests by calls)
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0",
           "PYTHONPATH": str(Path(thai.__file__).resolve().parents[2])}
    code = ("import sys; from pathlib import Path; from edu_app.core.thai import read_words; "
            "print(ascii(read_words(Path(sys.argv[1]))))")
    done = subprocess.run([sys.executable, "-c", code, str(path)], env=env, capture_output=True,
                          text=True, timeout=60, check=True)
    assert ast.literal_eval(done.stdout.strip()) == ["ผิว", "น้ำ"]


# --- one segmenter per word list ---------------------------------------------------------------------

def test_the_same_word_list_gets_the_same_segmenter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(thai, "_SEGMENTERS", {})
    made = segmenter_for(["ผิว", "หนัง"])
    assert isinstance(made, Segmenter)
    assert made.words == frozenset({"ผิว", "หนัง"})
    assert segmenter_for(["หนัง", "ผิว"]) is made


def test_at_most_nine_word_lists_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(thai, "_SEGMENTERS", {})
    lists = [["ก" + "ข" * n] for n in range(10)]  # ten different word lists
    first = segmenter_for(lists[0])
    for words in lists[1:9]:
        segmenter_for(words)
    assert segmenter_for(lists[0]) is first  # nine lists: all kept
    segmenter_for(lists[9])  # a tenth: the ones kept are let go first
    assert segmenter_for(lists[0]) is not first


# --- badges ----------------------------------------------------------------------------------------

def test_a_badge_with_latin_before_thai_keeps_every_character() -> None:
    # glue between every unit: "A", the space made unbreakable, and the clusters ผิ and ว
    assert unbreakable("A ผิว") == "A" + GLUE + NBSP + GLUE + "ผิ" + GLUE + "ว"
