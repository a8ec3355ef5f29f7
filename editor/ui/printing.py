"""Printing and PDF through Qt's own printing of the preview document.

The preview document already is the statement as the export pipeline made
it, so printing it needs no other renderer and no outside program.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtWidgets import QDialog, QWidget

# QtPrintSupport is imported by the functions that print: loading it is no part
# of the window's start.
if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

# Dutch paper is A4. Qt's document printing adds 2 cm of its own around the
# text (and the page numbers below it), so the page margin only has to keep
# clear of what a printer cannot reach: 2.5 cm in all.
PAGE_MARGINS_MM = QMarginsF(5, 5, 5, 5)


class PdfExportError(Exception):
    """The PDF could not be written; ``str()`` is one plain Dutch line."""


def _prepare(printer: QPrinter, title: str) -> None:
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageMargins(PAGE_MARGINS_MM, QPageLayout.Unit.Millimeter)
    printer.setDocName(title)
    printer.setCreator("Policy Editor")


def print_document(document: QTextDocument, title: str, parent: QWidget | None = None) -> bool:
    """Ask for a printer and print; False when the user cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _prepare(printer, title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "Afdrukken"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document.print_(printer)
    return True


def export_pdf(document: QTextDocument, target: Path, title: str) -> None:
    """Write the document as an A4 PDF; raise PdfExportError when nothing was written."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    _prepare(printer, title)
    printer.setOutputFileName(str(target))
    # Qt only prints a warning when it cannot write the file, so try the file
    # first and check the result: a locked file or a full disk is no success.
    existed = target.exists()
    try:
        with target.open("ab"):
            pass
    except OSError as error:
        raise PdfExportError(
            QCoreApplication.translate(
                "printing", "%s: het PDF-bestand kan niet worden geschreven (%s)."
            )
            % (target.name, error.strerror)
        ) from None
    document.print_(printer)
    if not target.exists() or target.stat().st_size == 0:
        if not existed:
            target.unlink(missing_ok=True)
        raise PdfExportError(
            QCoreApplication.translate(
                "printing", "%s: het PDF-bestand kon niet worden geschreven."
            )
            % target.name
        )
