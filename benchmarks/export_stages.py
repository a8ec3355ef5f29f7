"""Where a Word export's time goes, step by step, per project of a batch.

    python benchmarks/export_stages.py              # 200 projects, a readable table
    python benchmarks/export_stages.py --count 20   # fewer

The same projects as ``batch.py`` (the same mix, the same seed), each taken
through the steps of ``policy-editor export FOLDER --format docx`` one at a
time: loading the project, assembling the statement, writing the Word file
(and, measured again on their own, the two parts of that step that cost the
most: the body's XML and the statement's fingerprint), and the atomic write.
Per step the CPU time and the wall time per project, the median of the runs,
after one uncounted run that pays the start-up. On a busy machine the wall
time is mostly waiting (for a CPU, and for the disk in the write's fsyncs).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.batch import make_projects  # noqa: E402
from editor.core.atomic import atomic_write_bytes  # noqa: E402
from editor.core.project_file import load_project  # noqa: E402
from editor.export.assemble import assemble  # noqa: E402
from editor.export.blocks import statement_proper  # noqa: E402
from editor.export.docx_body import build_body  # noqa: E402
from editor.export.docx_properties import fingerprint  # noqa: E402
from editor.export.exporter import render_bytes  # noqa: E402

STEPS = (
    "load the project",
    "assemble the statement",
    "write the Word file",
    "  of which: the body's XML",
    "  of which: the fingerprint",
    "atomic write to disk",
)
T = TypeVar("T")
P = ParamSpec("P")


class Stopwatch:
    """CPU and wall time per step, summed over every call."""

    def __init__(self) -> None:
        self.cpu = dict.fromkeys(STEPS, 0.0)
        self.wall = dict.fromkeys(STEPS, 0.0)

    def timed(self, step: str, work: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        cpu, wall = time.process_time(), time.perf_counter()
        result = work(*args, **kwargs)
        self.cpu[step] += time.process_time() - cpu
        self.wall[step] += time.perf_counter() - wall
        return result


def _no_links(url: str) -> str:
    return "rIdLink1"  # the body alone: its links' relationships are the package's


def one_run(files: list[Path], out: Path) -> dict[str, tuple[float, float]]:
    """Each step's CPU and wall time in ms per project, over ``files``."""
    watch = Stopwatch()
    for path in files:
        project = watch.timed(STEPS[0], load_project, path)
        statement = watch.timed(STEPS[1], assemble, project)
        data = watch.timed(STEPS[2], render_bytes, project, "docx", statement=statement)
        watch.timed(STEPS[3], build_body, statement, _no_links)
        watch.timed(STEPS[4], fingerprint, statement_proper(statement))
        target = out / path.name.replace(".policy.toml", ".docx")
        watch.timed(STEPS[5], atomic_write_bytes, target, data)
    return {
        step: (watch.cpu[step] * 1000 / len(files), watch.wall[step] * 1000 / len(files))
        for step in STEPS
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=200, help="how many projects")
    parser.add_argument("--runs", type=int, default=3, help="runs over all projects (median)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        os.environ["XDG_CACHE_HOME"] = str(root / "cache")
        shops, out = root / "shops", root / "out"
        shops.mkdir()
        out.mkdir()
        make_projects(shops, args.count)
        files = sorted(shops.iterdir())
        one_run(files, out)  # start-up: imports, compiled templates, the prepared template
        runs = [one_run(files, out) for _ in range(args.runs)]
    print(f"{args.count} projects, per project (load average {os.getloadavg()[0]:.1f})")
    print(f"  {'step':32} {'CPU ms':>8} {'wall ms':>8}")
    for step in STEPS:
        cpu = statistics.median(run[step][0] for run in runs)
        wall = statistics.median(run[step][1] for run in runs)
        print(f"  {step:32} {cpu:8.2f} {wall:8.2f}")


if __name__ == "__main__":
    main()
