"""The export for review: the Word file with every open finding as a comment at its section.

Each file is written through export_file, as the command line and the menu do,
and reopened with python-docx.
"""

from __future__ import annotations

import zipfile
from collections import Counter
from pathlib import Path

import docx
import pytest
from docx.comments import Comment
from docx.document import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from editor.core.checks import Finding, check, clause_for
from editor.core.model import Project
from editor.core.project_file import load_project
from editor.export.assemble import assemble
from editor.export.exporter import ExportError, export_file
from tests.conftest import SHARED
from tests.core.complete_project import complete_project

EXAMPLES = SHARED / "examples"

SEVERITY_WORDS = {"error": "Fout", "warning": "Waarschuwing", "tip": "Tip"}


def write_review(project: Project, tmp_path: Path) -> Document:
    target = export_file(project, tmp_path / "review.docx", review=True)
    return docx.Document(str(target))


def anchors(document: Document) -> dict[int, Paragraph]:
    """Comment id -> the body paragraph where its range starts (and ends)."""
    found: dict[int, Paragraph] = {}
    for paragraph in document.paragraphs:
        starts = {int(n.get(qn("w:id"))) for n in paragraph._p.iter(qn("w:commentRangeStart"))}
        ends = {int(n.get(qn("w:id"))) for n in paragraph._p.iter(qn("w:commentRangeEnd"))}
        assert starts == ends, f"a comment range leaves paragraph {paragraph.text!r}"
        found.update(dict.fromkeys(starts, paragraph))
    return found


def heading_keys(project: Project) -> dict[str, str]:
    """Section heading text -> section key, from the statement the export is built from."""
    sections = assemble(project).sections
    keys = {section.heading.text: section.key for section in sections}
    assert len(keys) == len(sections), "two sections share a heading text"
    return keys


def comment_for(finding: Finding, comments: list[Comment]) -> Comment:
    """The one comment that carries ``finding``: its severity, message and field."""
    label = SEVERITY_WORDS[str(finding.severity)]
    matching = [
        comment
        for comment in comments
        if comment.text.startswith(f"{label}: {finding.message}")
        and f"veld: {finding.path}" in comment.text
        and finding.source in comment.text
    ]
    assert len(matching) == 1, (finding, [c.text for c in comments])
    return matching[0]


def assert_review_matches_check(project: Project, document: Document) -> None:
    findings = check(project)
    comments = list(document.comments)
    assert len(comments) == len(findings)
    assert {comment.author for comment in comments} == {"Policy Editor"}
    by_id = anchors(document)
    assert set(by_id) == {comment.comment_id for comment in comments}

    keys = heading_keys(project)
    present = list(keys.values())
    used: Counter[int] = Counter()
    for finding in findings:
        comment = comment_for(finding, comments)
        used[comment.comment_id] += 1
        heading = by_id[comment.comment_id]
        # A section heading (Word's "Heading 1"; the title is "Title"), not body text.
        assert heading.style is not None and heading.style.name == "Heading 1", heading.text
        assert keys[heading.text] == clause_for(finding, present), (finding, heading.text)
    assert set(used.values()) == {1}  # one comment per finding, none shared


# -- every example ------------------------------------------------------------------------
def test_the_review_has_one_comment_per_finding_at_its_section(
    example_path: Path, tmp_path: Path
) -> None:
    project = load_project(example_path)
    assert check(project), "every example has open findings; else this test proves nothing"
    assert_review_matches_check(project, write_review(project, tmp_path))


def test_the_normal_export_has_no_comments(example_path: Path, tmp_path: Path) -> None:
    project = load_project(example_path)
    target = export_file(project, tmp_path / "privacy.docx")
    with zipfile.ZipFile(target) as package:
        names = package.namelist()
        body = package.read("word/document.xml")
    assert "word/comments.xml" not in names
    assert b"commentRangeStart" not in body and b"commentReference" not in body


# -- where the comments go ----------------------------------------------------------------
def test_luxigo_comments_sit_at_the_data_and_the_custom_section(tmp_path: Path) -> None:
    project = load_project(EXAMPLES / "luxigo.policy.toml")
    document = write_review(project, tmp_path)
    by_id = anchors(document)
    placed = {c.text.split(":")[0]: by_id[c.comment_id].text for c in document.comments}
    sections = {section.key: section.heading.text for section in assemble(project).sections}
    assert placed == {"Fout": sections["data"], "Waarschuwing": sections["custom-1"]}


def test_a_switched_off_clause_passes_its_comment_to_the_nearest_section(
    tmp_path: Path,
) -> None:
    project = load_project(EXAMPLES / "flowers-by-jennifer.policy.toml")
    project.clauses.disabled.append("changes")  # the effective-date tip belongs there
    keys = heading_keys(project)
    assert "changes" not in keys.values()
    document = write_review(project, tmp_path)
    assert_review_matches_check(project, document)
    by_id = anchors(document)
    tip = next(c for c in document.comments if "ingangsdatum" in c.text)
    assert keys[by_id[tip.comment_id].text] == "contact"


def test_a_project_without_findings_gives_a_review_without_comments(tmp_path: Path) -> None:
    project = complete_project()
    assert check(project) == []
    target = export_file(project, tmp_path / "review.docx", review=True)
    with zipfile.ZipFile(target) as package:
        assert "word/comments.xml" not in package.namelist()


@pytest.mark.parametrize("name", ["review.html", "review.md"])
def test_a_review_is_always_a_word_file(tmp_path: Path, name: str) -> None:
    project = load_project(EXAMPLES / "luxigo.policy.toml")
    with pytest.raises(ExportError, match="Word"):
        export_file(project, tmp_path / name, review=True)
    assert not (tmp_path / name).exists()
