"""Adding a catalog entry: the row, and what comes with it, in one undo step.

An entry may bring two things beside its row: the part a processor does on
its own account (a review platform publishes reviews as a controller), and
the cookies the service usually places. The window asks which of them to add
(both are ticked); the row and the chosen extras then go in as one step.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from editor.core.catalog import CatalogEntry
from editor.core.model import Cookie, Project
from editor.ui.store import Store


@dataclass(frozen=True)
class Extras:
    controller_row: bool = False
    cookies: bool = False


def new_cookies(project: Project, entry: CatalogEntry) -> list[Cookie]:
    """The entry's usual cookies that the cookie table does not list yet (by name)."""
    listed = {cookie.name.strip().casefold() for cookie in project.cookies}
    return [cookie for cookie in entry.to_cookies() if cookie.name.casefold() not in listed]


def add_entry(
    store: Store, entry: CatalogEntry, row: int, extras: Extras, text: str, *, fill: bool = False
) -> None:
    """Insert the entry's row at ``row`` (or, with ``fill``, fill the empty row
    there) and the chosen extras, as one undo step."""
    store.begin_macro(text)
    try:
        if fill:
            store.set_field(("processors", row), entry.to_processor(), merge=False)
        else:
            store.insert_row(("processors",), row, entry.to_processor())
        own = entry.controller_row() if extras.controller_row else None
        if own is not None:
            store.insert_row(("processors",), row + 1, own)
        for cookie in new_cookies(store.project, entry) if extras.cookies else []:
            store.append_row(("cookies",), cookie)
    finally:
        store.end_macro()


def ask_extras(parent: QWidget | None, entry: CatalogEntry, project: Project) -> Extras | None:
    """Which extras to add with ``entry``; None when the owner cancels the whole add.

    Asks nothing (and adds no extras) when the entry brings none.
    """
    cookies = new_cookies(project, entry)
    if entry.as_controller is None and not cookies:
        return Extras()
    dialog = QDialog(parent)
    dialog.setWindowTitle(dialog.tr("%s toevoegen") % entry.name)
    layout = QVBoxLayout(dialog)
    own_box = cookie_box = None
    if entry.as_controller is not None:
        own_box = QCheckBox(
            dialog.tr("Ook een rij voor wat %s zelf bepaalt (zelfstandig verantwoordelijk)")
            % entry.name
        )
        own_box.setChecked(True)
        layout.addWidget(own_box)
        own_note = QLabel(entry.as_controller.purpose + ".")
        own_note.setWordWrap(True)
        layout.addWidget(own_note)
    if cookies:
        cookie_box = QCheckBox(
            dialog.tr("De gebruikelijke cookies in de cookietabel zetten: %s")
            % ", ".join(cookie.name for cookie in cookies)
        )
        cookie_box.setChecked(True)
        layout.addWidget(cookie_box)
        note = QLabel(dialog.tr("Controleer de cookies met een cookiescan van de eigen website."))
        note.setWordWrap(True)
        layout.addWidget(note)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(dialog.tr("&Toevoegen"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("Annuleren"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return Extras(
        controller_row=own_box is not None and own_box.isChecked(),
        cookies=cookie_box is not None and cookie_box.isChecked(),
    )
