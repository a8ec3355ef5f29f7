"""What the system said went wrong with a file, in plain Dutch.

The system's own words (``strerror``, "No such file or directory") are English
on most machines and read like a program's fault. Every message the command
line or the window shows about a file that could not be read or written says
the cause through :func:`describe_os_error` instead: one Dutch phrase for each
common cause, and for a rare one a Dutch phrase with the system's short name
(such as ``ENOTEMPTY``), which a helper can look up.
"""

from __future__ import annotations

import errno
import os

# The same cause reads differently for a file being read and one being written:
# a missing file, or a missing folder to write it in.
_READING = {
    errno.ENOENT: "het bestand bestaat niet",
    errno.EACCES: "je hebt geen toestemming om het te lezen",
    errno.EPERM: "je hebt geen toestemming om het te lezen",
    errno.EISDIR: "dit is een map, geen bestand",
}
_WRITING = {
    errno.ENOENT: "de map bestaat niet",
    errno.EACCES: "je hebt geen toestemming om in deze map te schrijven",
    errno.EPERM: "je hebt geen toestemming om in deze map te schrijven",
    errno.EISDIR: "er staat een map met die naam",
}
_EITHER = {
    errno.ENOSPC: "de schijf is vol",
    errno.ENOTDIR: "een deel van het pad is een bestand, geen map",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.EEXIST: "er bestaat al een bestand met die naam",
    errno.ENAMETOOLONG: "de bestandsnaam is te lang",
    errno.EIO: "de schijf of het netwerk gaf een fout bij het lezen of schrijven",
}
# Not on every system (Windows has no disk quota errno).
if hasattr(errno, "EDQUOT"):
    _EITHER[errno.EDQUOT] = "de schijf is vol (de toegestane ruimte is op)"


def describe_os_error(error: OSError, *, writing: bool = False) -> str:
    """The cause of ``error`` as a Dutch phrase without a full stop, for inside a sentence.

    ``writing``: the file was being written (a missing folder, not a missing file).
    """
    number = error.errno
    if number is None:
        return "een onbekende fout van het systeem"
    reason = (_WRITING if writing else _READING).get(number) or _EITHER.get(number)
    if reason:
        return reason
    name = errno.errorcode.get(number, str(number))
    return f"een fout van het systeem ({name})"


def error_text(error: Exception, file_name: str, *, writing: bool = False) -> str:
    """One line for a dialog: the program's own errors as they are (Dutch already),
    an OSError as "NAME: cause." with the cause from :func:`describe_os_error`.

    ``file_name`` is the file the user chose; ``writing``: it was being written.
    An OSError that names another file (a template, a folder on the way) is
    about that file, and names it.
    """
    if not isinstance(error, OSError):
        return str(error)
    from editor.core.display import shown

    failed = os.path.basename(os.fsdecode(error.filename)) if error.filename else file_name
    writing = writing and failed == file_name
    return f"{shown(failed or file_name, 100)}: {describe_os_error(error, writing=writing)}."
