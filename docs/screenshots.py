"""Regenerate the README's screenshots from the real program.

    python docs/screenshots.py [PROJECT.policy.toml]

Opens the editor window on the project (default: the Luxigo example next to
the repository), shows each tab in turn and saves ``docs/screenshots/<tab>.png``
plus ``docs/screenshots/window.png`` at a laptop's 1366x768, and the same on
a small screen (1024x640) as ``<tab>-1024x640.png``. Runs offscreen unless
QT_QPA_PLATFORM says otherwise, e.g.
``xvfb-run -a env QT_QPA_PLATFORM=xcb python docs/screenshots.py``.
The user's own settings are never read or written: the window starts from a
throw-away settings file, so every run gives the same window shape.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_PROJECT = REPO.parent / "shared" / "examples" / "luxigo.policy.toml"
OUT = REPO / "docs" / "screenshots"
# (width, height, file name suffix): a laptop's screen, and the small screen.
SIZES = [(1366, 768, ""), (1024, 640, "-1024x640")]

sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from editor.core.project_file import load_project  # noqa: E402
from editor.ui.app import create_application  # noqa: E402
from editor.ui.main_window import MainWindow  # noqa: E402
from editor.ui.store import Store  # noqa: E402


def slug(title: str) -> str:
    """A file name for a tab title: Rechten en opties -> rechten-en-opties."""
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def settle(app: QApplication, seconds: float = 0.3) -> None:
    """Let Qt lay out and paint (and the preview's debounce run) before a grab."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def shoot(
    app: QApplication, project_path: Path, width: int, height: int, suffix: str
) -> list[Path]:
    """Every tab of a window of ``width`` x ``height`` on the project, as PNG files."""
    written = []
    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        store = Store()
        store.load(load_project(project_path), project_path.resolve())
        window = MainWindow(store, settings, preview_interval_ms=0)
        window.resize(width, height)
        window.show()
        settle(app, 0.6)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            settle(app)
            target = OUT / f"{slug(window.tabs.tabText(index))}{suffix}.png"
            window.grab().save(str(target))
            written.append(target)
        window.tabs.setCurrentIndex(0)
        settle(app)
        target = OUT / f"window{suffix}.png"
        window.grab().save(str(target))
        written.append(target)
        store.undo_stack.setClean()  # nothing was edited; close without a question
        window.close()
    return written


def main(argv: list[str]) -> int:
    project_path = Path(argv[1]) if len(argv) > 1 else DEFAULT_PROJECT
    app = create_application(argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    for width, height, suffix in SIZES:
        written += shoot(app, project_path, width, height, suffix)
    for path in written:
        print(path.relative_to(REPO))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
