"""Red error borders: painted when a field has an error, gone as soon as it has none.

What matters is what the screen shows, not the widget's property: the border
used to stay painted red after the field was filled by an undo or a redo,
until the field was clicked again. So these tests read the window's pixels.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from editor.ui.main_window import MainWindow

ADDRESS = ("organisation", "address")


def painted_red(window: MainWindow, widget: QWidget) -> bool:
    """True when the top edge of ``widget``, as last painted on screen, is red."""
    QCoreApplication.processEvents()  # pending paints reach the screen
    top_left = widget.mapTo(window, QPoint(0, 0))
    edge = (
        window.screen()
        .grabWindow(window.winId(), top_left.x(), top_left.y(), widget.width(), 1)
        .toImage()
    )
    reds = 0
    for x in range(edge.width()):
        color = edge.pixelColor(x, 0)
        if color.red() > 150 and color.green() < 100 and color.blue() < 100:
            reds += 1
    return reds > edge.width() // 2


def check_after_the_paint(window: MainWindow) -> None:
    """The check's run comes after the edit has been painted (its debounce)."""
    QCoreApplication.processEvents()
    window.findings.refresh()


def test_the_border_follows_the_check_after_an_undo_and_a_redo(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    window.resize(1366, 768)
    with qtbot.waitExposed(window):
        window.show()
    window.findings.refresh()
    address = window.tabs.widget(0).address
    assert painted_red(window, address)  # the starter has no address: an error

    window.store.set_field(ADDRESS, "Marktstraat 1")
    check_after_the_paint(window)
    assert not painted_red(window, address)

    window.store.undo_stack.undo()
    check_after_the_paint(window)
    assert address.property("hasError")
    assert painted_red(window, address)

    window.store.undo_stack.redo()
    check_after_the_paint(window)
    assert not painted_red(window, address)
