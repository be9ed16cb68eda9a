"""Render packaging/linux/keukentafel.svg to the PNG sizes of the hicolor theme and a Windows .ico.

Run after changing the SVG (the results are committed, so a build needs no image tools):

    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SVG = HERE / "linux" / "keukentafel.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    out = HERE / "linux" / "icons"
    out.mkdir(exist_ok=True)
    for size in SIZES:
        render(renderer, size).save(str(out / f"keukentafel-{size}.png"))
    # Qt's ico writer stores one image per file; Windows picks 256 and scales down well enough.
    if not render(renderer, 256).save(str(HERE / "windows" / "keukentafel.ico")):
        print("no ICO writer (Qt imageformats plug-in qico missing)", file=sys.stderr)
        return 1
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
