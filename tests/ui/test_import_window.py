"""Bestand > Oude verklaring importeren: the window side of issue 12."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from editor.core.project_file import load_project
from editor.ui.forms.bindings import IMPORTED_PROPERTY
from editor.ui.import_actions import ImportSource
from editor.ui.main_window import MainWindow
from tests.conftest import SHARED
from tests.core.importing.pages import seed_as_docx, seed_as_html

MakeWindow = Callable[[], MainWindow]
SEEDS = SHARED / "seeds"


def _import(window: MainWindow, source: ImportSource) -> bool:
    window.importing.ask_source = lambda: source  # type: ignore[method-assign]
    return window.importing.import_old()


def test_importing_a_seed_opens_it_as_a_new_unsaved_project(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    assert not window.actions_by_name["old_text"].isEnabled()
    for path in (
        SEEDS / "luxigo.txt",
        seed_as_docx((SEEDS / "luxigo.txt").read_text("utf-8"), tmp_path / "luxigo.docx"),
    ):
        assert _import(window, ImportSource(path=path))
        project = window.store.project
        assert project.organisation.name == "Luxigo"
        assert window.store.path is None and window.store.is_modified()
        assert window.actions_by_name["old_text"].isEnabled()
        assert "luxigo" in window.old_text.header.text()
        window.store.undo_stack.clear()
        window.store.undo_stack.setClean()
    html = tmp_path / "oud.html"
    html.write_text(seed_as_html((SEEDS / "ilumni-gifts.txt").read_text("utf-8")), "utf-8")
    assert _import(window, ImportSource(path=html))
    assert window.store.project.organisation.name == "Ilumni Gifts"
    assert not window.store.project.processors  # the page's footer names none


def test_an_unreadable_file_says_why_and_keeps_the_project(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    before = window.store.project
    errors: list[str] = []
    window.questions.show_error = lambda title, message: errors.append(message)  # type: ignore[method-assign]
    old = tmp_path / "oud.odt"
    old.write_bytes(b"not a zip")
    assert not _import(window, ImportSource(path=old))
    assert errors and ".docx" in errors[0]
    assert window.store.project is before


def test_pasted_text_marks_fields_and_highlights_their_passage(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    window.show()
    text = (SEEDS / "flowers-by-jennifer.txt").read_text("utf-8")
    assert _import(window, ImportSource(text=text))
    window.show_tab(0)
    page = window.tabs.widget(0)
    phone = next(
        widget
        for widget in page.findChildren(QLineEdit)
        if page.binders()[0].key_for(widget) == ("organisation", "phone")
    )
    assert phone.property(IMPORTED_PROPERTY) is True
    assert "oude verklaring" in phone.toolTip()
    phone.setFocus()
    qtbot.waitUntil(lambda: window.old_text.current_path == ("organisation", "phone"))
    assert window.old_text.highlighted_text() == "0299-420200"
    # Confirming is one undo step; the tint goes, and comes back on undo.
    assert window.importing.confirm_current()
    assert phone.property(IMPORTED_PROPERTY) is False
    window.store.undo_stack.undo()
    assert phone.property(IMPORTED_PROPERTY) is True
    # Editing the value confirms it too.
    phone.setText("0299 123456")
    phone.editingFinished.emit()
    assert not window.store.is_unconfirmed(("organisation", "phone"))
    assert phone.property(IMPORTED_PROPERTY) is False
    QApplication.processEvents()


def test_a_passage_becomes_a_custom_section_and_the_marks_survive_saving(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    assert _import(window, ImportSource(path=SEEDS / "luxigo.txt"))
    panel = window.old_text
    cursor = panel.text.textCursor()
    start = panel.text.toPlainText().index("Bij alle opdrachten")
    cursor.setPosition(start)
    cursor.setPosition(start + 60, cursor.MoveMode.KeepAnchor)
    panel.text.setTextCursor(cursor)
    assert panel.take_over_selection()
    section = window.store.project.custom_sections[-1]
    assert section.text.startswith("Bij alle opdrachten") and section.title
    out = tmp_path / "luxigo.policy.toml"
    window.questions.save_path = lambda *args: out  # type: ignore[method-assign]
    assert window.files.save_as()
    saved = load_project(out)
    assert saved.import_ is not None
    assert saved.import_.unconfirmed == window.store.project.import_.unconfirmed  # type: ignore[union-attr]
    assert saved.import_.text.startswith(panel.text.toPlainText()[:40])


def test_the_old_claim_finding_shows_the_sentence_in_the_old_text(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    assert _import(window, ImportSource(path=SEEDS / "luxigo.txt"))
    window.old_text.hide()
    assert window.reveal(("import_", "text"))
    assert window.old_text.isVisibleTo(window)
    assert "geen persoonsgegevens" in window.old_text.highlighted_text()


def test_dropping_an_old_statement_imports_it(qtbot: QtBot, make_window: MakeWindow) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    window = make_window()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(SEEDS / "luxigo.txt"))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.store.project.organisation.name == "Luxigo"
    assert window.store.project.import_ is not None
