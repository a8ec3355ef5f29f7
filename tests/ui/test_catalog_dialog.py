"""The catalog dialog: type to filter, arrows and Enter to choose."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from editor.core.catalog import catalog_date, load_catalog, long_date
from editor.ui.catalog_dialog import CatalogDialog, CatalogModel


@pytest.fixture
def dialog(qtbot) -> CatalogDialog:
    dialog = CatalogDialog()
    qtbot.addWidget(dialog)
    return dialog


def _names(dialog: CatalogDialog) -> list[str]:
    model = dialog.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_catalog_model_passes_the_model_tester(qtmodeltester) -> None:
    model = CatalogModel(load_catalog())
    qtmodeltester.check(model)
    model.set_filter("post")
    model.set_filter("")
    assert model.rowCount() == len(load_catalog())


def test_the_list_shows_name_kind_and_country(dialog: CatalogDialog) -> None:
    dialog.filter.setText("Mollie")
    model = dialog.model
    assert [model.index(0, column).data() for column in range(3)] == [
        "Mollie",
        "Betalingen",
        "Nederland",
    ]


def test_typing_filters_and_chooses_the_first_match(dialog: CatalogDialog) -> None:
    everything = len(_names(dialog))
    QTest.keyClicks(dialog.filter, "post")
    assert "PostNL" in _names(dialog) and len(_names(dialog)) < everything
    assert dialog.selected_entry() is not None
    assert dialog.selected_entry().name == _names(dialog)[0]


def test_the_dialog_says_entries_must_be_checked_and_how_old_they_are(
    dialog: CatalogDialog,
) -> None:
    dialog.filter.setText("Mollie")
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.details)))
    assert "contract" in texts
    assert f"Catalogus van {long_date(catalog_date())}: controleer bij de partij" in texts
    assert "checked" not in texts.casefold() and "gecontroleerd" not in texts.casefold()
    entry = dialog.selected_entry()
    assert entry is not None
    assert f"Item van {long_date(entry.as_of)}; bron: {entry.source}." in dialog.details.text()


def test_search_finds_by_alias_and_by_kind(dialog: CatalogDialog) -> None:
    dialog.filter.setText("AfterPay")
    assert _names(dialog) == ["Riverty"]
    dialog.filter.setText("Betalingen")
    assert "Mollie" in _names(dialog) and "PostNL" not in _names(dialog)


def test_self_hosted_software_explains_and_adds_nothing(dialog: CatalogDialog) -> None:
    dialog.filter.setText("WooCommerce")
    assert _names(dialog)[0] == "WooCommerce"
    assert dialog.model.index(0, 2).data() == "eigen server"
    assert "hostingpartij" in dialog.details.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_nothing_found_adds_nothing(dialog: CatalogDialog) -> None:
    dialog.filter.setText("geen-dienst-met-deze-naam")
    assert dialog.selected_entry() is None
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Niets gevonden" in dialog.details.text()


def test_keyboard_down_into_the_list_and_enter_to_add(qtbot, dialog: CatalogDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.filter.setFocus()
    QTest.keyClicks(dialog.filter, "dhl")
    QTest.keyClick(dialog.filter, Qt.Key.Key_Down)
    assert dialog.table.hasFocus()
    chosen = dialog.selected_entry()
    assert chosen is not None and "DHL" in chosen.name
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.selected_entry() == chosen


def test_enter_in_the_search_field_adds_the_first_match(qtbot, dialog: CatalogDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    QTest.keyClicks(dialog.filter, "sendcloud")
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(dialog.filter, Qt.Key.Key_Return)
    entry = dialog.selected_entry()
    assert entry is not None and entry.name == "Sendcloud"
