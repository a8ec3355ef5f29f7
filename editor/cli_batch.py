"""``check`` and ``export`` over many shops: several project files or a folder.

Agencies keep dozens or hundreds of shops. A folder means the ``*.policy.toml``
files directly in it (no backups, lock files or hidden files; subfolders only
with ``--recursive``). Each shop gets one line and the run a total; a file that
cannot be read is reported and skipped, the others are still done, and the
exit code is the worst of them. A long run shows its progress on stderr when
that is a terminal. Never imports Qt.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from editor.core.display import printable
from editor.core.os_errors import describe_os_error

PROJECT_SUFFIX = ".policy.toml"
EXIT_OK, EXIT_FINDINGS, EXIT_FAILURE = 0, 1, 2
EXTENSIONS = {"docx": ".docx", "html": ".html", "md": ".md"}


class BatchError(Exception):
    """The run cannot start (nothing to do, outputs that would collide); one clear line."""


def is_batch(arguments: Sequence[str]) -> bool:
    """Several projects, or a folder: the many-shops form. One file keeps today's output."""
    return len(arguments) > 1 or Path(arguments[0]).is_dir()


def project_files(arguments: Sequence[str], recursive: bool) -> list[Path]:
    """The project files the arguments name, in order; a folder's sorted by path.

    A file named on its own is taken as it is (a missing one is reported when
    it is read, like any bad file); a folder without projects is an error.
    """
    files: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        if not path.is_dir():
            files.append(path)
            continue
        found = sorted(_projects_in(path, recursive))
        if not found:
            where = "of de mappen eronder " if recursive else ""
            raise BatchError(
                f"in de map {printable(argument)} {where}staan geen projectbestanden "
                f"(*{PROJECT_SUFFIX})."
            )
        files += found
    return files


def _projects_in(folder: Path, recursive: bool) -> Iterator[Path]:
    candidates = (
        folder.rglob(f"*{PROJECT_SUFFIX}") if recursive else folder.glob(f"*{PROJECT_SUFFIX}")
    )
    for path in candidates:
        hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
        # Hidden: lock files (.~shop.policy.toml.lock) and anything a tool hides.
        if not hidden and path.is_file():
            yield path


class Progress:
    """``[12/200] shop.policy.toml`` on one line of stderr, only when it is a terminal."""

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self._total = total
        self.active = total > 1 and self._stream.isatty()

    def show(self, number: int, path: Path) -> None:
        if self.active:
            self._stream.write(f"\r\x1b[K[{number}/{self._total}] {printable(path.name)}")
            self._stream.flush()

    def clear(self) -> None:
        """Empty the line, so stdout (on the same terminal) starts clean."""
        if self.active:
            self._stream.write("\r\x1b[K")
            self._stream.flush()


@contextlib.contextmanager
def collecting() -> Iterator[None]:
    """The cycle collector on for a run over many shops.

    The command line turns it off for one project (it only rescans objects that
    die soon anyway); over hundreds of projects the cycles a Word document
    leaves behind would add up to gigabytes.
    """
    was_enabled = gc.isenabled()
    gc.enable()
    try:
        yield
    finally:
        if not was_enabled:
            gc.disable()


@collecting()
def check_many(arguments: Sequence[str], *, as_json: bool, recursive: bool) -> int:
    from editor.cli import emit
    from editor.core.checks import Finding, Severity, check, findings_records, format_counts
    from editor.core.project_file import ProjectFileError, load_project

    files = project_files(arguments, recursive)
    progress = Progress(len(files))
    records: list[dict[str, object]] = []
    worst = EXIT_OK
    totals: list[Finding] = []
    with_errors = unreadable = 0
    for number, path in enumerate(files, 1):
        progress.show(number, path)
        try:
            findings = check(load_project(path))
        except ProjectFileError as error:
            worst = EXIT_FAILURE
            unreadable += 1
            records.append({"file": str(path), "error": str(error)})
            line = f"{printable(str(path))}: niet te lezen ({error})"
        else:
            totals += findings
            if any(finding.severity == Severity.ERROR for finding in findings):
                with_errors += 1
                worst = max(worst, EXIT_FINDINGS)
            records.append({"file": str(path), "findings": findings_records(findings)})
            line = f"{printable(str(path))}: {format_counts(findings)}"
        if not as_json:
            progress.clear()
            emit(line)
    progress.clear()
    if as_json:
        emit(json.dumps(records, ensure_ascii=False, indent=2))
    else:
        emit(
            f"Totaal: {_shops(len(files))}, {with_errors} met fouten, {unreadable} niet te lezen; "
            f"{format_counts(totals)}"
        )
    return worst


def _shops(count: int) -> str:
    return f"{count} project" if count == 1 else f"{count} projecten"


def output_paths(files: Iterable[Path], folder: Path, fmt: str) -> dict[Path, Path]:
    """Each project's output in ``folder``; BatchError when two would get the same name.

    Compared without regard to case: on Windows and macOS "Shop.docx" and
    "shop.docx" are one file.
    """
    outputs: dict[Path, Path] = {}
    taken: dict[str, Path] = {}
    for path in files:
        stem = path.name.removesuffix(PROJECT_SUFFIX).removesuffix(".toml")
        target = folder / f"{stem}{EXTENSIONS[fmt]}"
        key = target.name.casefold()
        if key in taken:
            raise BatchError(
                f"{printable(str(taken[key]))} en {printable(str(path))} zouden allebei "
                f"{printable(str(target))} worden; er is niets geschreven. Geef ze apart op "
                "of hernoem er een."
            )
        taken[key] = path
        outputs[path] = target
    return outputs


@collecting()
def export_many(args: argparse.Namespace) -> int:
    from editor.cli import emit
    from editor.core.project_file import ProjectFileError, load_project
    from editor.export.exporter import ExportError, export_file

    for option in ("compare_to", "compare_to_version", "recorded"):
        if getattr(args, option, None):
            name = "--" + option.replace("_", "-")
            raise BatchError(f"{name} hoort bij één project, niet bij een map of meerdere.")
    fmt = args.format or ("html" if args.fragment else "docx")
    if args.fragment and fmt != "html":
        raise BatchError("--fragment hoort bij HTML-uitvoer.")
    folder = Path(args.output)
    if folder.exists() and not folder.is_dir():
        raise BatchError(
            f"{printable(args.output)} is een bestand; bij meerdere projecten is -o een map."
        )
    files = project_files(args.project, args.recursive)
    outputs = output_paths(files, folder, fmt)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = describe_os_error(error, writing=True)
        raise BatchError(f"de map {printable(args.output)} is niet te maken ({reason}).") from None
    progress = Progress(len(files))
    worst = EXIT_OK
    written = 0
    for number, path in enumerate(files, 1):
        progress.show(number, path)
        try:
            target = export_file(
                load_project(path), outputs[path], fmt, fragment=args.fragment, review=args.review
            )
        except (ProjectFileError, ExportError) as error:
            worst = EXIT_FAILURE
            progress.clear()
            print(f"policy-editor: {printable(str(error))}", file=sys.stderr)
            continue
        written += 1
        progress.clear()
        emit(f"Geschreven: {target}")
    progress.clear()
    emit(f"Totaal: {written} van de {_shops(len(files))} geschreven naar {printable(str(folder))}.")
    return worst
