"""The preview's tables: chunks that keep every row, widths chosen from the words."""

from __future__ import annotations

import re

import pytest

from editor.export.blocks import Heading, Inline, Meta, Run, Section, Statement, Table
from editor.export.html import render_fragment, render_page, render_preview
from editor.export.preview_table import (
    CELL_EXTRA,
    CHUNK_ROWS,
    MINIMUM_SHARE,
    REFERENCE_WIDTH,
    chunk_bounds,
    column_shares,
    text_width,
)


def cell(text: str) -> Inline:
    return (Run(text),)


def table(rows: list[list[str]], header: tuple[str, ...] = ("Partij", "Waarvoor", "Land")) -> Table:
    return Table(header=header, rows=tuple(tuple(cell(text) for text in row) for row in rows))


def statement_with(*blocks: Table) -> Statement:
    section = Section(
        key="ontvangers", heading=Heading(2, "Ontvangers", "ontvangers"), blocks=blocks
    )
    meta = Meta(title="Privacyverklaring", organisation="Winkel", version="1", effective_date="")
    return Statement(meta=meta, sections=(section,))


@pytest.mark.parametrize("rows", [0, 1, CHUNK_ROWS - 1, CHUNK_ROWS, CHUNK_ROWS + 1, 150, 1000])
def test_the_chunks_hold_every_row_once_in_order(rows: int) -> None:
    bounds = chunk_bounds(rows)
    covered = [row for first, end in bounds for row in range(first, end)]
    assert covered == list(range(rows))
    assert all(0 < end - first <= CHUNK_ROWS for first, end in bounds if rows)


def test_a_long_table_is_several_tables_in_the_preview_only() -> None:
    long = table([[f"Partij {n}", f"Doel {n}", "Nederland"] for n in range(45)])
    preview = render_preview(statement_with(long))
    assert preview.count("<table") == 3  # 20 + 20 + 5 rows
    # Every row once, in order; the header once, at the top.
    assert re.findall(r"Partij \d+", preview) == [f"Partij {n}" for n in range(45)]
    assert preview.count("<th ") == 3
    for export in (render_page(statement_with(long)), render_fragment(statement_with(long))):
        assert export.count("<table") == 1
        assert '%"' not in export  # no column widths


def test_every_chunk_gives_the_same_column_widths() -> None:
    long = table([[f"Partij {n}", f"Doel {n}", "Nederland"] for n in range(45)])
    preview = render_preview(statement_with(long))
    shares = column_shares(long)
    # The header of the first chunk, the first row of every other one.
    widths = re.findall(r'<t[hd][^>]* width="(\d+)%"', preview)
    assert [int(width) for width in widths] == list(shares) * 3


def test_the_shares_add_up_to_the_whole_table() -> None:
    for rows in ([], [["a", "b", "c"]], [["Google Review", "x" * 300, "Verenigde Staten"]]):
        shares = column_shares(table(rows))
        assert sum(shares) == 100
        assert min(shares) >= MINIMUM_SHARE


def test_a_column_of_long_words_gets_the_room_for_them() -> None:
    # Qt gave these columns nearly the same width and broke "bestelgegeve ns".
    shares = column_shares(
        table(
            [
                ["Marktplaats", "Naam, contactgegevens en bestelgegevens", "Nederland"],
                ["PostNL", "Naam en adres", "Ierland"],
            ]
        )
    )
    room = REFERENCE_WIDTH
    assert shares[1] / 100 * room > text_width("contactgegevens")
    assert shares[0] / 100 * room > text_width("Marktplaats")
    assert shares[2] / 100 * room > text_width("Nederland")


def test_when_not_every_word_fits_the_short_words_stay_whole() -> None:
    long_words = "Verwerkingsverantwoordelijke gegevensbeschermingsautoriteit"
    shares = column_shares(table([[long_words, long_words, "Nederland"]]))
    assert shares[2] / 100 * REFERENCE_WIDTH > text_width("Nederland")


def test_a_web_address_asks_for_no_more_than_its_share() -> None:
    address = "https://www.een-heel-lange-naam-van-een-dienst.example/privacy/verklaring"
    shares = column_shares(table([["Dienst", address, "Nederland"]]))
    # It may break anywhere: the other columns keep their words whole.
    assert shares[2] / 100 * REFERENCE_WIDTH > text_width("Nederland")
    assert shares[0] / 100 * REFERENCE_WIDTH > text_width("Dienst")


def test_a_small_edit_keeps_the_widths() -> None:
    # Whole percents: typing in a cell seldom moves a column, so the preview
    # can replace the one cell instead of the table.
    rows = [[f"Dienst {n}", f"Onthoudt keuze {n}", "1 jaar"] for n in range(40)]
    before = column_shares(table(rows))
    rows[20][1] = "Onthoudt keus 20"
    assert column_shares(table(rows)) == before


def room_for(share: int, room: float) -> float:
    """The width a column of ``share`` percent has for its words."""
    return share / 100 * room - CELL_EXTRA


def test_one_long_word_gives_way_alone_when_that_splits_fewer_words() -> None:
    rows = [
        ["Betaaldienstverlener", "Afhandelen van betalingen", "Nederland"],
        ["PostNL", "Bezorgen van bestellingen", "Nederland"],
        ["Mollie", "Verwerken van terugbetalingen", "Nederland"],
    ]
    room = 22.0  # too narrow for all three longest words
    shares = column_shares(table(rows), room)
    # Cutting the widest two columns to one width would split two words;
    # the first column alone gives way, and only its long word is split.
    assert room_for(shares[0], room) < text_width("Betaaldienstverlener")
    assert room_for(shares[1], room) > text_width("terugbetalingen")
    assert room_for(shares[2], room) > text_width("Nederland")


def test_a_wider_room_lets_every_word_fit() -> None:
    rows = [["Betaaldienstverlener", "Verwerken van terugbetalingen", "Nederland"]]
    for room in (30.0, 45.0, 80.0):
        shares = column_shares(table(rows), room)
        assert room_for(shares[0], room) > text_width("Betaaldienstverlener")
        assert room_for(shares[1], room) > text_width("terugbetalingen")


def test_a_short_text_gets_its_one_line_and_the_long_texts_share_the_rest() -> None:
    long = "Het bijhouden van onze administratie en de boekhouding van de winkel"
    rows = [["Microsoft Excel", long, "Ierland"], ["SendCloud", long, "Nederland"]]
    room = 40.0  # every word fits, not every line
    shares = column_shares(table(rows), room)
    assert room_for(shares[0], room) > text_width("Microsoft Excel")
    assert room_for(shares[2], room) > text_width("Nederland")
    assert room_for(shares[1], room) < text_width(long)
