"""Many shops in one process: per-project figures for ``check`` and ``export``.

    python benchmarks/batch.py              # 200 projects, a readable table
    python benchmarks/batch.py --json       # ... and one JSON object on the last line
    python benchmarks/batch.py --count 20   # fewer (CI: keeps the script alive)

The projects are a mix, as an agency's folder would be: the three example
shops and generated ones of every size from a one-page shop to a large one
(up to 40 processors, 24 kinds of data, 40 cookies). They are written to a
temporary folder and run through the command line's own many-shops path
(``policy-editor check FOLDER`` and ``policy-editor export FOLDER -o OUT
--format docx``) inside this one Python, after one uncounted warm-up run that
pays the start-up (imports, compiled templates). Each figure is the run's
time divided by the number of projects, the median of five runs. Targets
(issue 9): check <= 5 ms and .docx export <= 25 ms per project.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from benchmarks.large_project import large_project  # noqa: E402
from editor.cli import main as cli_main  # noqa: E402
from editor.core.project_file import save_project  # noqa: E402

EXAMPLES = sorted((REPO.parent / "shared" / "examples").glob("*.policy.toml"))
TARGETS = {"check_ms_per_project": 5.0, "export_docx_ms_per_project": 25.0}


def make_projects(folder: Path, count: int) -> None:
    """``count`` projects in ``folder``: every fourth an example, the rest generated."""
    chance = random.Random(9)  # the same mix on every run
    for number in range(count):
        target = folder / f"winkel-{number:03d}.policy.toml"
        if EXAMPLES and number % 4 == 0:
            shutil.copyfile(EXAMPLES[(number // 4) % len(EXAMPLES)], target)
            continue
        project = large_project(
            processors=chance.randint(1, 40),
            categories=chance.randint(2, 24),
            items=chance.randint(2, 8),
            cookies=chance.randint(0, 40),
        )
        project.organisation.name = f"Winkel {number}"
        save_project(project, target, backup=False)


def run_ms(arguments: list[str]) -> tuple[float, float]:
    """One in-process run of the command line, its output thrown away.

    Wall time, and this process's CPU time: on a shared machine the second
    says more about the program, the first about what a user would wait.
    """
    sink = io.StringIO()
    wall, cpu = time.perf_counter(), time.process_time()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        cli_main(arguments)
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def measure(count: int, runs: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        # The jinja bytecode cache and anything else stay in this folder.
        os.environ["XDG_CACHE_HOME"] = str(root / "cache")
        shops = root / "shops"
        shops.mkdir()
        make_projects(shops, count)
        out = root / "out"
        check = ["check", str(shops)]
        export = ["export", str(shops), "-o", str(out), "--format", "docx"]
        first = next(shops.iterdir())
        warm_up = (
            run_ms(["check", str(first)])[0],
            run_ms(["export", str(first), "-o", str(root / "warm.docx")])[0],
        )
        checks = [run_ms(check) for _ in range(runs)]
        exports = [run_ms(export) for _ in range(runs)]
        size_kb = sum(path.stat().st_size for path in shops.iterdir()) / 1024 / count

    def per_project(values: list[tuple[float, float]], which: int) -> float:
        return round(statistics.median(value[which] for value in values) / count, 2)

    return {
        "projects": count,
        "average_project_kb": round(size_kb, 1),
        "load_average": round(os.getloadavg()[0], 1),
        "warm_up_check_ms": round(warm_up[0], 1),
        "warm_up_export_docx_ms": round(warm_up[1], 1),
        "check_ms_per_project": per_project(checks, 0),
        "export_docx_ms_per_project": per_project(exports, 0),
        "check_cpu_ms_per_project": per_project(checks, 1),
        "export_docx_cpu_ms_per_project": per_project(exports, 1),
    }


def table(results: dict[str, object]) -> str:
    lines = [
        f"{results['projects']} projects, {results['average_project_kb']} KB on average "
        f"(load average {results['load_average']})"
    ]
    lines.append(
        f"  start-up (uncounted): check {results['warm_up_check_ms']} ms, "
        f"export {results['warm_up_export_docx_ms']} ms"
    )
    for key, target in TARGETS.items():
        value, cpu = results[key], results[key.replace("_ms_", "_cpu_ms_")]
        assert isinstance(value, float) and isinstance(cpu, float)
        verdict = "met" if value <= target else "NOT met"
        lines.append(
            f"  {key:28} {value:7.2f} ms (CPU {cpu:.2f} ms)   target <= {target:g} ms: {verdict}"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=200, help="how many projects")
    parser.add_argument("--runs", type=int, default=5, help="runs of each command (median)")
    parser.add_argument("--json", action="store_true", help="also print one JSON object")
    args = parser.parse_args()
    results = measure(args.count, args.runs)
    print(table(results))
    if args.json:
        print(json.dumps(results))


if __name__ == "__main__":
    main()
