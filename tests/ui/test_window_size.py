"""The window on a small screen: a minimum of at most 1024x640, and the form gives way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from editor.ui.main_window import PREVIEW_MINIMUM_WIDTH, MainWindow

MakeWindow = Callable[[], MainWindow]


def resized(window: MainWindow, width: int, height: int) -> None:
    window.resize(width, height)
    QCoreApplication.processEvents()


def test_the_minimum_size_fits_a_1024_by_640_screen(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    with qtbot.waitExposed(window):
        window.show()
    minimum = window.minimumSize().expandedTo(window.minimumSizeHint())
    assert minimum.width() <= 1024 and minimum.height() <= 640
    resized(window, 800, 600)  # smaller than allowed: the window stays at its minimum
    assert window.width() >= minimum.width()
    assert window.preview.width() >= PREVIEW_MINIMUM_WIDTH


def test_a_narrower_window_takes_room_from_the_form_too(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    with qtbot.waitExposed(window):
        window.show()
    resized(window, 1366, 768)
    form_wide = window.splitter.sizes()[0]
    resized(window, 1024, 640)
    form_narrow, preview_narrow = window.splitter.sizes()
    assert form_narrow < form_wide
    # A readable column, not the 180 px that once broke "betaalgegeven s".
    assert preview_narrow >= 400


def test_the_status_bar_is_not_cut_at_the_minimum_size(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    with qtbot.waitExposed(window):
        window.show()
    window.findings.refresh()
    resized(window, 1024, 640)
    bar = window.statusBar()
    for child in bar.findChildren(QWidget):
        if child.isVisible() and child.parentWidget() is bar:
            assert child.width() >= child.sizeHint().width(), child.objectName()
