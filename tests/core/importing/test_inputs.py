"""Inputs of every kind, and the edge cases of issue 12, each with a clear outcome."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from editor.core.importing import MAX_IMPORT_BYTES, ImportFailed, import_file, import_pasted
from editor.core.importing.readers import decode_text, read_file

STATEMENT = (
    "Privacyverklaring Bakkerij De Korenschoof\n\n"
    "Bakkerij De Korenschoof, gevestigd aan Molenstraat 12, 3512 AB Utrecht, is verantwoordelijk"
    " voor de verwerking van persoonsgegevens. Vragen? Mail naar info@korenschoof.nl of bel"
    " 030-1234567. Onze website: www.korenschoof.nl. KvK-nummer: 12345678.\n\n"
    "Voor betalingen maken wij gebruik van Mollie. Pakketten gaan met PostNL.\n"
)


def test_cp1252_text(tmp_path: Path) -> None:
    path = tmp_path / "oud.txt"
    path.write_bytes((STATEMENT + "Café, één, privé.\n").encode("cp1252"))
    result = import_file(path)
    assert result.project.organisation.name == "Bakkerij De Korenschoof"
    assert "Café, één, privé." in result.project.import_.text  # type: ignore[union-attr]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_utf16_with_and_without_mark(encoding: str, tmp_path: Path) -> None:
    path = tmp_path / "oud.txt"
    path.write_bytes(STATEMENT.encode(encoding))
    assert import_file(path).project.organisation.city == "Utrecht"


def test_decode_refuses_binary() -> None:
    assert decode_text(bytes(range(256)) * 20) is None


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("oud.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, ".doc"),
        (
            "oud.mhtml",
            b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n",
            ".mhtml",
        ),
        ("oud.rtf", b"{\\rtf1\\ansi Privacy}", ".rtf"),
    ],
)
def test_formats_that_cannot_be_read_are_refused(
    name: str, content: bytes, says: str, tmp_path: Path
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFailed) as caught:
        import_file(path)
    message = str(caught.value)
    assert says in message and ".docx" in message and ".html" in message and ".txt" in message


def test_odt_is_refused_by_content(tmp_path: Path) -> None:
    path = tmp_path / "oud.odt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(ImportFailed, match=r"\.odt"):
        import_file(path)


def test_file_over_5_mb_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "groot.txt"
    with path.open("wb") as file:
        file.truncate(MAX_IMPORT_BYTES + 1)
    with pytest.raises(ImportFailed, match="5 MB"):
        import_file(path)


def test_scanned_pdf_without_text_is_refused(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=595, height=842)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as file:
        writer.write(file)
    with pytest.raises(ImportFailed, match="scan"):
        import_file(path)


def test_nothing_found_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "recept.txt"
    path.write_text(
        "Appeltaart\n\nMeng de bloem met de boter en bak het geheel een uur.\n", "utf-8"
    )
    with pytest.raises(ImportFailed, match="niets"):
        import_file(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="bestaat niet"):
        import_file(tmp_path / "weg.txt")
    with pytest.raises(ImportFailed, match="map"):
        import_file(tmp_path)


def test_docx_tables_are_read(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Privacyverklaring Tuincentrum Groenhart", level=1)
    document.add_paragraph(
        "Tuincentrum Groenhart verwerkt je gegevens zorgvuldig. Mail je vraag naar hallo@groenhart.nl."
    )
    document.add_heading("Met wie delen we je gegevens?", level=2)
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(
        table.rows,
        [
            ("Partij", "Doel", "Land"),
            ("Mollie", "Betalingen", "Nederland"),
            ("Zaaigoed Logistiek", "Bezorgen van planten", "België"),
        ],
        strict=True,
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    path = tmp_path / "oud.docx"
    document.save(str(path))
    project = import_file(path).project
    rows = {row.name: row for row in project.processors}
    assert set(rows) == {"Mollie", "Zaaigoed Logistiek"}
    assert rows["Zaaigoed Logistiek"].country == "BE"
    assert rows["Zaaigoed Logistiek"].purpose == "Bezorgen van planten"
    assert rows["Mollie"].catalog == "Mollie" and rows["Mollie"].catalog_as_of is not None


def test_pasted_text(tmp_path: Path) -> None:
    result = import_pasted(STATEMENT)
    assert result.project.import_ is not None
    assert result.project.import_.source == "geplakte tekst"
    assert {row.name for row in result.project.processors} == {"Mollie", "PostNL"}


def test_pdf_with_text_is_read(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    from tests.core.importing.pdf_maker import text_pdf

    path = tmp_path / "oud.pdf"
    path.write_bytes(text_pdf(STATEMENT.replace("\n\n", "\n").split("\n")))
    project = import_file(path).project
    assert project.organisation.email == "info@korenschoof.nl"


def test_read_file_keeps_blocks_in_the_text(tmp_path: Path) -> None:
    path = tmp_path / "oud.md"
    path.write_text(
        "# Privacy\n\n- **naam**\n- [e-mail](mailto:a@b.nl)\n\n| a | b |\n|---|---|\n| c | d |\n",
        "utf-8",
    )
    old = read_file(path)
    for block in old.blocks:
        assert old.text[block.start : block.end] == block.text
    assert "**" not in old.text and "a@b.nl" in old.text


def test_pasted_page_source_is_read_as_a_page() -> None:
    source = (
        "<html><body><nav>Home | Winkel</nav><main><h1>Privacy</h1>"
        "<p>Verantwoordelijke: Glasblazerij Helder. Mail ons via info@helder.nl.</p>"
        "<p>Betalingen verlopen via Mollie.</p></main>"
        "<footer>Veilig betalen met Klarna</footer></body></html>"
    )
    project = import_pasted(source).project
    assert project.organisation.name == "Glasblazerij Helder"
    assert [row.name for row in project.processors] == ["Mollie"]
    assert "<p>" not in project.import_.text  # type: ignore[union-attr]


def test_html_page_variants(tmp_path: Path) -> None:
    """No <main>: a WordPress-like page; a form around the whole page; other cookie tools."""
    page = (
        "<!DOCTYPE html><html><body><form id='aspnetForm' method='post'>"
        "<div class='site-header'><ul class='menu'><li>Home</li><li>Webshop van Stripe-fan</li></ul></div>"
        "<div class='cmplz-cookiebanner'>Wij gebruiken Hotjar. <a>Accepteren</a></div>"
        "<div id='BorlabsCookieBox'>Cookies van Klaviyo</div>"
        "<div class='entry-content'><h1>Privacyverklaring</h1>"
        "<p>Zeepwinkel Schuim, gevestigd aan Badstraat 4, 4811 AA Breda, verwerkt je gegevens.</p>"
        "<h2>Met wie delen we gegevens?</h2><ul><li>Sendcloud: verzending</li>"
        "<li>Mollie: betalingen</li></ul>"
        "<form class='newsletter'><label>Je e-mailadres</label><input><button>Mailchimp</button></form>"
        "</div><div class='site-footer'>Betalen met Klarna · Hosting TransIP</div>"
        "</form></body></html>"
    )
    path = tmp_path / "privacy.html"
    path.write_text(page, "utf-8")
    project = import_file(path).project
    assert project.organisation.name == "Zeepwinkel Schuim"
    assert project.organisation.city == "Breda"
    assert [row.name for row in project.processors] == ["Sendcloud", "Mollie"]
