"""Bestand → Wijzigingen van de jurist inlezen…: each change taken (one undo step) or rejected."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QMessageBox

from editor.core.project_file import load_project
from editor.export.assemble import assemble
from editor.export.docx import write_docx
from editor.export.exporter import render_bytes
from editor.ui.main_window import MainWindow
from editor.ui.review_dialog import ReviewDialog
from tests.conftest import SHARED
from tests.export.test_review_import import lawyer_edits, saved
from tests.ui.window_helpers import questions_of

MakeWindow = Callable[..., MainWindow]


def lawyer_file(tmp_path: Path, window: MainWindow) -> Path:
    buffer = io.BytesIO()
    write_docx(assemble(window.store.project), buffer)
    buffer.seek(0)
    document = docx.Document(buffer)
    lawyer_edits(document)
    path = tmp_path / "jurist.docx"
    path.write_bytes(saved(document))
    return path


def open_dialog(window: MainWindow, path: Path) -> ReviewDialog:
    shown: list[ReviewDialog] = []
    window.review.ask_file = lambda: path
    window.review.run_dialog = lambda dialog: shown.append(dialog)  # type: ignore[arg-type,return-value]
    assert window.review.read_lawyer_file()
    (dialog,) = shown
    return dialog


def select(dialog: ReviewDialog, key: str) -> None:
    row = next(i for i, change in enumerate(dialog._changes) if change.key == key)
    dialog.parts.setCurrentRow(row)


def test_taking_a_text_is_one_undo_step_and_reaches_the_statement(
    make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window(load_project(SHARED / "examples" / "luxigo.policy.toml"))
    dialog = open_dialog(window, lawyer_file(tmp_path, window))
    select(dialog, "rights")
    assert "België" in dialog.theirs.toPlainText()
    assert "België" not in dialog.ours.toPlainText()
    assert "Graag ook de termijn noemen." in dialog.remarks.text()
    assert dialog.take_text.isEnabled()
    dialog.take_text.click()
    assert "België" in window.store.project.clauses.overrides["rights"]
    assert "België" in render_bytes(window.store.project, "md").decode()
    assert (
        "overgenomen"
        in dialog.parts.item(
            next(i for i, c in enumerate(dialog._changes) if c.key == "rights")
        ).text()
    )
    window.store.undo_stack.undo()
    assert "rights" not in window.store.project.clauses.overrides
    dialog.deleteLater()


def test_tables_of_facts_are_notes_and_a_new_section_is_added(
    make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window(load_project(SHARED / "examples" / "luxigo.policy.toml"))
    dialog = open_dialog(window, lawyer_file(tmp_path, window))
    select(dialog, "recipients")
    assert not dialog.take_text.isEnabled() and not dialog.take_section.isEnabled()
    assert "(gewijzigd)" in dialog.remarks.text()
    dialog.reject_change.click()
    assert dialog.decisions
    select(dialog, "")
    before = len(window.store.project.custom_sections)
    dialog.take_section.click()
    assert len(window.store.project.custom_sections) == before + 1
    assert window.store.project.custom_sections[-1].title == "Auteursrecht op foto's"
    new_row = next(i for i, change in enumerate(dialog._changes) if change.kind == "new")
    assert "nieuw onderdeel" in dialog.parts.item(new_row).text()
    assert dialog.decisions[new_row] == "overgenomen als nieuw onderdeel"
    dialog.deleteLater()


def test_an_unchanged_file_says_so_and_a_broken_one_shows_an_error(
    make_window: MakeWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    path = tmp_path / "zelfde.docx"
    path.write_bytes(render_bytes(window.store.project, "docx"))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_: told.append(text))
    window.review.ask_file = lambda: path
    window.review.run_dialog = lambda dialog: pytest.fail("no dialog for no changes")  # type: ignore[assignment]
    assert window.review.read_lawyer_file()
    assert told and "niets" in told[0]
    errors = questions_of(window).errors
    broken = tmp_path / "kapot.docx"
    broken.write_bytes(b"geen word")
    window.review.ask_file = lambda: broken
    assert not window.review.read_lawyer_file()
    assert errors and "kapot.docx" in errors[0][1]
    assert not window.store.is_modified()


def test_the_menu_has_the_action(make_window: MakeWindow) -> None:
    window = make_window()
    action = window.actions_by_name["read_review"]
    assert "jurist" in action.text()
    assert action.text().count("&") == 1
