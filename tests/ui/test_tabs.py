"""The tabs: widgets set in a test change the project only through the store.

Each change must be exactly one undo step, and undoing it must give back the
project as it was (so nothing was changed behind the store's back).
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from editor.core.catalog import load_catalog
from editor.core.model import (
    Address,
    Cookie,
    CustomSection,
    DataCategory,
    LegalBasis,
    Organisation,
    Processor,
    Project,
    Relationship,
    ServiceKind,
    TransferSafeguard,
)
from editor.core.project_file import load_project
from editor.ui.store import Store
from editor.ui.tabs import tab_makers
from editor.ui.tabs.base import TabPage
from editor.ui.tabs.cookies import CookiesTab
from editor.ui.tabs.data_categories import DataCategoriesTab
from editor.ui.tabs.document import DocumentTab
from editor.ui.tabs.organisation import OrganisationTab
from editor.ui.tabs.processors import ProcessorsTab
from editor.ui.tabs.rights_options import RightsOptionsTab
from tests.conftest import SHARED

LUXIGO = SHARED / "examples" / "luxigo.policy.toml"


def create_tabs(store: Store) -> list[tuple[str, TabPage]]:
    """Every tab at once, in the window's order (the window makes them one by one)."""
    return [(title, make(store, None)) for title, make in tab_makers()]


def _project() -> Project:
    return Project(
        data_categories=[
            DataCategory("Bestellingen", ["Naam"], ["Bezorgen"], LegalBasis.CONTRACT),
            DataCategory("Statistieken", legal_basis=LegalBasis.LEGITIMATE_INTERESTS),
        ],
        processors=[
            Processor("Mollie", ServiceKind.PAYMENT, country="NL"),
            Processor("Google", ServiceKind.ANALYTICS, country="US"),
            Processor("PostNL", ServiceKind.SHIPPING, country="NL"),
        ],
        cookies=[Cookie("_ga", "Google")],
        custom_sections=[CustomSection("Auteursrecht", "Tekst")],
    )


@pytest.fixture
def store() -> Store:
    return Store(_project())


def one_step(store: Store, change: Callable[[], None]) -> None:
    """``change`` adds exactly one undo step, and undo restores the project."""
    before = copy.deepcopy(store.project)
    count = store.undo_stack.count()
    change()
    assert store.undo_stack.count() == count + 1
    assert store.project != before
    store.undo_stack.undo()
    assert store.project == before
    store.undo_stack.redo()


def test_create_tabs_gives_the_six_tabs_in_order(qtbot, store: Store) -> None:
    tabs = create_tabs(store)
    for _, tab in tabs:
        qtbot.addWidget(tab)
    assert [title for title, _ in tabs] == [
        "Organisatie",
        "Gegevens",
        "Verwerkers",
        "Cookies",
        "Rechten en opties",
        "Document",
    ]
    assert [tab.section_key() for _, tab in tabs] == [
        "intro",
        "data",
        "recipients",
        "cookies",
        "rights",
        None,
    ]


def test_every_field_has_an_accessible_name(qtbot) -> None:
    store = Store(load_project(LUXIGO))
    for _, tab in create_tabs(store):
        qtbot.addWidget(tab)
        for widget in tab.findChildren(QWidget):
            in_form = widget.window() is tab  # not a combo box's popup list
            if in_form and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled():
                name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
                assert name, f"{type(widget).__name__} in {type(tab).__name__} has no name"


# -- Organisatie ---------------------------------------------------------------------


def test_organisation_typing_is_one_step_per_field(qtbot, store: Store) -> None:
    tab = OrganisationTab(store)
    qtbot.addWidget(tab)
    QTest.keyClicks(tab.name, "Luxigo")
    assert store.project.organisation.name == "Luxigo"
    assert store.undo_stack.count() == 1
    assert store.undo_stack.undoText() == "Wijzig naam van de winkel"
    QTest.keyClicks(tab.city, "Delft")
    assert store.undo_stack.count() == 2
    store.undo_stack.undo()
    store.undo_stack.undo()
    assert tab.name.text() == "" and store.project.organisation.name == ""


@pytest.mark.parametrize(
    ("field", "path"),
    [
        ("name", ("organisation", "name")),
        ("kvk_number", ("organisation", "kvk_number")),
        ("address", ("organisation", "address")),
        ("postal_code", ("organisation", "postal_code")),
        ("city", ("organisation", "city")),
        ("country", ("organisation", "country")),
        ("email", ("organisation", "email")),
        ("phone", ("organisation", "phone")),
        ("website", ("organisation", "website")),
        ("contact_name", ("privacy_contact", "name")),
        ("contact_email", ("privacy_contact", "email")),
        ("contact_phone", ("privacy_contact", "phone")),
    ],
)
def test_organisation_line_edits_write_their_field(qtbot, store: Store, field, path) -> None:
    tab = OrganisationTab(store)
    qtbot.addWidget(tab)
    one_step(store, lambda: getattr(tab, field).setText("x@y.nl"))
    assert store.value(path) == "x@y.nl"


def test_organisation_checkbox_and_list(qtbot, store: Store) -> None:
    tab = OrganisationTab(store)
    qtbot.addWidget(tab)
    one_step(store, lambda: tab.is_dpo.setChecked(True))
    assert store.project.privacy_contact.is_dpo is True
    one_step(store, lambda: tab.is_dpo.setChecked(False))  # a second click: its own step

    def add_trade_name() -> None:
        tab.trade_names.new_item.setText("Luxigo Lampen")
        QTest.keyClick(tab.trade_names.new_item, Qt.Key.Key_Return)

    one_step(store, add_trade_name)
    assert store.project.organisation.trade_names == ["Luxigo Lampen"]
    assert tab.trade_names.values() == ["Luxigo Lampen"]


def test_undo_shows_the_old_value_and_keeps_the_cursor(qtbot, store: Store) -> None:
    store.load(Project(organisation=Organisation(name="Luxigo")), None)
    tab = OrganisationTab(store)
    qtbot.addWidget(tab)
    tab.name.setCursorPosition(2)
    QTest.keyClicks(tab.name, "XX")
    assert tab.name.text() == "LuXXxigo"
    assert tab.name.cursorPosition() == 4  # the store's echo did not move the cursor
    store.undo_stack.undo()
    assert tab.name.text() == "Luxigo"


def test_organisation_hints_are_gentle(qtbot, store: Store) -> None:
    tab = OrganisationTab(store)
    qtbot.addWidget(tab)
    hints = {label: text for label, text in tab._hints}
    assert not any(label.isVisibleTo(tab) for label in hints)
    tab.kvk_number.setText("123")
    tab.postal_code.setText("12345")
    tab.email.setText("info@")
    # Typed text is kept as typed; only a hint appears.
    assert store.project.organisation.kvk_number == "123"
    shown = [label.text() for label in hints if label.isVisibleTo(tab)]
    assert len(shown) == 3 and any("8 cijfers" in text for text in shown)
    tab.country.setText("België")  # a Belgian postal code is none of our business
    tab.postal_code.setText("1000")
    tab.kvk_number.setText("12345678")
    tab.email.setText("info@luxigo.nl")
    assert not any(label.isVisibleTo(tab) for label in hints)


# -- Gegevens ------------------------------------------------------------------------


def test_data_category_form_follows_the_chosen_row(qtbot, store: Store) -> None:
    tab = DataCategoriesTab(store)
    qtbot.addWidget(tab)
    assert tab.name.text() == "Bestellingen"
    tab.rows.select_row(1)
    assert tab.name.text() == "Statistieken"
    one_step(store, lambda: QTest.keyClicks(tab.name, " en meer"))
    assert store.project.data_categories[1].name == "Statistieken en meer"
    assert store.project.data_categories[0].name == "Bestellingen"


def test_data_category_fields(qtbot, store: Store) -> None:
    tab = DataCategoriesTab(store)
    qtbot.addWidget(tab)
    path = ("data_categories", 0)
    one_step(store, lambda: tab.legal_basis.setCurrentIndex(tab.legal_basis.findData("consent")))
    assert store.value((*path, "legal_basis")) is LegalBasis.CONSENT
    one_step(store, lambda: tab.retention.setCurrentIndex(0))
    assert store.value((*path, "retention")) == "7 jaar (fiscale bewaarplicht)"
    one_step(store, lambda: QTest.keyClicks(tab.retention.lineEdit(), " of langer"))
    one_step(store, lambda: tab.source.setText("De bezorger"))
    one_step(store, lambda: tab.special.setChecked(True))
    one_step(store, lambda: tab.required.setChecked(True))

    def add_item() -> None:
        tab.items.new_item.setText("Adres")
        tab.items.add_button.click()

    one_step(store, add_item)
    assert store.value((*path, "items")) == ["Naam", "Adres"]
    tab.items.list.setCurrentRow(1)
    one_step(store, lambda: tab.items.up_button.click())
    assert store.value((*path, "items")) == ["Adres", "Naam"]
    tab.purposes.list.setCurrentRow(0)
    one_step(store, tab.purposes.remove_button.click)
    assert store.value((*path, "purposes")) == []


def test_editing_a_list_item_in_place(qtbot, store: Store) -> None:
    tab = DataCategoriesTab(store)
    qtbot.addWidget(tab)
    one_step(store, lambda: tab.items.list.item(0).setText("Voornaam"))
    assert store.project.data_categories[0].items == ["Voornaam"]


def test_legitimate_interest_shows_only_for_that_basis(qtbot, store: Store) -> None:
    tab = DataCategoriesTab(store)
    qtbot.addWidget(tab)
    tab.show()
    assert not tab.legitimate_interest.isVisible()
    tab.rows.select_row(1)
    assert tab.legitimate_interest.isVisible()
    one_step(store, lambda: QTest.keyClicks(tab.legitimate_interest, "Betere website"))
    assert store.project.data_categories[1].legitimate_interest == "Betere website"
    tab.legal_basis.setCurrentIndex(tab.legal_basis.findData("consent"))
    assert not tab.legitimate_interest.isVisible()


def test_data_category_rows_add_remove_move(qtbot, store: Store) -> None:
    tab = DataCategoriesTab(store)
    qtbot.addWidget(tab)
    one_step(store, tab.rows.add_action.trigger)
    assert tab.model.rowCount() == 3 and tab.rows.current_row() == 2
    assert tab.name.isEnabled() and tab.name.text() == ""
    tab.rows.select_row(0)
    one_step(store, tab.rows.down_action.trigger)
    assert [c.name for c in store.project.data_categories][:2] == ["Statistieken", "Bestellingen"]
    assert tab.name.text() == "Bestellingen"  # the form follows the moved row
    one_step(store, tab.rows.remove_action.trigger)
    assert store.undo_stack.undoText().startswith("Verwijder soort gegevens")


def test_removing_the_last_row_empties_the_form(qtbot) -> None:
    store = Store(Project(data_categories=[DataCategory("Enige")]))
    tab = DataCategoriesTab(store)
    qtbot.addWidget(tab)
    tab.rows.remove_action.trigger()
    assert not tab.name.isEnabled() and tab.rows.current_row() == -1
    store.undo_stack.undo()
    assert tab.name.isEnabled() and tab.name.text() == "Enige"


# -- Verwerkers ----------------------------------------------------------------------


def test_processor_fields(qtbot, store: Store) -> None:
    tab = ProcessorsTab(store)
    qtbot.addWidget(tab)
    row = ("processors", 0)
    one_step(store, lambda: QTest.keyClicks(tab.name, " Payments"))
    assert store.value((*row, "name")) == "Mollie Payments"
    one_step(store, lambda: tab.service.setCurrentIndex(tab.service.findData("hosting")))
    assert store.value((*row, "service")) is ServiceKind.HOSTING
    one_step(
        store,
        lambda: tab.relationship.setCurrentIndex(tab.relationship.findData("controller")),
    )
    assert store.value((*row, "relationship")) is Relationship.CONTROLLER
    one_step(store, lambda: tab.purpose.setText("Betalen"))
    one_step(store, lambda: tab.agreement.setChecked(True))
    one_step(store, lambda: tab.privacy_url.setText("https://www.mollie.com/privacy"))
    one_step(store, lambda: QTest.keyClicks(tab.notes, "Contract 2024"))


def test_processor_country_stores_the_code_and_gates_the_safeguard(qtbot, store: Store) -> None:
    tab = ProcessorsTab(store)
    qtbot.addWidget(tab)
    assert tab.country.currentText() == "Nederland"
    assert not tab.transfer_safeguard.isEnabled()
    one_step(store, lambda: tab.country.setCurrentIndex(tab.country.findData("US")))
    assert store.project.processors[0].country == "US"
    assert tab.transfer_safeguard.isEnabled()
    one_step(
        store,
        lambda: tab.transfer_safeguard.setCurrentIndex(tab.transfer_safeguard.findData("dpf")),
    )
    assert store.project.processors[0].transfer_safeguard is TransferSafeguard.DPF

    # Typing a name (any case, no accents) and leaving the field stores its code.
    def type_country() -> None:
        tab.country.lineEdit().setText("belgie")
        tab.country.lineEdit().editingFinished.emit()

    one_step(store, type_country)
    assert store.project.processors[0].country == "BE"
    assert tab.country.currentText() == "België"
    assert not tab.transfer_safeguard.isEnabled()

    # Text that is no country is not stored; a hint says so.
    count = store.undo_stack.count()
    tab.country.lineEdit().setText("Atlantis")
    tab.country.lineEdit().editingFinished.emit()
    assert store.undo_stack.count() == count
    assert "Atlantis" in tab.country_hint.text()


def test_processor_rows_add_duplicate_remove_move(qtbot, store: Store) -> None:
    tab = ProcessorsTab(store)
    qtbot.addWidget(tab)
    one_step(store, tab.rows.add_action.trigger)
    tab.rows.select_row(1)
    one_step(store, tab.duplicate_action.trigger)
    assert store.project.processors[2].name == "Google (kopie)"
    assert tab.rows.current_row() == 2 and tab.name.text() == "Google (kopie)"
    one_step(store, tab.rows.up_action.trigger)
    one_step(store, tab.rows.remove_action.trigger)
    assert store.undo_stack.undoText() == "Verwijder verwerker Google (kopie)"


def test_delete_key_removes_the_row_when_the_table_has_focus(qtbot, store: Store) -> None:
    tab = ProcessorsTab(store)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    QTest.keyClick(tab.table, Qt.Key.Key_Delete)
    assert [p.name for p in store.project.processors] == ["Google", "PostNL"]
    assert store.undo_stack.count() == 1


def test_adding_from_the_catalog_is_one_step(qtbot, store: Store) -> None:
    tab = ProcessorsTab(store)
    qtbot.addWidget(tab)
    entry = next(e for e in load_catalog() if e.name == "Sendcloud")
    with qtbot.waitSignal(tab.section_requested) as requested:
        tab.add_from_catalog(entry)
    assert requested.args == ["recipients"]
    assert tab.model.rowCount() == 4
    assert tab.rows.current_row() == 3 and tab.name.text() == "Sendcloud"
    assert store.undo_stack.count() == 1
    assert store.undo_stack.undoText() == "Voeg Sendcloud toe uit de catalogus"
    tab.name.setText("Sendcloud B.V.")  # still editable
    assert store.project.processors[3].name == "Sendcloud B.V."
    store.undo_stack.undo()
    store.undo_stack.undo()
    assert tab.model.rowCount() == 3


def test_catalog_button_opens_the_dialog_and_adds_its_choice(qtbot, store, monkeypatch) -> None:
    from editor.ui.catalog_dialog import CatalogDialog

    def answer(dialog: CatalogDialog) -> int:
        dialog.filter.setText("mollie")
        return CatalogDialog.DialogCode.Accepted.value

    monkeypatch.setattr(CatalogDialog, "exec", answer)
    tab = ProcessorsTab(store)
    qtbot.addWidget(tab)
    tab.catalog_action.trigger()
    assert store.project.processors[-1].name == "Mollie"
    assert store.undo_stack.count() == 1


def test_selecting_a_processor_asks_for_its_row_in_the_section(qtbot, store: Store) -> None:
    tab = ProcessorsTab(store)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.part_requested) as requested:
        tab.rows.select_row(2)
    assert requested.args == ["recipients", store.project.processors[2].name]


# -- Cookies -------------------------------------------------------------------------


def test_cookie_table_edits_in_place(qtbot, store: Store) -> None:
    tab = CookiesTab(store)
    qtbot.addWidget(tab)
    model = tab.model
    one_step(store, lambda: model.setData(model.index(0, model.column_of("retention")), "2 jaar"))
    assert store.project.cookies[0].retention == "2 jaar"

    # The kind column edits through its combo box delegate.
    index = model.index(0, model.column_of("kind"))
    editor = tab.kind_delegate.createEditor(tab.table.viewport(), None, index)
    tab.kind_delegate.setEditorData(editor, index)
    assert editor.currentData() == "functional"
    editor.setCurrentIndex(editor.findData("marketing"))
    one_step(store, lambda: tab.kind_delegate.setModelData(editor, model, index))
    assert store.project.cookies[0].kind == "marketing"
    assert store.project.cookies[0].consent is True
    editor.deleteLater()


def test_cookie_rows(qtbot, store: Store) -> None:
    tab = CookiesTab(store)
    qtbot.addWidget(tab)
    one_step(store, tab.rows.add_action.trigger)
    assert tab.model.rowCount() == 2
    one_step(store, tab.rows.up_action.trigger)
    one_step(store, tab.rows.remove_action.trigger)


# -- Rechten en opties ---------------------------------------------------------------


def test_rights_and_options(qtbot, store: Store) -> None:
    tab = RightsOptionsTab(store)
    qtbot.addWidget(tab)
    assert (tab.response_days.minimum(), tab.response_days.maximum()) == (1, 90)
    one_step(store, lambda: tab.response_days.setValue(14))
    assert store.project.rights.response_days == 14
    one_step(store, lambda: QTest.keyClicks(tab.identification, "Kopie ID"))
    one_step(store, lambda: tab.minimum_age.setValue(13))
    one_step(store, lambda: tab.automated_decisions.setChecked(True))
    assert not tab.newsletter_existing_customers.isEnabled()  # only with a newsletter
    one_step(store, lambda: tab.newsletter.setChecked(True))
    assert store.project.options.newsletter is True
    assert tab.newsletter_existing_customers.isEnabled()
    one_step(store, lambda: tab.newsletter_existing_customers.setChecked(True))
    assert store.project.options.newsletter_existing_customers is True
    store.undo_stack.undo()
    store.undo_stack.undo()  # the newsletter off again: the option goes grey
    assert not tab.newsletter_existing_customers.isEnabled()
    store.undo_stack.redo()
    store.undo_stack.redo()
    assert tab.newsletter_existing_customers.isChecked()

    def add_measure() -> None:
        tab.security_measures.new_item.setText("Back-ups")
        tab.security_measures.add_new_item()

    one_step(store, add_measure)
    assert store.project.options.security_measures == ["Back-ups"]


def test_typing_in_a_spin_box_is_one_step(qtbot, store: Store) -> None:
    tab = RightsOptionsTab(store)
    qtbot.addWidget(tab)
    tab.response_days.lineEdit().selectAll()
    QTest.keyClicks(tab.response_days, "45")
    assert store.project.rights.response_days == 45
    assert store.undo_stack.count() == 1


# -- Document ------------------------------------------------------------------------


def test_document_fields(qtbot, store: Store) -> None:
    tab = DocumentTab(store)
    qtbot.addWidget(tab)
    assert tab.address.informal.isChecked()
    one_step(store, lambda: tab.address.formal.setChecked(True))
    assert store.project.document.address is Address.FORMAL
    one_step(store, lambda: QTest.keyClicks(tab.title, "Privacybeleid"))
    one_step(store, lambda: tab.version.setText("2.0"))


def test_effective_date_and_no_date(qtbot, store: Store) -> None:
    tab = DocumentTab(store)
    qtbot.addWidget(tab)
    date_field = tab.effective_date
    assert date_field.none.isChecked() and not date_field.date.isEnabled()
    one_step(store, lambda: date_field.none.setChecked(False))
    assert store.project.document.effective_date == date_field.date.date().toPython()
    one_step(store, lambda: date_field.date.setDate(QDate(2025, 1, 31)))
    assert store.project.document.effective_date == dt.date(2025, 1, 31)
    one_step(store, lambda: date_field.none.setChecked(True))
    assert store.project.document.effective_date is None


def test_clause_on_off_and_order(qtbot, store: Store) -> None:
    tab = DocumentTab(store)
    qtbot.addWidget(tab)
    panel = tab.clauses
    model = panel.model
    cookies = model.index(model.row_of("cookies"))
    one_step(
        store,
        lambda: model.setData(
            cookies, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
        ),
    )
    assert store.project.clauses.disabled == ["cookies"]
    panel.select_clause("data")
    one_step(store, panel.up_action.trigger)
    assert store.project.clauses.order[:2] == ["data", "intro"]
    assert panel.current_clause() == "data"  # the selection moved along
    one_step(store, panel.default_order_action.trigger)


def test_clause_own_text_is_one_step_and_can_be_reverted(qtbot, store: Store) -> None:
    tab = DocumentTab(store)
    qtbot.addWidget(tab)
    panel = tab.clauses
    panel.select_clause("intro")
    assert not panel.revert_button.isEnabled()
    one_step(store, lambda: QTest.keyClicks(panel.override, "Over ons"))
    assert store.project.clauses.overrides == {"intro": "Over ons"}
    assert panel.revert_button.isEnabled()
    panel.select_clause("rights")
    assert panel.override.toPlainText() == ""
    panel.select_clause("intro")
    assert panel.override.toPlainText() == "Over ons"
    one_step(store, panel.revert_button.click)
    assert store.project.clauses.overrides == {}
    assert panel.override.toPlainText() == ""


def test_custom_sections(qtbot, store: Store) -> None:
    tab = DocumentTab(store)
    qtbot.addWidget(tab)
    assert tab.custom_title.text() == "Auteursrecht"
    one_step(store, lambda: QTest.keyClicks(tab.custom_text, " en meer"))
    assert store.project.custom_sections[0].text == "Tekst en meer"
    one_step(store, tab.custom_rows.add_action.trigger)
    assert tab.custom_rows.current_row() == 1
    one_step(store, lambda: tab.custom_title.setText("Retourneren"))
    with qtbot.waitSignal(tab.section_requested) as requested:
        one_step(store, tab.custom_rows.up_action.trigger)
    assert requested.args == ["custom-1"]
    one_step(store, tab.custom_rows.remove_action.trigger)


# -- reveal and mark_errors ---------------------------------------------------------


@pytest.fixture
def window(qtbot) -> tuple[QTabWidget, dict[str, QWidget]]:
    store = Store(load_project(LUXIGO))
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    pages = {}
    for title, tab in create_tabs(store):
        tabs.addTab(tab, title)
        pages[type(tab).__name__] = tab
    tabs.resize(700, 800)
    tabs.show()
    qtbot.waitExposed(tabs)
    tabs.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tabs)
    return tabs, pages


@pytest.mark.parametrize(
    ("page", "path", "widget"),
    [
        ("OrganisationTab", ("organisation", "kvk_number"), "kvk_number"),
        ("OrganisationTab", ("privacy_contact", "email"), "contact_email"),
        ("OrganisationTab", ("organisation", "trade_names", 0), "trade_names"),
        ("DataCategoriesTab", ("data_categories", 2, "legitimate_interest"), "legitimate_interest"),
        ("DataCategoriesTab", ("data_categories", 1, "purposes", 0), "purposes"),
        ("ProcessorsTab", ("processors", 2, "transfer_safeguard"), "transfer_safeguard"),
        ("ProcessorsTab", ("processors", 3), "table"),
        ("CookiesTab", ("cookies",), "table"),
        ("RightsOptionsTab", ("options", "minimum_age"), "minimum_age"),
        ("DocumentTab", ("document", "effective_date"), "effective_date"),
        ("DocumentTab", ("clauses", "overrides", "rights"), None),
        ("DocumentTab", ("custom_sections", 1, "text"), "custom_text"),
    ],
)
def test_reveal_focuses_the_field(window, page, path, widget) -> None:
    tabs, pages = window
    tab = pages[page]
    assert tab.reveal(path)
    assert tabs.currentWidget() is tab
    target = getattr(tab, widget) if widget else tab.clauses.override
    assert target.hasFocus()
    if len(path) > 1 and isinstance(path[1], int) and hasattr(tab, "rows"):
        assert tab.rows.current_row() == path[1]
    if path[:2] == ("clauses", "overrides"):
        assert tab.clauses.current_clause() == "rights"


def test_reveal_refuses_paths_of_other_tabs(window) -> None:
    _, pages = window
    assert not pages["OrganisationTab"].reveal(("processors", 0, "name"))
    assert not pages["ProcessorsTab"].reveal(("organisation", "name"))
    assert not pages["DocumentTab"].reveal(("rights", "response_days"))


def test_mark_errors_marks_fields_and_rows(window) -> None:
    _, pages = window
    organisation = pages["OrganisationTab"]
    organisation.mark_errors({("organisation", "kvk_number"): "Het KvK-nummer ontbreekt."})
    assert organisation.kvk_number.property("hasError") is True
    assert organisation.kvk_number.toolTip() == "Het KvK-nummer ontbreekt."
    assert not organisation.name.property("hasError")
    organisation.mark_errors(set())
    assert not organisation.kvk_number.property("hasError")

    processors = pages["ProcessorsTab"]
    processors.mark_errors({("processors", 2, "transfer_safeguard")})
    assert processors.model.index(2, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert not processors.transfer_safeguard.property("hasError")  # row 0 is shown
    processors.rows.select_row(2)
    assert processors.transfer_safeguard.property("hasError") is True


def test_a_new_project_refreshes_every_tab(qtbot, store: Store) -> None:
    tabs = dict((type(tab).__name__, tab) for _, tab in create_tabs(store))
    for tab in tabs.values():
        qtbot.addWidget(tab)
    project = load_project(LUXIGO)
    store.load(project, LUXIGO)
    assert tabs["OrganisationTab"].name.text() == "Luxigo"
    assert tabs["ProcessorsTab"].name.text() == project.processors[0].name
    assert tabs["ProcessorsTab"].model.rowCount() == len(project.processors)
    assert tabs["DataCategoriesTab"].items.values() == project.data_categories[0].items
    assert tabs["DocumentTab"].address.formal.isChecked()
    assert tabs["DocumentTab"].custom_title.text() == project.custom_sections[0].title
    assert tabs["RightsOptionsTab"].response_days.value() == project.rights.response_days


def test_tab_order_follows_the_form(qtbot, store: Store) -> None:
    tab = OrganisationTab(store)
    qtbot.addWidget(tab)
    fields = [
        tab.name,
        tab.trade_names.list,
        tab.kvk_number,
        tab.address,
        tab.postal_code,
        tab.city,
        tab.country,
        tab.email,
        tab.phone,
        tab.website,
        tab.contact_name,
        tab.contact_email,
        tab.contact_phone,
        tab.is_dpo,
    ]
    chain: list[QWidget] = []
    widget = tab.name
    for _ in range(100):
        if widget in fields and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain == fields
