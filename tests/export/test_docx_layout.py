"""Word layout: labels keep with what they introduce, and table words stay whole.

The LibreOffice tests render the file to PDF and read the text back: a word
a column was too narrow for comes out in two pieces ("WooComme" / "rce").
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from editor.core.project_file import load_project
from editor.export.assemble import assemble
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
from editor.export.docx_widths import (
    MAX_TABLE_WIDTH_TWIPS,
    TEXT_WIDTH_TWIPS,
    table_layout,
    text_width,
)
from editor.export.exporter import export_file
from tests.conftest import SHARED
from tests.tools import libreoffice_pdf, pdf_text

META = Meta(title="Privacyverklaring", organisation="Winkel", version="1", effective_date="")
COOKIE_HEADER = ("Naam", "Aanbieder", "Soort", "Doel", "Bewaartermijn", "Toestemming")
HARD_WORDS = ("WooCommerce", "woocommerce_cart_hash", "Onderscheidt", "Bewaartermijn")


def cookie_table() -> Table:
    def row(*cells: str) -> tuple[tuple[Run, ...], ...]:
        return tuple((Run(cell),) for cell in cells)

    return Table(
        COOKIE_HEADER,
        (
            row(
                "woocommerce_cart_hash",
                "WooCommerce",
                "Functioneel",
                "Onderscheidt of de inhoud van de winkelwagen is veranderd",
                "Tot het einde van het bezoek",
                "Nee",
            ),
            row(
                "wp_woocommerce_session_abc",
                "WooCommerce",
                "Functioneel",
                "Onthoudt de winkelwagen tussen twee bezoeken door",
                "2 dagen",
                "Nee",
            ),
            row(
                "_ga_ABCDEF1234",
                "Google Analytics",
                "Analytisch",
                "Onderscheidt bezoekers voor de statistieken van de website",
                "Twee jaar",
                "Ja",
            ),
        ),
        kind="cookies",
    )


def statement(*blocks: object) -> Statement:
    section = Section("data", Heading(2, "Gegevens", "data"), tuple(blocks))  # type: ignore[arg-type]
    return Statement(META, (section,))


def body_paragraphs(data: bytes) -> list[docx.text.paragraph.Paragraph]:
    return list(docx.Document(io.BytesIO(data)).paragraphs)


def keeps_next(paragraph: docx.text.paragraph.Paragraph) -> bool:
    return paragraph._p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None


def write(value: Statement) -> bytes:
    buffer = io.BytesIO()
    write_docx(value, buffer)
    return buffer.getvalue()


# -- keep with next ----------------------------------------------------------------------
def test_a_label_keeps_with_its_list_and_a_short_list_stays_together() -> None:
    data = write(
        statement(
            Heading(3, "Bestellingen", "data-1"),
            Paragraph((Run("Welke gegevens:", bold=True),)),
            BulletList(tuple((Run(word),) for word in ("Naam", "Adres", "E-mailadres"))),
            Paragraph((Run("Grondslag: ", bold=True), Run("de overeenkomst."))),
        )
    )
    by_text = {p.text: p for p in body_paragraphs(data)}
    assert by_text["Bestellingen"].style.paragraph_format.keep_with_next  # the heading style
    assert keeps_next(by_text["Welke gegevens:"])
    assert keeps_next(by_text["Naam"]) and keeps_next(by_text["Adres"])
    assert not keeps_next(by_text["E-mailadres"])  # the list's end may meet a page break
    assert not keeps_next(by_text["Grondslag: de overeenkomst."])


def test_a_long_list_keeps_only_its_label_with_it() -> None:
    items = tuple((Run(f"Gegeven {n}"),) for n in range(30))
    data = write(statement(Paragraph((Run("Welke gegevens:"),)), BulletList(items)))
    by_text = {p.text: p for p in body_paragraphs(data)}
    assert keeps_next(by_text["Welke gegevens:"])
    assert not any(keeps_next(by_text[f"Gegeven {n}"]) for n in range(30))


def test_the_sentence_before_a_table_and_a_short_tables_rows_keep_together() -> None:
    data = write(
        statement(Paragraph((Run("Onze website gebruikt deze cookies."),)), cookie_table())
    )
    document = docx.Document(io.BytesIO(data))
    intro = next(p for p in document.paragraphs if p.text.startswith("Onze website"))
    assert keeps_next(intro)
    (table,) = document.tables
    rows = [row.cells[0].paragraphs[0] for row in table.rows]
    assert all(keeps_next(paragraph) for paragraph in rows[:-1])
    assert not keeps_next(rows[-1])


# -- column widths -----------------------------------------------------------------------
def test_every_column_is_wide_enough_for_its_longest_word() -> None:
    table = cookie_table()
    widths, indent = table_layout(table)
    for index, width in enumerate(widths):
        words = [table.header[index]] + [
            w for row in table.rows for w in row[index][0].text.split()
        ]
        words = [word for word in words if sum(char.isalpha() for char in word) <= 15]
        bold = {table.header[index]}
        longest = max(text_width(word, bold=word in bold) for word in words)
        assert width >= longest, (table.header[index], width, longest)
    # Six columns do not fit on the text width: the table reaches into the margins, centred.
    assert TEXT_WIDTH_TWIPS < sum(widths) <= MAX_TABLE_WIDTH_TWIPS
    assert indent == -((sum(widths) - TEXT_WIDTH_TWIPS) // 2)
    # The running text of "Doel" gets more room than the one-word columns beside it.
    assert widths[3] > max(widths[2], widths[5])


def test_a_narrow_table_stays_within_the_text_width() -> None:
    table = Table(("Partij", "Land"), (((Run("Mollie"),), (Run("Nederland"),)),))
    widths, indent = table_layout(table)
    assert sum(widths) == TEXT_WIDTH_TWIPS and indent == 0


def test_text_width_measures_wide_letters_wider() -> None:
    assert text_width("mmmm") > text_width("iiii") * 2
    assert text_width("Bewaartermijn", bold=True) > text_width("Bewaartermijn")


@pytest.mark.slow
@pytest.mark.external
def test_libreoffice_keeps_the_cookie_tables_words_whole(tmp_path: Path) -> None:
    """Words of up to 15 letters always; a 21-character cookie name too, as the page allows.

    A 26-character name next to it does not fit even the page width: that one
    may break at the end of its line (and nothing else does).
    """
    table = cookie_table()
    fits = Table(table.header, table.rows[:1] + table.rows[2:], kind="cookies")
    source = tmp_path / "cookies.docx"
    write_docx(statement(fits, Paragraph((Run("En met een lange naam:"),)), table), source)
    words = pdf_text(libreoffice_pdf(source)).split()
    for word in (*HARD_WORDS, "_ga_ABCDEF1234", "Toestemming", "Functioneel", "Analytisch"):
        assert word in words, word
    assert words.count("woocommerce_cart_hash") >= 1


@pytest.mark.slow
@pytest.mark.external
def test_libreoffice_keeps_every_short_word_of_the_examples_tables_whole(tmp_path: Path) -> None:
    for path in sorted((SHARED / "examples").glob("*.policy.toml")):
        project = load_project(path)
        source = tmp_path / f"{path.name.split('.')[0]}.docx"
        export_file(project, source)
        words = set(pdf_text(libreoffice_pdf(source)).split())
        for section in assemble(project).sections:
            for block in section.blocks:
                if not isinstance(block, Table):
                    continue
                cells = [*block.header, *(run.text for row in block.rows for c in row for run in c)]
                for word in " ".join(cells).split():
                    letters = sum(char.isalpha() for char in word)
                    if letters > 15 or "[" in word or "]" in word:
                        continue
                    # A line may end after a hyphen ("e-" / "mailberichten"): each part whole.
                    for part in word.split("-"):
                        assert not part or any(part in shown for shown in words), (path, word)


def test_a_list_of_long_items_may_break_between_them() -> None:
    long_items = tuple((Run(f"Recht {n}: " + "uitleg " * 40),) for n in range(4))
    data = write(statement(Paragraph((Run("Uw rechten:"),)), BulletList(long_items)))
    paragraphs = body_paragraphs(data)
    assert keeps_next(next(p for p in paragraphs if p.text == "Uw rechten:"))
    assert not any(keeps_next(p) for p in paragraphs if p.text.startswith("Recht "))
