"""An evidence badge never breaks across lines: split, "Expert" and "review" could land on two
lines, or on two pages of a handout."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextDocument

from edu_app.core.render import Labels, badge_html, markdown_to_html
from edu_app.core.theme import NORMAL


def lines_of(html: str, width: float) -> list[str]:
    document = QTextDocument()
    font = QFont("Noto Sans")
    font.setPixelSize(14)  # the same whatever other tests did to the application's font
    document.setDefaultFont(font)
    document.setTextWidth(width)
    document.setHtml(html)
    document.size()  # lays the text out
    block = document.firstBlock()
    layout = block.layout()
    return [block.text()[layout.lineAt(i).textStart():][: layout.lineAt(i).textLength()]
            for i in range(layout.lineCount())]


def test_a_badge_stays_on_one_line(qapp) -> None:  # type: ignore[no-untyped-def]
    badge = badge_html("expert", NORMAL, Labels())
    words = "Some text before the badge, long enough to wrap"
    for width in range(160, 420, 7):  # wherever the line ends, the badge moves whole
        lines = lines_of(f"<p>{words} {badge} and after.</p>", width)
        assert any("Expert" in line and "review" in line for line in lines), (width, lines)


def all_lines(html: str, width: float) -> list[str]:
    """The text of every line of every block of ``html`` (tables and callouts included), laid
    out at ``width`` in Noto Sans (Thai falling back to Noto Sans Thai) of 14 px."""
    document = QTextDocument()
    font = QFont("Noto Sans")
    font.setFamilies(["Noto Sans", "Noto Sans Thai"])
    font.setPixelSize(14)  # the same whatever other tests did to the application's font
    document.setDefaultFont(font)
    document.setTextWidth(width)
    document.setHtml(html)
    document.size()  # lays the text out
    lines = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            lines.append(block.text()[line.textStart():][: line.textLength()])
        block = block.next()
    return lines


def badge_lines(html: str, width: float, label: str) -> list[str]:
    """The lines that hold part of ``label``'s first or last word."""
    return [line for line in all_lines(html, width)
            if label.split()[0] in line or label.split()[-1] in line]


MARKDOWN = """Some words before the badge, long enough to wrap here and there {ev:rct} and after.

| Treatment | Evidence |
|---|---|
| Cream | A claim with words around it {ev:review} in a narrow cell |

!!! danger "Get help now"
    Go to a doctor today if the skin is hot, weeping and painful {ev:expert} now.
"""


def test_badges_written_in_markdown_stay_whole_in_text_tables_and_callouts(qapp) -> None:  # type: ignore[no-untyped-def]
    html = markdown_to_html(MARKDOWN, NORMAL, Labels())
    for label in ("Randomised trial", "Review of studies", "Expert review"):
        for width in range(250, 460, 9):  # (narrower, a two-column table has no room for it)
            lines = badge_lines(html, width, label)
            assert lines and any(label in line.replace("\u00a0", " ") for line in lines), \
                (label, width, lines)


THAI_LABELS = Labels(evidence={"rct": "การทดลองแบบสุ่ม", "review": "การทบทวนงานวิจัย",
                               "expert": "บทสรุปจากผู้เชี่ยวชาญ"})
THAI_MARKDOWN = """ทายาให้ผิวชุ่มชื้นทุกวัน ช่วยลดอาการคันและช่วยให้ผิวกลับมาแข็งแรง {ev:rct} หลังจากนั้น

| การรักษา | หลักฐาน |
|---|---|
| ครีม | แนวทางเวชปฏิบัติแนะนำอย่างยิ่ง {ev:review} ในช่องแคบ |

!!! danger "ไปพบแพทย์"
    ไปพบแพทย์วันนี้ถ้าผิวร้อน มีน้ำเหลืองไหล และเจ็บ {ev:expert} ทันที
"""


def thai_badge_breaks(html: str) -> list[tuple[str, int, list[str]]]:
    """Each (label, width) at which a Thai badge is not whole on one line."""
    broken = []
    for width in range(300, 520, 6):
        lines = [line.replace("\u180e", "") for line in all_lines(html, width)]
        broken += [(label, width, lines) for label in THAI_LABELS.evidence.values()
                   if not any(label in line for line in lines)]
    return broken


def test_thai_badges_stay_whole_in_text_tables_and_callouts(qapp) -> None:  # type: ignore[no-untyped-def]
    html = markdown_to_html(THAI_MARKDOWN, NORMAL, THAI_LABELS)
    assert thai_badge_breaks(html) == []


def test_without_glue_qt_breaks_thai_badges_where_libthai_is(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The control: Qt's Thai line breaking (libthai) ignores no-wrap, so the glue is needed."""
    import ctypes.util

    if ctypes.util.find_library("thai") is None:
        pytest.skip("without libthai Qt breaks Thai only at our marks (none inside a badge)")
    import edu_app.core.markdown_ext as extension

    monkeypatch.setattr(extension, "unbreakable", lambda text: text)
    html = markdown_to_html(THAI_MARKDOWN, NORMAL, THAI_LABELS)
    assert thai_badge_breaks(html) != []
