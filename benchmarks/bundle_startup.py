"""The standalone bundle next to ``python main.py``: its size and its start-up.

    python packaging/build_bundle.py                 # first: dist/policy-editor/
    python benchmarks/bundle_startup.py              # median of 7 runs each
    python benchmarks/bundle_startup.py --runs 3 --bundle other/folder

Each start is a whole process, as a user's: the window opens the Luxigo
example offscreen and quits after its first paint
(POLICY_EDITOR_QUIT_AFTER_PREVIEW=1), and a command-line ``check`` of the
same file runs to its end. Every run gets its own empty home, so no cache or
settings of an earlier run help. The first run of each is a warm-up (the
files in the system's disk cache) and is not counted. It reports; it never
fails on a figure.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED_EXAMPLE = REPO.parent / "shared" / "examples" / "luxigo.policy.toml"
# A checkout alone (the Windows and macOS workflow) has no shared examples: the
# starter project, which is in the repository, stands in for Luxigo there.
EXAMPLE = SHARED_EXAMPLE if SHARED_EXAMPLE.is_file() else REPO / "resources" / "starter.policy.toml"
# Without these Windows cannot start Python (no source of random numbers) nor
# find its own folders; they say nothing about the user.
WINDOWS_ESSENTIALS = ("SYSTEMROOT", "WINDIR")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def timed_run(command: list[str], extra_env: dict[str, str]) -> float:
    """Seconds from start to exit of ``command``, with a home of its own."""
    with tempfile.TemporaryDirectory(prefix="policy-editor-bench-") as home:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": home,
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            **{name: os.environ[name] for name in WINDOWS_ESSENTIALS if name in os.environ},
            **extra_env,
        }
        if sys.platform == "win32":  # the home of its own, as Windows programs look for it
            for name in ("USERPROFILE", "APPDATA", "LOCALAPPDATA", "TEMP", "TMP"):
                env[name] = home
        began = time.perf_counter()
        result = subprocess.run(command, env=env, capture_output=True, timeout=300)
        elapsed = time.perf_counter() - began
        if result.returncode not in (0, 1):  # check: 1 means findings, no failure
            raise RuntimeError(f"{command} exited {result.returncode}: {result.stderr[-2000:]!r}")
        return elapsed


def median_ms(command: list[str], extra_env: dict[str, str], runs: int) -> float:
    timed_run(command, extra_env)  # warm-up
    return statistics.median(timed_run(command, extra_env) for _ in range(runs)) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / "policy-editor")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    program = args.bundle / ("policy-editor.exe" if sys.platform == "win32" else "policy-editor")
    if not program.is_file():
        print(f"no bundle at {args.bundle}: build it with python packaging/build_bundle.py")
        return 2
    window = {"POLICY_EDITOR_QUIT_AFTER_PREVIEW": "1"}
    ways = {
        "python main.py": [sys.executable, str(REPO / "main.py")],
        "bundle": [str(program)],
    }
    print(f"bundle: {args.bundle}  {folder_size(args.bundle) / 1e6:.0f} MB on disk")
    print(f"project: {EXAMPLE.name}")
    print(f"{'':16}{'window to first paint':>24}{'check (command line)':>24}")
    for name, command in ways.items():
        window_ms = median_ms([*command, str(EXAMPLE)], window, args.runs)
        check_ms = median_ms([*command, "check", str(EXAMPLE)], {}, args.runs)
        print(f"{name:16}{window_ms:>21.0f} ms{check_ms:>21.0f} ms")
    print(f"(median of {args.runs} runs after one warm-up; {os.cpu_count()} CPUs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
