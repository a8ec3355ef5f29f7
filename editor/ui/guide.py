"""Help -> Handleiding (F1): the user guide in Dutch, inside the program.

The guide has one source, ``resources/guide/handleiding.md``, which ships in
the program's own package data (so it works offline, in the wheel and the
bundle alike) and which the README links to. Qt renders its Markdown; the
window stays open beside the editor, so the owner can read and type at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from editor.core.resources import read_text, resource_path

GUIDE_PARTS = ("guide", "handleiding.md")


def guide_markdown() -> str:
    """The guide's text (Markdown), as shipped with the program."""
    return read_text(resource_path(*GUIDE_PARTS))


class GuideWindow(QDialog):
    """The guide in a window of its own, beside the editor (not modal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.setWindowTitle(self.tr("Handleiding Policy Editor"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Handleiding"))
        self.browser.setOpenLinks(False)  # the guide links nowhere; nothing is loaded
        self.browser.document().setDocumentMargin(16)
        self.browser.setMarkdown(guide_markdown())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Sluiten"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)
