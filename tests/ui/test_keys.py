"""The keyboard: where the cursor starts, Ctrl+1..6, Alt+letters and a focused check box."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from editor.ui.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]


def shown(qtbot: QtBot, make_window: MakeWindow) -> MainWindow:
    window = make_window()
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    return window


def letter(text: str) -> str | None:
    """The Alt+letter of a caption ("Bewaar&termijn" -> "t"), if it has one."""
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def captions(page: QWidget) -> list[str]:
    """Every caption in ``page`` that can carry a letter (shown or hidden)."""
    texts = []
    for child in page.findChildren(QWidget):
        is_caption = isinstance(child, QLabel) and child.buddy() is not None
        if is_caption or isinstance(child, QAbstractButton):
            texts.append(child.text())
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
    return [text for text in texts if letter(text)]


def test_the_cursor_starts_in_the_shop_name(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = shown(qtbot, make_window)
    assert QApplication.focusWidget() is window.tabs.widget(0).name
    QTest.keyClicks(QApplication.focusWidget(), "Zoet")
    assert window.store.project.organisation.name == "Zoet"


def test_ctrl_and_a_number_puts_the_cursor_in_the_tabs_first_field(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = shown(qtbot, make_window)
    window.preview.setFocus()
    for index in reversed(range(window.tabs.count())):
        QTest.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        page = window.tabs.widget(index)
        assert window.tabs.currentIndex() == index
        focused = QApplication.focusWidget()
        assert focused is not None and page.isAncestorOf(focused)
        assert focused is page.first_field()
    assert QApplication.focusWidget() is window.tabs.widget(0).name


def test_no_alt_letter_is_taken_twice_in_a_tab_or_by_a_menu(make_window: MakeWindow) -> None:
    window = make_window()
    menu_letters = [letter(action.text()) for action in window.menuBar().actions()]
    assert None not in menu_letters
    assert len(set(menu_letters)) == len(menu_letters), menu_letters
    for menu in window.menuBar().findChildren(QMenu):
        items = [letter(a.text()) for a in menu.actions() if not a.isSeparator() and a.text()]
        taken = [item for item in items if item is not None]
        assert len(set(taken)) == len(taken), (menu.title(), items)
    clashes = {}
    for index in range(window.tabs.count()):
        texts = captions(window.tabs.widget(index))
        letters = [letter(text) for text in texts]
        assert len(set(letters)) == len(letters), (window.tabs.tabText(index), sorted(texts))
        with_menus = [text for text in texts if letter(text) in menu_letters]
        if with_menus:
            clashes[window.tabs.tabText(index)] = with_menus
    assert clashes == {}


def test_alt_and_a_field_letter_reaches_the_field_not_a_menu(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = shown(qtbot, make_window)
    window.show_tab(1)  # Gegevens: Bewaar&termijn used to be Alt+B, the Bestand menu's
    page = window.tabs.widget(1)
    QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert QApplication.activePopupWidget() is None
    assert page.retention.isAncestorOf(QApplication.focusWidget()) or (
        QApplication.focusWidget() is page.retention
    )


def test_a_check_box_shows_that_it_has_the_focus(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = shown(qtbot, make_window)
    box = window.tabs.widget(0).is_dpo
    window.tabs.widget(0).name.setFocus()
    without_focus = box.grab().toImage()
    # Clicked, then toggled with Space: no Tab pressed, so Fusion draws no focus frame.
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.hasFocus()
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
    with_focus = box.grab().toImage()
    assert with_focus != without_focus
