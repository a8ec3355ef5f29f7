"""The imported-value marks follow their rows and go when the owner edits the value."""

from __future__ import annotations

from editor.core.import_marks import after_edit, after_insert, after_move, after_remove, is_marked

MARKS = [
    "organisation.phone",
    "processors[0].name",
    "processors[1].country",
    "processors[2].name",
    "data_categories[0].items",
    "cookies[1].name",
]


def test_editing_a_field_removes_only_its_mark() -> None:
    assert after_edit(MARKS, ("organisation", "phone")) == MARKS[1:]
    # One item of a list field confirms the field.
    assert "data_categories[0].items" not in after_edit(MARKS, ("data_categories", 0, "items", 3))
    # Replacing a row confirms all of its fields.
    assert after_edit(MARKS, ("processors", 1)) == [
        m for m in MARKS if m != "processors[1].country"
    ]
    assert after_edit(MARKS, ("organisation", "email")) == MARKS


def test_rows_removed_inserted_and_moved() -> None:
    assert after_remove(MARKS, ("processors",), 1) == [
        "organisation.phone",
        "processors[0].name",
        "processors[1].name",
        "data_categories[0].items",
        "cookies[1].name",
    ]
    assert after_insert(MARKS, ("processors",), 1) == [
        "organisation.phone",
        "processors[0].name",
        "processors[2].country",
        "processors[3].name",
        "data_categories[0].items",
        "cookies[1].name",
    ]
    moved = after_move(MARKS, ("processors",), 0, 2)
    assert moved[1:4] == ["processors[2].name", "processors[0].country", "processors[1].name"]
    assert after_move(moved, ("processors",), 2, 0) == MARKS
    # Another list is left alone.
    assert after_remove(MARKS, ("cookies",), 0)[-1] == "cookies[0].name"


def test_is_marked() -> None:
    assert is_marked(MARKS, ("processors", 1, "country"))
    assert is_marked(MARKS, ("data_categories", 0, "items", 2))
    assert not is_marked(MARKS, ("processors", 1, "name"))
