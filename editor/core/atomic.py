"""Atomic file writes, in the manner of qutebrowser's ``savefile_open``.

The new content goes to a temporary file in the same folder, is flushed and
fsynced, then ``os.replace`` swaps it in: a reader (or a crash) sees either the
complete old file or the complete new one, never half of each. The previous
version is kept as ``NAME.bak`` first, by a hard link or copy that is itself
written atomically. The file keeps its permissions across a save, and temp
files left by a save that was killed halfway are removed by a later save.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
import time
from pathlib import Path

from editor.core.errors import ProjectFileError

_REASONS = {
    errno.EACCES: "u hebt geen toestemming om in deze map te schrijven",
    errno.EPERM: "u hebt geen toestemming om in deze map te schrijven",
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "de schijf is vol (quotum bereikt)",
    errno.ENOENT: "de map bestaat niet",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.ENAMETOOLONG: "de bestandsnaam is te lang",
    errno.EISDIR: "er staat een map met die naam",
}


# A temp file this old cannot belong to a save still in progress (a save takes
# milliseconds); younger ones may be another process's save, so they stay.
STALE_TEMP_SECONDS = 600


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def atomic_write_bytes(path: Path, content: bytes, *, backup: bool = False) -> None:
    """Replace ``path`` with ``content`` atomically; raise ProjectFileError on failure."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        mode = _existing_mode(path)
        if backup and path.is_file():
            _write_replace(backup_path(path), path.read_bytes(), folder, mode)
        _write_replace(path, content, folder, mode)
    except OSError as error:
        raise ProjectFileError(path.name, f"opslaan mislukt: {describe_os_error(error)}.") from None
    _remove_stale_temps(path, folder)


def replace_file(path: Path, content: bytes) -> None:
    """Put ``content`` in ``path`` atomically; OSError as it comes (no backup, no
    cleanup of old temps): for small files of the program's own, such as locks."""
    folder = path.parent if str(path.parent) else Path(".")
    _write_replace(path, content, folder, _existing_mode(path))


def describe_os_error(error: OSError) -> str:
    reason = _REASONS.get(error.errno or 0)
    return reason or (error.strerror or str(error))


def _existing_mode(path: Path) -> int | None:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None


def _write_replace(target: Path, content: bytes, folder: Path, mode: int | None) -> None:
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            if mode is not None:
                # mkstemp makes the file private (0600); without this a save would
                # quietly take away the group's or a web server's read access.
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
    # The 8 characters are the random part mkstemp puts in the name.
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
