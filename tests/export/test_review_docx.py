"""The export for review: every open finding as a comment on its text, and the art. 13/14 table.

Each file is written through export_file, as the command line and the menu do,
and reopened with python-docx.
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from pathlib import Path

import docx
import pytest
from docx.comments import Comment
from docx.document import Document
from docx.oxml.ns import qn

from editor.core.checks import Finding, check
from editor.core.model import Project
from editor.core.places import place_name
from editor.core.project_file import load_project
from editor.export.assemble import assemble
from editor.export.exporter import ExportError, export_file
from editor.export.review_table import HEADER, MISSING, TABLE_TITLE
from tests.conftest import SHARED
from tests.core.complete_project import complete_project

EXAMPLES = SHARED / "examples"

SEVERITY_WORDS = {"error": "Fout", "warning": "Waarschuwing", "tip": "Tip"}


def write_review(project: Project, tmp_path: Path) -> Document:
    target = export_file(project, tmp_path / "review.docx", review=True)
    return docx.Document(str(target))


def anchored_texts(document: Document) -> dict[int, list[str]]:
    """Comment id -> the texts of the paragraphs its range covers, in order."""
    body = document.element.body
    open_ranges: dict[int, list[str]] = {}
    done: dict[int, list[str]] = {}
    for paragraph in body.iter(qn("w:p")):
        text = "".join(node.text or "" for node in paragraph.iter(qn("w:t")))
        for start in paragraph.iter(qn("w:commentRangeStart")):
            open_ranges[int(start.get(qn("w:id")))] = []
        for texts in open_ranges.values():
            texts.append(text)
        for end in paragraph.iter(qn("w:commentRangeEnd")):
            done[int(end.get(qn("w:id")))] = open_ranges.pop(int(end.get(qn("w:id"))))
    assert not open_ranges, f"comment ranges never closed: {sorted(open_ranges)}"
    return done


def styles_of_anchors(document: Document) -> dict[int, str]:
    """Comment id -> the style of the paragraph where its range starts."""
    found = {}
    for paragraph in document.paragraphs:
        for start in paragraph._p.iter(qn("w:commentRangeStart")):
            found[int(start.get(qn("w:id")))] = paragraph.style.name if paragraph.style else ""
    return found


def comment_for(finding: Finding, comments: list[Comment]) -> Comment:
    """The one comment that carries ``finding``: its severity, message and source."""
    label = SEVERITY_WORDS[str(finding.severity)]
    matching = [
        comment
        for comment in comments
        if comment.text.startswith(f"{label}: {finding.message} ({finding.source})")
    ]
    assert matching, (finding, [c.text for c in comments])
    return matching[0]


RAW_PATH = re.compile(r"\w\[\d+\]|[a-z]_[a-z]|veld:")


def assert_review_matches_check(project: Project, document: Document) -> None:
    findings = check(project)
    comments = list(document.comments)
    assert len(comments) == len(findings)
    assert {comment.author for comment in comments} == {"Policy Editor"}
    texts = anchored_texts(document)
    assert set(texts) == {comment.comment_id for comment in comments}
    used: Counter[int] = Counter()
    for finding in findings:
        comment = comment_for(finding, [c for c in comments if c.comment_id not in used])
        used[comment.comment_id] += 1
        assert texts[comment.comment_id], finding  # it covers at least one paragraph
        # The place in the window's words, never a raw path of the file format.
        if finding.path:
            assert comment.text.endswith(f"Plaats: {place_name(project, finding.path)}")
        assert not RAW_PATH.search(comment.text.split(") ", 1)[-1]), comment.text
    assert set(used.values()) == {1}  # one comment per finding, none shared


# -- every example ------------------------------------------------------------------------
def test_the_review_has_one_comment_per_finding_on_its_text(
    example_path: Path, tmp_path: Path
) -> None:
    project = load_project(example_path)
    assert check(project), "every example has open findings; else this test proves nothing"
    assert_review_matches_check(project, write_review(project, tmp_path))


def test_the_normal_export_has_no_comments_and_no_coverage_table(
    example_path: Path, tmp_path: Path
) -> None:
    project = load_project(example_path)
    target = export_file(project, tmp_path / "privacy.docx")
    with zipfile.ZipFile(target) as package:
        names = package.namelist()
        body = package.read("word/document.xml")
    assert "word/comments.xml" not in names
    assert b"commentRangeStart" not in body and b"commentReference" not in body
    assert TABLE_TITLE.encode() not in body


# -- where the comments go ----------------------------------------------------------------
def _comment(document: Document, start: str) -> tuple[Comment, list[str]]:
    texts = anchored_texts(document)
    comment = next(c for c in document.comments if c.text.startswith(start))
    return comment, texts[comment.comment_id]


def test_a_missing_retention_is_a_comment_on_the_retention_of_that_kind_of_data(
    tmp_path: Path,
) -> None:
    project = load_project(EXAMPLES / "luxigo.policy.toml")
    document = write_review(project, tmp_path)
    comment, covered = _comment(document, "Fout: Vul in hoe lang")
    assert covered == ["Bewaartermijn: [hoe lang de winkel deze gegevens bewaart]."]
    assert comment.text.endswith("Plaats: Gegevens → Websitegebruik → Bewaartermijn")


def test_a_missing_safeguard_is_a_comment_on_its_cell_of_the_transfer_table(
    tmp_path: Path,
) -> None:
    project = load_project(EXAMPLES / "ilumni-gifts.policy.toml")
    document = write_review(project, tmp_path)
    comment, covered = _comment(document, "Fout: “Advertentienetwerk” verwerkt")
    assert covered == ["[waarborg voor deze doorgifte]"]
    cell = next(
        cell
        for table in document.tables
        for row in table.rows
        if row.cells[0].text == "Advertentienetwerk"
        for cell in row.cells
        if cell.text == "[waarborg voor deze doorgifte]"
    )
    assert cell._tc.find(".//" + qn("w:commentRangeStart")) is not None
    assert "Verwerkers → Advertentienetwerk → Waarborg bij doorgifte" in comment.text


def test_a_list_field_comment_covers_its_label_and_its_list(tmp_path: Path) -> None:
    project = complete_project()
    project.data_categories[1].items = ["Facturen", "Rekeningnummer", "CVC-code"]
    project.data_categories[1].purposes = []
    document = write_review(project, tmp_path)
    assert_review_matches_check(project, document)
    comment, covered = _comment(document, "Fout: ")
    assert covered == ["Waarvoor: [waarvoor de winkel deze gegevens gebruikt]"]
    assert "Gegevens → Administratie → Doelen" in comment.text


def test_a_cookie_finding_sits_in_the_cookie_table(tmp_path: Path) -> None:
    project = complete_project()
    project.cookies[1].provider = "Hotjar"  # a provider that is no recipient
    document = write_review(project, tmp_path)
    assert_review_matches_check(project, document)
    comment, covered = _comment(document, "Waarschuwing: ")
    assert covered == ["Hotjar"]
    assert "Cookies → _ga → Aanbieder" in comment.text


def test_an_override_gets_its_comment_on_its_heading(tmp_path: Path) -> None:
    project = complete_project()
    project.clauses.overrides["rights"] = "U mag ons altijd mailen."
    document = write_review(project, tmp_path)
    assert_review_matches_check(project, document)
    styles = styles_of_anchors(document)
    for comment in document.comments:
        assert styles[comment.comment_id] == "Heading 1"
        assert "Document → Onderdelen → Uw rechten (eigen tekst)" in comment.text


def test_a_switched_off_clause_passes_its_comment_to_the_nearest_section(
    tmp_path: Path,
) -> None:
    project = load_project(EXAMPLES / "flowers-by-jennifer.policy.toml")
    project.clauses.disabled.append("changes")  # the effective-date tip belongs there
    assert "changes" not in [section.key for section in assemble(project).sections]
    document = write_review(project, tmp_path)
    assert_review_matches_check(project, document)
    comment, covered = _comment(document, "Tip: Vul de ingangsdatum")
    assert covered == ["Contact"]  # the heading of the nearest section
    assert comment.text.endswith("Plaats: Document → Ingangsdatum")


# -- the table "AVG artikel 13 en 14: waar staat wat" -------------------------------------
def coverage(document: Document) -> dict[str, str]:
    """Article -> what the table says for it."""
    headings = [p.text for p in document.paragraphs if p.style and p.style.name == "Heading 1"]
    assert headings[-1] == TABLE_TITLE
    table = document.tables[-1]
    assert [cell.text for cell in table.rows[0].cells] == list(HEADER)
    return {row.cells[1].text.replace("\u00a0", " "): row.cells[2].text for row in table.rows[1:]}


def test_the_coverage_table_maps_every_item_to_a_section(tmp_path: Path) -> None:
    project = complete_project()
    rows = coverage(write_review(project, tmp_path))
    assert len(rows) == 13
    assert rows["13 lid 1 sub a"] == "Wie wij zijn; Contact"
    assert rows["13 lid 1 sub f"] == "Gegevens buiten de Europese Economische Ruimte"
    assert rows["13 lid 2 sub d"] == "Een klacht indienen"
    assert rows["13 lid 1 sub b"].startswith("niet van toepassing: geen functionaris")
    assert rows["14 lid 1 sub d en lid 2 sub f"].startswith("niet van toepassing")
    assert not any(MISSING in answer for answer in rows.values())


def test_the_coverage_table_says_what_is_missing_with_the_finding(tmp_path: Path) -> None:
    project = load_project(EXAMPLES / "luxigo.policy.toml")
    rows = coverage(write_review(project, tmp_path))
    retention = rows["13 lid 2 sub a"]
    assert retention.startswith("ontbreekt\nVul in hoe lang u de gegevens “Websitegebruik”")
    assert "plaats: Gegevens → Websitegebruik → Bewaartermijn" in retention
    assert rows["13 lid 2 sub b"] == "Uw rechten"
    project.clauses.disabled.append("automated-decisions")
    rows = coverage(write_review(project, tmp_path))
    assert rows["13 lid 2 sub f"].startswith("ontbreekt")


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


def test_a_review_read_back_unchanged_has_no_changes_and_no_version_doubt(
    tmp_path: Path,
) -> None:
    """The closing table is the review's own: no new section, and the fingerprint holds."""
    from editor.export.review_import import read_review

    project = load_project(EXAMPLES / "ilumni-gifts.policy.toml")
    target = export_file(project, tmp_path / "review.docx", review=True)
    result = read_review(project, target.read_bytes())
    assert result.changes == [] and result.warnings == []
    assert result.compared_with == "de huidige verklaring"
