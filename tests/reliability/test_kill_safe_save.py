"""Kill-safe save: SIGKILL at any moment leaves a complete project and a complete backup.

A helper process saves two different complete projects to one path, in turn,
as fast as it can; the test kills it with SIGKILL 150 times, at
random moments. After every kill the file loads and is one of the two
projects, and the backup (NAME.policy.toml.bak), when there, is one too.

The moments do not assume a machine's speed: the saver reports each save it
finishes and how long it took, and the test waits for 0 to 2 finished saves
and then a random time up to 1.5 times the median save of the large project
seen so far. So the kills land before, during and between saves on a fast
machine and on a busy one alike.

Starting Python costs about 0.3 s here, too slow for hundreds of kills, so a
small fork server imports everything once and forks one saver per round; the
test kills that saver directly and the server reports when it is gone.
"""

from __future__ import annotations

import os
import random
import re
import signal
import stat
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from editor.core.atomic import STALE_TEMP_SECONDS, atomic_write_bytes, backup_path
from editor.core.model import Address, CustomSection, DataCategory, LegalBasis, Project
from editor.core.project_file import dumps_project, load_project, save_project
from tests.conftest import REPO, SHARED
from tests.core.complete_project import complete_project

KILLS = 150
# How much longer than a typical save of the large project the random wait may
# be: past the end of the save it follows, into the next one.
DELAY_SPREAD = 1.5

FORK_SERVER = r"""
import os, sys, time
from editor.core.project_file import load_project, save_project

target, first, second = sys.argv[1:4]
projects = [load_project(first), load_project(second)]


def say(*words):
    # One write per line: parent and saver share the pipe, and with
    # PYTHONUNBUFFERED print() writes each word on its own, so a saver's line
    # could land inside the parent's ("20980saved 0 ...").
    os.write(1, (" ".join(map(str, words)) + "\n").encode())


say("ready")
for _command in sys.stdin:
    pid = os.fork()
    if pid == 0:
        # The saver: save in turn until killed (and stop by itself after 10 s,
        # so nothing runs on if the test itself dies).
        stop = time.monotonic() + 10
        turn = 0
        while time.monotonic() < stop:
            began = time.perf_counter()
            save_project(projects[turn % 2], target)
            say("saved", turn % 2, time.perf_counter() - began)
            turn += 1
        os._exit(0)
    say(pid)
    _, status = os.waitpid(pid, 0)
    say("signal" if os.WIFSIGNALED(status) else "exit")
"""


def two_projects() -> tuple[Project, Project]:
    """Two complete projects of different sizes (a few KB and about 100 KB)."""
    small = complete_project()
    large = load_project(SHARED / "examples" / "luxigo.policy.toml")
    large.data_categories += [
        DataCategory(
            name=f"Categorie {n}",
            items=[f"Gegeven {n}.{i}" for i in range(20)],
            purposes=["Het bezorgen van de bestelling"],
            legal_basis=LegalBasis.CONTRACT,
            retention="2 jaar",
        )
        for n in range(100)
    ]
    large.custom_sections.append(CustomSection("Lang", "Een alinea.\n\n" * 500))
    assert dumps_project(small) != dumps_project(large)
    return small, large


@pytest.fixture
def fork_server(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path, list[Project]]]:
    projects = list(two_projects())
    sources = []
    for index, project in enumerate(projects):
        source = tmp_path / f"source{index}.policy.toml"
        source.write_text(dumps_project(project), encoding="utf-8")
        sources.append(str(source))
    work = tmp_path / "work"
    work.mkdir()
    target = work / "winkel.policy.toml"
    save_project(projects[0], target)  # the "old version" before the first kill
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])
    server = subprocess.Popen(
        [sys.executable, "-c", FORK_SERVER, str(target), *sources],
        cwd=REPO,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None and server.stdin is not None
    assert server.stdout.readline() == "ready\n"
    try:
        yield server, target, projects
    finally:
        server.stdin.close()
        server.wait(timeout=30)


def temp_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith(".tmp"))


def test_sigkill_at_random_moments_never_loses_the_project(
    fork_server: tuple[subprocess.Popen[str], Path, list[Project]],
) -> None:
    server, target, projects = fork_server
    assert server.stdin is not None and server.stdout is not None
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    started = time.monotonic()
    seen = {"file": [0, 0], "backup": [0, 0]}
    kills_leaving_a_temp = 0
    large_saves: list[float] = []  # seconds each finished save of the large project took

    def next_report() -> str:
        """The server's or the saver's next line; a finished large save is measured."""
        line = server.stdout.readline()
        if line.startswith("saved 1 "):
            large_saves.append(float(line.split()[2]))
        return line

    for kill in range(KILLS + 1):
        temps_before = len(temp_files(target.parent))
        server.stdin.write("go\n")
        server.stdin.flush()
        finished = 0
        while not (line := next_report()).strip().isdigit():  # a save may beat the pid
            assert line.startswith("saved "), f"unexpected {line!r} (seed {seed})"
            finished += 1
        saver = int(line)
        # The first round only measures: the saver finishes a small and a large
        # save before it is killed.
        wait_for = 2 if kill == 0 else rng.randrange(3)
        while finished < wait_for:
            line = next_report()
            assert line.startswith("saved "), f"saver stopped: {line!r} (seed {seed})"
            finished += 1
        # The random moment is the point of this test, so a sleep is right here;
        # its length comes from the saves measured, not from a guess.
        # The median: one save slowed down by a busy machine must not stretch every wait.
        time.sleep(rng.uniform(0, DELAY_SPREAD * statistics.median(large_saves)))
        os.kill(saver, signal.SIGKILL)
        while (line := next_report()).startswith("saved "):
            pass
        assert line == "signal\n", f"saver ended by itself (seed {seed})"

        context = f"after kill {kill + 1} (seed {seed})"
        on_disk = load_project(target)
        assert on_disk in projects, f"the file is neither version {context}"
        seen["file"][projects.index(on_disk)] += 1
        backup = backup_path(target)
        if backup.exists():
            earlier = load_project(backup)
            assert earlier in projects, f"the backup is not a complete version {context}"
            seen["backup"][projects.index(earlier)] += 1
        leftover = temp_files(target.parent)
        kills_leaving_a_temp += len(leftover) > temps_before
        unexpected = [
            p.name for p in target.parent.iterdir() if p not in (target, backup, *leftover)
        ]
        assert unexpected == [], context
    elapsed = time.monotonic() - started

    leftover = temp_files(target.parent)
    print(
        f"\n{KILLS} kills in {elapsed:.1f} s (seed {seed}); the file held the small/large "
        f"project {seen['file']} times, the backup {seen['backup']}; "
        f"{kills_leaving_a_temp} kills landed mid-write and left {len(leftover)} temp files; "
        f"a large save took {statistics.median(large_saves) * 1000:.0f} ms (median)"
    )
    # The kills landed all over the save, not only between saves: both versions
    # were seen on disk and in the backup, and some kills caught a write half done.
    assert min(seen["file"]) > 0 and min(seen["backup"]) > 0
    assert kills_leaving_a_temp > 0
    # Every leftover is a temp of this file, named as atomic.py names them.
    pattern = re.compile(r"\.winkel\.policy\.toml(\.bak)?\.[a-z0-9_]{8}\.tmp")
    assert all(pattern.fullmatch(p.name) for p in leftover)

    # A killed save's temp files do not pile up: the next save removes stale ones.
    long_ago = time.time() - STALE_TEMP_SECONDS - 60
    for temp in leftover:
        os.utime(temp, (long_ago, long_ago))
    save_project(projects[1], target)
    assert temp_files(target.parent) == []
    assert load_project(target) == projects[1]
    assert load_project(backup_path(target)) in projects


def test_a_fresh_temp_file_is_left_alone(tmp_path: Path) -> None:
    """A temp file younger than the limit may be another save in progress: keep it."""
    target = tmp_path / "winkel.policy.toml"
    project = complete_project()
    save_project(project, target)
    fresh = tmp_path / ".winkel.policy.toml.abcd1234.tmp"
    stale = tmp_path / ".winkel.policy.toml.bak.efgh5678.tmp"
    other = tmp_path / ".ander.policy.toml.ijkl9012.tmp"
    for path in (fresh, stale, other):
        path.write_bytes(b"half")
    long_ago = time.time() - STALE_TEMP_SECONDS - 60
    for path in (stale, other):
        os.utime(path, (long_ago, long_ago))
    save_project(replace(project, custom_sections=[CustomSection("Nieuw", "Tekst")]), target)
    assert fresh.exists() and other.exists()
    assert not stale.exists()


def test_cleaning_up_never_fails_a_save(tmp_path: Path) -> None:
    """A stale temp that cannot be removed (here: a folder by that name) is skipped."""
    target = tmp_path / "winkel.html"
    stubborn = tmp_path / ".winkel.html.abcd1234.tmp"
    stubborn.mkdir()
    (stubborn / "inside").write_text("x")
    long_ago = time.time() - STALE_TEMP_SECONDS - 60
    os.utime(stubborn, (long_ago, long_ago))
    atomic_write_bytes(target, b"<p>ok</p>")
    assert target.read_bytes() == b"<p>ok</p>"
    assert stubborn.is_dir()


def test_a_save_keeps_the_files_permissions(tmp_path: Path) -> None:
    """mkstemp makes temp files 0600; a save must not pass that on to the user's file."""
    target = tmp_path / "winkel.policy.toml"
    save_project(complete_project(), target)
    target.chmod(0o644)
    save_project(complete_project(Address.INFORMAL), target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert stat.S_IMODE(backup_path(target).stat().st_mode) == 0o644
    target.chmod(0o640)
    save_project(complete_project(), target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
