"""The zip writer for Word packages: an ordinary zip every reader takes."""

from __future__ import annotations

import io
import zipfile

from editor.export.docx_zip import deflate, zip_package

PARTS = {
    "[Content_Types].xml": b"<Types/>",
    "word/document.xml": "<w:t>Privacyverklaring · één</w:t>".encode() * 500,
    "docProps/empty.xml": b"",
    "word/média/naïef.xml": bytes(range(256)),  # a name beyond ASCII and binary data
}


def written() -> bytes:
    return zip_package((name, deflate(data)) for name, data in PARTS.items())


def test_zipfile_reads_every_part_back_in_order_with_valid_checksums() -> None:
    with zipfile.ZipFile(io.BytesIO(written())) as package:
        assert package.testzip() is None  # every part's CRC-32 checked
        assert package.namelist() == list(PARTS)
        assert {name: package.read(name) for name in PARTS} == PARTS
        assert {info.compress_type for info in package.infolist()} == {zipfile.ZIP_DEFLATED}
        big = package.getinfo("word/document.xml")
        assert big.compress_size < big.file_size / 10


def test_a_part_deflated_once_can_go_into_many_packages() -> None:
    shared = deflate(b"<w:styles/>" * 100)
    for name in ("a.xml", "b.xml"):
        data = zip_package([(name, shared), ("c.xml", deflate(name.encode()))])
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            assert package.read(name) == b"<w:styles/>" * 100
            assert package.read("c.xml") == name.encode()


def test_an_empty_package_is_a_valid_zip() -> None:
    with zipfile.ZipFile(io.BytesIO(zip_package([]))) as package:
        assert package.namelist() == []
