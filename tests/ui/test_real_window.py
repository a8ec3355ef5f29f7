"""The real window on a virtual screen (Xvfb, the xcb platform), as a user sees it.

Skips where Xvfb is missing, unless POLICY_EDITOR_REQUIRE_TOOLS=1 (CI).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO, SHARED
from tests.tools import require_tool

DRIVER = """
import sys
from PySide6.QtCore import QStandardPaths, QTimer
QStandardPaths.setTestModeEnabled(True)
from editor.ui.app import create_application
from editor.core.project_file import load_project
from editor.ui.main_window import MainWindow
from editor.ui.store import Store

path, shot = sys.argv[1], sys.argv[2]
app = create_application(["policy-editor"])
store = Store()
store.load(load_project(path), __import__("pathlib").Path(path))
window = MainWindow(store)
window.resize(1360, 860)

def done():
    window.grab().save(shot)
    from PySide6.QtWidgets import QDialogButtonBox
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    stock = [b.text() for b in box.buttons() if not b.icon().isNull()]
    print("stock_icons", stock or "none")
    print("window_icon", "none" if window.windowIcon().isNull() else "set")
    print("platform", app.platformName())
    print("title", window.windowTitle())
    print("tabs", window.tabs.count())
    app.quit()

window.preview.first_painted.connect(lambda: QTimer.singleShot(50, done))
window.show()
app.exec()
"""


def test_window_opens_on_xvfb_with_the_file_name_in_the_title(tmp_path: Path) -> None:
    xvfb_run = require_tool("xvfb-run", "a virtual screen for the real window")
    shot = tmp_path / "window.png"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="xcb",
        PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
    )
    env.pop("DISPLAY", None)
    luxigo = SHARED / "examples" / "luxigo.policy.toml"
    result = subprocess.run(
        [
            xvfb_run,
            "-a",
            "-s",
            "-screen 0 1600x1000x24",
            sys.executable,
            "-c",
            DRIVER,
            str(luxigo),
            str(shot),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines["platform"] == "xcb"
    assert lines["title"].startswith("luxigo.policy.toml")
    assert "Policy Editor" in lines["title"]
    assert lines["tabs"] == "6"
    # xcb without a desktop theme would put a tick and a cross on OK and Cancel.
    assert lines["stock_icons"] == "none"
    assert lines["window_icon"] == "set"

    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert image.width() >= 1000 and image.height() >= 600
    # A painted window, not a blank one: many distinct colours across the picture.
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)
    }
    assert len(colours) > 20
