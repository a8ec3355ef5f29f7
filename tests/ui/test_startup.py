"""What the start leaves for after the first paint still happens right after it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from editor.core.checks import check
from editor.core.project_file import load_project
from editor.ui.findings_panel import FindingsPanel
from editor.ui.store import Store
from tests.conftest import REPO, SHARED
from tests.core.complete_project import complete_project

LUXIGO = SHARED / "examples" / "luxigo.policy.toml"

# Starts the program as main.py does and reports, a little after the first paint,
# what the window looks like then.
DRIVER = """
import gc, json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from editor.ui import app as editor_app
from editor.ui.main_window import MainWindow

MainWindow.show_first_start_notice = lambda self: False  # a modal box would wait forever
qapp = editor_app.create_application(sys.argv[:1])
seen = {}

def window():
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))

def at_first_paint():
    w = window()
    seen["checked_at_paint"] = bool(w.findings.findings)
    seen["statement_at_paint"] = "Luxigo" in w.preview.toPlainText()
    QTimer.singleShot(200, report)

def report():
    w = window()
    seen["findings"] = len(w.findings.findings)
    seen["count"] = w.findings.count_button.text()
    seen["made_tabs"] = [i for i in range(w.tabs.count()) if w.tabs.is_made(i)]
    seen["gc_enabled"] = gc.isenabled()
    seen["frozen"] = gc.get_freeze_count()
    print(json.dumps(seen), flush=True)
    w.close()

def watch():
    window().preview.first_painted.connect(at_first_paint)

QTimer.singleShot(0, watch)
sys.exit(editor_app.run_gui([sys.argv[0], *sys.argv[1:]]))
"""


def test_the_check_and_the_collector_follow_the_first_paint(tmp_path: Path) -> None:
    shop = tmp_path / LUXIGO.name
    shop.write_bytes(LUXIGO.read_bytes())
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, str(shop)],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["statement_at_paint"]  # the whole statement is in the first paint
    assert not seen["checked_at_paint"]  # the check comes after it ...
    assert seen["findings"] == len(check(load_project(shop)))  # ... right after it
    assert "fout" in seen["count"]
    assert seen["made_tabs"] == [0]
    assert seen["gc_enabled"] and seen["frozen"] > 0


def test_a_panel_told_to_wait_is_empty_until_asked(qtbot: QtBot) -> None:
    store = Store()
    store.load(load_project(LUXIGO), None)
    panel = FindingsPanel(store, interval_ms=5, check_now=False)
    qtbot.addWidget(panel)
    assert panel.findings == [] and panel.list.count() == 0
    assert panel.count_button.text() == ""
    panel.ensure_checked()
    found = panel.findings
    assert found and panel.finding_items() and "fout" in panel.count_button.text()
    panel.ensure_checked()  # once is enough
    assert panel.findings == found


def test_a_waiting_panel_says_nothing_was_found_once_it_has_looked(qtbot: QtBot) -> None:
    store = Store()
    store.load(complete_project(), None)
    panel = FindingsPanel(store, interval_ms=5, check_now=False)
    qtbot.addWidget(panel)
    assert panel.list.count() == 0
    panel.ensure_checked()
    assert panel.list.count() == 1 and "niets" in panel.list.item(0).text()


def test_an_edit_before_the_first_check_runs_it(qtbot: QtBot) -> None:
    store = Store()
    store.load(complete_project(), None)
    panel = FindingsPanel(store, interval_ms=5, check_now=False)
    qtbot.addWidget(panel)
    store.set_field(("organisation", "city"), "")
    qtbot.waitUntil(lambda: panel.count_text() == "1 fout · 0 waarschuwingen · 0 tips")
