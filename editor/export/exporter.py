"""Writing a project to a file in one of the export formats, atomically.

Used by the command line and the window alike. The output appears complete
or not at all: the writer fills a buffer, then one atomic write puts it in
place, so a failure never leaves a partial file behind.
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from editor.core.atomic import atomic_write_bytes
from editor.core.errors import ProjectFileError
from editor.core.model import Project
from editor.export.assemble import assemble
from editor.export.blocks import Statement

FORMATS = {".docx": "docx", ".html": "html", ".htm": "html", ".md": "md", ".markdown": "md"}


class ExportError(Exception):
    """An export could not be written; ``str()`` is one clear line naming the file."""


def format_for(path: str | os.PathLike[str]) -> str | None:
    return FORMATS.get(Path(path).suffix.lower())


def render_bytes(
    project: Project,
    fmt: str,
    *,
    fragment: bool = False,
    comments: Mapping[str, Sequence[str]] | None = None,
    statement: Statement | None = None,
    compare_to: Statement | None = None,
) -> bytes:
    """The export of ``project`` (or of a recorded ``statement``) as bytes.

    ``compare_to``: Word only, the differences from that older statement as
    tracked changes (a redline).
    """
    statement = statement if statement is not None else assemble(project)
    if compare_to is not None:
        if fmt != "docx":
            raise ExportError("een vergelijking met wijzigingen is altijd een Word-bestand.")
        from editor.export.docx_redline import write_redline_docx

        buffer = io.BytesIO()
        write_redline_docx(compare_to, statement, buffer)
        return buffer.getvalue()
    if fmt == "html":
        from editor.export.html import render_fragment, render_page

        text = render_fragment(statement) if fragment else render_page(statement)
        return text.encode("utf-8")
    if fmt == "md":
        from editor.export.markdown import render_markdown

        return render_markdown(statement).encode("utf-8")
    if fmt == "docx":
        from editor.export.docx import write_docx  # python-docx only when writing Word

        buffer = io.BytesIO()
        write_docx(statement, buffer, comments=comments)
        return buffer.getvalue()
    raise ExportError(f"onbekend formaat '{fmt}'; kies docx, html of md.")


SEVERITY_WORDS = {"error": "Fout", "warning": "Waarschuwing", "tip": "Tip"}


def review_comments(project: Project) -> dict[str, list[str]]:
    """The open findings of the check, per section, as comments for a lawyer.

    Each comment goes to the section the finding concerns, or the nearest one
    the statement really has (a switched-off clause has no heading to hold it).
    """
    from editor.core.checks import check, clause_for

    present = [section.key for section in assemble(project).sections]
    comments: dict[str, list[str]] = {}
    for finding in check(project):
        label = SEVERITY_WORDS.get(str(finding.severity), str(finding.severity))
        text = f"{label}: {finding.message} ({finding.source}; veld: {finding.path})"
        comments.setdefault(clause_for(finding, present), []).append(text)
    return comments


def export_file(
    project: Project,
    out_path: str | os.PathLike[str],
    fmt: str | None = None,
    *,
    fragment: bool = False,
    review: bool = False,
    statement: Statement | None = None,
    compare_to: Statement | None = None,
) -> Path:
    """Write the export; raise ExportError with one clear line on failure.

    ``statement``: a recorded version's statement instead of the project's
    current one; ``compare_to``: a Word redline against that older statement.
    """
    target = Path(out_path)
    chosen = fmt or format_for(target)
    if chosen is None:
        raise ExportError(
            f"{target.name}: onbekende extensie '{target.suffix}'; gebruik .docx, .html of .md "
            "(of kies het formaat met --format)."
        )
    if review and chosen != "docx":
        raise ExportError(f"{target.name}: een export voor review is altijd een Word-bestand.")
    if compare_to is not None and chosen != "docx":
        raise ExportError(f"{target.name}: een export met wijzigingen is altijd een Word-bestand.")
    if review and compare_to is not None:
        raise ExportError(f"{target.name}: kies een export voor review óf met wijzigingen.")
    comments = review_comments(project) if review else None
    content = render_bytes(
        project,
        chosen,
        fragment=fragment,
        comments=comments,
        statement=statement,
        compare_to=compare_to,
    )
    if not target.parent.is_dir():
        raise ExportError(f"{target.name}: de map {target.parent} bestaat niet.")
    try:
        atomic_write_bytes(target, content)
    except ProjectFileError as error:
        raise ExportError(str(error)) from None
    return target
