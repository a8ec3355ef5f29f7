"""Review comments: ids counted, not searched, so many findings stay linear.

python-docx's add_comment read every existing comment to find the next id:
8,000 findings took 52 s. The work is counted here (comment elements the
writer reads), not timed; the timing is in benchmarks/.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.oxml.comments import CT_Comments
from docx.oxml.ns import qn

from editor.core.model import Processor, Project
from editor.export.assemble import assemble
from editor.export.docx import write_docx
from editor.export.exporter import export_file
from tests.tools import libreoffice_pdf, pdf_text

COMMENTS = 400


def many_comments() -> dict[str, list[str]]:
    return {
        "intro": [
            f"Bevinding {i}: vul dit aan.\nTweede regel {i} & <meer>" for i in range(COMMENTS)
        ]
    }


def test_the_writer_reads_no_comment_per_comment(monkeypatch: pytest.MonkeyPatch) -> None:
    read = 0
    real_xpath = CT_Comments.xpath

    def counting_xpath(self, xpath_str, *args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal read
        result = real_xpath(self, xpath_str, *args, **kwargs)
        read += len(result) if isinstance(result, list) else 1
        return result

    monkeypatch.setattr(CT_Comments, "xpath", counting_xpath)
    write_docx(assemble(Project()), io.BytesIO(), many_comments())
    assert read < 2 * COMMENTS  # searching for the next id each time read 79,800


def test_every_comment_arrives_with_its_own_id_and_text() -> None:
    data = io.BytesIO()
    write_docx(assemble(Project()), data, many_comments())
    document = docx.Document(io.BytesIO(data.getvalue()))
    comments = list(document.comments)
    assert [c.comment_id for c in comments] == list(range(COMMENTS))
    assert comments[7].text == "Bevinding 7: vul dit aan.\nTweede regel 7 & <meer>"
    assert {c.author for c in comments} == {"Policy Editor"}
    assert {c.initials for c in comments} == {"PE"}
    body = document.element.body
    starts = [int(n.get(qn("w:id"))) for n in body.iter(qn("w:commentRangeStart"))]
    references = [int(n.get(qn("w:id"))) for n in body.iter(qn("w:commentReference"))]
    assert sorted(starts) == sorted(references) == list(range(COMMENTS))


def test_libreoffice_opens_a_file_with_comments(tmp_path: Path) -> None:
    project = Project()
    project.organisation.name = "Winkel"
    project.processors = [Processor(name="Pakketdienst")]  # findings: missing facts
    target = export_file(project, tmp_path / "review.docx", review=True)
    document = docx.Document(str(target))
    texts = [c.text for c in document.comments]
    assert texts
    pdf = libreoffice_pdf(target)
    assert "Winkel" in pdf_text(pdf)  # it opens and renders the statement
