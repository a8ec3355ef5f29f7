"""Recorded versions and the Word redline against them.

The redline is read back with our own reader of tracked changes: accepting
every change must give exactly the current export's body text, rejecting
every change exactly the old one's. One file is opened by LibreOffice, which
must list the changes.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import subprocess
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from editor.cli import main
from editor.core.model import DataCategory, LegalBasis, Processor, Project
from editor.core.project_file import dumps_project, load_project, loads_project, save_project
from editor.export import assemble as assemble_module
from editor.export.assemble import assemble
from editor.export.docx import write_docx
from editor.export.docx_redline import AUTHOR, write_redline_docx
from editor.export.exporter import render_bytes
from editor.export.statement_json import dumps_statement, loads_statement
from editor.export.tracked_changes import body_paragraphs
from editor.export.versions import (
    VersionError,
    find_version,
    record_version,
    version_statement,
    with_version,
)
from tests.conftest import EXAMPLES
from tests.tools import require_tool

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TODAY = dt.date(2026, 12, 1)
WHEN = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)


def plain(statement: object) -> list[str]:
    buffer = io.BytesIO()
    write_docx(statement, buffer)  # type: ignore[arg-type]
    return body_paragraphs(buffer.getvalue(), "accept")


def redline(old: Project, new: Project) -> bytes:
    buffer = io.BytesIO()
    write_redline_docx(assemble(old), assemble(new), buffer, when=WHEN)
    return buffer.getvalue()


def document_xml(docx: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        return etree.fromstring(package.read("word/document.xml"))


def edited(project: Project) -> Project:
    """Many kinds of change at once: words, rows, a whole section, a link's target."""
    new = copy.deepcopy(project)
    new.organisation.name += " BV"
    new.organisation.website = "https://nieuw.example"
    new.processors[0].name = "Een Heel Andere Partij"
    del new.processors[-1]
    new.processors.append(Processor(name="Postkantoor", purpose="Bezorgen", country="NL"))
    new.data_categories[0].retention = "3 jaar na de laatste bestelling"
    new.data_categories.append(
        DataCategory(name="Sollicitaties", items=["cv"], purposes=["werving"], retention="4 weken")
    )
    new.data_categories[-1].legal_basis = LegalBasis.CONSENT
    new.clauses.disabled.append("security")
    new.document.version = "2.0"
    return new


@pytest.fixture
def luxigo() -> Project:
    return load_project(next(path for path in EXAMPLES if "luxigo" in path.name))


def test_accepting_every_change_gives_the_new_text_and_rejecting_the_old(luxigo: Project) -> None:
    new = edited(luxigo)
    docx = redline(luxigo, new)
    assert body_paragraphs(docx, "accept") == plain(assemble(new))
    assert body_paragraphs(docx, "reject") == plain(assemble(luxigo))


def test_changes_are_word_by_word_with_author_and_date(luxigo: Project) -> None:
    new = copy.deepcopy(luxigo)
    new.organisation.name = "Luxigo Verlichting"
    root = document_xml(redline(luxigo, new))
    changes = root.findall(f".//{W}ins") + root.findall(f".//{W}del")
    assert changes
    assert {change.get(f"{W}author") for change in changes} == {AUTHOR}
    assert {change.get(f"{W}date") for change in changes} == {"2026-12-01T12:00:00Z"}
    # Only the new word is inserted; "Luxigo" itself stays untouched in the sentence.
    inserted = ["".join(i.itertext()) for i in root.iter(f"{W}ins")]
    assert " Verlichting" in inserted
    assert not root.findall(f".//{W}del")
    intro = next(
        p for p in root.iter(f"{W}p") if "Deze privacyverklaring is van" in "".join(p.itertext())
    )
    untouched = "".join(t.text or "" for t in intro.findall(f"{W}r/{W}t"))
    assert untouched.startswith("Deze privacyverklaring is van Luxigo")


def test_whole_paragraphs_headings_and_rows_are_tracked(luxigo: Project) -> None:
    new = edited(luxigo)
    root = document_xml(redline(luxigo, new))
    marks = {
        mark.getparent().getparent().getparent().tag
        for mark in root.iter(f"{W}ins", f"{W}del")
        if mark.getparent().tag == f"{W}rPr" and mark.getparent().getparent().tag == f"{W}pPr"
    }
    assert marks == {f"{W}p"}  # whole paragraphs come and go with their mark
    deleted_headings = [
        "".join(p.itertext())
        for p in root.iter(f"{W}p")
        if p.find(f"{W}pPr/{W}pStyle") is not None
        and p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "Heading1"
        and p.find(f"{W}pPr/{W}rPr/{W}del") is not None
    ]
    assert deleted_headings == ["Hoe wij gegevens beveiligen"]
    rows = root.iter(f"{W}tr")
    row_changes = [
        row.find(f"{W}trPr/{W}ins") is not None or row.find(f"{W}trPr/{W}del") is not None
        for row in rows
    ]
    assert any(row_changes)
    assert not all(row_changes)  # unchanged rows are left untouched


def test_a_link_whose_target_alone_changed_shows_as_a_change_of_its_text(luxigo: Project) -> None:
    new = copy.deepcopy(luxigo)
    new.organisation.website = luxigo.organisation.website.replace("www.", "shop.")
    root = document_xml(redline(luxigo, new))
    deleted = " ".join("".join(d.itertext()) for d in root.iter(f"{W}del"))
    inserted = " ".join("".join(i.itertext()) for i in root.iter(f"{W}ins"))
    assert "www" in deleted and "shop" in inserted


def test_unchanged_statement_has_no_tracked_changes(luxigo: Project) -> None:
    root = document_xml(redline(luxigo, luxigo))
    assert not list(root.iter(f"{W}ins", f"{W}del"))


MUTATIONS = st.lists(
    st.sampled_from(
        [
            "name",
            "drop_processor",
            "drop_category",
            "retention",
            "address",
            "clause",
            "custom",
            "order",
        ]
    ),
    min_size=1,
    max_size=4,
)


def mutate(project: Project, steps: list[str], text: str) -> Project:
    new = copy.deepcopy(project)
    for step in steps:
        if step == "name":
            new.organisation.name = text or "X"
        elif step == "drop_processor" and new.processors:
            del new.processors[0]
        elif step == "drop_category" and new.data_categories:
            del new.data_categories[-1]
        elif step == "retention" and new.data_categories:
            new.data_categories[0].retention = text
        elif step == "address":
            new.document.address = "je" if new.document.address == "u" else "u"  # type: ignore[assignment]
        elif step == "clause":
            new.clauses.disabled = [] if new.clauses.disabled else ["children"]
        elif step == "custom":
            new.custom_sections = new.custom_sections[1:]
        elif step == "order":
            new.clauses.order = ["contact", "rights"]
    return new


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    example=st.sampled_from(EXAMPLES),
    steps=MUTATIONS,
    text=st.text(alphabet="ab cd.éß-", max_size=20),
)
def test_accept_and_reject_hold_for_any_edit(example: Path, steps: list[str], text: str) -> None:
    old = load_project(example)
    new = mutate(old, steps, text)
    docx = redline(old, new)
    assert body_paragraphs(docx, "accept") == plain(assemble(new))
    assert body_paragraphs(docx, "reject") == plain(assemble(old))


# -- recorded versions --------------------------------------------------------


def test_a_recorded_version_keeps_facts_and_statement_through_a_save(luxigo: Project) -> None:
    version = record_version(luxigo, "1.0", "naar jurist", today=TODAY)
    project = loads_project(dumps_project(with_version(luxigo, version)))
    (kept,) = project.versions
    assert (kept.number, kept.note, kept.recorded_on, kept.published) == (
        "1.0",
        "naar jurist",
        TODAY,
        False,
    )
    assert kept.facts["organisation"]["name"] == "Luxigo"
    assert "versions" not in kept.facts and "import" not in kept.facts
    assert kept.program and kept.clauses.startswith("nl ")
    assert version_statement(kept) == assemble(luxigo)


def test_numbers_are_unique_and_must_be_given(luxigo: Project) -> None:
    project = with_version(luxigo, record_version(luxigo, "1.0", today=TODAY))
    with pytest.raises(VersionError, match="al vastgelegd"):
        record_version(project, " 1.0 ", today=TODAY)
    with pytest.raises(VersionError, match="nummer"):
        record_version(project, "  ", today=TODAY)
    with pytest.raises(VersionError, match="niet vastgelegd"):
        find_version(project, "9.9")


def test_an_old_version_is_exported_without_rendering_clauses_again(
    luxigo: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    version = record_version(luxigo, "1.0", today=TODAY)
    expected = render_bytes(luxigo, "md")
    changed = edited(luxigo)

    def no_clauses(project: Project) -> None:
        raise AssertionError("a recorded version must not be rendered from today's clauses")

    monkeypatch.setattr(assemble_module, "assemble", no_clauses)
    monkeypatch.setattr("editor.export.exporter.assemble", no_clauses)
    assert render_bytes(changed, "md", statement=version_statement(version)) == expected


def test_statement_json_round_trips_every_example() -> None:
    for path in EXAMPLES:
        statement = assemble(load_project(path))
        assert loads_statement(dumps_statement(statement)) == statement
    with pytest.raises(ValueError):
        loads_statement('{"schema": 1}')


# -- the command line and LibreOffice ------------------------------------------


def test_command_line_redlines_against_a_file_and_a_recorded_version(
    tmp_path: Path, luxigo: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    old_path, new_path = tmp_path / "oud.policy.toml", tmp_path / "nieuw.policy.toml"
    save_project(luxigo, old_path)
    new = with_version(edited(luxigo), record_version(luxigo, "1.0", today=TODAY))
    save_project(new, new_path)
    for option, value in (("--compare-to", str(old_path)), ("--compare-to-version", "1.0")):
        out = tmp_path / f"red{option}.docx"
        assert main(["export", str(new_path), "-o", str(out), option, value]) == 0
        assert body_paragraphs(out.read_bytes(), "reject") == plain(assemble(luxigo))
    assert (
        main(
            ["export", str(new_path), "-o", str(tmp_path / "x.html"), "--compare-to", str(old_path)]
        )
        == 2
    )
    assert (
        main(["export", str(new_path), "-o", str(tmp_path / "y.docx"), "--compare-to-version", "7"])
        == 2
    )
    assert "niet vastgelegd" in capsys.readouterr().err
    recorded = tmp_path / "v1.md"
    assert main(["export", str(new_path), "-o", str(recorded), "--recorded", "1.0"]) == 0
    assert recorded.read_bytes() == render_bytes(luxigo, "md")


@pytest.mark.slow
@pytest.mark.external
def test_libreoffice_lists_each_change_to_accept_or_reject(tmp_path: Path, luxigo: Project) -> None:
    soffice = require_tool("soffice", "LibreOffice reads the tracked changes")
    docx = tmp_path / "redline.docx"
    docx.write_bytes(redline(luxigo, edited(luxigo)))
    subprocess.run(
        [soffice, "--headless", "--convert-to", "odt", "--outdir", str(tmp_path), str(docx)],
        capture_output=True,
        timeout=240,
        check=True,
    )
    with zipfile.ZipFile(tmp_path / "redline.odt") as package:
        content = etree.fromstring(package.read("content.xml"))
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    regions = content.findall(f".//{{{text}}}changed-region")
    kinds = {child.tag.split("}")[1] for region in regions for child in region}
    assert len(regions) >= 10
    assert {"insertion", "deletion"} <= kinds
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    authors = {
        creator.text
        for creator in content.iter("{http://purl.org/dc/elements/1.1/}creator")
        if creator.getparent() is not None and creator.getparent().tag == f"{{{office}}}change-info"
    }
    assert authors == {AUTHOR}
