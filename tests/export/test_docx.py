"""The Word writer: styles, header and footer, properties, links, comments, hostile text.

Every file is reopened with python-docx (and, for the package's leftovers, read
as the zip it is) and asserted on; one is rendered by LibreOffice.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, Twips
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from editor.export.blocks import (
    BulletList,
    Heading,
    Meta,
    Paragraph,
    Run,
    Section,
    Statement,
    Table,
)
from editor.export.docx import write_docx
from editor.export.docx_body import TEXT_WIDTH_TWIPS, TOC_INSTRUCTION
from editor.export.docx_text import bookmark_name
from editor.export.docx_widths import column_widths
from tests.tools import libreoffice_pdf, pdf_text

HOSTILE = "<script>alert(1)</script> {{ 7*7 }} {% raw %} & \" ' 🎉 שלום עולם"
CONTROL = "bel\x07letter\x00nul\x1bescape\ufffeend\uffff\r"
CONTROL_AS_SPACES = "bel letter nul escape end  "
EXTENDED_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
TOC_HINT = "Klik met de rechtermuisknop en kies “Veld bijwerken” om de inhoudsopgave te vullen."


BASE_META = Meta(
    title="Privacyverklaring van Luxigo",
    organisation="Luxigo B.V.",
    version="2.1",
    effective_date="15 oktober 2019",
    program_version="0.1.0",
    clauses_version="2026.11.1",
)


def make_meta(**changes: str) -> Meta:
    return dataclasses.replace(BASE_META, **changes)  # type: ignore[arg-type]


def processors_table(rows: int = 3) -> Table:
    return Table(
        header=("Partij", "Doel", "Land"),
        rows=tuple(
            ((Run(f"Dienst {n}"),), (Run("Betalingen verwerken"),), (Run("Nederland"),))
            for n in range(rows)
        ),
        kind="processors",
    )


def make_statement(meta: Meta | None = None) -> Statement:
    return Statement(
        meta=meta or make_meta(),
        sections=(
            Section(
                key="intro",
                heading=Heading(2, "Wie wij zijn", "intro"),
                blocks=(
                    Paragraph(
                        (
                            Run("Luxigo B.V.", bold=True),
                            Run(" verkoopt lampen via "),
                            Run("luxigo.nl", href="https://luxigo.nl/"),
                            Run(". Lees ook "),
                            Run("je rechten", italic=True, href="#rights"),
                            Run("."),
                        )
                    ),
                ),
            ),
            Section(
                key="data",
                heading=Heading(2, "Welke gegevens wij gebruiken", "data"),
                blocks=(
                    Heading(3, "Bestellingen", "data-1"),
                    BulletList(((Run("naam"),), (Run("adres"),), (Run("e-mail", bold=True),))),
                ),
            ),
            Section(
                key="recipients",
                heading=Heading(2, "Wie gegevens ontvangt", "recipients"),
                blocks=(processors_table(), Paragraph((Run("Daarna."),))),
            ),
            Section(
                key="rights",
                heading=Heading(2, "Jouw rechten", "rights"),
                blocks=(Paragraph((Run("Mail "), Run("ons", href="mailto:privacy@luxigo.nl"))),),
            ),
        ),
    )


def write(
    statement: Statement | None = None, comments: dict[str, list[str]] | None = None
) -> bytes:
    buffer = io.BytesIO()
    write_docx(statement or make_statement(), buffer, comments)
    return buffer.getvalue()


def reopen(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


def part_text(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read(name).decode("utf-8")


def company(data: bytes) -> str | None:
    app = etree.fromstring(part_text(data, "docProps/app.xml").encode())
    text: str | None = app.findtext(f"{{{EXTENDED_PROPERTIES}}}Company")
    return text


def styles_of(document: Document) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in document.paragraphs if p.style is not None]


def test_headings_title_and_bullets_use_words_own_styles() -> None:
    styled = styles_of(reopen(write()))
    assert styled[0] == ("Title", "Privacyverklaring van Luxigo")
    assert ("Heading 1", "Wie wij zijn") in styled
    assert ("Heading 1", "Welke gegevens wij gebruiken") in styled
    assert ("Heading 2", "Bestellingen") in styled
    bullets = [text for style, text in styled if style == "List Bullet"]
    assert bullets == ["naam", "adres", "e-mail"]
    headings = [text for style, text in styled if style.startswith("Heading")]
    assert headings == [
        "Wie wij zijn",
        "Welke gegevens wij gebruiken",
        "Bestellingen",
        "Wie gegevens ontvangt",
        "Jouw rechten",
    ]


def test_bold_and_italic_runs_keep_their_formatting() -> None:
    document = reopen(write())
    intro = next(p for p in document.paragraphs if p.text.startswith("Luxigo B.V. verkoopt"))
    assert intro.runs[0].text == "Luxigo B.V." and intro.runs[0].bold
    assert not intro.runs[1].bold
    bullet = next(p for p in document.paragraphs if p.text == "e-mail")
    assert bullet.runs[0].bold
    # Word would drop the spaces around " verkoopt lampen via " without xml:space.
    space = "{http://www.w3.org/XML/1998/namespace}space"
    assert intro.runs[1]._r.find(qn("w:t")).get(space) == "preserve"
    assert intro.runs[0]._r.find(qn("w:t")).get(space) is None


def test_table_has_style_header_texts_bold_repeating_header_row_and_widths() -> None:
    document = reopen(write())
    (table,) = document.tables
    assert table.style is not None and table.style.name == "Light Grid Accent 1"
    assert [cell.text for cell in table.rows[0].cells] == ["Partij", "Doel", "Land"]
    assert [cell.text for cell in table.rows[1].cells] == [
        "Dienst 0",
        "Betalingen verwerken",
        "Nederland",
    ]
    assert all(run.bold for cell in table.rows[0].cells for run in cell.paragraphs[0].runs)
    first_row = table.rows[0]._tr
    assert first_row.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
    assert table.rows[1]._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is None
    widths = [column.width for column in table.columns]
    assert sum(w for w in widths if w is not None) == Twips(TEXT_WIDTH_TWIPS)


def test_column_widths_fill_the_line_and_give_text_heavy_columns_more_room() -> None:
    table = Table(
        header=("Naam", "Doel", "Land"),
        rows=tuple(
            (
                (Run("_ga"),),
                (Run("Statistieken over het gebruik van de website " * 3),),
                (Run("NL"),),
            )
            for _ in range(50)
        ),
    )
    name, purpose, country = column_widths(table)
    assert name + purpose + country == TEXT_WIDTH_TWIPS
    assert purpose > 3 * name and purpose > 3 * country
    # "Statistieken" (12 letters) must fit on one line in the narrow columns' neighbour too.
    assert min(name, country) >= 500
    assert sum(column_widths(Table(header=(), rows=()))) == TEXT_WIDTH_TWIPS


def test_tables_are_kept_apart_from_what_follows() -> None:
    two_tables = make_statement()
    section = Section(
        "cookies", Heading(2, "Cookies", "cookies"), (processors_table(), processors_table())
    )
    statement = Statement(two_tables.meta, (*two_tables.sections, section))
    body = reopen(write(statement)).element.body
    tags = [child.tag for child in body]
    for index, tag in enumerate(tags[:-1]):
        if tag == qn("w:tbl"):
            assert tags[index + 1] == qn("w:p")


def test_header_has_shop_and_title_footer_has_version_date_and_page_fields() -> None:
    data = write()
    section = reopen(data).sections[0]
    assert section.header.paragraphs[0].text == "Luxigo B.V.\t\tPrivacyverklaring van Luxigo"
    footer = section.footer.paragraphs[0]
    assert footer.text == "Versie 2.1 · Ingangsdatum 15 oktober 2019 · Pagina 1 van 1"
    instructions = [node.text.strip() for node in footer._p.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]


def test_footer_leaves_out_empty_parts_and_uses_the_statements_labels() -> None:
    meta = make_meta(version="", effective_date="")
    footer = reopen(write(make_statement(meta))).sections[0].footer.paragraphs[0]
    assert footer.text == "Pagina 1 van 1"
    labels = {"version": "Version", "effective_date": "effective", "page": "page", "of": "of"}
    meta = dataclasses.replace(BASE_META, labels=labels)
    footer = reopen(write(make_statement(meta))).sections[0].footer.paragraphs[0]
    assert footer.text == "Version 2.1 · effective 15 oktober 2019 · page 1 of 1"


def test_page_is_a4_with_two_and_a_half_centimetre_margins() -> None:
    section = reopen(write()).sections[0]
    assert (section.page_width, section.page_height) == (Twips(11906), Twips(16838))
    for margin in (section.left_margin, section.right_margin, section.top_margin):
        assert margin is not None and abs(margin - Cm(2.5)) < Cm(0.01)


def test_document_properties_are_the_statements_not_the_templates() -> None:
    before = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    data = write()
    properties = reopen(data).core_properties
    assert properties.title == "Privacyverklaring van Luxigo"
    assert properties.author == "Luxigo B.V."
    assert properties.last_modified_by == "Policy Editor"
    assert properties.language == "nl-NL"
    assert properties.revision == 1
    assert properties.keywords == "Policy Editor 0.1.0, clausules 2026.11.1"
    assert properties.comments == "Policy Editor 0.1.0, clausules 2026.11.1"
    for moment in (properties.created, properties.modified):
        assert moment is not None and moment.replace(tzinfo=None) >= before
    core = part_text(data, "docProps/core.xml")
    app = part_text(data, "docProps/app.xml")
    for leftover in ("python-docx", "2013-", "Normal.dotm", "Macintosh"):
        assert leftover not in core + app
    assert company(data) == "Luxigo B.V."


def test_package_holds_no_template_leftovers_and_dutch_proofing() -> None:
    data = write()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
    assert not [n for n in names if "thumbnail" in n or "customXml" in n or "WithEffects" in n]
    styles = reopen(data).styles.element
    lang = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert lang is not None and lang.get(qn("w:val")) == "nl-NL"
    hyperlink_style = reopen(data).styles["Hyperlink"]
    assert hyperlink_style.font.underline


def body_paragraphs(document: Document) -> list[DocxParagraph]:
    """The paragraphs after the table of contents: from the first section heading on."""
    paragraphs = document.paragraphs
    first = next(i for i, p in enumerate(paragraphs) if p.style.name == "Heading 1")
    return paragraphs[first:]


def test_table_of_contents_lists_the_sections_and_word_is_asked_to_add_pages() -> None:
    statement = make_statement()
    document = reopen(write(statement))
    settings = document.settings.element
    update = settings.find(qn("w:updateFields"))
    assert update is not None and update.get(qn("w:val")) == "true"
    instructions = [node.text for node in document.element.body.iter(qn("w:instrText"))]
    assert [text.strip() for text in instructions] == [TOC_INSTRUCTION]
    assert TOC_INSTRUCTION == 'TOC \\o "1-3" \\h \\z \\u'
    paragraphs = document.paragraphs
    assert paragraphs[1].text == "Inhoud"
    count = len(statement.sections)
    entries = paragraphs[2 : 2 + count]
    # Readers that never update fields still show every section, linked to its heading.
    assert [p.text for p in entries] == [section.heading.text for section in statement.sections]
    assert [link.fragment for p in entries for link in p.hyperlinks] == [
        bookmark_name(section.heading.anchor) for section in statement.sections
    ]
    assert paragraphs[2 + count].style.name == "Heading 1"
    # One field over all entries: it begins in the first and ends in the last.
    kinds = [
        (index, node.get(qn("w:fldCharType")))
        for index, p in enumerate(entries)
        for node in p._p.iter(qn("w:fldChar"))
    ]
    assert kinds == [(0, "begin"), (0, "separate"), (count - 1, "end")]
    begin = entries[0]._p.find(f".//{qn('w:fldChar')}")
    assert begin.get(qn("w:dirty")) == "true"


def test_without_sections_the_contents_field_shows_how_to_fill_it() -> None:
    document = reopen(write(dataclasses.replace(make_statement(), sections=())))
    assert [p.text for p in document.paragraphs][1:3] == ["Inhoud", TOC_HINT]


def test_links_are_real_hyperlinks_with_external_relationships() -> None:
    document = reopen(write())
    links = [link for p in body_paragraphs(document) for link in p.hyperlinks]
    assert [(link.text, link.address, link.fragment) for link in links] == [
        ("luxigo.nl", "https://luxigo.nl/", ""),
        ("je rechten", "", "rights"),
        ("ons", "mailto:privacy@luxigo.nl", ""),
    ]
    targets = {
        rel.target_ref for rel in document.part.rels.values() if rel.reltype.endswith("/hyperlink")
    }
    assert targets == {"https://luxigo.nl/", "mailto:privacy@luxigo.nl"}
    for link in links:
        assert link.runs[0].style is not None and link.runs[0].style.name == "Hyperlink"
    # The internal link has a bookmark to land on: the heading of "rights".
    names = [node.get(qn("w:name")) for node in document.element.body.iter(qn("w:bookmarkStart"))]
    assert "rights" in names and "data_1" in names


def test_comments_are_anchored_at_their_sections_heading_or_the_title() -> None:
    comments = {
        "data": ["Bewaartermijn ontbreekt.", "Tweede punt & <meer>"],
        "no-such-section": ["Over het geheel"],
    }
    document = reopen(write(comments=comments))
    written = list(document.comments)
    assert [c.text for c in written] == [*comments["data"], *comments["no-such-section"]]
    assert {(c.author, c.initials) for c in written} == {("Policy Editor", "PE")}
    by_text = {c.text: c.comment_id for c in written}

    def anchored_ids(paragraph_text: str) -> set[int]:
        paragraph = next(
            p
            for p in document.paragraphs
            if p.text == paragraph_text and p.style.name in ("Title", "Heading 1")
        )
        starts = paragraph._p.iter(qn("w:commentRangeStart"))
        ends = paragraph._p.iter(qn("w:commentRangeEnd"))
        start_ids = {int(node.get(qn("w:id"))) for node in starts}
        assert start_ids == {int(node.get(qn("w:id"))) for node in ends}
        return start_ids

    heading_ids = anchored_ids("Welke gegevens wij gebruiken")
    assert heading_ids == {by_text["Bewaartermijn ontbreekt."], by_text["Tweede punt & <meer>"]}
    assert anchored_ids("Privacyverklaring van Luxigo") == {by_text["Over het geheel"]}


def test_no_comments_means_no_comments_part() -> None:
    with zipfile.ZipFile(io.BytesIO(write(comments={}))) as package:
        assert "word/comments.xml" not in package.namelist()


def test_hostile_text_arrives_literally_and_control_characters_become_spaces() -> None:
    text = f"{HOSTILE} {CONTROL}"
    meta = make_meta(title=f"Titel {text}", organisation=f"Shop {HOSTILE}\x01")
    statement = Statement(
        meta=meta,
        sections=(
            Section(
                key="custom-1",
                heading=Heading(2, f"Kop {text}", "custom-1"),
                blocks=(
                    Paragraph(
                        (
                            Run(text),
                            Run(text, bold=True),
                            Run("link", href="https://x.nl/?a=1&b=<2>"),
                        )
                    ),
                    BulletList(((Run(text),),)),
                    Table(header=(text,), rows=(((Run(text),),),)),
                ),
            ),
        ),
    )
    expected = f"{HOSTILE} {CONTROL_AS_SPACES}"
    data = write(statement, comments={"custom-1": [text]})
    document = reopen(data)
    texts = [p.text for p in document.paragraphs]
    assert f"Titel {expected}" in texts
    assert f"Kop {expected}" in texts
    assert f"{expected}{expected}link" in texts
    assert expected in texts
    (table,) = document.tables
    assert [cell.text for row in table.rows for cell in row.cells] == [expected, expected]
    assert [c.text for c in document.comments] == [expected]
    assert document.core_properties.title == f"Titel {expected}"
    assert document.sections[0].header.paragraphs[0].text.startswith(f"Shop {HOSTILE} \t\t")
    assert company(data) == f"Shop {HOSTILE} "
    assert "https://x.nl/?a=1&b=<2>" in [
        rel.target_ref for rel in document.part.rels.values() if rel.is_external
    ]


def test_newlines_and_tabs_inside_a_run_become_breaks_and_tabs() -> None:
    statement = Statement(
        make_meta(),
        (Section("a", Heading(2, "A", "a"), (Paragraph((Run("een\ntwee\tdrie\n"),)),)),),
    )
    document = reopen(write(statement))
    paragraph = next(p for p in document.paragraphs if p.text.startswith("een"))
    assert paragraph.text == "een\ntwee\tdrie\n"
    assert len(list(paragraph._p.iter(qn("w:br")))) == 2
    assert len(list(paragraph._p.iter(qn("w:tab")))) == 1


def test_empty_statement_and_empty_heading_still_make_a_valid_file() -> None:
    statement = Statement(
        make_meta(title="", organisation=""), (Section("x", Heading(2, "", ""), ()),)
    )
    document = reopen(write(statement, comments={"x": ["op een lege kop"]}))
    assert [c.text for c in document.comments] == ["op een lege kop"]
    assert document.core_properties.author == "Policy Editor"
    assert document.sections[0].header.paragraphs[0].text == ""


def test_writes_to_a_path_a_pathlike_and_a_binary_file(tmp_path: Path) -> None:
    as_path = tmp_path / "a.docx"
    write_docx(make_statement(), as_path)
    write_docx(make_statement(), str(tmp_path / "b.docx"))
    with (tmp_path / "c.docx").open("wb") as handle:
        write_docx(make_statement(), handle)
    for name in ("a.docx", "b.docx", "c.docx"):
        assert (
            docx.Document(str(tmp_path / name)).paragraphs[0].text == "Privacyverklaring van Luxigo"
        )


def test_importing_the_writer_does_not_import_python_docx() -> None:
    code = "import sys, editor.export.docx; print('docx' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.stdout.strip() == "False"


@pytest.mark.slow
@pytest.mark.external
def test_libreoffice_converts_the_file_to_pdf(tmp_path: Path) -> None:
    source = tmp_path / "statement.docx"
    write_docx(make_statement(), source, {"data": ["Een opmerking"]})
    text = pdf_text(libreoffice_pdf(source))
    assert "Luxigo B.V. verkoopt lampen via luxigo.nl" in " ".join(text.split())
    assert "Welke gegevens wij gebruiken" in text


def test_table_cells_use_the_smaller_table_text_style() -> None:
    document = reopen(write())
    style = document.styles["Table Text"]
    assert style.font.size == Pt(9) and style.paragraph_format.space_after == 0
    cells = [cell for table in document.tables for row in table.rows for cell in row.cells]
    assert cells and {p.style.name for cell in cells for p in cell.paragraphs} == {"Table Text"}
