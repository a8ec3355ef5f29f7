"""The program's icon ships twice: the SVG the window uses (editor/ui/look.py) and
a PNG drawn from it for the bundle and the Linux menu entry (packaging/)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from editor.core.resources import resource_path
from editor.ui.app import DESKTOP_FILE_NAME, create_application


def test_the_desktop_knows_the_program_by_its_desktop_file(qapp: QApplication) -> None:
    create_application(["policy-editor"])
    assert QGuiApplication.desktopFileName() == DESKTOP_FILE_NAME
    assert not QGuiApplication.windowIcon().isNull()


def test_the_png_is_the_svg_drawn(qapp: QApplication) -> None:
    """Whoever changes the SVG redraws the PNG (as this test does) and commits both."""
    svg = QSvgRenderer(bytes(resource_path("icons", "policy-editor.svg").read_bytes()))
    assert svg.isValid()
    drawn = QImage(256, 256, QImage.Format.Format_ARGB32)
    drawn.fill(QColor(0, 0, 0, 0))
    painter = QPainter(drawn)
    svg.render(painter)
    painter.end()
    png = QImage()
    assert png.loadFromData(bytes(resource_path("icons", "policy-editor.png").read_bytes()), "PNG")
    png = png.convertToFormat(QImage.Format.Format_ARGB32)
    assert png.size() == QSize(256, 256)
    # Another Qt may smooth the edges a little differently: nearly every pixel the same.
    points = [(x, y) for x in range(0, 256, 2) for y in range(0, 256, 2)]
    different = sum(
        max(
            abs(a - b)
            for a, b in zip(
                QColor(png.pixel(x, y)).getRgb(), QColor(drawn.pixel(x, y)).getRgb(), strict=True
            )
        )
        > 16
        for x, y in points
    )
    assert different < len(points) // 100
