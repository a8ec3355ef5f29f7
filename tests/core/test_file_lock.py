"""Lock files: another running editor's lock is respected, a stale one is taken over."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.core import file_lock
from editor.core.file_lock import (
    MAX_UNVERIFIED_AGE,
    FileLockedError,
    Owner,
    acquire,
    live_holder,
    lock_path,
    pid_alive,
    process_start,
    read_lock,
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "winkel.policy.toml"
    path.write_text("format_version = 1\n", encoding="utf-8")
    return path


def dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert not pid_alive(child.pid)
    return child.pid


def write_lock(
    path: Path,
    pid: int,
    *,
    host: str | None = None,
    started: str | None = None,
    since: dt.datetime | None = None,
) -> bytes:
    owner = Owner(
        pid,
        file_lock.host_name() if host is None else host,
        process_start(pid) if started is None else started,
        since or dt.datetime.now(dt.UTC),
    )
    content = json.dumps({**owner.to_dict(), "token": "someone-else"}).encode()
    lock_path(path).write_bytes(content)
    return content


def test_the_lock_sits_next_to_the_file_and_says_who_has_it(project: Path) -> None:
    assert lock_path(project) == project.with_name(".~winkel.policy.toml.lock")
    lock = acquire(project)
    data = json.loads(lock_path(project).read_text(encoding="utf-8"))
    assert data["pid"] == os.getpid()
    assert data["host"] == file_lock.host_name()
    since = dt.datetime.fromisoformat(data["since"])
    assert abs(dt.datetime.now(dt.UTC) - since) < dt.timedelta(minutes=1)
    assert read_lock(project) == lock.info
    lock.release()
    assert not lock_path(project).exists()


def test_a_lock_of_another_running_process_is_refused(project: Path) -> None:
    content = write_lock(project, os.getppid())  # the process that started the tests runs
    with pytest.raises(FileLockedError) as caught:
        acquire(project)
    assert caught.value.holder.owner.pid == os.getppid()
    assert lock_path(project).read_bytes() == content  # their lock stays as it was


def test_open_anyway_takes_the_lock_and_leaves_theirs_alone_on_release(project: Path) -> None:
    write_lock(project, os.getppid())
    ours = acquire(project, force=True)
    assert read_lock(project) == ours.info
    write_lock(project, os.getppid())  # and they take it back
    ours.release()
    assert lock_path(project).exists(), "released a lock that was no longer ours"


def test_a_lock_of_a_process_that_is_gone_is_taken_over_silently(project: Path) -> None:
    write_lock(project, dead_pid())
    assert live_holder(project) is None
    lock = acquire(project)
    assert read_lock(project) == lock.info


@pytest.mark.skipif(not process_start(os.getpid()), reason="start times are known on Linux only")
def test_a_reused_process_id_does_not_keep_a_lock_alive(project: Path) -> None:
    write_lock(project, os.getppid(), started="another-boot:12345")
    assert live_holder(project) is None
    acquire(project)


def test_a_lock_from_another_computer_counts_for_a_few_days(project: Path) -> None:
    write_lock(project, 4242, host="kassa-pc", started="")
    assert live_holder(project) is not None
    with pytest.raises(FileLockedError):
        acquire(project)
    old = dt.datetime.now(dt.UTC) - MAX_UNVERIFIED_AGE - dt.timedelta(hours=1)
    write_lock(project, 4242, host="kassa-pc", started="", since=old)
    assert live_holder(project) is None
    acquire(project)


@pytest.mark.parametrize("content", [b"", b"\x00\xff", b"{}", b'{"pid": "x", "host": 1}'])
def test_an_unreadable_lock_is_stale(project: Path, content: bytes) -> None:
    lock_path(project).write_bytes(content)
    assert read_lock(project) is None
    assert acquire(project).is_ours()


def test_a_second_window_of_this_process_takes_the_lock(project: Path) -> None:
    first = acquire(project)
    second = acquire(project)
    assert second.is_ours() and not first.is_ours()
    first.release()  # the first window closes: the second keeps its lock
    assert second.is_ours()


def test_a_folder_without_write_permission_raises_oserror(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(file_lock.os, "open", refuse)
    with pytest.raises(OSError):
        acquire(project)


def test_process_liveness() -> None:
    assert pid_alive(os.getpid())
    assert pid_alive(os.getppid())
    assert not pid_alive(dead_pid())
    assert not pid_alive(0)
    assert not pid_alive(-1)
    me = Owner.current()
    assert me.is_running() and me.is_this_process()
    assert process_start(os.getpid()) == process_start(os.getpid())


@pytest.mark.skipif(not hasattr(os, "waitid"), reason="needs waitid (POSIX)")
def test_a_process_that_ended_but_was_not_collected_is_gone() -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    # Wait for the end without collecting it: the child stays a zombie until wait().
    os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)
    assert not pid_alive(child.pid)
    child.wait()


def test_a_live_process_without_a_start_time_keeps_its_lock_however_old(project: Path) -> None:
    # Systems without a start time to compare: better a needless warning than two editors.
    long_ago = dt.datetime.now(dt.UTC) - 10 * MAX_UNVERIFIED_AGE
    write_lock(project, os.getppid(), started="", since=long_ago)
    assert live_holder(project) is not None
    write_lock(project, dead_pid(), started="", since=dt.datetime.now(dt.UTC))
    assert live_holder(project) is None
