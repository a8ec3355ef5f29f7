"""Bestand → Engelse versie maken…: a new English project file, opened, the Dutch one untouched."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader

from editor.core.project_file import load_project, save_project
from editor.core.starter import starter_project
from editor.ui.main_window import MainWindow
from tests.ui.window_helpers import answer, questions_of

MakeWindow = Callable[..., MainWindow]


def test_the_english_copy_is_written_and_opened(make_window: MakeWindow, tmp_path: Path) -> None:
    dutch = tmp_path / "winkel.policy.toml"
    project = starter_project()
    project.organisation.name = "De Winkel"
    project.data_categories[0].purposes.append("Onze eigen planning")
    save_project(project, dutch)
    window = make_window()
    assert window.files.open_path(dutch)
    target = tmp_path / "winkel-en.policy.toml"
    asked = answer(window, "save_path", target)
    assert window.english.make_english()
    assert asked[0][2] == tmp_path / "winkel-en.policy.toml"  # suggested next to the project
    assert window.store.path == target
    english = load_project(target)
    assert english.document.language == "en"
    assert english.organisation.name == "De Winkel"
    assert "Delivering orders" in english.data_categories[0].purposes
    assert load_project(dutch).document.language == "nl"
    assert "1 eigen teksten" in window.statusBar().currentMessage()
    assert not window.english.make_english()  # already English: says so
    assert questions_of(window).errors[-1][1] == "Dit project is al Engels."
    # The English PDF carries the English title in its properties.
    answer(window, "save_path", tmp_path / "statement.pdf")
    assert window.files.export_pdf()
    assert PdfReader(tmp_path / "statement.pdf").metadata.title == "Privacy statement De Winkel"
    action = window.actions_by_name["make_english"]
    assert action.text() == "&Engelse versie maken…"


def test_cancelling_writes_nothing(make_window: MakeWindow, tmp_path: Path) -> None:
    window = make_window()
    answer(window, "save_path", None)
    assert not window.english.make_english()
    assert list(tmp_path.glob("*.policy.toml")) == []
    assert window.store.project.document.language == "nl"


def test_the_document_tab_hides_u_and_je_for_english(qtbot) -> None:  # type: ignore[no-untyped-def]
    from editor.core.english_copy import english_copy
    from editor.ui.store import Store
    from editor.ui.tabs.document import DocumentTab

    store = Store(starter_project())
    tab = DocumentTab(store)
    qtbot.addWidget(tab)
    assert not tab.address.isHidden()
    assert tab.title.placeholderText() == "Privacyverklaring"
    store.replace_project(english_copy(store.project).project)
    assert tab.address.isHidden()
    # The empty title's hint is the title an English statement gets.
    assert tab.title.placeholderText() == "Privacy statement"
    store.undo_stack.undo()
    assert not tab.address.isHidden()
    assert tab.title.placeholderText() == "Privacyverklaring"
