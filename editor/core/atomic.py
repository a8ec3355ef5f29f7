"""Atomic file writes, in the manner of qutebrowser's ``savefile_open``.

The new content goes to a temporary file in the same folder, is flushed and
fsynced, then ``os.replace`` swaps it in: a reader (or a crash) sees either the
complete old file or the complete new one, never half of each. The previous
version is kept as ``NAME.bak`` first, by a hard link or copy that is itself
written atomically.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
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


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def atomic_write_bytes(path: Path, content: bytes, *, backup: bool = False) -> None:
    """Replace ``path`` with ``content`` atomically; raise ProjectFileError on failure."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        if backup and path.is_file():
            _write_replace(backup_path(path), path.read_bytes(), folder)
        _write_replace(path, content, folder)
    except OSError as error:
        raise ProjectFileError(path.name, f"opslaan mislukt: {describe_os_error(error)}.") from None


def describe_os_error(error: OSError) -> str:
    reason = _REASONS.get(error.errno or 0)
    return reason or (error.strerror or str(error))


def _write_replace(target: Path, content: bytes, folder: Path) -> None:
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
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
