"""Writing a project to a file in one of the export formats, atomically.

Used by the command line and the window alike. The output appears complete
or not at all: the writer fills a buffer, then one atomic write puts it in
place, so a failure never leaves a partial file behind.
"""

from __future__ import annotations

import io
import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from editor.core.atomic import atomic_write_bytes
from editor.core.errors import ProjectFileError
from editor.core.model import Project
from editor.export.assemble import assemble
from editor.export.blocks import Statement

if TYPE_CHECKING:
    from editor.export.docx import Comments
    from editor.export.review import ReviewComment

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
    comments: Comments | None = None,
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
    raise ExportError(f"onbekend formaat “{fmt}”; kies docx, html of md.")


def review_export(project: Project) -> tuple[Statement, list[ReviewComment]]:
    """The statement of a review export and its comments, for a lawyer.

    Every open finding of the check becomes a comment on the text it concerns
    (its paragraph, list, table row or cell; the nearest section's heading
    when the statement has no such text), naming the field as the window
    does. The statement ends with the table "AVG artikel 13 en 14: waar staat
    wat".
    """
    from editor.core.checks import check
    from editor.export.review import review_comments
    from editor.export.review_table import coverage_section

    statement = assemble(project)
    findings = check(project)
    comments = review_comments(project, statement, findings)
    table = coverage_section(project, statement, findings)
    return replace(statement, sections=(*statement.sections, table)), comments


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
            f"{target.name}: onbekende extensie “{target.suffix}”; gebruik .docx, .html of .md "
            "(of kies het formaat met --format)."
        )
    if review and chosen != "docx":
        raise ExportError(f"{target.name}: een export voor review is altijd een Word-bestand.")
    if compare_to is not None and chosen != "docx":
        raise ExportError(f"{target.name}: een export met wijzigingen is altijd een Word-bestand.")
    if review and compare_to is not None:
        raise ExportError(f"{target.name}: kies een export voor review óf met wijzigingen.")
    comments = None
    if review:
        if statement is not None:
            raise ExportError(
                f"{target.name}: een export voor review is van de huidige verklaring."
            )
        statement, comments = review_export(project)
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
