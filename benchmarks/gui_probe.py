"""Measurements inside the running editor, for benchmarks/run.py.

Run as a subprocess (so each measurement gets a fresh process) with one
command; prints one JSON object on its last line.

- ``preview PROJECT N [EDIT]``: N single edits, each timed from the end of
  the debounce to the preview laid out and painted (assemble, render, the
  document update, all of its layout, paint). EDIT names the field (see
  ``EDITS``): the shop's name when left out; the others lie deep in a large
  project (the middle processor, kind of data and cookie).
- ``memory PROJECT N``: opens the project, makes N edits, reports peak RSS.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication

from editor.core.model import Project
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


# Each edit: the field's path in a project with rows (the middle row of each
# list), and the value of the n-th edit.
EDITS: dict[str, tuple[Callable[[Project], tuple[str | int, ...]], Callable[[int], str]]] = {
    "shop": (lambda _p: ("organisation", "name"), lambda n: f"Winkel {n}"),
    "processor": (
        lambda p: ("processors", len(p.processors) // 2, "name"),
        lambda n: f"Verwerker {n}",
    ),
    "retention": (
        lambda p: ("data_categories", len(p.data_categories) // 2, "retention"),
        lambda n: f"{n % 9 + 1} jaar na de laatste bestelling",
    ),
    "cookie": (
        lambda p: ("cookies", len(p.cookies) // 2, "description"),
        lambda n: f"Onthoudt keuze {n}",
    ),
}


def timed_edit(app: QApplication, window: MainWindow, number: int, edit: str = "shop") -> float:
    """One edit of the field ``edit`` names, then the render the debounce would start."""
    return timed_edit_both(app, window, number, edit)[0]


def timed_edit_both(
    app: QApplication, window: MainWindow, number: int, edit: str = "shop"
) -> tuple[float, float]:
    """Wall-clock and CPU milliseconds of one edit (see timed_edit).

    The CPU time is this process's own: on a machine busy with other work
    the wall clock also counts the time the process waited for a CPU.
    """
    path, value = EDITS[edit]
    window.store.set_field(path(window.store.project), value(number))
    preview = window.preview
    cpu_started = time.process_time()
    started = time.perf_counter()
    preview.refresh()  # what the debounce timer calls when it fires
    preview.viewport().repaint()  # layout and paint of what is on screen, synchronously
    # Qt lays out the rest of a document set with setHtml later, in idle time;
    # asking for its size finishes that layout now, so it is counted too.
    preview.document().size()
    wall = (time.perf_counter() - started) * 1000.0
    return wall, (time.process_time() - cpu_started) * 1000.0


def measure_preview(project_path: str, edits: int, edit: str = "shop") -> dict[str, float]:
    app, window = open_window(project_path)
    for warm in range(3):
        timed_edit(app, window, -warm - 1, edit)
    both = [timed_edit_both(app, window, number, edit) for number in range(edits)]
    times = sorted(wall for wall, _cpu in both)
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return {
        "median": statistics.median(times),
        "cpu_median": statistics.median(cpu for _wall, cpu in both),
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
        result = measure_preview(project_path, count, *sys.argv[4:5])
    elif command == "memory":
        result = measure_memory(project_path, count)
    else:
        raise SystemExit(f"unknown command {command}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
