"""The Word file written from the prepared template is python-docx's own file.

``write_docx`` without comments writes from a template prepared once per
process (docx_from_template); ``build_document`` opens python-docx's template
afresh every time, as every export did before. The two must make the same
package: the same parts in the same order, byte for byte but for the three
the statement's XML is spliced into as text (body, header, footer), which
must be equal as canonical XML (their namespace declarations sit elsewhere).
And the prepared template must carry nothing from one document to the next.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from editor.cli import main as cli_main
from editor.core.model import Address, Project
from editor.core.project_file import load_project, save_project
from editor.export import docx_package
from editor.export.assemble import assemble
from editor.export.blocks import Paragraph, Run, Section, Statement
from editor.export.docx import build_document, write_docx
from editor.export.docx_from_template import docx_bytes
from editor.export.docx_template import forget_prepared_templates, prepared_template
from editor.export.docx_zip import DeflatedPart
from tests.conftest import EXAMPLES
from tests.export.test_docx import HOSTILE, make_meta, make_statement

FROZEN = dt.datetime(2026, 12, 2, 3, 4, 5, tzinfo=dt.UTC)
# The form of address and the statement's language of each variant of an example.
VARIANTS = {"u": (Address.FORMAL, "nl"), "je": (Address.INFORMAL, "nl"), "en": (None, "en")}


@pytest.fixture(autouse=True)
def frozen_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """One creation time for every file, so two files can be compared whole."""
    monkeypatch.setattr(docx_package, "creation_time", lambda: FROZEN)


def variant(path: Path, name: str) -> Project:
    project = copy.deepcopy(load_project(path))
    address, language = VARIANTS[name]
    if address is not None:
        project.document.address = address
    project.document.language = language
    return project


def parts(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return [(info.filename, package.read(info)) for info in package.infolist()]


# The parts the prepared template splices a statement's XML into as text: their
# bytes differ from python-docx's (where a namespace is declared), not their XML.
SPLICED = {"word/document.xml", "word/header1.xml", "word/footer1.xml"}


def canonical(data: bytes) -> bytes:
    return etree.tostring(etree.fromstring(data), method="c14n2")


def assert_same_package(actual: bytes, expected: bytes) -> None:
    """The same parts in the same order: equal bytes, or equal canonical XML where spliced."""
    got, wanted = parts(actual), parts(expected)
    assert [name for name, _ in got] == [name for name, _ in wanted]
    for (name, data), (_, reference) in zip(got, wanted, strict=True):
        if name in SPLICED:
            assert canonical(data) == canonical(reference), name
        else:
            assert data == reference, name


def by_python_docx(statement: Statement) -> bytes:
    buffer = io.BytesIO()
    build_document(statement).save(buffer)
    return buffer.getvalue()


def by_template(statement: Statement) -> bytes:
    buffer = io.BytesIO()
    write_docx(statement, buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("name", VARIANTS)
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.name.split(".")[0])
def test_every_example_is_the_same_file_both_ways(path: Path, name: str) -> None:
    statement = assemble(variant(path, name))
    expected = by_python_docx(statement)
    assert_same_package(by_template(statement), expected)
    # The parts the statement is in, by name: so a failure above cannot hide
    # behind a part both ways left out.
    names = {part for part, _ in parts(expected)}
    assert {
        "word/document.xml",
        "docProps/core.xml",
        "docProps/custom.xml",
        "docProps/app.xml",
        "_rels/.rels",
        "word/_rels/document.xml.rels",
    } <= names


def test_hostile_text_and_links_are_the_same_file_both_ways() -> None:
    meta = make_meta(title=f"Titel {HOSTILE}\x07", organisation=f"Shop {HOSTILE}")
    statement = make_statement(meta)
    odd_links = Paragraph(
        (
            Run("a", href='https://x.nl/?a=1&b=<2>&c="3"\''),
            Run("b", href="mailto:privacy@x.nl?subject=Vraag%20over"),
            Run("c", href='https://x.nl/?a=1&b=<2>&c="3"\''),  # the same link once
        )
    )
    sections = (*statement.sections, Section("x", statement.sections[0].heading, (odd_links,)))
    statement = dataclasses.replace(statement, sections=sections)
    assert_same_package(by_template(statement), by_python_docx(statement))


def test_the_same_files_in_a_batch_and_one_by_one(tmp_path: Path) -> None:
    shops = tmp_path / "shops"
    shops.mkdir()
    for path in EXAMPLES:
        for name in VARIANTS:
            save_project(variant(path, name), shops / f"{name}-{path.name}", backup=False)
    assert cli_main(["export", str(shops), "-o", str(tmp_path / "batch"), "--format", "docx"]) == 0
    for project in sorted(shops.iterdir()):
        forget_prepared_templates()  # as a process that exports one file
        single = tmp_path / "single.docx"
        assert cli_main(["export", str(project), "-o", str(single)]) == 0
        batch = tmp_path / "batch" / project.name.replace(".policy.toml", ".docx")
        assert_same_package(batch.read_bytes(), single.read_bytes())


def test_a_document_leaves_nothing_behind_for_the_next() -> None:
    first, second = (assemble(variant(path, "je")) for path in EXAMPLES[:2])
    expected = {id(first): by_python_docx(first), id(second): by_python_docx(second)}
    forget_prepared_templates()
    written = [(statement, docx_bytes(statement)) for statement in (first, second, first, second)]
    # Each file as python-docx makes it from a template it has just opened.
    for statement, data in written:
        assert_same_package(data, expected[id(statement)])
    assert_same_package(written[2][1], written[0][1])
    # Two statements that differ (their own links among them), so a leak would show.
    links = [dict(parts(data))["word/_rels/document.xml.rels"] for _, data in written[:2]]
    assert links[0] != links[1]


def test_changing_a_written_document_does_not_reach_the_next() -> None:
    statement = assemble(variant(EXAMPLES[0], "u"))
    untouched = docx_bytes(statement)
    # What the redline does with a written file: open it, change it, save it.
    document = docx.Document(io.BytesIO(docx_bytes(statement)))
    document.add_paragraph("later toegevoegd")
    document.styles["Normal"].font.name = "Comic Sans MS"
    document.settings.odd_and_even_pages_header_footer = True
    document.core_properties.title = "Een andere titel"
    document.sections[0].header.paragraphs[0].text = "Een andere kop"
    document.part.rels.add_relationship(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
        "https://elders.example/",
        "rIdLink99",
        is_external=True,
    )
    document.save(io.BytesIO())
    assert_same_package(docx_bytes(statement), untouched)


def test_the_prepared_template_cannot_be_changed_in_place() -> None:
    template = prepared_template("nl-NL")
    with pytest.raises(TypeError):
        template.around["word/document.xml"] = (b"", b"")  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        template.core = b""  # type: ignore[misc]
    assert all(isinstance(part, DeflatedPart | None) for _, part in template.parts)


def test_each_proofing_language_has_its_own_template() -> None:
    dutch, english = (
        docx_bytes(make_statement(make_meta(language=language))) for language in ("nl", "en")
    )
    settings = {
        dict(parts(data))["word/settings.xml"].count(b'w:val="en-GB"') for data in (dutch, english)
    }
    assert settings == {0, 1}
