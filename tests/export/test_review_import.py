"""A lawyer's edited Word file read back: tracked changes by two authors, plain edits,
comments, a renamed heading, a deleted bookmark, content controls, an edited
table cell and a new section, built the way Word writes them."""

from __future__ import annotations

import copy
import datetime as dt
import io
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.text.paragraph import Paragraph

from editor.cli import main
from editor.core.checks import check
from editor.core.model import Project
from editor.core.project_file import load_project, save_project
from editor.export.assemble import assemble
from editor.export.docx import write_docx
from editor.export.exporter import render_bytes
from editor.export.review_import import ReviewError, accept_all, read_review
from editor.export.tracked_changes import read_body
from editor.export.versions import record_version, version_statement, with_version
from tests.conftest import EXAMPLES

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W_NS}"'
STAMP = 'w:date="2027-01-10T09:00:00Z"'


@pytest.fixture
def luxigo() -> Project:
    return load_project(next(path for path in EXAMPLES if "luxigo" in path.name))


def exported(statement: object) -> Document:
    buffer = io.BytesIO()
    write_docx(statement, buffer)  # type: ignore[arg-type]
    buffer.seek(0)
    return docx.Document(buffer)


def saved(document: Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def paragraph_with(document: Document, start: str) -> Paragraph:
    return next(p for p in document.paragraphs if p.text.startswith(start))


def heading(document: Document, text: str) -> Paragraph:
    return next(p for p in document.paragraphs if p.style.name == "Heading 1" and p.text == text)


def following(paragraph: Paragraph, count: int = 1) -> list[object]:
    out = []
    element = paragraph._p.getnext()
    while element is not None and len(out) < count:
        out.append(element)
        element = element.getnext()
    return out


def tracked_insert(paragraph: Paragraph, text: str, author: str, change_id: int) -> None:
    paragraph._p.append(
        parse_xml(
            f'<w:ins {NS} w:id="{change_id}" w:author="{author}" {STAMP}>'
            f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:ins>'
        )
    )


def tracked_delete_first_run(paragraph: Paragraph, author: str, change_id: int) -> str:
    run = paragraph._p.find(qn("w:r"))
    text = "".join(t.text for t in run.iter(qn("w:t")))
    wrapper = parse_xml(f'<w:del {NS} w:id="{change_id}" w:author="{author}" {STAMP}/>')
    run.addprevious(wrapper)
    wrapper.append(run)
    for t in run.iter(qn("w:t")):
        t.tag = qn("w:delText")
    return text


def lawyer_edits(document: Document) -> dict[str, str]:
    """Edit ``document`` the way a lawyer in Word would; return what was done, for the asserts."""
    done: dict[str, str] = {}
    # Tracked changes by two authors in the rights section.
    rights = following(heading(document, "Uw rechten"))[0]
    rights_paragraph = Paragraph(rights, document)
    document.add_comment(
        rights_paragraph.runs, text="Graag ook de termijn noemen.", author="mr. A. de Wit"
    )
    tracked_insert(rights_paragraph, " Dit geldt ook voor klanten in België.", "mr. A. de Wit", 901)
    done["deleted"] = tracked_delete_first_run(rights_paragraph, "mr. B. Zwart", 902)
    # A paragraph deleted and a new one typed, without tracking, in the complaint section.
    complaint_heading = heading(document, "Een klacht indienen")
    first = following(complaint_heading)[0]
    done["complaint_removed"] = "".join(first.itertext())
    first.getparent().remove(first)
    new_paragraph = copy.deepcopy(following(complaint_heading)[0])
    for t in list(new_paragraph.iter(qn("w:t")))[1:]:
        t.getparent().remove(t)
    next(new_paragraph.iter(qn("w:t"))).text = "Wij lossen een klacht het liefst eerst samen op."
    following(complaint_heading)[0].addprevious(new_paragraph)
    # A table cell edited (the recipients' table): a country changed.
    table = document.tables[0]
    cell = table.rows[1].cells[-1]
    done["row"] = table.rows[1].cells[0].text
    cell.paragraphs[0].runs[0].text = cell.text + " (gewijzigd)"
    # A heading renamed, bookmark kept; and one renamed with its bookmark deleted.
    security = heading(document, "Hoe wij gegevens beveiligen")
    security.runs[0].text = "Hoe wij uw gegevens beveiligen"
    changes_heading = heading(document, "Wijzigingen in deze verklaring")
    for mark in changes_heading._p.findall(qn("w:bookmarkStart")) + changes_heading._p.findall(
        qn("w:bookmarkEnd")
    ):
        changes_heading._p.remove(mark)
    changes_heading.runs[0].text = "Aanpassingen"
    changes_text = Paragraph(following(changes_heading)[0], document)
    changes_text.runs[0].text = "Wij passen deze verklaring aan wanneer dat nodig is."
    # The contact section wrapped in a content control, with an edit inside it.
    contact = heading(document, "Contact")
    body_element = following(contact)[0]
    sdt = parse_xml(f"<w:sdt {NS}><w:sdtPr/><w:sdtContent/></w:sdt>")
    body_element.addprevious(sdt)
    sdt.find(qn("w:sdtContent")).append(body_element)
    Paragraph(body_element, document).runs[0].text = "Vragen? Mail ons gerust."
    # A formatting-only change (bold), tracked.
    run = Paragraph(following(heading(document, "Wie wij zijn"))[0], document).runs[0]
    run._r.get_or_add_rPr().append(
        parse_xml(
            f'<w:rPrChange {NS} w:id="903" w:author="mr. A. de Wit" {STAMP}><w:rPr/></w:rPrChange>'
        )
    )
    # A new section at the end.
    new_heading = document.add_paragraph("Auteursrecht op foto's", style="Heading 1")
    document.add_paragraph("Foto's op onze website zijn van ons; vraag het eerst.")
    done["new_heading"] = new_heading.text
    return done


def test_every_kind_of_edit_is_found_per_part(luxigo: Project) -> None:
    document = exported(assemble(luxigo))
    done = lawyer_edits(document)
    result = read_review(luxigo, saved(document))
    assert result.compared_with == "de huidige verklaring"
    assert any("opmaak" in warning for warning in result.warnings)
    changes = {change.key: change for change in result.changes}

    rights = changes["rights"]
    assert rights.kind == "text" and rights.can_override
    assert "Dit geldt ook voor klanten in België." in rights.text()
    assert done["deleted"].strip() not in rights.new[0][: len(done["deleted"])]
    assert [c.text for c in rights.comments] == ["Graag ook de termijn noemen."]

    complaint = changes["complaint"]
    assert complaint.kind == "text"
    assert "Wij lossen een klacht het liefst eerst samen op." in complaint.new
    assert done["complaint_removed"].strip() not in complaint.new

    recipients = changes["recipients"]
    assert recipients.kind == "facts" and not recipients.can_override
    assert any(done["row"] in note and "(gewijzigd)" in note for note in recipients.notes)

    security = changes["security"]
    assert security.new_title == "Hoe wij uw gegevens beveiligen"
    assert any("kop gewijzigd" in note for note in security.notes)

    changed = changes["changes"]  # found by its place: bookmark and title both gone
    assert changed.new == ["Wij passen deze verklaring aan wanneer dat nodig is.", *changed.old[1:]]

    assert changes["contact"].new[0] == "Vragen? Mail ons gerust."  # read inside w:sdt

    (new,) = [change for change in result.changes if change.kind == "new"]
    assert new.new_title == done["new_heading"] and new.can_add_section
    assert "intro" not in changes  # only a formatting change there


def test_untouched_file_has_no_changes_and_program_comments_are_not_the_lawyers(
    luxigo: Project,
) -> None:
    buffer = io.BytesIO()
    from editor.export.exporter import review_export

    statement, comments = review_export(luxigo)  # with the closing art. 13/14 table
    write_docx(statement, buffer, comments=comments)
    result = read_review(luxigo, buffer.getvalue())
    assert result.changes == [] and result.warnings == []


def test_comparison_is_with_the_recorded_version_the_file_came_from(luxigo: Project) -> None:
    version = record_version(luxigo, "1.0", "naar jurist", today=dt.date(2026, 12, 1))
    document = exported(version_statement(version))
    project = with_version(luxigo, version)
    project.organisation.name = "Luxigo Verlichting"  # the owner went on editing meanwhile
    result = read_review(project, saved(document))
    assert result.compared_with == "versie 1.0"
    assert result.changes == []  # the owner's own edits are no lawyer's changes


def test_a_file_without_the_mark_is_compared_with_the_current_statement(luxigo: Project) -> None:
    document = exported(assemble(luxigo))
    del document.part.package.rels[
        next(
            rid
            for rid, rel in document.part.package.rels.items()
            if rel.reltype.endswith("/custom-properties")
        )
    ]
    result = read_review(luxigo, saved(document))
    assert result.compared_with == "de huidige verklaring"
    assert any("zegt niet uit welke versie" in warning for warning in result.warnings)


def test_accepting_all_makes_overrides_and_sections_that_export_and_are_checked(
    luxigo: Project,
) -> None:
    document = exported(assemble(luxigo))
    lawyer_edits(document)
    result = read_review(luxigo, saved(document))
    updated, done = accept_all(luxigo, result)
    assert "Dit geldt ook voor klanten in België." in updated.clauses.overrides["rights"]
    assert "data" not in updated.clauses.overrides and "recipients" not in updated.clauses.overrides
    assert updated.custom_sections[-1].title == "Auteursrecht op foto's"
    assert any("Auteursrecht" in line for line in done)
    text = render_bytes(updated, "md").decode()
    assert "Dit geldt ook voor klanten in België." in text
    assert "Wij lossen een klacht het liefst eerst samen op." in text
    # The overridden rights are checked like any override: the lawyer's text still names them.
    rights_findings = [f for f in check(updated) if f.id == "rights"]
    assert rights_findings == [] or all("rights" in f.path for f in rights_findings)
    again = read_review(updated, render_bytes(updated, "docx"))
    assert again.changes == []


def test_a_file_that_is_not_word_is_refused() -> None:
    with pytest.raises(ReviewError, match="Word-bestand"):
        read_review(Project(), b"not a zip")


def test_command_line_lists_without_writing_and_accepts_all(
    tmp_path: Path, luxigo: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project_path = tmp_path / "luxigo.policy.toml"
    save_project(luxigo, project_path)
    document = exported(assemble(luxigo))
    lawyer_edits(document)
    lawyer = tmp_path / "jurist.docx"
    lawyer.write_bytes(saved(document))
    output = tmp_path / "nieuw.policy.toml"
    assert main(["import-review", str(lawyer), str(project_path)]) == 0
    listed = capsys.readouterr().out
    assert listed.startswith("Vergeleken met de huidige verklaring: ")
    assert " onderdelen met wijzigingen.\n" in listed.splitlines(keepends=True)[0]
    assert "Uw rechten [tekst gewijzigd]" in listed
    assert "pas ze aan in de formulieren" in listed
    assert "Graag ook de termijn noemen." in listed
    assert not output.exists()
    assert main(["import-review", str(lawyer), str(project_path), "--accept", "all"]) == 2
    assert (
        main(
            ["import-review", str(lawyer), str(project_path), "-o", str(output), "--accept", "all"]
        )
        == 0
    )
    assert "Overgenomen" in capsys.readouterr().out
    assert "rights" in load_project(output).clauses.overrides
    assert main(["import-review", str(tmp_path / "weg.docx"), str(project_path)]) == 2
    assert capsys.readouterr().err.startswith("policy-editor: weg.docx: ")
    broken = tmp_path / "kapot.docx"
    broken.write_bytes(b"PK no zip")
    assert main(["import-review", str(broken), str(project_path)]) == 2
    refused = capsys.readouterr().err
    assert refused.startswith("policy-editor: kapot.docx: dit is geen leesbaar Word-bestand")
    assert "zip" not in refused  # no English reason from the zip library
    unchanged = tmp_path / "onveranderd.docx"
    unchanged.write_bytes(saved(exported(assemble(luxigo))))
    assert main(["import-review", str(unchanged), str(project_path)]) == 0
    assert capsys.readouterr().out.startswith(
        "Vergeleken met de huidige verklaring: geen wijzigingen.\n"
    )


def test_reader_carries_text_of_a_paragraph_whose_mark_was_deleted(luxigo: Project) -> None:
    """Two paragraphs joined by deleting the first one's mark read as one paragraph."""
    document = exported(assemble(luxigo))
    first = following(heading(document, "Wie wij zijn"))[0]
    p_pr = first.find(qn("w:pPr"))
    if p_pr is None:
        p_pr = parse_xml(f"<w:pPr {NS}/>")
        first.insert(0, p_pr)
    p_pr.append(parse_xml(f'<w:rPr {NS}><w:del w:id="1" w:author="x" {STAMP}/></w:rPr>'))
    second = first.getnext()
    joined = "".join(t.text or "" for p in (first, second) for t in p.iter(qn("w:t")))
    texts = [getattr(item, "text", None) for item in read_body(saved(document), "accept").items]
    assert joined in texts


@pytest.mark.slow
@pytest.mark.external
def test_a_file_edited_in_libreoffice_with_tracked_changes_is_read_back(
    tmp_path: Path, luxigo: Project
) -> None:
    """A real word processor's file: LibreOffice, driven through UNO, edits with tracking on."""
    import subprocess

    from tests.export.uno import lawyer_edit
    from tests.tools import require_tool, tools_required

    require_tool("soffice", "LibreOffice edits the file")
    system_python = "/usr/bin/python3"
    probe = subprocess.run([system_python, "-c", "import uno"], capture_output=True)
    if probe.returncode != 0:
        reason = "python3-uno is not installed (LibreOffice's UNO bridge)"
        if tools_required():
            pytest.fail(f"{reason}, and POLICY_EDITOR_REQUIRE_TOOLS=1 makes it mandatory")
        pytest.skip(reason)
    source, target = tmp_path / "verklaring.docx", tmp_path / "jurist.docx"
    source.write_bytes(render_bytes(luxigo, "docx"))
    script = Path(lawyer_edit.__file__)
    result = subprocess.run(
        [system_python, str(script), str(source), str(target), str(tmp_path / "profiel")],
        capture_output=True,
        text=True,
        timeout=1200,  # a guard against a hung office on a very busy machine, not a speed limit
        cwd=tmp_path,
    )
    assert target.exists(), result.stdout + result.stderr
    lawyer = target.read_bytes()
    import zipfile

    with zipfile.ZipFile(target) as package:
        body = package.read("word/document.xml")
    assert b"<w:ins " in body and b"<w:del " in body  # LibreOffice's own tracked changes
    review = read_review(luxigo, lawyer)
    assert review.compared_with == "de huidige verklaring" and review.warnings == []
    changes = {change.key: change for change in review.changes}
    assert set(changes) == {"rights", "complaint"}
    assert lawyer_edit.NEW in changes["rights"].text()
    assert lawyer_edit.OLD not in changes["rights"].text()
    assert lawyer_edit.ADDED in changes["complaint"].new
    updated, _ = accept_all(luxigo, review)
    assert lawyer_edit.ADDED in render_bytes(updated, "md").decode()
