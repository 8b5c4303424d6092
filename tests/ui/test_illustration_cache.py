"""Pictures kept as pixels: a page's illustration is drawn once and read back afterwards, in this
session and later ones, without parsing its SVG; changes, broken files and no cache all work."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage

from edu_app import code_version
from edu_app.core import paths
from edu_app.core.model import IllustrationText
from edu_app.paint import illustrations as illustration_paint
from edu_app.ui import illustration_cache
from edu_app.ui.illustration import IllustrationView

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 600" width="800" height="600">'
    '<rect x="0" y="0" width="800" height="600" fill="#ffffff"/>'
    '<circle cx="400" cy="300" r="150" fill="{skin}"/>'
    '<rect id="label-skin" x="20" y="20" width="300" height="80" fill="none" stroke="none"/>'
    "</svg>"
)
TEXTS = IllustrationText("A circle.", {"label-skin": "Skin"}, {"skin": "The wall."})


def new_session() -> None:
    """What a fresh start of the program has in memory: nothing drawn or parsed yet."""
    illustration_cache.reset()


@pytest.fixture(autouse=True)
def fresh() -> None:
    new_session()


def pictures() -> list[Path]:
    return sorted(paths.user_cache_dir().glob("picture-*.rgb32"))


def view_of(qtbot, svg: Path, size: tuple[int, int] = (480, 380)) -> IllustrationView:  # type: ignore[no-untyped-def]
    view = IllustrationView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.set_illustration(svg, TEXTS)
    return view


def centre(view: IllustrationView, image: QImage) -> QColor:
    point = view._target.center().toPoint()
    return image.pixelColor(point)


def test_a_picture_is_drawn_once_then_read_back_without_parsing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    svg = tmp_path / "skin.svg"
    svg.write_text(SVG.format(skin="#d9604c"), encoding="utf-8")
    view = view_of(qtbot, svg)
    first = view.grab().toImage()
    assert centre(view, first).name() == "#d9604c"
    assert len(pictures()) == 1
    new_session()
    again = view.grab().toImage()
    assert again == first  # the same pixels, label included
    assert illustration_paint._renderer.cache_info().currsize == 0  # no SVG was parsed
    assert view.has_illustration and view.needed_height(480) > 150
    assert [element for _, element in view._boxes] == ["label-skin"]  # labels still tappable


def test_a_changed_svg_is_drawn_afresh(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    svg = tmp_path / "skin.svg"
    svg.write_text(SVG.format(skin="#d9604c"), encoding="utf-8")
    view = view_of(qtbot, svg)
    view.grab()
    svg.write_text(SVG.format(skin="#2060d0"), encoding="utf-8")  # same size, new time
    stat = svg.stat()
    os.utime(svg, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    new_session()
    assert centre(view, view.grab().toImage()).name() == "#2060d0"
    assert len(pictures()) == 2


def test_a_broken_picture_file_is_drawn_again(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    svg = tmp_path / "skin.svg"
    svg.write_text(SVG.format(skin="#d9604c"), encoding="utf-8")
    view = view_of(qtbot, svg)
    first = view.grab().toImage()
    (kept,) = pictures()
    kept.write_bytes(b"not pixels")
    (outlines,) = paths.user_cache_dir().glob("outlines-*.pickle")
    outlines.write_bytes(b"\x80\x05 broken")
    new_session()
    assert view.grab().toImage() == first
    assert kept.stat().st_size > 1000  # written again, whole


def test_without_a_cache_folder_pictures_are_drawn_each_time(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDU_APP_NO_CACHE", "1")
    svg = tmp_path / "skin.svg"
    svg.write_text(SVG.format(skin="#d9604c"), encoding="utf-8")
    view = view_of(qtbot, svg)
    first = view.grab().toImage()
    new_session()
    assert view.grab().toImage() == first
    assert centre(view, first).name() == "#d9604c"
    assert not paths.user_cache_dir().exists() or pictures() == []


def test_only_the_newest_pictures_are_kept(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(illustration_cache, "KEEP_PICTURES", 3)
    svg = tmp_path / "skin.svg"
    svg.write_text(SVG.format(skin="#d9604c"), encoding="utf-8")
    view = view_of(qtbot, svg)
    for number, width in enumerate((300, 340, 380, 420, 460)):
        view.resize(width, 380)
        view.grab()
        newest = max(pictures(), key=lambda p: p.stat().st_mtime_ns)
        os.utime(newest, (1000 + number, 1000 + number))  # file times this machine can tell apart
    kept = pictures()
    assert len(kept) == 3
    assert {p.stat().st_mtime for p in kept} == {1002, 1003, 1004}


def test_tones_share_a_picture_only_when_it_shows_no_skin(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    skin, plain = tmp_path / "skin.svg", tmp_path / "plain.svg"
    skin.write_text(SVG.format(skin="#f1c9a8"), encoding="utf-8")  # a tone colour: follows the tone
    plain.write_text(SVG.format(skin="#2060d0"), encoding="utf-8")
    view = view_of(qtbot, plain)
    view.grab()
    view.set_tone("dark")
    view.grab()
    assert len(pictures()) == 1
    view.set_illustration(skin, TEXTS)
    view.set_tone("light")
    light = centre(view, view.grab().toImage())
    view.set_tone("dark")
    dark = centre(view, view.grab().toImage())
    assert len(pictures()) == 3 and dark.lightness() < light.lightness()


def test_the_stage_repaints_strokes_without_the_svg_and_never_keeps_them(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from edu_app.core.drawing import Drawing
    from edu_app.ui.clinician.stage import StepStage

    svg = tmp_path / "skin.svg"
    svg.write_text(SVG.format(skin="#d9604c"), encoding="utf-8")
    stage = StepStage(interactive=True)
    qtbot.addWidget(stage)
    stage.resize(640, 480)
    drawing = Drawing()
    stage.show_step(svg, TEXTS, drawing)
    before = stage.grab().toImage()
    assert before.pixelColor(stage.target.center().toPoint()).name() == "#d9604c"
    kept = {p: p.read_bytes() for p in pictures()}
    illustration_paint.forget_parsed()
    stage.tool = "pen"
    target = stage.target
    stage.pen_down(QPointF(target.x() + 10, target.bottom() - 20))
    stage.pen_up(QPointF(target.right() - 10, target.bottom() - 20))
    after = stage.grab().toImage()
    assert illustration_paint._renderer.cache_info().currsize == 0  # the picture was kept
    assert after.pixelColor(target.center().toPoint()).name() == "#d9604c"
    assert after != before  # the stroke is there
    stage.repaint()
    assert {p: p.read_bytes() for p in pictures()} == kept  # drawings never reach the disk


def test_an_unwritable_cache_folder_only_means_drawing_each_time(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    svg = tmp_path / "skin.svg"
    svg.write_text(SVG.format(skin="#d9604c"), encoding="utf-8")
    view = view_of(qtbot, svg)
    first = view.grab().toImage()
    assert centre(view, first).name() == "#d9604c"
    new_session()
    assert view.grab().toImage() == first
    assert blocked.read_text(encoding="utf-8").startswith("a file")


def test_changed_drawing_code_draws_afresh(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    svg = tmp_path / "skin.svg"
    svg.write_text(SVG.format(skin="#d9604c"), encoding="utf-8")
    view = view_of(qtbot, svg)
    view.grab()
    illustration_paint.thumbnail(str(svg), 120, 90, 1.0)
    cache = paths.user_cache_dir()
    assert (len(pictures()), len(list(cache.glob("thumb-*"))), len(list(cache.glob("outlines-*")))) \
        == (1, 1, 1)
    # The next start of the program, after an edit to the code that draws illustrations
    real = code_version.module_checksum
    monkeypatch.setattr(code_version, "module_checksum",
                        lambda module: "edited" if module == "edu_app.paint.illustrations" else real(module))
    code_version.of.cache_clear()
    illustration_paint.thumbnail.cache_clear()
    new_session()
    view.grab()
    assert illustration_paint._renderer.cache_info().currsize > 0  # parsed and drawn again
    illustration_paint.thumbnail(str(svg), 120, 90, 1.0)
    assert (len(pictures()), len(list(cache.glob("thumb-*"))), len(list(cache.glob("outlines-*")))) \
        == (2, 2, 2)
    code_version.of.cache_clear()
