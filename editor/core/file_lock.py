"""Lock files: "this project is open in another Policy Editor".

Opening ``shop.policy.toml`` writes ``.~shop.policy.toml.lock`` next to it,
holding who has it open: the process id, the computer's name, when the
process started and when the lock was taken. A second editor that finds a
lock of a running process warns before it opens the file. A lock whose
process is gone (the editor crashed or was killed) is stale and is taken
over without a word.

Whether the process still runs can only be checked on the computer that
wrote the lock. On Linux the lock also records the process's start time, so
a process id reused by another program does not keep a lock alive (elsewhere
such a lock gives a needless warning, which "Toch openen" answers). A lock
from another computer cannot be checked at all: it counts for
``MAX_UNVERIFIED_AGE``, then it is stale.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from editor.core.atomic import replace_file

MAX_UNVERIFIED_AGE = dt.timedelta(days=3)


def lock_path(path: Path) -> Path:
    """``folder/shop.policy.toml`` -> ``folder/.~shop.policy.toml.lock`` (hidden on Unix)."""
    return path.with_name(f".~{path.name}.lock")


# -- processes ---------------------------------------------------------------------------


def host_name() -> str:
    # os.uname() gives the same name as socket.gethostname() without loading
    # socket (a few ms on every start of the window, which locks its file).
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # Windows has no uname

    return socket.gethostname()


def random_token(size: int) -> str:
    """``size`` random bytes as hex, as secrets.token_hex gives them (it reads
    os.urandom too), without loading secrets and, through it, hmac."""
    return os.urandom(size).hex()


def process_start(pid: int) -> str:
    """When process ``pid`` started, as a token ("" where the system does not say).

    Linux only: the boot id plus the start time in clock ticks since boot, so
    the token of a process id reused after a crash or a reboot differs.
    """
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
        boot = Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        return ""
    # The command name (field 2) may hold spaces and brackets: count after its ")".
    fields = stat[stat.rfind(")") + 2 :].split()
    return f"{boot}:{fields[19]}" if len(fields) > 19 else ""


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, it just belongs to someone else
    except OSError:
        return False
    return not _is_zombie(pid)


def _is_zombie(pid: int) -> bool:
    """A process that has ended but whose parent has not collected it yet (Linux)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return False
    return stat[stat.rfind(")") + 2 :].startswith("Z")


def _windows_pid_alive(pid: int) -> bool:
    # os.kill on Windows would end the process, so ask the kernel instead.
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return False
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


@dataclass(frozen=True)
class Owner:
    """A process as recorded in a lock or recovery file: enough to tell if it still runs."""

    pid: int
    host: str
    started: str  # process_start(pid) when it was recorded; "" when unknown
    since: dt.datetime  # when the record was written (aware, UTC)

    @classmethod
    def current(cls) -> Owner:
        pid = os.getpid()
        return cls(pid, host_name(), process_start(pid), dt.datetime.now(dt.UTC))

    def is_this_process(self) -> bool:
        return self.pid == os.getpid() and self.host == host_name()

    def is_running(self, now: dt.datetime | None = None) -> bool:
        """True while the recorded process may still run; False once surely gone."""
        now = now or dt.datetime.now(dt.UTC)
        if self.host == host_name():
            if not pid_alive(self.pid):
                return False
            # Better a needless warning than two editors on one file: without a
            # start time to compare, a live process id counts as the editor.
            return not self.started or process_start(self.pid) == self.started
        # Another computer: nothing to check, so trust the record for a few days only.
        return now - self.since < MAX_UNVERIFIED_AGE

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["since"] = self.since.isoformat()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Owner:
        """Raise ValueError (or KeyError, TypeError) for a record that is not one."""
        pid, host, started = data["pid"], data["host"], data.get("started", "")
        if not isinstance(pid, int) or not isinstance(host, str) or not isinstance(started, str):
            raise ValueError("not an owner record")
        since = dt.datetime.fromisoformat(str(data["since"]))
        if since.tzinfo is None:
            since = since.replace(tzinfo=dt.UTC)
        return cls(pid, host, started, since)


# -- locks ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class LockInfo:
    owner: Owner
    token: str  # random: tells two locks of one process (two windows) apart


class FileLockedError(Exception):
    """The file is open in another running editor."""

    def __init__(self, path: Path, holder: LockInfo) -> None:
        super().__init__(f"{path.name} is geopend in een ander venster van Policy Editor")
        self.path = path
        self.holder = holder


def read_lock(path: Path) -> LockInfo | None:
    """The lock on ``path``; None when there is none or it cannot be read (then it is stale)."""
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return LockInfo(Owner.from_dict(data), str(data["token"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def live_holder(path: Path) -> LockInfo | None:
    """The lock on ``path`` when another process that still runs holds it.

    None when the file is free, the lock is stale, or this process holds it
    (one process has one window; another window of it simply takes the lock).
    """
    info = read_lock(path)
    if info is None or info.owner.is_this_process() or not info.owner.is_running():
        return None
    return info


@dataclass
class FileLock:
    """A lock this process holds; ``release`` removes it unless someone took it over."""

    path: Path
    info: LockInfo

    def is_ours(self) -> bool:
        current = read_lock(self.path)
        return current is not None and current.token == self.info.token

    def release(self) -> None:
        if self.is_ours():
            with contextlib.suppress(OSError):
                lock_path(self.path).unlink()


def acquire(path: Path, *, force: bool = False) -> FileLock:
    """Lock ``path`` for this process.

    Raise FileLockedError when another running editor holds it (unless
    ``force``); a stale lock, or one of this process, is taken over. Raise
    OSError when the lock cannot be written (a read-only folder): the caller
    may then open the file without a lock.
    """
    info = LockInfo(Owner.current(), random_token(8))
    content = json.dumps({**info.owner.to_dict(), "token": info.token}, indent=1).encode()
    target = lock_path(path)
    try:
        # O_EXCL: of two editors opening the file at once, only one creates the lock.
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        holder = live_holder(path)
        if holder is not None and not force:
            raise FileLockedError(path, holder) from None
        replace_file(target, content)  # a stale lock (or the user said "open anyway")
        return FileLock(path, info)
    try:
        os.write(fd, content)
    finally:
        os.close(fd)
    return FileLock(path, info)
