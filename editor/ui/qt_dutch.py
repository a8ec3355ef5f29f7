"""Qt's own texts in Dutch: file dialogs, standard buttons, a text field's menu.

PySide6 ships Qt's Dutch translation (``qtbase_nl.qm``). Two labels of Qt's
file dialog are missing from it (their source texts gained a "&" after it was
made); ``file_dialog`` sets those itself.

Dates too: the program's own come from QLocale's default (set to Dutch here),
but the file dialog's "Gewijzigd" column asks for the *system* locale, which
on a system without a Dutch setting printed "1 12 2026 22:04". Qt reads the
system locale's date format from LC_TIME once, so ``use_dutch_dates`` sets it
before the application exists.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

TRANSLATOR_NAME = "qt_dutch_texts"
DUTCH_LOCALE_NAME = "nl_NL.UTF-8"


def use_dutch_dates() -> None:
    """Dates as in the Netherlands (01-12-2026 22:04) in Qt's own widgets too.

    Call before the QApplication is made. A user's LC_ALL wins over LC_TIME
    and is left alone: it is the one setting that says "this, everywhere".
    """
    if not os.environ.get("LC_ALL"):
        os.environ["LC_TIME"] = DUTCH_LOCALE_NAME


def install(app: QApplication) -> bool:
    """Install once per application (about 1 ms); True when Qt's Dutch file was found."""
    if app.findChild(QTranslator, TRANSLATOR_NAME) is not None:
        return True
    dutch = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)  # the interface's
    QLocale.setDefault(dutch)  # numbers and dates the program formats itself
    # A plain QTranslator: one overridden in Python would be called from Qt's
    # worker threads too (the file dialog's), which can deadlock on the GIL.
    translator = QTranslator(app)  # owned by the app, so it lives as long
    translator.setObjectName(TRANSLATOR_NAME)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(dutch, "qtbase", "_", folder):
        translator.deleteLater()
        return False
    return app.installTranslator(translator)


def file_dialog(
    parent: QWidget, caption: str, filters: str, suggested: Path, *, save: bool
) -> QFileDialog:
    """A file dialog to open or save, starting at ``suggested`` (a folder or a file)."""
    folder, name = (suggested, "") if suggested.is_dir() else (suggested.parent, suggested.name)
    dialog = QFileDialog(parent, caption, str(folder), filters)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if name:
        dialog.selectFile(name)
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, _tr("&Zoeken in:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, _tr("Bestands&type:"))
    return dialog


def ask_path(dialog: QFileDialog) -> Path | None:
    """Show ``dialog``; the chosen file, or None when cancelled."""
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return None
    chosen = dialog.selectedFiles()
    return Path(chosen[0]) if chosen else None


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileDialog", text)
