"""Measurements inside the running editor, for benchmarks/run.py.

Run as a subprocess (so each measurement gets a fresh process) with one
command; prints one JSON object on its last line.

- ``preview PROJECT N``: N single edits, each timed from the end of the
  debounce to the preview laid out and painted (assemble, render, the
  document update, all of its layout, paint).
- ``memory PROJECT N``: opens the project, makes N edits, reports peak RSS.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication

from editor.core.project_file import load_project
from editor.ui.app import create_application
from editor.ui.main_window import MainWindow
from editor.ui.store import Store


def open_window(project_path: str) -> tuple[QApplication, MainWindow]:
    QStandardPaths.setTestModeEnabled(True)  # never touch the user's settings
    app = create_application(["policy-editor"])
    store = Store()
    store.load(load_project(project_path), Path(project_path))
    window = MainWindow(store)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    return app, window


def timed_edit(app: QApplication, window: MainWindow, number: int) -> float:
    """One edit of the shop's name, then the render the debounce would start."""
    window.store.set_field(("organisation", "name"), f"Winkel {number}")
    preview = window.preview
    started = time.perf_counter()
    preview.refresh()  # what the debounce timer calls when it fires
    preview.viewport().repaint()  # layout and paint of what is on screen, synchronously
    # Qt lays out the rest of a document set with setHtml later, in idle time;
    # asking for its size finishes that layout now, so it is counted too.
    preview.document().size()
    return (time.perf_counter() - started) * 1000.0


def measure_preview(project_path: str, edits: int) -> dict[str, float]:
    app, window = open_window(project_path)
    for warm in range(3):
        timed_edit(app, window, -warm - 1)
    times = sorted(timed_edit(app, window, number) for number in range(edits))
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return {
        "median": statistics.median(times),
        "p95": p95,
        "worst": times[-1],
        "debounce_ms": window.preview.interval_ms,
    }


def measure_memory(project_path: str, edits: int) -> dict[str, float]:
    app, window = open_window(project_path)
    for number in range(edits):
        timed_edit(app, window, number)
        app.processEvents()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"peak_rss_mb": peak_kb / 1024.0}


def main() -> None:
    command, project_path, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if command == "preview":
        result = measure_preview(project_path, count)
    elif command == "memory":
        result = measure_memory(project_path, count)
    else:
        raise SystemExit(f"unknown command {command}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
