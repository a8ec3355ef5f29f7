"""The PDF export: an A4 PDF with the statement's text, written without asking
the print service anything.

QPrinter asked CUPS (127.0.0.1:631 and [::1]:631) for its printers on every
PDF export, while the program promises no network connection. The network
guard of the tests patches Python's sockets, but CUPS connects from C, so the
export runs under ``strace -f -e trace=connect``, which sees every connect().
"""

from __future__ import annotations

import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument

from editor.core.project_file import load_project
from editor.export.assemble import assemble
from editor.export.html import render_fragment
from editor.ui.printing import PdfExportError, export_pdf
from tests.conftest import EXAMPLES, REPO
from tests.tools import pdf_text, require_tool

SCRIPT = """
import sys
from PySide6.QtGui import QGuiApplication, QTextDocument
from editor.core.project_file import load_project
from editor.export.assemble import assemble
from editor.export.html import render_fragment
from editor.ui.printing import export_pdf

app = QGuiApplication(sys.argv[:1])
document = QTextDocument()
document.setHtml(render_fragment(assemble(load_project(sys.argv[1]))))
export_pdf(document, __import__("pathlib").Path(sys.argv[2]), "Privacyverklaring")
print("QtPrintSupport loaded:", "PySide6.QtPrintSupport" in sys.modules)
"""

# A connect() to anything but a local (Unix) socket: AF_INET, AF_INET6 and the like.
NETWORK_CONNECT = re.compile(r"connect\(\d+, \{sa_family=AF_(?!UNIX|LOCAL)")


def statement_document(project_file: Path) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(render_fragment(assemble(load_project(project_file))))
    return document


def test_the_pdf_is_a4_with_the_statements_text(qapp: object, tmp_path: Path) -> None:
    project = load_project(EXAMPLES[0])
    target = tmp_path / "privacy.pdf"
    export_pdf(statement_document(EXAMPLES[0]), target, "Privacyverklaring")
    content = target.read_bytes()
    assert content.startswith(b"%PDF")
    # A4 is 595 x 842 points.
    assert re.search(rb"/MediaBox \[0 0 595(\.\d+)? 84[12](\.\d+)?\]", content)
    text = " ".join(pdf_text(target).split())
    assert project.organisation.name in text
    assert [p.name for p in tmp_path.iterdir()] == ["privacy.pdf"]  # no temp file left


def test_a_new_pdf_follows_the_umask_and_a_replaced_one_keeps_its_mode(
    qapp: object, tmp_path: Path
) -> None:
    import os

    target = tmp_path / "privacy.pdf"
    previous = os.umask(0o022)
    try:
        export_pdf(statement_document(EXAMPLES[0]), target, "Privacyverklaring")
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
        target.chmod(0o600)
        export_pdf(statement_document(EXAMPLES[0]), target, "Privacyverklaring")
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    finally:
        os.umask(previous)


def test_a_pdf_that_cannot_be_written_says_why(qapp: object, tmp_path: Path) -> None:
    target = tmp_path / "bestaat-niet" / "privacy.pdf"
    with pytest.raises(PdfExportError, match=r"privacy\.pdf"):
        export_pdf(statement_document(EXAMPLES[0]), target, "Privacyverklaring")


@pytest.mark.external
def test_the_pdf_export_connects_to_nothing(tmp_path: Path) -> None:
    strace = require_tool("strace", "it shows every connect() the export makes, C code too")
    target = tmp_path / "privacy.pdf"
    log = tmp_path / "connect.log"
    result = subprocess.run(
        [
            strace,
            "-f",
            "-e",
            "trace=connect",
            "-o",
            str(log),
            sys.executable,
            "-c",
            SCRIPT,
            str(EXAMPLES[0]),
            str(target),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert target.read_bytes().startswith(b"%PDF")
    connects = [line for line in log.read_text().splitlines() if "connect(" in line]
    network = [line for line in connects if NETWORK_CONNECT.search(line)]
    assert network == [], "\n".join(network)
    assert "QtPrintSupport loaded: False" in result.stdout  # printing's library stays out
