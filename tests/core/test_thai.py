"""Thai words without libthai: clusters, the dictionary segmenter, break marks, and the bundled
word list kept current with PyThaiNLP (a test dependency; the program does not ship it)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from edu_app import resources
from edu_app.core.thai import NBSP, ZWSP, Segmenter, bundled_segmenter, cluster_starts, read_words

ROOT = Path(__file__).resolve().parents[2]


def test_clusters_never_split_a_leading_vowel_or_a_mark() -> None:
    assert cluster_starts("ไม่ได้") == [0, 3, 6]  # ไม่ | ได้: never ไ | ม่
    assert cluster_starts("คำ") == [0, 2]  # sara am belongs to its consonant
    assert cluster_starts("เล็กๆ") == [0, 3, 5]  # เล็ | ก with its ๆ
    assert cluster_starts("กา") == [0, 2]


def test_words_of_the_dictionary_and_unknown_runs_kept_whole() -> None:
    segmenter = Segmenter(["ไม่", "ได้", "อ่อนแอ", "อ่อน", "แอ"])
    assert segmenter.run_words("ไม่ได้อ่อนแอ") == ("ไม่", "ได้", "อ่อนแอ")  # fewest words
    assert segmenter.run_words("ไม่ได้กขค") == ("ไม่", "ได้", "กขค")  # unknown: one piece
    assert Segmenter([]).run_words("ไม่ได้") == ("ไม่ได้",)


def test_break_marks() -> None:
    segmenter = Segmenter(["ไม่", "ได้", "ระยะ", "ที่", "เล็ก"])
    assert segmenter.mark_breaks("ไม่ได้ ok") == f"ไม่{ZWSP}ได้ ok"
    assert segmenter.mark_breaks("เล็ก ๆ") == f"เล็ก{NBSP}ๆ"  # ๆ never begins a line
    assert segmenter.mark_breaks("ระยะที่ 3") == f"ระยะ{ZWSP}ที่{NBSP}3"  # nor does its number
    assert segmenter.mark_breaks("พ.ศ. 2567").endswith(f"ศ.{NBSP}2567")  # an era keeps its year
    assert segmenter.mark_breaks("no Thai here 3") == "no Thai here 3"


def test_html_marks_text_but_not_tags_or_badges() -> None:
    from edu_app.core.thai import html_breaks

    segmenter = Segmenter(["ไม่", "ได้"])
    html = ('<p title="ไม่ได้">ไม่ได้ <span style="white-space:nowrap;">ไม่ได้ <b>ไม่ได้</b></span>'
            " <span>ไม่ได้</span></p>")
    assert html_breaks(html, segmenter) == (
        f'<p title="ไม่ได้">ไม่{ZWSP}ได้ <span style="white-space:nowrap;">ไม่ได้ <b>ไม่ได้</b></span>'
        f" <span>ไม่{ZWSP}ได้</span></p>")


def test_a_word_that_ends_at_a_tag_gets_its_break_outside_the_link() -> None:
    from edu_app.core.thai import html_breaks

    segmenter = Segmenter(["ยับยั้ง", "ภูมิคุ้มกัน", "หนึ่ง", "ชนิด", "ผิวหนัง", "ผิว", "แห้ง", "และ"])
    # a glossary link in the middle of Thai text: breaks on both sides, and not inside the
    # link (a break mark there is underlined with it at the end of a line)
    assert html_breaks('<td>ยับยั้ง<a href="g">ภูมิคุ้มกัน</a>หนึ่งชนิด</td>', segmenter) == (
        f'<td>ยับยั้ง{ZWSP}<a href="g">ภูมิคุ้มกัน</a>{ZWSP}หนึ่ง{ZWSP}ชนิด</td>')
    # bold inside a word: no break where the word goes on ("ผิว" + "หนัง" is one word)
    assert html_breaks("<p><b>ผิว</b>หนัง และ<b>ผิว</b>แห้ง</p>", segmenter) == (
        f"<p><b>ผิว</b>หนัง และ{ZWSP}<b>ผิว</b>{ZWSP}แห้ง</p>")
    # a block ends the text: no mark between two cells
    assert html_breaks("<td>ผิว</td><td>แห้ง</td>", segmenter) == "<td>ผิว</td><td>แห้ง</td>"


def test_unbreakable_glues_every_thai_cluster_and_leaves_other_text() -> None:
    from edu_app.core.thai import GLUE, unbreakable

    assert GLUE == "\u180e"  # invisible, no width, UAX #14 glue, Mongolian (not Thai)
    assert unbreakable("น้ำตา") == f"น้ำ{GLUE}ตา"  # a cluster keeps its marks and sara am
    assert unbreakable("แนวทาง") == f"แน{GLUE}ว{GLUE}ทา{GLUE}ง"  # a leading vowel keeps its consonant
    assert unbreakable("ผิว แห้ง") == f"ผิ{GLUE}ว{GLUE}{NBSP}{GLUE}แห้{GLUE}ง"  # no space to break at
    assert unbreakable("Expert review") == "Expert review"  # a no-wrap span holds Latin text


def test_the_segmenter_survives_a_pickle() -> None:
    import pickle

    segmenter = Segmenter(["ไม่", "ได้"])
    segmenter.run_words("ไม่ได้")
    again = pickle.loads(pickle.dumps(segmenter))
    assert again.run_words("ไม่ได้") == ("ไม่", "ได้")


needs_pythainlp = pytest.mark.skipif(importlib.util.find_spec("pythainlp") is None,
                                     reason="PyThaiNLP is a test dependency (pip install -e .[test])")


def packaging_module(name: str):  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(ROOT / "packaging"))


@needs_pythainlp
def test_the_bundled_word_list_is_current() -> None:
    thai_words = packaging_module("thai_words")
    words = resources.content_dir() / "th" / "words.txt"
    assert words.read_text(encoding="utf-8") == thai_words.text(), (
        "th/words.txt is out of date with the Thai content: run `make thai-words`")


@needs_pythainlp
def test_the_segmenter_cuts_our_content_as_pythainlp_does() -> None:
    from pythainlp.tokenize import word_tokenize
    from pythainlp.util import dict_trie

    content = resources.content_dir() / "th"
    ours = Segmenter(read_words(content / "words.txt"))
    trie = dict_trie(packaging_module("thai_words").dictionary())
    runs = set()
    for path in content.glob("*.md"):
        runs.update(re.findall(r"[\u0e01-\u0e4f]+", path.read_text(encoding="utf-8")))
    assert len(runs) > 1000
    differ = []
    for run in sorted(runs):
        theirs = word_tokenize(run, custom_dict=trie, engine="newmm")
        joined: list[str] = []
        for word in theirs:  # we keep ๆ with its word (no line may begin with it)
            if word == "ๆ" and joined:
                joined[-1] += word
            else:
                joined.append(word)
        if tuple(joined) != ours.run_words(run):
            differ.append(run)
    assert differ == []


def test_fragments_of_the_general_dictionary_never_cut_a_word() -> None:
    # PyThaiNLP's dictionary holds fragments ("ผิ", "วจะ", "กล้อ"): its own cut of "แม้ผิวจะ"
    # is แม้|ผิ|วจะ, a line break inside ผิว. search-words.toml's not_words leaves them out.
    ours = bundled_segmenter(resources.content_dir())
    assert ours.run_words("แม้ผิวจะดูไม่มีผื่น") == ("แม้", "ผิว", "จะ", "ดู", "ไม่", "มี", "ผื่น")
    assert ours.run_words("อาจถูกล้อ") == ("อาจ", "ถูก", "ล้อ")
    assert ours.run_words("อาการบวม") == ("อาการ", "บวม")
    assert ours.run_words("เจ้าหน้าที่จะ") == ("เจ้าหน้าที่", "จะ")
    assert ours.run_words("สงบดี") == ("สงบ", "ดี")
