"""The one error type for a project file that cannot be read or written."""

from __future__ import annotations


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
        where = self.file_name
        if self.line is not None:
            where += f", regel {self.line}"
            if self.column is not None:
                where += f", kolom {self.column}"
        if self.key_path:
            where += f", bij '{self.key_path}'"
        return f"{where}: {self.problem}"
