"""The store keeps the imported-value marks right: edits confirm, rows carry their marks,
and every change is one undo step with its marks."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from editor.core.importing import import_file
from editor.core.model import Processor
from editor.ui.store import Store
from tests.conftest import SHARED


def _store(qtbot: QtBot) -> Store:
    del qtbot  # the QApplication
    project = import_file(SHARED / "seeds" / "luxigo.txt").project
    return Store(project)


def _marks(store: Store) -> list[str]:
    return store.imported_marks()


def test_editing_a_value_confirms_it_and_undo_brings_the_mark_back(qtbot: QtBot) -> None:
    store = _store(qtbot)
    assert store.is_unconfirmed(("organisation", "phone"))
    with qtbot.waitSignal(store.marks_changed):
        store.set_field(("organisation", "phone"), "015 123 4567")
    assert not store.is_unconfirmed(("organisation", "phone"))
    store.undo_stack.undo()
    assert store.is_unconfirmed(("organisation", "phone"))
    assert store.value(("organisation", "phone")) == "+31 (0)624708188"


def test_confirming_is_one_undo_step(qtbot: QtBot) -> None:
    store = _store(qtbot)
    before = _marks(store)
    paths = [("organisation", "name"), ("organisation", "city"), ("processors", 0)]
    store.confirm_imported(paths)
    after = _marks(store)
    assert "organisation.name" not in after and "organisation.city" not in after
    assert not any(mark.startswith("processors[0].") for mark in after)
    assert store.undo_stack.count() == 1
    store.undo_stack.undo()
    assert _marks(store) == before


def test_rows_carry_their_marks(qtbot: QtBot) -> None:
    store = _store(qtbot)
    names = [row.name for row in store.project.processors]
    third = "processors[2].name"
    assert third in _marks(store) and names[2] == "Google Review"
    store.move_row(("processors",), 2, 0)
    assert "processors[0].name" in _marks(store)
    assert store.value(("processors", 0, "name")) == "Google Review"
    store.remove_row(("processors",), 1)  # Versio, which moved to 1
    assert not any(mark.startswith("processors[6].") for mark in _marks(store))
    store.insert_row(("processors",), 0, Processor(name="Eigen rij"))
    assert "processors[0].name" not in _marks(store)  # the new row is the owner's own
    assert "processors[1].name" in _marks(store)  # Google Review moved down
    for _ in range(3):
        store.undo_stack.undo()
    assert [row.name for row in store.project.processors] == names
    assert third in _marks(store)
