"""The editor window: files, the modified marker, questions, errors, menus, state."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, QSettings, Qt, QTranslator, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from editor.__main__ import wants_cli
from editor.core.project_file import ProjectFileError, load_project
from editor.core.starter import starter_project
from editor.ui import settings as keys
from editor.ui.app import QUIT_AFTER_PREVIEW_ENV, file_arguments, initial_project
from editor.ui.main_window import MainWindow
from editor.ui.menus import standard_shortcuts
from editor.ui.window_questions import DialogQuestions, SaveAnswer
from tests.conftest import EXAMPLES, REPO
from tests.ui.window_helpers import answer, questions_of

NAME = ("organisation", "name")


@pytest.fixture
def window(make_window: Callable[[], MainWindow]) -> MainWindow:
    return make_window()


def answer_save_question(window: MainWindow, reply: SaveAnswer) -> list[tuple[object, ...]]:
    """Answer the save question with ``reply`` from now on; the questions asked."""
    return answer(window, "save_changes", reply)


def save_to(window: MainWindow, path: Path) -> None:
    answer(window, "save_path", path)


# -- the preview follows the forms ----------------------------------------------
def test_typing_a_shop_name_shows_it_in_the_preview(qtbot: QtBot, window: MainWindow) -> None:
    organisation = window.tabs.widget(0)
    assert window.tabs.tabText(0) == "Organisatie"
    qtbot.keyClicks(organisation.name, "Bakkerij Zoet & Zout")
    assert window.store.project.organisation.name == "Bakkerij Zoet & Zout"
    qtbot.waitUntil(lambda: "Bakkerij Zoet & Zout" in window.preview.toPlainText())
    window.actions_by_name["undo"].trigger()  # typing in one field is one step
    assert window.store.project.organisation.name == ""
    assert organisation.name.text() == ""
    qtbot.waitUntil(lambda: "Bakkerij Zoet & Zout" not in window.preview.toPlainText())


def test_choosing_a_tab_brings_its_section_into_view(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitExposed(window):
        window.show()
    bar = window.preview.verticalScrollBar()
    titles = [window.tabs.tabText(index) for index in range(window.tabs.count())]
    assert titles[:5] == ["Organisatie", "Gegevens", "Verwerkers", "Cookies", "Rechten en opties"]
    window.tabs.setCurrentIndex(titles.index("Rechten en opties"))
    rights = bar.value()
    window.tabs.setCurrentIndex(titles.index("Gegevens"))
    data = bar.value()
    assert 0 < data < rights
    window.tabs.setCurrentIndex(titles.index("Organisatie"))
    assert bar.value() < data


def test_reveal_shows_the_tab_of_a_field(window: MainWindow) -> None:
    assert window.reveal(("processors", 1, "country"))
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Verwerkers"
    assert window.reveal(("organisation", "email"))
    assert window.tabs.currentIndex() == 0
    assert not window.reveal(("no_such_field",))


# -- title and modified marker -----------------------------------------------------
def test_the_modified_marker_follows_edits_saves_and_undos(
    tmp_path: Path, window: MainWindow
) -> None:
    assert window.windowTitle() == "Naamloos[*] — Policy Editor"
    assert not window.isWindowModified()
    window.store.set_field(NAME, "Winkel")
    assert window.isWindowModified()
    window.store.undo_stack.undo()
    assert not window.isWindowModified()
    window.store.undo_stack.redo()
    assert window.isWindowModified()

    save_to(window, tmp_path / "winkel")
    assert window.files.save()
    assert not window.isWindowModified()
    assert window.windowTitle() == "winkel.policy.toml[*] — Policy Editor"
    window.store.undo_stack.undo()  # back past the saved state: modified again
    assert window.isWindowModified()


def test_save_and_reopen_gives_an_equal_project(
    tmp_path: Path, make_window: Callable[[], MainWindow]
) -> None:
    first = make_window()
    first.store.set_field(NAME, "Bloemen aan Huis")
    first.store.set_field(("organisation", "city"), "Zwolle")
    save_to(first, tmp_path / "bloemen.policy.toml")
    assert first.files.save_as()
    assert load_project(tmp_path / "bloemen.policy.toml") == first.store.project

    second = make_window()
    assert second.files.open_path(tmp_path / "bloemen.policy.toml")
    assert second.store.project == first.store.project
    assert second.store.path == (tmp_path / "bloemen.policy.toml").resolve()
    assert not second.isWindowModified()


def test_save_writes_to_the_open_file_without_asking(tmp_path: Path, window: MainWindow) -> None:
    path = tmp_path / "winkel.policy.toml"
    save_to(window, path)
    assert window.files.save()
    window.store.set_field(NAME, "Tweede versie")
    questions_of(window).unanswered("save_path")
    assert window.files.save()
    assert load_project(path).organisation.name == "Tweede versie"


# -- unsaved changes ---------------------------------------------------------------
def test_closing_with_unsaved_changes_asks(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitExposed(window):
        window.show()
    window.store.set_field(NAME, "Winkel")
    asked = answer_save_question(window, SaveAnswer.CANCEL)
    assert not window.close()
    assert window.isVisible()
    assert window.store.project.organisation.name == "Winkel"
    assert len(asked) == 1

    asked = answer_save_question(window, SaveAnswer.DISCARD)
    assert window.close()
    assert len(asked) == 1


def test_closing_and_choosing_save_saves(tmp_path: Path, window: MainWindow) -> None:
    window.store.set_field(NAME, "Winkel")
    answer_save_question(window, SaveAnswer.SAVE)
    save_to(window, tmp_path / "winkel.policy.toml")
    assert window.close()
    assert load_project(tmp_path / "winkel.policy.toml").organisation.name == "Winkel"


def test_cancelling_the_save_dialog_keeps_the_window_open(window: MainWindow) -> None:
    window.store.set_field(NAME, "Winkel")
    answer_save_question(window, SaveAnswer.SAVE)
    answer(window, "save_path", None)
    assert not window.close()


def test_ctrl_q_on_a_clean_project_quits_without_asking(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    asked = answer_save_question(window, SaveAnswer.CANCEL)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert asked == []


def test_new_with_unsaved_changes_asks_and_cancel_keeps_the_project(window: MainWindow) -> None:
    window.store.set_field(NAME, "Winkel")
    asked = answer_save_question(window, SaveAnswer.CANCEL)
    assert not window.files.new_project()
    assert window.store.project.organisation.name == "Winkel"
    answer_save_question(window, SaveAnswer.DISCARD)
    assert window.files.new_project()
    assert window.store.project == starter_project()
    assert len(asked) == 1


def test_open_with_unsaved_changes_asks_first(tmp_path: Path, window: MainWindow) -> None:
    window.store.set_field(NAME, "Winkel")
    asked = answer_save_question(window, SaveAnswer.CANCEL)
    questions_of(window).unanswered("open_path")
    assert not window.files.open_dialog()
    assert len(asked) == 1


# -- errors ------------------------------------------------------------------------
def test_an_unreadable_file_shows_the_engines_message_and_keeps_the_project(
    tmp_path: Path, window: MainWindow, errors: list[tuple[str, str]]
) -> None:
    broken = tmp_path / "kapot.policy.toml"
    broken.write_text("format_version = 1\n[organisation\n", encoding="utf-8")
    window.store.set_field(NAME, "Niet kwijtraken")
    with pytest.raises(ProjectFileError) as expected:
        load_project(broken)
    assert not window.files.open_path(broken, confirm=False)
    assert errors == [("Openen is mislukt", str(expected.value))]
    assert window.store.project.organisation.name == "Niet kwijtraken"
    assert window.isWindowModified()


def test_an_error_shows_a_hostile_value_escaped_short_and_as_plain_text(
    tmp_path: Path, window: MainWindow, errors: list[tuple[str, str]]
) -> None:
    hostile = tmp_path / "vijandig.policy.toml"
    value = "<b>u</b>\n\x1b[31mRED" + "x" * 1_000_000
    hostile.write_text(
        f"format_version = 1\n[document]\naddress = {json.dumps(value)}\n", encoding="utf-8"
    )
    assert not window.files.open_path(hostile, confirm=False)
    ((title, text),) = errors
    assert title == "Openen is mislukt"
    assert "\x1b" not in text and len(text) < 400
    assert "<b>u</b>\\n\\x1b[31mRED" in text  # escaped, as the engine says it


def test_the_error_dialog_shows_markup_as_plain_text_and_no_control_characters(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_: shown.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    DialogQuestions(parent).show_error("Openen is mislukt", "“<b>u</b>”\x1b[31m is fout")
    [text] = shown
    assert "\x1b" not in text
    assert "&lt;b&gt;u&lt;/b&gt;" in text  # shown, not rendered


def test_a_failed_save_says_why_and_stays_modified(
    tmp_path: Path, window: MainWindow, errors: list[tuple[str, str]]
) -> None:
    window.store.set_field(NAME, "Winkel")
    save_to(window, tmp_path / "bestaat-niet" / "winkel.policy.toml")
    assert not window.files.save()
    assert len(errors) == 1 and "winkel.policy.toml" in errors[0][1]
    assert window.isWindowModified()
    assert window.store.path is None


def test_a_failed_export_says_why(
    tmp_path: Path, window: MainWindow, errors: list[tuple[str, str]]
) -> None:
    save_to(window, tmp_path / "bestaat-niet" / "privacy.docx")
    assert not window.files.export_word()
    assert len(errors) == 1 and "privacy.docx" in errors[0][1]
    assert not window.export_notice.isVisibleTo(window)


# -- export --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("action", "name", "start"),
    [
        ("export_word", "privacy.docx", b"PK"),
        ("export_html", "privacy.html", b"<!DOCTYPE html>"),
        ("export_fragment", "fragment.html", b"<"),
        ("export_markdown", "privacy.md", b"#"),
        ("export_review", "review.docx", b"PK"),
        ("export_pdf", "privacy.pdf", b"%PDF"),
    ],
)
def test_export_writes_the_file_and_names_it_in_the_status_bar(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    window: MainWindow,
    action: str,
    name: str,
    start: bytes,
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", opened.append)
    save_to(window, tmp_path / name)
    window.actions_by_name[action].trigger()
    assert (tmp_path / name).read_bytes().startswith(start)
    assert window.export_notice.isVisibleTo(window)
    assert name in window.export_notice.label.text()
    window.export_notice.open_button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path / name))]


def test_export_adds_the_missing_extension(tmp_path: Path, window: MainWindow) -> None:
    save_to(window, tmp_path / "privacy")
    assert window.files.export_markdown()
    assert (tmp_path / "privacy.md").is_file()


def test_copy_fragment_puts_html_on_the_clipboard(window: MainWindow) -> None:
    window.store.set_field(NAME, "Klembordwinkel")
    window.actions_by_name["copy_fragment"].trigger()
    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData()
    text, html = mime.text(), mime.html()
    # The offscreen platform crashes at exit while it still holds our data.
    clipboard.clear()
    assert "Klembordwinkel" in text
    assert text.lstrip().startswith("<")
    assert "Klembordwinkel" in html


# -- drag and drop -------------------------------------------------------------------
def drop_event(path: Path) -> tuple[QDropEvent, QMimeData]:
    """A drop of ``path``; the event only points at its data, so both are returned."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    return event, mime


def test_dropping_a_project_file_opens_it(
    example_path: Path, tmp_path: Path, window: MainWindow
) -> None:
    # A copy: opening puts a lock file next to the project, and a lock in the
    # shared examples folder would meet another test run opening the same file.
    project_path = tmp_path / example_path.name
    shutil.copyfile(example_path, project_path)
    event, _data = drop_event(project_path)
    window.dropEvent(event)
    assert event.isAccepted()
    assert window.store.path == project_path.resolve()
    assert window.store.project == load_project(example_path)


def test_dropping_another_file_is_refused(tmp_path: Path, window: MainWindow) -> None:
    other = tmp_path / "foto.png"
    other.write_bytes(b"\x89PNG")
    event, _data = drop_event(other)
    window.dropEvent(event)
    assert not event.isAccepted()
    assert window.store.path is None


# -- menus ---------------------------------------------------------------------------
def test_the_menus_are_dutch_and_have_the_standard_shortcuts(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Bestand", "Be&werken", "Beel&d", "&Help"]
    actions = window.actions_by_name
    for name in ("export_word", "export_html", "export_fragment", "export_markdown"):
        assert actions[name].text().startswith("Exporteren naar")
    assert actions["export_review"].text().startswith("Exporteren voor")
    assert actions["copy_fragment"].text() == "HTML-fragment &kopiëren"
    expected = {
        "new": QKeySequence.StandardKey.New,
        "open": QKeySequence.StandardKey.Open,
        "save": QKeySequence.StandardKey.Save,
        "save_as": QKeySequence.StandardKey.SaveAs,
        "print": QKeySequence.StandardKey.Print,
        "quit": QKeySequence.StandardKey.Quit,
        "undo": QKeySequence.StandardKey.Undo,
        "redo": QKeySequence.StandardKey.Redo,
    }
    for name, key in expected.items():
        assert actions[name].shortcuts() == standard_shortcuts(key), name
        assert not actions[name].shortcut().isEmpty(), name


def test_shortcuts_pick_each_tab_and_export(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitActive(window):  # shortcuts reach only the active window
        window.show()
        window.activateWindow()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    for number in (3, 6, 1):
        qtbot.keyClick(
            window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier
        )
        assert window.tabs.currentIndex() == number - 1
        assert window.actions_by_name[f"tab_{number}"].text() == titles[number - 1]
    shortcuts = {
        name: window.actions_by_name[name].shortcut() for name in ("export_word", "export_html")
    }
    assert shortcuts == {
        "export_word": QKeySequence("Ctrl+E"),
        "export_html": QKeySequence("Ctrl+Shift+E"),
    }
    # No two menu actions share a key (the row buttons' keys count only in their own table).
    keys = [
        key.toString()
        for action in window.actions_by_name.values()
        for key in action.shortcuts()
        if not key.isEmpty()
    ]
    assert len(keys) == len(set(keys)), sorted(keys)


def test_undo_and_redo_say_what_they_will_do(window: MainWindow) -> None:
    undo, redo = window.actions_by_name["undo"], window.actions_by_name["redo"]
    assert not undo.isEnabled()
    assert undo.text() == "Ongedaan maken"
    window.store.set_field(NAME, "Winkel", text="Naam wijzigen")
    assert undo.isEnabled()
    assert undo.text() == "Ongedaan maken “Naam wijzigen”"
    undo.trigger()
    assert window.store.project.organisation.name == ""
    assert redo.text() == "Opnieuw “Naam wijzigen”"
    redo.trigger()
    assert window.store.project.organisation.name == "Winkel"


def test_recent_files_keep_the_ten_newest(
    tmp_path: Path, window: MainWindow, settings: QSettings
) -> None:
    for number in range(12):
        path = tmp_path / f"winkel{number}.policy.toml"
        save_to(window, path)
        assert window.files.save_as()
    recent = keys.RECENT_FILES.read(settings)
    assert recent[0] == str((tmp_path / "winkel11.policy.toml").resolve())
    assert len(recent) == 10
    menu = window.menuBar().findChild(type(window.menuBar().actions()[0].menu()), "menu_recent")
    window.files.fill_recent_menu(menu)
    entries = [action for action in menu.actions() if action.toolTip().endswith(".toml")]
    assert len(entries) == 10
    assert entries[0].text() == "&1 winkel11.policy.toml"
    window.store.set_field(NAME, "Gewijzigd")
    answer_save_question(window, SaveAnswer.DISCARD)
    entries[-1].trigger()
    assert window.store.path == (tmp_path / "winkel2.policy.toml").resolve()


# -- remembered state and honesty -------------------------------------------------------
def test_tab_and_splitter_are_remembered(make_window: Callable[[], MainWindow]) -> None:
    first = make_window()
    first.tabs.setCurrentIndex(2)
    first.splitter.setSizes([400, 880])
    sizes = first.splitter.sizes()
    assert first.close()
    second = make_window()
    assert second.tabs.currentIndex() == 2
    assert second.splitter.sizes() == sizes


def test_the_check_panel_starts_low_and_is_remembered(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    first = make_window()
    first.show()
    qtbot.waitExposed(first)
    # A first start: a few lines of findings, most of the height for forms and preview.
    assert first.findings.height() < first.splitter.height() / 3
    first.findings.hide()
    assert first.close()
    second = make_window()
    second.show()
    qtbot.waitExposed(second)
    assert not second.findings.isVisible()
    assert not second.actions_by_name["findings"].isChecked()


def test_the_not_legal_advice_notice_shows_once(
    monkeypatch: pytest.MonkeyPatch, make_window: Callable[[], MainWindow]
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_: shown.append(text))
    assert make_window().show_first_start_notice()
    assert not make_window().show_first_start_notice()
    assert len(shown) == 1 and "geen juridisch advies" in shown[0]


def test_about_names_the_version_and_says_it_is_no_legal_advice(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    from editor import __version__

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: shown.append(text))
    window.actions_by_name["about"].trigger()
    assert __version__ in shown[0] and "geen juridisch advies" in shown[0]
    status = window.statusBar().findChild(type(window.export_notice.label), "not_legal_advice")
    assert "geen juridisch advies" in status.text()


# -- starting the program -------------------------------------------------------------
def test_the_command_line_gets_subcommands_and_options() -> None:
    assert wants_cli(["policy-editor", "export", "a.policy.toml", "-o", "a.docx"])
    assert wants_cli(["policy-editor", "check", "a.policy.toml"])
    assert wants_cli(["policy-editor", "--version"])
    assert not wants_cli(["policy-editor"])
    assert not wants_cli(["policy-editor", "winkel.policy.toml"])


def test_an_unreadable_start_file_gives_the_starter_and_the_reason(tmp_path: Path) -> None:
    broken = tmp_path / "kapot.policy.toml"
    broken.write_text("dit is geen toml", encoding="utf-8")
    project, path, error, _content = initial_project(str(broken))
    assert project == starter_project()
    assert path is None
    assert error is not None and error.startswith("kapot.policy.toml")


def test_a_readable_start_file_opens(example_path: Path) -> None:
    project, path, error, content = initial_project(str(example_path))
    assert (project, path, error) == (load_project(example_path), example_path.resolve(), None)
    # The bytes the project came from: the window compares the file with them before saving.
    assert content == example_path.read_bytes()
    assert file_arguments(["main.py", "--x", str(example_path)]) == [str(example_path)]


def test_the_program_starts_and_paints_the_preview(tmp_path: Path) -> None:
    example = EXAMPLES[0]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    env[QUIT_AFTER_PREVIEW_ENV] = "1"
    done = subprocess.run(
        [sys.executable, str(REPO / "main.py"), str(example)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_qts_own_texts_are_dutch_too(qapp: QApplication) -> None:
    from editor.ui.app import create_application

    assert create_application(["policy-editor"]) is qapp
    # The file dialogs, standard buttons and a text field's right-click menu.
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Zoeken in:"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    assert QCoreApplication.translate("QLineEdit", "&Undo") == "&Ongedaan maken"


def test_file_dialogs_are_all_dutch_and_start_at_the_suggested_file(
    qapp: QApplication, tmp_path: Path
) -> None:
    from editor.ui.app import create_application
    from editor.ui.qt_dutch import file_dialog

    create_application(["policy-editor"])
    parent = QWidget()
    suggested = tmp_path / "winkel.docx"
    dialog = file_dialog(parent, "Exporteren", "Word (*.docx)", suggested, save=True)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    # Two labels Qt's own Dutch file lacks are set by the program.
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert labels == ["&Zoeken in:", "Bestands&naam:", "Bestands&type:"]
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert Path(dialog.directory().absolutePath()) == tmp_path
    assert dialog.selectedFiles() == [str(suggested)]
    opening = file_dialog(parent, "Openen", "*.policy.toml", tmp_path, save=False)
    assert opening.fileMode() == QFileDialog.FileMode.ExistingFile
    assert Path(opening.directory().absolutePath()) == tmp_path
    create_application(["policy-editor"])  # a second call adds no second translator
    assert len(qapp.findChildren(QTranslator)) == 1
