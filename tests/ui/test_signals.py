"""SIGTERM (logout, kill), SIGHUP and SIGINT close the editor as Ctrl+Q does,
without asking: unsaved edits go to a recovery copy and the lock goes.

Each test starts the real program in its own process, makes an edit, sends
the signal while Qt's event loop sleeps, and looks at what is left on disk.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from editor.core.file_lock import lock_path
from editor.core.project_file import load_project
from editor.ui.recovery import INTERVAL_ENV, leftover_copies
from tests.conftest import EXAMPLES, REPO
from tests.installed import user_environment
from tests.ui.test_recovery import read_line

# The real start (run_gui), plus an edit once the window is on screen; then it
# reports the recovery folder and how many copies it holds, and waits.
DRIVER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from editor.ui import app as editor_app
from editor.ui.main_window import MainWindow
from editor.ui.recovery import recovery_folder

MainWindow.show_first_start_notice = lambda self: False  # a modal box would wait forever
qapp = editor_app.create_application(sys.argv[:1])

def edit():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    if not window.isVisible():
        QTimer.singleShot(20, edit)
        return
    window.store.set_field(("organisation", "name"), "Bewerkt voor het signaal")
    folder = recovery_folder()
    print("ready", len(list(folder.glob("*.json"))) if folder.exists() else 0, folder, flush=True)

QTimer.singleShot(0, edit)
sys.exit(editor_app.run_gui([sys.argv[0], *sys.argv[1:]]))
"""


def start_driver(
    tmp_path: Path, source: str, *args: Path, extra_env: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    """Runs ``source`` as a script of its own, with a home of its own, talking through pipes."""
    driver = tmp_path / "driver.py"
    driver.write_text(source, encoding="utf-8")
    env = user_environment(tmp_path / "home")
    env["PYTHONPATH"] = str(REPO)
    env.update(extra_env or {})
    return subprocess.Popen(
        [sys.executable, str(driver), *map(str, args)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_signal_keeps_the_edit_in_a_recovery_copy_and_removes_the_lock(
    tmp_path: Path, signal_name: str
) -> None:
    number = getattr(signal, signal_name)
    project_file = tmp_path / "winkel.policy.toml"
    shutil.copy(EXAMPLES[0], project_file)
    before = project_file.read_bytes()
    # The timer writes no copy: only the signal may.
    process = start_driver(tmp_path, DRIVER, project_file, extra_env={INTERVAL_ENV: str(3_600_000)})
    try:
        line = read_line(process, timeout=120)
        assert line.startswith("ready "), line
        _, copies, folder_name = line.split(maxsplit=2)
        assert copies == "0"
        assert lock_path(project_file).exists()
        # The window sits idle in Qt's event loop now: no Python code runs.
        os.kill(process.pid, number)
        _, stderr = process.communicate(timeout=120)
    finally:
        process.kill()
    assert process.returncode == 128 + number, stderr
    assert "Traceback" not in stderr
    assert not lock_path(project_file).exists()
    assert project_file.read_bytes() == before  # nothing saved without asking
    (copy,) = leftover_copies(Path(folder_name.strip()))
    assert copy.original == project_file.resolve()
    assert load_project(copy.project_file).organisation.name == "Bewerkt voor het signaal"


# Only the event loop and the shutdown: no timer, window or preview that would
# run Python code now and then (and so let a handler run by chance).
IDLE_DRIVER = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from editor.ui.shutdown import SignalShutdown

class Window(QObject):
    def end_session(self):
        print("session ended", flush=True)

app = QCoreApplication(sys.argv[:1])
window = Window()
shutdown = SignalShutdown(window, app)
QTimer.singleShot(0, lambda: print("ready", flush=True))
sys.exit(app.exec())
"""


def test_a_signal_wakes_an_event_loop_that_sleeps(tmp_path: Path) -> None:
    """Python runs a handler only between bytecodes; an idle Qt loop runs none.

    Without the wake-up pipe this process sleeps through SIGTERM for ever (the
    real window happens to run Python code now and then, which hides it).
    """
    process = start_driver(tmp_path, IDLE_DRIVER)
    try:
        assert read_line(process, timeout=120) == "ready\n"
        os.kill(process.pid, signal.SIGTERM)
        try:
            out, stderr = process.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            pytest.fail("the event loop slept through SIGTERM")
    finally:
        process.kill()
    assert out == "session ended\n", stderr
    assert process.returncode == 128 + signal.SIGTERM, stderr
