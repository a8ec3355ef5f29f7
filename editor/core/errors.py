"""The one error type for a project file that cannot be read or written."""

from __future__ import annotations

from editor.core.display import printable, shown

# A file name is longer than a typical value, and worth showing whole.
NAME_LIMIT = 100


class ProjectFileError(Exception):
    """A project file could not be read or written.

    ``str(error)`` is one line of plain Dutch that names the file, the place
    (line and column, or the key path) and what is wrong; it is what the
    window's dialog and the command line show.
    """

    def __init__(
        self,
        file_name: str,
        problem: str,
        *,
        line: int | None = None,
        column: int | None = None,
        key_path: str | None = None,
    ) -> None:
        self.file_name = file_name
        self.problem = problem
        self.line = line
        self.column = column
        self.key_path = key_path
        super().__init__(self._compose())

    def _compose(self) -> str:
        # The file name and key path come from the user's disk and file: escaped
        # and shortened like any value. The problem quotes values through
        # shown() already; printable() is the last guard for the terminal.
        where = shown(self.file_name, NAME_LIMIT)
        if self.line is not None:
            where += f", regel {self.line}"
            if self.column is not None:
                where += f", kolom {self.column}"
        if self.key_path:
            where += f", bij “{shown(self.key_path, NAME_LIMIT)}”"
        return f"{where}: {printable(self.problem)}"
