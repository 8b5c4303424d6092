"""The Thai reviewer's rejected terms stay out of what patients read (docs/thai-terms.md).

Search may still understand them: search-words.toml and glossary aliases are what people type,
so they are not checked here.
"""

from __future__ import annotations

import re
import tomllib

from edu_app import resources

REJECTED = {
    "การฉายแสง": "light therapy reads as cancer radiotherapy: การรักษาด้วยแสงยูวี",
    "ฉายแสง": "ส่องแสงยูวี",
    "หัวใจวาย": "heart attack is กล้ามเนื้อหัวใจขาดเลือดเฉียบพลัน",
    "คำเตือนในกรอบ": "คำเตือนกรอบดำ",
    "แนะนำอย่างหนักแน่น": "แนะนำอย่างยิ่ง",
    "ยุติธรรม": "การทดลองที่เปรียบเทียบอย่างเป็นธรรม",
    "ครีมทาผิว": "moisturiser is ครีมบำรุงผิว",
    "ผิวสีกลาง": "ผิวสองสี",
    "ระหว่างการทดสอบ": "ยังอยู่ระหว่างการวิจัย",
    "สารสื่อสาร": "สารสื่อ",
}


def _patient_text() -> dict[str, str]:
    folder = resources.content_dir() / "th"
    texts = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.md")}
    for path in folder.glob("*.toml"):
        if path.name == "search-words.toml":
            continue
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        shown = []
        for table in data.values():  # terms, definitions, labels, alt and info texts
            if isinstance(table, dict):
                shown += [v for k, v in table.items() if isinstance(v, str)]
        texts[path.name] = "\n".join(shown)
    ts = resources.translations_dir() / "edu_app_th.ts"
    texts[ts.name] = "\n".join(re.findall(r"<translation>(.*?)</translation>",
                                          ts.read_text(encoding="utf-8"), re.DOTALL))
    return texts


def test_no_rejected_thai_term_is_shown() -> None:
    texts = _patient_text()
    assert len(texts) >= 15 and "ครีมบำรุงผิว" in texts["treatments.md"]
    found = [f"{name}: {term} ({why})" for name, text in texts.items()
             for term, why in REJECTED.items() if term in text]
    assert found == []


def test_faq_questions_do_not_say_i() -> None:
    folder = resources.content_dir() / "th"
    questions = [line for p in folder.glob("faq*.md")
                 for line in p.read_text(encoding="utf-8").splitlines() if line.startswith("## ")]
    assert len(questions) >= 25
    assert [q for q in questions if "ฉัน" in q] == []
