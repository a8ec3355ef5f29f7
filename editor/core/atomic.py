"""Atomic file writes, in the manner of qutebrowser's ``savefile_open``.

The new content goes to a temporary file in the same folder, is flushed and
fsynced, then ``os.replace`` swaps it in: a reader (or a crash) sees either the
complete old file or the complete new one, never half of each. The previous
version is kept as ``NAME.bak`` first, by a hard link or copy that is itself
written atomically. Temp files left by a save that was killed halfway are
removed by a later save.

Permissions: a file that replaces another keeps that file's mode (and the
backup gets it too). A new file follows the user's umask, like any program's
(0644 under the usual 022), so a lawyer on a shared folder or a web server can
read a statement; only the program's own private files (recovery copies) ask
for ``private=True`` and get 0600.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import string
import time
from pathlib import Path

from editor.core.errors import ProjectFileError
from editor.core.os_errors import describe_os_error

# A temp file this old cannot belong to a save still in progress (a save takes
# milliseconds); younger ones may be another process's save, so they stay.
STALE_TEMP_SECONDS = 600


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


# What a new file is created with before the umask; a private one is the user's only.
SHARED_MODE = 0o666
PRIVATE_MODE = 0o600


def atomic_write_bytes(
    path: Path, content: bytes, *, backup: bool = False, private: bool = False
) -> None:
    """Replace ``path`` with ``content`` atomically; raise ProjectFileError on failure.

    ``private``: a new file is readable by the user alone (recovery copies).
    """
    folder = path.parent if str(path.parent) else Path(".")
    try:
        mode = _existing_mode(path)
        if mode is None and private:
            mode = PRIVATE_MODE
        if backup and path.is_file():
            _write_replace(backup_path(path), path.read_bytes(), folder, mode)
        _write_replace(path, content, folder, mode)
    except OSError as error:
        reason = describe_os_error(error, writing=True)
        raise ProjectFileError(path.name, f"opslaan mislukt: {reason}.") from None
    _remove_stale_temps(path, folder)


def replace_file(path: Path, content: bytes) -> None:
    """Put ``content`` in ``path`` atomically; OSError as it comes (no backup, no
    cleanup of old temps): for small files of the program's own, such as locks."""
    folder = path.parent if str(path.parent) else Path(".")
    _write_replace(path, content, folder, _existing_mode(path))


def _existing_mode(path: Path) -> int | None:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None


# The random part of a temp file's name: 8 of these, as _remove_stale_temps expects.
_TEMP_CHARACTERS = string.ascii_lowercase + string.digits + "_"


def _create_temp(target: Path, folder: Path) -> tuple[int, str]:
    """A new ``.NAME.XXXXXXXX.tmp`` next to ``target``, open for writing.

    Not tempfile.mkstemp: that always makes the file 0600, so every new file the
    user shares would come out unreadable for others. Created with 0666 here,
    the system applies the user's umask, as for any file a program writes.
    """
    for _attempt in range(100):
        random_part = "".join(secrets.choice(_TEMP_CHARACTERS) for _ in range(8))
        name = str(folder / f".{target.name}.{random_part}.tmp")
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            return os.open(name, flags, SHARED_MODE), name
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(folder))


def _write_replace(target: Path, content: bytes, folder: Path, mode: int | None) -> None:
    """``mode``: the permissions the file gets; None: as a new file gets them (the umask)."""
    fd, temp_name = _create_temp(target, folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            if mode is not None:
                # The replaced file's mode (a save must not take away the group's
                # or a web server's read access), or 0600 for a private file.
                os.chmod(temp_name, mode)
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, target)
    except BaseException:
        # Whatever went wrong, the old file is untouched; only the temp goes.
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _fsync_folder(folder)


def _remove_stale_temps(path: Path, folder: Path) -> None:
    """Delete old ``.NAME.XXXXXXXX.tmp`` (and backup) temps of killed saves; best effort."""
    # The 8 characters are the random part _create_temp puts in the name.
    pattern = re.compile(re.escape(f".{path.name}.") + r"(?:bak\.)?[a-z0-9_]{8}\.tmp")
    limit = time.time() - STALE_TEMP_SECONDS
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not pattern.fullmatch(entry.name):
            continue
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < limit:
                os.unlink(entry.path)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where unsupported."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
