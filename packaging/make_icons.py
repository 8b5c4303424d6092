"""Draw the app icon (``resources/icons/eczema-explained.svg``) as PNG, ICO and ICNS.

Run with the build environment's Python (it has PySide6): ``python make_icons.py OUT_DIR``.
Windows needs ``.ico`` and macOS ``.icns`` for the executable; Qt's image plugins write both,
so the build needs no other imaging library.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "eczema-explained.svg"


def draw(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon as a square ARGB image of ``size`` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main(out: Path) -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"make_icons: cannot read {SOURCE}", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    large = draw(renderer, 256)
    written = []
    for name, image, fmt in (("eczema-explained.png", large, "PNG"),
                             ("eczema-explained.ico", large, "ICO"),
                             ("eczema-explained.icns", draw(renderer, 512), "ICNS")):
        path = out / name
        if image.save(str(path)):  # Qt picks the format by the suffix
            written.append(name)
        else:
            print(f"make_icons: Qt could not write {fmt}; {name} skipped", file=sys.stderr)
    print(f"make_icons: {', '.join(written)} in {out}")
    return 0 if "eczema-explained.png" in written else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"))
