"""A new shop entered from start to finish, by keyboard and mouse, on the real window.

The window is the program's own, with its real dialogs (the catalog, the file
dialogs): only QTest's key presses and mouse clicks drive it. The test counts
them, so the effort an owner needs is a number that can be watched: it is
printed and recorded as the test's properties "keys" and "clicks".
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from editor.core.model import ServiceKind
from editor.core.project_file import load_project
from editor.core.starter import starter_project
from editor.ui.catalog_dialog import CatalogDialog
from editor.ui.main_window import MainWindow
from editor.ui.store import Store

Modifier = Qt.KeyboardModifier
SHOP = "Bakkerij Zoet"


class Hands:
    """Presses keys and clicks the mouse like an owner, and counts both."""

    def __init__(self) -> None:
        self.keys = 0  # every key pressed, the typed characters included
        self.typed = 0  # of those, the characters of the shop's own facts
        self.clicks = 0

    def type(self, text: str, into: QWidget | None = None) -> None:
        """Type ``text`` where the cursor is (``into``: the field a dialog focused)."""
        widget = into or QApplication.focusWidget()
        assert widget is not None, "nowhere to type"
        QTest.keyClicks(widget, text)
        self.keys += len(text)
        self.typed += len(text)

    def press(
        self,
        key: Qt.Key,
        modifier: Qt.KeyboardModifier = Modifier.NoModifier,
        into: QWidget | None = None,
    ) -> None:
        widget = into or QApplication.focusWidget() or QApplication.activeWindow()
        assert widget is not None
        QTest.keyClick(widget, key, modifier)
        QCoreApplication.processEvents()  # what a key queues (a table cell's commit)
        self.keys += 1

    def click(self, widget: QWidget) -> None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.clicks += 1


def back_in(window: QWidget) -> None:
    """A closed dialog gives the window back its activation (the window system's job)."""
    QCoreApplication.processEvents()
    if QApplication.activeWindow() is not window:
        # Offscreen keeps the closed dialog "active"; a desktop would not.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            QApplication.setActiveWindow(window)
    assert QApplication.activeWindow() is window


def in_next_dialog(kind: type[QDialog], act: Callable[[QDialog], None]) -> list[QDialog]:
    """Run ``act`` on the next modal dialog of ``kind`` as soon as it is open."""
    seen: list[QDialog] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, look)
            return
        seen.append(dialog)
        dialog.activateWindow()
        QTest.qWaitForWindowActive(dialog)
        act(dialog)

    QTimer.singleShot(0, look)
    return seen


@pytest.fixture
def real_windows(qapp: QApplication, tmp_path: Path) -> Iterator[Callable[[], MainWindow]]:
    """Windows with the program's own dialogs (no stand-in questions)."""
    made: list[MainWindow] = []
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)

    def make() -> MainWindow:
        store = Store()
        store.load(starter_project(), None)
        window = MainWindow(store, settings, preview_interval_ms=5)
        window.resize(1366, 768)
        window.show()
        window.activateWindow()
        assert QTest.qWaitForWindowActive(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.store.undo_stack.setClean()
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# Typing a path in the file dialog may open its completer's list, which the
# offscreen platform cannot raise or give the keyboard to: its limits, no fault.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_a_new_shop_from_start_to_reopen(
    qtbot: QtBot,
    real_windows: Callable[[], MainWindow],
    tmp_path: Path,
    record_property: Callable[[str, object], None],
) -> None:
    hands = Hands()
    window = real_windows()
    store = window.store

    # Organisatie: the cursor starts in the shop's name; Alt+letter reaches the rest.
    hands.type(SHOP)
    for letter, text in (
        (Qt.Key.Key_A, "Marktstraat 1"),
        (Qt.Key.Key_P, "1234 AB"),
        (Qt.Key.Key_S, "Delft"),
        (Qt.Key.Key_R, "info@zoet.example"),
        (Qt.Key.Key_M, "Anna de Vries"),
        (Qt.Key.Key_I, "privacy@zoet.example"),
    ):
        hands.press(letter, Modifier.AltModifier)
        hands.type(text)
    organisation, contact = store.project.organisation, store.project.privacy_contact
    assert (organisation.name, organisation.address, organisation.postal_code) == (
        SHOP,
        "Marktstraat 1",
        "1234 AB",
    )
    assert (organisation.city, organisation.email) == ("Delft", "info@zoet.example")
    assert (contact.name, contact.email) == ("Anna de Vries", "privacy@zoet.example")

    # Verwerkers: a payment service from the catalog fills the starter's empty row.
    processors_before = len(store.project.processors)
    hands.press(Qt.Key.Key_3, Modifier.ControlModifier)

    def choose_mollie(dialog: QDialog) -> None:
        assert isinstance(dialog, CatalogDialog)
        search = dialog.focusWidget()
        assert search is dialog.filter  # the dialog opens with the cursor in the search
        hands.type("Mollie", search)
        hands.press(Qt.Key.Key_Return, into=search)

    seen = in_next_dialog(CatalogDialog, choose_mollie)
    hands.press(Qt.Key.Key_K, Modifier.ControlModifier | Modifier.ShiftModifier)
    assert seen, "the catalog did not open"
    back_in(window)
    payment = [p for p in store.project.processors if p.service == ServiceKind.PAYMENT]
    assert [p.name for p in payment] == ["Mollie"]
    assert len(store.project.processors) == processors_before

    # Gegevens: the first kind of data keeps its data three years.
    hands.press(Qt.Key.Key_2, Modifier.ControlModifier)
    hands.press(Qt.Key.Key_T, Modifier.AltModifier)
    hands.press(Qt.Key.Key_A, Modifier.ControlModifier)
    hands.type("3 jaar na de laatste bestelling")
    assert store.project.data_categories[0].retention == "3 jaar na de laatste bestelling"

    # Cookies: one more, added with the mouse and named from the keyboard.
    hands.press(Qt.Key.Key_4, Modifier.ControlModifier)
    cookies = window.tabs.widget(3)
    add = next(
        b for b in cookies.findChildren(QToolButton) if b.defaultAction() is cookies.rows.add_action
    )
    hands.click(add)
    hands.type("_ga")
    hands.press(Qt.Key.Key_Return)
    assert store.project.cookies[-1].name == "_ga"

    # Undo and redo, from the keyboard.
    hands.press(Qt.Key.Key_Z, Modifier.ControlModifier)
    assert store.project.cookies[-1].name == ""
    hands.press(Qt.Key.Key_Z, Modifier.ControlModifier | Modifier.ShiftModifier)
    assert store.project.cookies[-1].name == "_ga"

    # Save As, through the real file dialog.
    target = tmp_path / "zoet.policy.toml"

    def type_file_name(dialog: QDialog) -> None:
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None and dialog.focusWidget() is name  # the cursor is there
        hands.press(Qt.Key.Key_A, Modifier.ControlModifier, into=name)
        hands.type(str(target), name)
        hands.press(Qt.Key.Key_Return, into=name)

    seen = in_next_dialog(QFileDialog, type_file_name)
    hands.press(Qt.Key.Key_S, Modifier.ControlModifier | Modifier.ShiftModifier)
    assert seen, "no file dialog"
    back_in(window)
    assert target.exists() and not store.is_modified()
    assert load_project(target).organisation.name == SHOP

    # Reopen: close it, start again, open the file through the dialog.
    assert window.close()
    again = real_windows()
    seen = in_next_dialog(QFileDialog, type_file_name)
    hands.press(Qt.Key.Key_O, Modifier.ControlModifier)
    assert seen, "no file dialog"
    back_in(again)
    reopened = again.store.project
    assert again.store.path == target.resolve()
    assert reopened.organisation.name == SHOP
    assert reopened.privacy_contact.email == "privacy@zoet.example"
    assert [p.name for p in reopened.processors if p.service == ServiceKind.PAYMENT] == ["Mollie"]
    assert reopened.data_categories[0].retention == "3 jaar na de laatste bestelling"
    assert reopened.cookies[-1].name == "_ga"
    assert again.tabs.widget(0).name.text() == SHOP

    record_property("keys", hands.keys)
    record_property("typed", hands.typed)
    record_property("clicks", hands.clicks)
    others = hands.keys - hands.typed
    print(
        f"\nA new shop from start to reopen: {hands.keys} keys "
        f"({hands.typed} typed characters, {others} other keys), {hands.clicks} clicks"
    )
