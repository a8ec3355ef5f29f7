"""The table models: Qt's model tester stays attached while the store changes them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from editor.core.model import (
    Address,
    Cookie,
    CookieKind,
    CustomSection,
    DataCategory,
    LegalBasis,
    Processor,
    Project,
)
from editor.core.project_file import load_project
from editor.export.assemble import assemble
from editor.ui.clause_list_model import ClauseListModel
from editor.ui.store import Store
from editor.ui.table_models import (
    CookieModel,
    CustomSectionModel,
    DataCategoryModel,
    ProcessorModel,
    RowListModel,
)
from tests.core.complete_project import complete_project

MODELS = [
    (DataCategoryModel, ("data_categories",), DataCategory),
    (ProcessorModel, ("processors",), Processor),
    (CookieModel, ("cookies",), Cookie),
    (CustomSectionModel, ("custom_sections",), CustomSection),
]


def _project() -> Project:
    return Project(
        data_categories=[DataCategory(name=f"Soort {n}") for n in range(3)],
        processors=[Processor(name=f"Partij {n}", country="US") for n in range(3)],
        cookies=[Cookie(name=f"c{n}") for n in range(3)],
        custom_sections=[CustomSection(title=f"Titel {n}") for n in range(3)],
    )


def _names(model: RowListModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


@pytest.mark.parametrize(("model_type", "path", "row_type"), MODELS)
def test_models_pass_the_model_tester_through_every_kind_of_change(
    qtmodeltester, model_type, path, row_type
) -> None:
    store = Store(_project())
    model = model_type(store)
    qtmodeltester.check(model)
    first = _names(model)

    store.insert_row(path, 1, row_type())
    store.append_row(path, row_type())
    assert model.rowCount() == 5
    store.move_row(path, 0, 3)
    store.move_row(path, 4, 0)
    store.remove_row(path, 2)
    store.set_field((*path, 0, model._columns[0].key), "Anders")
    assert model.index(0, 0).data() == "Anders"
    while store.undo_stack.canUndo():
        store.undo_stack.undo()
    assert _names(model) == first
    store.replace_project(Project())
    assert model.rowCount() == 0
    store.undo_stack.undo()
    assert _names(model) == first


def test_move_down_keeps_rows_in_step_with_the_project(qtmodeltester) -> None:
    store = Store(_project())
    model = ProcessorModel(store)
    qtmodeltester.check(model)
    store.move_row(("processors",), 0, 1)
    assert _names(model) == ["Partij 1", "Partij 0", "Partij 2"]
    assert [p.name for p in store.project.processors] == _names(model)


def test_processor_model_shows_plain_dutch(qtmodeltester) -> None:
    store = Store(Project(processors=[Processor(name="Mollie", service="payment", country="NL")]))
    model = ProcessorModel(store)
    qtmodeltester.check(model)
    row = [model.index(0, column).data() for column in range(model.columnCount())]
    assert row == ["Mollie", "Betalingen", "Nederland", "Nee"]
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Land"
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_data_category_model_names_the_legal_basis(qtmodeltester) -> None:
    store = Store(Project(data_categories=[DataCategory("Bestellingen", legal_basis="contract")]))
    model = DataCategoryModel(store)
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Uitvoering van een overeenkomst"
    store.set_field(("data_categories", 0, "legal_basis"), LegalBasis.CONSENT)
    assert model.index(0, 1).data() == "Toestemming"


def test_cookie_cells_edit_through_the_store_one_step_each(qtmodeltester) -> None:
    store = Store(Project(cookies=[Cookie(name="_ga")]))
    model = CookieModel(store)
    qtmodeltester.check(model)
    name = model.index(0, model.column_of("name"))
    assert model.setData(name, "_gid")
    assert model.setData(name, "_gat")
    assert store.project.cookies[0].name == "_gat"
    assert store.undo_stack.count() == 2  # two edits of one cell stay two steps
    store.undo_stack.undo()
    assert name.data() == "_gid"


def test_cookie_consent_is_a_checkbox(qtmodeltester) -> None:
    store = Store(Project(cookies=[Cookie(name="_ga")]))
    model = CookieModel(store)
    qtmodeltester.check(model)
    consent = model.index(0, model.column_of("consent"))
    assert consent.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(consent, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert store.project.cookies[0].consent is True
    assert store.undo_stack.count() == 1


def test_cookie_kind_brings_its_usual_consent_in_one_step(qtmodeltester) -> None:
    store = Store(Project(cookies=[Cookie(name="_ga")]))
    model = CookieModel(store)
    qtmodeltester.check(model)
    kind = model.index(0, model.column_of("kind"))
    assert kind.data(Qt.ItemDataRole.EditRole) == "analytics" or kind.data() == "Functioneel"
    assert model.setData(kind, "analytics")
    cookie = store.project.cookies[0]
    assert (cookie.kind, cookie.consent) == (CookieKind.ANALYTICS, True)
    assert isinstance(cookie.kind, CookieKind)
    assert store.undo_stack.count() == 1
    store.undo_stack.undo()
    assert (cookie.kind, cookie.consent) == (CookieKind.FUNCTIONAL, False)


def test_error_rows_get_a_background(qtmodeltester) -> None:
    store = Store(_project())
    model = ProcessorModel(store)
    qtmodeltester.check(model)
    model.set_error_rows({1})
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_models_follow_a_loaded_example(qtmodeltester, example_path: Path) -> None:
    store = Store()
    model = ProcessorModel(store)
    qtmodeltester.check(model)
    project = load_project(example_path)
    store.load(project, example_path)
    assert _names(model) == [p.name for p in project.processors]


# -- the clause list ---------------------------------------------------------------


def _clause_ids(model: ClauseListModel) -> list[str]:
    return [model.clause_id(row) for row in range(model.rowCount())]


def test_clause_model_passes_the_model_tester_and_lists_every_clause(qtmodeltester) -> None:
    from editor.core.clause_ids import CLAUSE_IDS

    store = Store(Project())
    model = ClauseListModel(store)
    qtmodeltester.check(model)
    assert _clause_ids(model) == list(CLAUSE_IDS)
    assert model.index(0).data() == "Wie wij zijn (verplicht)"
    assert model.index(model.row_of("cookies")).data() == "Cookies"


def test_clause_titles_follow_the_form_of_address(qtmodeltester) -> None:
    store = Store(Project())
    model = ClauseListModel(store)
    qtmodeltester.check(model)
    rights = model.index(model.row_of("rights"))
    assert rights.data() == "Jouw rechten (verplicht)"
    store.set_field(("document", "address"), Address.FORMAL)
    assert rights.data() == "Uw rechten (verplicht)"


@pytest.mark.parametrize("address", list(Address))
def test_the_clause_list_names_each_clause_as_the_statement_heads_it(address: Address) -> None:
    project = complete_project()
    project.document.address = address
    project.clauses.enabled = ["changelog"]
    model = ClauseListModel(Store(project))
    headings = {section.key: section.heading.text for section in assemble(project).sections}
    assert headings
    for key, heading in headings.items():
        if not key.startswith("custom-"):
            assert model.title(key) == heading, key


def test_only_optional_clauses_switch_off(qtmodeltester) -> None:
    store = Store(Project())
    model = ClauseListModel(store)
    qtmodeltester.check(model)
    cookies = model.index(model.row_of("cookies"))
    intro = model.index(model.row_of("intro"))
    assert model.flags(cookies) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(intro, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert intro.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.setData(cookies, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert store.project.clauses.disabled == ["cookies"]
    assert cookies.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert store.undo_stack.count() == 1
    store.undo_stack.undo()
    assert store.project.clauses.disabled == []


def test_the_changelog_starts_off_and_switches_on_through_enabled(qtmodeltester) -> None:
    store = Store(Project())
    model = ClauseListModel(store)
    qtmodeltester.check(model)
    changelog = model.index(model.row_of("changelog"))
    assert changelog.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(changelog, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert store.project.clauses.enabled == ["changelog"]
    assert store.project.clauses.disabled == []
    assert changelog.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    store.undo_stack.undo()
    assert store.project.clauses.enabled == []


def test_moving_a_clause_writes_the_full_order(qtmodeltester) -> None:
    store = Store(Project())
    model = ClauseListModel(store)
    qtmodeltester.check(model)
    before = _clause_ids(model)
    assert model.move(1, -1)
    expected = [before[1], before[0], *before[2:]]
    assert store.project.clauses.order == expected
    assert _clause_ids(model) == expected
    assert not model.move(0, -1)
    model.reset_order()
    assert store.project.clauses.order == []
    assert _clause_ids(model) == before
    assert store.undo_stack.count() == 2
    assert QModelIndex() != model.index(0)


def test_a_choice_never_merges_with_typing_in_the_same_field() -> None:
    """merge=False (a click, a choice, a table cell) is the one way to keep a step apart."""
    store = Store(Project())
    name = ("organisation", "name")
    store.set_field(name, "Bakker")  # typing
    store.set_field(name, "Bakkerij", merge=False)  # a choice
    store.set_field(name, "Bakkerij Zoet")  # typing again
    store.set_field(name, "Bakkerij Zoet & Zout")
    assert store.undo_stack.count() == 3
    store.undo_stack.undo()
    assert store.project.organisation.name == "Bakkerij"
