"""Recorded versions in the window: record (one undo step), list, export as it was and as a redline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from editor.core.model import Project, RecordedVersion
from editor.core.project_file import load_project, save_project
from editor.core.starter import starter_project
from editor.export.assemble import assemble
from editor.export.exporter import render_bytes
from editor.export.tracked_changes import body_paragraphs
from editor.ui.main_window import MainWindow
from editor.ui.versions import RecordVersionDialog, VersionsDialog, suggested_number
from tests.conftest import SHARED
from tests.ui.window_helpers import answer

MakeWindow = Callable[..., MainWindow]
TODAY = dt.date(2026, 12, 1)


def answer_record(window: MainWindow, number: str, note: str, published: bool = False) -> None:
    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, RecordVersionDialog)
        dialog.number.setText(number)
        dialog.note.setCurrentText(note)
        dialog.published.setChecked(published)
        return True

    window.versions.run_dialog = run  # type: ignore[method-assign]
    window.versions._today = lambda: TODAY


@pytest.mark.parametrize(
    ("document_version", "recorded", "expected"),
    [
        ("1.0", [], "1.0"),
        ("", [], "1.0"),
        ("3", [], "3"),
        ("1.0", ["1.0"], "1.1"),
        ("1.0", ["1.0", "1.1"], "1.2"),
        ("", ["2.9"], "2.10"),
        ("", ["concept"], "1.0"),
        ("", ["concept", "1.0"], "1.1"),
    ],
)
def test_suggested_number(document_version: str, recorded: list[str], expected: str) -> None:
    project = Project()
    project.document.version = document_version
    project.versions = [RecordedVersion(number=n) for n in recorded]
    assert suggested_number(project) == expected


def test_recording_is_one_undoable_step_and_is_saved(
    make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    answer_record(window, "1.0", "naar jurist")
    assert window.versions.record()
    (version,) = window.store.project.versions
    assert (version.number, version.note, version.recorded_on) == ("1.0", "naar jurist", TODAY)
    assert window.store.is_modified()
    window.store.undo_stack.undo()
    assert window.store.project.versions == []
    window.store.undo_stack.redo()
    path = tmp_path / "winkel.policy.toml"
    answer(window, "save_path", path)
    assert window.files.save_as()
    assert load_project(path).versions[0].note == "naar jurist"


def test_a_number_taken_twice_is_refused_with_a_message(
    make_window: MakeWindow, errors: list[tuple[str, str]]
) -> None:
    window = make_window()
    answer_record(window, "1.0", "")
    assert window.versions.record()
    assert not window.versions.record()
    assert len(window.store.project.versions) == 1
    assert errors and "al vastgelegd" in errors[0][1]


def test_cancelling_records_nothing(make_window: MakeWindow) -> None:
    window = make_window()
    window.versions.run_dialog = lambda dialog: False  # type: ignore[method-assign]
    assert not window.versions.record()
    assert window.store.project.versions == []
    assert not window.store.is_modified()


def test_the_list_shows_newest_first_and_exports_the_chosen_version(
    make_window: MakeWindow, tmp_path: Path
) -> None:
    project = load_project(SHARED / "examples" / "luxigo.policy.toml")
    window = make_window(project)
    answer_record(window, "1.0", "naar jurist")
    window.versions.record()
    first_export = render_bytes(window.store.project, "md")
    window.store.set_field(("organisation", "name"), "Luxigo Verlichting")
    answer_record(window, "1.1", "gepubliceerd", published=True)
    window.versions.record()

    exported: list[tuple[str, RecordedVersion]] = []
    dialog = VersionsDialog(
        window.store.project.versions,
        lambda version: exported.append(("as it was", version)),
        lambda version: exported.append(("changes", version)),
        window,
    )
    table = dialog.table
    assert [table.item(row, 0).text() for row in range(table.rowCount())] == ["1.1", "1.0"]
    assert table.item(0, 3).text() == "ja" and table.item(1, 2).text() == "naar jurist"
    table.selectRow(1)
    dialog.changes.click()
    assert exported == [("changes", window.store.project.versions[0])]
    dialog.deleteLater()

    old = window.store.project.versions[0]
    target = tmp_path / "wijzigingen.docx"
    answer(window, "save_path", target)
    assert window.versions.export_changes_since(old)
    project_v1 = load_project(SHARED / "examples" / "luxigo.policy.toml")
    reject = body_paragraphs(target.read_bytes(), "reject")
    accept = body_paragraphs(target.read_bytes(), "accept")
    assert any("Luxigo Verlichting" in text for text in accept)
    assert not any("Luxigo Verlichting" in text for text in reject)
    assert any(text.startswith("Deze privacyverklaring is van Luxigo.") for text in reject)

    as_it_was = tmp_path / "versie.docx"
    answer(window, "save_path", as_it_was)
    assert window.versions.export_as_it_was(old)
    assert body_paragraphs(as_it_was.read_bytes(), "accept") == reject
    assert render_bytes(project_v1, "md") == first_export


def test_an_empty_list_says_how_to_record_one(make_window: MakeWindow) -> None:
    window = make_window()
    dialog = VersionsDialog([], print, print, window)
    assert dialog.table.rowCount() == 0
    assert not dialog.changes.isEnabled() and not dialog.as_it_was.isEnabled()
    dialog.deleteLater()


def test_redline_against_another_project_file(
    make_window: MakeWindow, tmp_path: Path, errors: list[tuple[str, str]]
) -> None:
    old = starter_project()
    old.organisation.name = "Oude Winkel"
    old_path = tmp_path / "oud.policy.toml"
    save_project(old, old_path)
    window = make_window()
    window.store.set_field(("organisation", "name"), "Nieuwe Winkel")
    target = tmp_path / "vergelijking.docx"
    answer(window, "open_path", old_path)
    answer(window, "save_path", target)
    assert window.versions.export_changes_since_file()
    reject = body_paragraphs(target.read_bytes(), "reject")
    accept = body_paragraphs(target.read_bytes(), "accept")
    assert any("Oude Winkel" in text for text in reject)
    assert any("Nieuwe Winkel" in text for text in accept)
    assert assemble(window.store.project).meta.organisation == "Nieuwe Winkel"
    broken = tmp_path / "kapot.policy.toml"
    broken.write_text("format_version = 1\n[organisation\n", encoding="utf-8")
    answer(window, "open_path", broken)
    assert not window.versions.export_changes_since_file()
    assert errors and "kapot.policy.toml" in errors[0][1]
