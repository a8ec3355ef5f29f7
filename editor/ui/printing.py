"""Printing and PDF through Qt's own printing of the preview's HTML.

The preview's HTML already is the statement as the export pipeline made it
(PreviewPane.printable_document: each table whole, fitted to A4), so
printing it needs no other renderer and no outside program.

A PDF is drawn with QPdfWriter, which writes the file itself. QPrinter is for
printing only: making one asks the system's print service (CUPS, over
127.0.0.1:631 and [::1]:631) for its printers and their defaults, and a PDF
export must not open any connection. So QtPrintSupport is loaded only when
the user prints.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QDialog, QWidget

from editor.core.atomic import atomic_write_bytes
from editor.core.errors import ProjectFileError

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

# Dutch paper is A4. Qt's document printing adds 2 cm of its own around the
# text (and the page numbers below it), so the page margin only has to keep
# clear of what a printer cannot reach: 2.5 cm in all.
PAGE_MARGINS_MM = QMarginsF(5, 5, 5, 5)
# Dots per inch of the PDF's drawing: what QPrinter's HighResolution gave.
PDF_RESOLUTION = 1200


class PdfExportError(Exception):
    """The PDF could not be written; ``str()`` is one plain Dutch line."""


def _prepare(device: QPagedPaintDevice) -> None:
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageMargins(PAGE_MARGINS_MM, QPageLayout.Unit.Millimeter)


def print_document(document: QTextDocument, title: str, parent: QWidget | None = None) -> bool:
    """Ask for a printer and print; False when the user cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer: QPrinter = QPrinter(QPrinter.PrinterMode.HighResolution)
    _prepare(printer)
    printer.setDocName(title)
    printer.setCreator("Policy Editor")
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "Afdrukken"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document.print_(printer)
    return True


def pdf_bytes(document: QTextDocument, title: str) -> bytes:
    """The document as an A4 PDF, made in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    _prepare(writer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("Policy Editor")
    document.print_(writer)
    del writer  # the PDF is finished when its writer goes
    buffer.close()
    return bytes(data.data())


def export_pdf(document: QTextDocument, target: Path, title: str) -> None:
    """Write the document as an A4 PDF, atomically; PdfExportError when nothing was written."""
    content = pdf_bytes(document, title)
    if not content.startswith(b"%PDF"):
        raise PdfExportError(
            QCoreApplication.translate("printing", "%s: het PDF-bestand kon niet worden gemaakt.")
            % target.name
        )
    try:
        atomic_write_bytes(target, content)
    except ProjectFileError as error:
        raise PdfExportError(str(error)) from None
