"""The catalog dialog: type to filter, arrows and Enter to choose."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from editor.core.catalog import catalog_date, load_catalog, long_date
from editor.core.model import ServiceKind
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


def test_typing_filters_and_chooses_only_a_single_match(dialog: CatalogDialog) -> None:
    everything = len(_names(dialog))
    assert dialog.selected_entry() is None  # nothing chosen for the user
    QTest.keyClicks(dialog.filter, "post")
    assert "PostNL" in _names(dialog) and 1 < len(_names(dialog)) < everything
    assert dialog.selected_entry() is None
    assert "Kies een dienst" in dialog.details.text()
    dialog.filter.setText("Sendcloud")
    assert _names(dialog) == ["Sendcloud"]
    assert dialog.selected_entry() is not None
    assert dialog.selected_entry().name == "Sendcloud"


def test_enter_in_an_empty_search_adds_nothing(qtbot, dialog: CatalogDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.filter.setFocus()
    QTest.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.isVisible()
    QTest.keyClicks(dialog.filter, "post")
    QTest.keyClick(dialog.filter, Qt.Key.Key_Return)  # several found, none chosen
    assert dialog.isVisible()


def test_the_dialog_says_entries_must_be_checked_and_how_old_they_are(
    dialog: CatalogDialog,
) -> None:
    dialog.filter.setText("Mollie")
    assert dialog.selected_entry() is not None
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
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))  # the owner picks it
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


def test_it_offers_to_fill_the_empty_row_of_the_same_kind(qtbot) -> None:
    dialog = CatalogDialog(empty_rows={ServiceKind.PAYMENT: 1})
    qtbot.addWidget(dialog)
    dialog.filter.setText("Mollie")
    assert not dialog.fill_empty.isHidden()
    assert "“Betalingen”" in dialog.fill_empty.text()
    assert dialog.row_to_fill() == 1
    dialog.fill_empty.setChecked(False)  # the owner wants a second row after all
    assert dialog.row_to_fill() is None
    dialog.fill_empty.setChecked(True)
    dialog.filter.setText("Sendcloud")  # another kind: nothing to fill
    assert dialog.fill_empty.isHidden()
    assert dialog.row_to_fill() is None


def test_the_starters_empty_payment_row_is_filled_not_doubled(qtbot, monkeypatch) -> None:
    from editor.core.starter import starter_project
    from editor.ui.store import Store
    from editor.ui.tabs.processors import ProcessorsTab

    store = Store()
    store.load(starter_project(), None)
    offered: list[dict[ServiceKind, int]] = []

    def answer(dialog: CatalogDialog) -> int:
        offered.append(dict(dialog.empty_rows))
        dialog.filter.setText("Mollie")
        return CatalogDialog.DialogCode.Accepted.value

    monkeypatch.setattr(CatalogDialog, "exec", answer)
    tab = ProcessorsTab(store)
    qtbot.addWidget(tab)
    before = len(store.project.processors)
    payment_row = next(
        row for row, p in enumerate(store.project.processors) if p.service == ServiceKind.PAYMENT
    )
    tab.catalog_action.trigger()
    assert offered == [{ServiceKind.HOSTING: 0, ServiceKind.PAYMENT: payment_row}]
    assert len(store.project.processors) == before  # no second payment row
    assert store.project.processors[payment_row].name == "Mollie"
    assert store.project.processors[payment_row].catalog
    assert tab.rows.current_row() == payment_row and tab.name.text() == "Mollie"
    assert store.undo_stack.undoText() == "Vul Mollie in uit de catalogus"
    store.undo_stack.undo()
    assert store.project.processors[payment_row].name == ""
