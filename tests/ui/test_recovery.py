"""Crash recovery: unsaved work is copied aside and offered again after a crash."""

from __future__ import annotations

import json
import os
import selectors
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from editor.core.file_lock import Owner
from editor.core.project_file import load_project, save_project
from editor.core.starter import starter_project
from editor.ui.main_window import MainWindow
from editor.ui.open_file import ConflictAnswer
from editor.ui.recovery import (
    INTERVAL_ENV,
    RecoveryWriter,
    RestoreAnswer,
    interval_from_environment,
    leftover_copies,
    offer_leftovers,
    read_copy,
)
from editor.ui.window_questions import SaveAnswer
from tests.ui.window_helpers import NAME, Windows, answer, saved_starter

REPO = Path(__file__).resolve().parents[2]
HOUR_MS = 3_600_000


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data" / "recovery"


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    return saved_starter(tmp_path, "Opgeslagen naam")


def files_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


def with_writer(windows: Windows, folder: Path, interval_ms: int) -> MainWindow:
    window = windows.new()
    window.files.keep_recovery_copies(folder, interval_ms)
    return window


def writer_of(window: MainWindow) -> RecoveryWriter:
    assert window.files.recovery is not None
    return window.files.recovery


# -- writing copies --------------------------------------------------------------------
def test_no_copy_while_the_project_is_clean(qtbot: QtBot, windows: Windows, folder: Path) -> None:
    window = with_writer(windows, folder, interval_ms=10)
    for _ in range(3):
        with qtbot.waitSignal(writer_of(window).timer.timeout):
            pass
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.WindowDeactivate))
    assert files_in(folder) == []


def test_the_timer_writes_a_copy_of_unsaved_work(
    qtbot: QtBot, windows: Windows, folder: Path, project_file: Path
) -> None:
    window = with_writer(windows, folder, interval_ms=20)
    assert window.files.open_path(project_file)
    window.store.set_field(NAME, "Nog niet opgeslagen")
    with qtbot.waitSignal(writer_of(window).written, timeout=5000) as written:
        pass
    copy_file = written.args[0]
    assert load_project(copy_file) == window.store.project
    copy = read_copy(copy_file.with_name(copy_file.name.replace(".policy.toml", ".json")))
    assert copy is not None
    assert copy.original == project_file.resolve()
    assert copy.owner.pid == os.getpid()
    assert abs(time.time() - copy.written.timestamp()) < 60
    assert copy.base is not None
    assert copy.base.sha256 == window.files.open_file.stamp.sha256  # type: ignore[union-attr]
    assert sorted(files_in(folder)) == sorted([copy_file.name, copy.sidecar.name])
    assert load_project(project_file).organisation.name == "Opgeslagen naam"  # file untouched


def test_a_copy_is_private_whatever_the_umask(windows: Windows, folder: Path) -> None:
    """Unsaved work is the user's alone: 0600 files in a 0700 folder, even under umask 000."""
    window = with_writer(windows, folder, interval_ms=HOUR_MS)
    window.store.set_field(NAME, "Alleen voor mij")
    previous = os.umask(0)
    try:
        assert writer_of(window).write_now()
    finally:
        os.umask(previous)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for file in folder.iterdir():
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file.name


@pytest.mark.parametrize("how", ["window", "application"])
def test_losing_focus_writes_a_copy_at_once(windows: Windows, folder: Path, how: str) -> None:
    window = with_writer(windows, folder, interval_ms=HOUR_MS)
    window.store.set_field(NAME, "Focus kwijt")
    assert files_in(folder) == []
    if how == "window":
        QCoreApplication.sendEvent(window, QEvent(QEvent.Type.WindowDeactivate))
    else:
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert len(files_in(folder)) == 2
    assert load_project(writer_of(window).project_file).organisation.name == "Focus kwijt"


def test_saving_removes_the_copy(windows: Windows, folder: Path, project_file: Path) -> None:
    window = with_writer(windows, folder, interval_ms=HOUR_MS)
    assert window.files.open_path(project_file)
    window.store.set_field(NAME, "Nieuw")
    assert writer_of(window).write_if_modified()
    assert files_in(folder)
    assert window.files.save()
    assert files_in(folder) == []


def test_closing_without_saving_removes_the_copy(windows: Windows, folder: Path) -> None:
    window = with_writer(windows, folder, interval_ms=HOUR_MS)
    window.store.set_field(NAME, "Weggooien")
    assert writer_of(window).write_if_modified()
    asked = answer(window, "save_changes", SaveAnswer.DISCARD)
    assert window.close()
    assert len(asked) == 1
    assert files_in(folder) == []


def test_undoing_back_to_the_saved_state_removes_the_copy(windows: Windows, folder: Path) -> None:
    window = with_writer(windows, folder, interval_ms=HOUR_MS)
    window.store.set_field(NAME, "Even")
    assert writer_of(window).write_if_modified()
    window.store.undo_stack.undo()
    assert files_in(folder) == []


def test_an_unchanged_project_is_not_written_again(windows: Windows, folder: Path) -> None:
    window = with_writer(windows, folder, interval_ms=HOUR_MS)
    window.store.set_field(NAME, "Eenmaal")
    assert writer_of(window).write_if_modified()
    assert not writer_of(window).write_if_modified()
    window.store.set_field(NAME, "Andermaal")
    assert writer_of(window).write_if_modified()


def test_a_copy_that_cannot_be_written_says_so_in_the_status_bar(
    windows: Windows, tmp_path: Path
) -> None:
    blocked = tmp_path / "een-bestand"
    blocked.write_text("geen map", encoding="utf-8")
    window = with_writer(windows, blocked / "recovery", interval_ms=HOUR_MS)
    window.store.set_field(NAME, "Toch bewerken")
    assert not writer_of(window).write_if_modified()
    assert "Herstelkopie" in window.statusBar().currentMessage()
    assert window.store.is_modified()


def test_the_interval_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(INTERVAL_ENV, raising=False)
    assert interval_from_environment() == 30_000
    monkeypatch.setenv(INTERVAL_ENV, "200")
    assert interval_from_environment() == 200
    monkeypatch.setenv(INTERVAL_ENV, "snel")
    assert interval_from_environment() == 30_000


# -- after a crash -----------------------------------------------------------------------
def crashed_copy(
    windows: Windows, folder: Path, project_file: Path | None, name: str = "Werk van gisteren"
) -> Path:
    """A copy as a crashed editor leaves it: its sidecar names a process that is gone."""
    window = with_writer(windows, folder, interval_ms=HOUR_MS)
    if project_file is not None:
        assert window.files.open_path(project_file)
    window.store.set_field(NAME, name)
    writer = writer_of(window)
    assert writer.write_now()
    sidecar = json.loads(writer.sidecar.read_text(encoding="utf-8"))
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    sidecar["owner"] = {**Owner.current().to_dict(), "pid": child.pid, "started": ""}
    writer.sidecar.write_text(json.dumps(sidecar), encoding="utf-8")
    # The crashed editor's window is gone: forget it without removing its files.
    window.files.recovery = None
    writer.timer.stop()
    writer.discard = lambda: None  # type: ignore[method-assign]
    return writer.sidecar


def test_a_running_editors_copy_is_no_leftover(windows: Windows, folder: Path) -> None:
    window = with_writer(windows, folder, interval_ms=HOUR_MS)
    window.store.set_field(NAME, "Ik draai nog")
    assert writer_of(window).write_now()
    assert leftover_copies(folder) == []


def test_restore_brings_back_the_work_under_its_own_name(
    windows: Windows, folder: Path, project_file: Path
) -> None:
    sidecar = crashed_copy(windows, folder, project_file)
    [copy] = leftover_copies(folder)
    window = with_writer(windows, folder, interval_ms=HOUR_MS)
    asked = answer(window, "restore", RestoreAnswer.RESTORE)
    assert offer_leftovers(window, folder)
    assert asked == [(copy,)]
    assert window.store.project.organisation.name == "Werk van gisteren"
    assert window.store.path == project_file.resolve()
    assert window.store.is_modified() and window.isWindowModified()
    assert window.store.undo_stack.undoText() == "Hersteld na een crash"
    assert not sidecar.exists()  # the old copy is gone, this window's own copy took over
    assert [c.name for c in folder.iterdir() if c.name.endswith(".json")] == [
        writer_of(window).sidecar.name
    ]
    window.store.undo_stack.undo()  # back to the file as it is on disk
    assert window.store.project.organisation.name == "Opgeslagen naam"
    window.store.undo_stack.redo()
    assert window.files.save()  # Save writes to the original file
    assert load_project(project_file).organisation.name == "Werk van gisteren"
    assert files_in(folder) == []


def test_restore_of_a_never_saved_project_has_no_name(windows: Windows, folder: Path) -> None:
    crashed_copy(windows, folder, None, name="Naamloos werk")
    window = with_writer(windows, folder, interval_ms=HOUR_MS)
    answer(window, "restore", RestoreAnswer.RESTORE)
    assert offer_leftovers(window, folder)
    assert window.store.path is None
    assert window.store.project.organisation.name == "Naamloos werk"
    assert window.store.is_modified()


def test_restore_asks_before_overwriting_a_file_changed_after_the_crash(
    windows: Windows, folder: Path, project_file: Path
) -> None:
    crashed_copy(windows, folder, project_file)
    changed = starter_project()
    changed.organisation.name = "Collega na de crash"
    save_project(changed, project_file)
    window = with_writer(windows, folder, interval_ms=HOUR_MS)
    answer(window, "restore", RestoreAnswer.RESTORE)
    assert offer_leftovers(window, folder)
    asked = answer(window, "disk_conflict", ConflictAnswer.CANCEL)
    assert not window.files.save()
    assert len(asked) == 1
    assert load_project(project_file).organisation.name == "Collega na de crash"


def test_delete_removes_the_copy_and_later_keeps_it(
    windows: Windows, folder: Path, project_file: Path
) -> None:
    sidecar = crashed_copy(windows, folder, project_file)
    window = with_writer(windows, folder, interval_ms=HOUR_MS)
    before = window.store.project
    answer(window, "restore", RestoreAnswer.LATER)
    assert not offer_leftovers(window, folder)
    assert sidecar.exists() and len(leftover_copies(folder)) == 1
    answer(window, "restore", RestoreAnswer.DELETE)
    assert not offer_leftovers(window, folder)
    assert leftover_copies(folder) == [] and not sidecar.exists()
    assert window.store.project is before and not window.store.is_modified()


# -- the real thing: kill the editor, start it again --------------------------------------
DRIVER = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from editor.ui import app as editor_app
from editor.ui.main_window import MainWindow
from editor.ui.window_questions import SaveAnswer
from editor.ui.recovery import RestoreAnswer, recovery_folder
from editor.ui.window_questions import DialogQuestions

mode, files = sys.argv[1], sys.argv[2:]
MainWindow.show_first_start_notice = lambda self: False  # a modal box would wait forever
if mode == "restart":
    DialogQuestions.restore = lambda self, copy: RestoreAnswer.RESTORE
qapp = editor_app.create_application(sys.argv[:1])

def window():
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))

def edit():
    window().store.set_field(("organisation", "name"), "Bewerkt voor de crash")
    def wait_for_copy():
        if list(recovery_folder().glob("*.json")):
            print("ready", recovery_folder(), flush=True)  # now kill me
        else:
            QTimer.singleShot(20, wait_for_copy)
    wait_for_copy()

def report(tries=500):
    store = window().store
    if not store.is_modified() and tries:  # gives up after 10 s: then the test fails
        QTimer.singleShot(20, lambda: report(tries - 1))
        return
    state = {"name": store.project.organisation.name, "path": str(store.path),
             "undo": store.undo_stack.undoText(), "title": window().windowTitle()}
    state["saved"] = window().files.save()
    print(json.dumps(state), flush=True)
    window().close()

QTimer.singleShot(0, edit if mode == "first" else report)
sys.exit(editor_app.run_gui([sys.argv[0], *files]))
"""


def read_line(process: subprocess.Popen[str], timeout: float) -> str:
    """The child's next line of output, failing (not hanging) when it does not come."""
    assert process.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    if not selector.select(timeout):
        process.kill()
        pytest.fail(f"no output within {timeout} s; stderr: {process.communicate()[1]}")
    return process.stdout.readline()


@pytest.mark.slow
def test_after_a_kill_the_next_start_restores_the_edit(tmp_path: Path, project_file: Path) -> None:
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHONPATH=str(REPO),
    )
    env[INTERVAL_ENV] = "200"
    before = project_file.read_bytes()

    first = subprocess.Popen(
        [sys.executable, str(driver), "first", str(project_file)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = read_line(first, timeout=60)
    assert line.startswith("ready "), line
    folder = Path(line.removeprefix("ready ").strip())
    assert folder.is_relative_to(tmp_path / "data")  # the test's own data folder
    os.kill(first.pid, signal.SIGKILL)
    first.wait(timeout=30)
    first.stdout.close()  # type: ignore[union-attr]
    first.stderr.close()  # type: ignore[union-attr]
    assert first.returncode == -signal.SIGKILL
    assert project_file.read_bytes() == before  # the edit was never saved
    assert len(leftover_copies(folder)) == 1

    second = subprocess.run(
        [sys.executable, str(driver), "restart"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert second.returncode == 0, second.stderr
    assert "Traceback" not in second.stderr
    state = json.loads(second.stdout.strip().splitlines()[-1])
    assert state["name"] == "Bewerkt voor de crash"
    assert state["path"] == str(project_file.resolve())
    assert state["undo"] == "Hersteld na een crash"
    assert state["title"].startswith("winkel.policy.toml")
    assert state["saved"] is True
    assert load_project(project_file).organisation.name == "Bewerkt voor de crash"
    assert files_in(folder) == []  # saved and closed: no copy left
    assert not project_file.with_name(".~winkel.policy.toml.lock").exists()
