"""How fast `policy-editor import` turns a 3,000-word statement into a project.

    python benchmarks/import_speed.py           # median of 5 whole-process runs
    python benchmarks/import_speed.py --runs 9

The statement is made of the seeds in ../shared/seeds (real old statements),
cut at the first line end past 3,000 words; without them, of the test
statements repeated. Each run is a fresh Python, as the owner would start it,
with the same environment as benchmarks/run.py (bytecode in its own cache,
one uncounted warm-up run). The target of issue 12: at most 300 ms. This
script reports the figure; it never fails on a time.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from benchmarks.run import environment, wall_ms  # noqa: E402

WORDS = 3000
TARGET_MS = 300


def statement_text(words: int = WORDS) -> str:
    """About ``words`` words of real statement text, cut at a line end."""
    seeds = sorted((REPO.parent / "shared" / "seeds").glob("*.txt"))
    sources = seeds or sorted((REPO / "tests" / "core" / "importing" / "statements").glob("*"))
    lines: list[str] = []
    count = 0
    while count < words:
        for source in sources:
            for line in source.read_text(encoding="utf-8").splitlines():
                lines.append(line)
                count += len(line.split())
                if count >= words:
                    return "\n".join(lines) + "\n"
    return "\n".join(lines) + "\n"


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall ms, CPU ms) of one run. The CPU time (user + system of the child) moves
    much less than the wall time when other work shares the machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = wall_ms(command, env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000.0
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        env = environment(home)
        old = home / "oude-verklaring.txt"
        text = statement_text()
        old.write_text(text, encoding="utf-8")
        out = home / "nieuw.policy.toml"
        command = [
            sys.executable, str(REPO / "main.py"), "import", str(old), "-o", str(out),
            "--overschrijven",
        ]  # fmt: skip
        wall_ms(command, env)  # warm-up: bytecode, as an installed program has it
        runs = [timed(command, env) for _ in range(args.runs)]
    median = statistics.median(wall for wall, _ in runs)
    cpu = statistics.median(cpu for _, cpu in runs)
    words = len(text.split())
    met = "yes" if median <= TARGET_MS else "no"
    print(
        f"import_txt_ms: {median:.0f} ms wall, {cpu:.0f} ms CPU, for {words} words "
        f"(median of {args.runs}; target ≤ {TARGET_MS} ms: {met})"
    )
    print(json.dumps({"import_txt_ms": round(median, 1), "import_txt_cpu_ms": round(cpu, 1)}))


if __name__ == "__main__":
    main()
