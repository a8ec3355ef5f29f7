"""The program's look, for the whole application: its icon, and no stock icons.

On a Linux desktop without its own theme Qt puts stock icons on the buttons
of every dialog (a green tick on OK, a red cross on Annuleren): the look of a
2010 utility. One application style sheet rule turns them off for every
dialog, the message boxes included; everything else keeps the platform's
style. The icon is one SVG in resources/icons, shipped as package data.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication

from editor.core.resources import resource_path

ICON_PARTS = ("icons", "policy-editor.svg")
APPLICATION_STYLE = "QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 0; }"


def application_icon() -> QIcon:
    """The program's icon (a page with a shield), from the SVG in the package data."""
    pixmap = QPixmap()
    pixmap.loadFromData(resource_path(*ICON_PARTS).read_bytes(), "SVG")
    return QIcon(pixmap)


def apply_look(app: QApplication) -> None:
    app.setWindowIcon(application_icon())
    if APPLICATION_STYLE not in app.styleSheet():
        app.setStyleSheet(app.styleSheet() + APPLICATION_STYLE)
