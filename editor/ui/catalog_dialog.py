"""Add from catalog: a searchable list of services Dutch webshops often use.

Type to filter; Down moves into the list; Enter (or a double-click) adds the
chosen service. Nothing is chosen for the user, except the one service a
search finds, so Enter in an empty search adds nothing. The dialog only
chooses: the Verwerkers tab adds the row (one undo step) and the user can
still edit it. When the project has a row of the same kind that is still
empty (the starter's payment row, say), the dialog offers to fill that row
instead of adding a second one. The entries are general knowledge
from a date; the dialog says "catalogus van <datum>: controleer bij de partij"
and names each entry's sources. Software that runs on the shop's own server
(WooCommerce) is found too, but only explains that its host is the recipient.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor.core.catalog import (
    CatalogEntry,
    catalog_date,
    load_catalog,
    long_date,
    search_catalog,
)
from editor.core.countries import country_name
from editor.core.model import ServiceKind
from editor.ui.forms import spacing
from editor.ui.forms.choices import label_for, relationship_choices, service_kind_choices

Index = QModelIndex | QPersistentModelIndex


class CatalogModel(QAbstractTableModel):
    """The entries that match the filter: name, kind of service, country."""

    def __init__(self, entries: Sequence[CatalogEntry], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all = list(entries)
        self._shown = list(entries)
        self._kinds = service_kind_choices()
        self._headers = [self.tr("Naam"), self.tr("Soort dienst"), self.tr("Land")]

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._shown = search_catalog(self._all, text)
        self.endResetModel()

    def entry(self, row: int) -> CatalogEntry:
        return self._shown[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self._shown[index.row()]
        if index.column() == 0:
            return entry.name
        if index.column() == 1:
            return label_for(self._kinds, entry.service)
        if entry.self_hosted:
            return self.tr("eigen server")
        return country_name(entry.country)


class CatalogDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        entries: Sequence[CatalogEntry] | None = None,
        empty_rows: Mapping[ServiceKind, int] | None = None,
    ) -> None:
        """``empty_rows``: for a kind of service, the row of it that is still empty."""
        super().__init__(parent)
        self.empty_rows = dict(empty_rows or {})
        self.setWindowTitle(self.tr("Verwerker uit de catalogus toevoegen"))
        self.resize(560, 520)
        self.model = CatalogModel(load_catalog() if entries is None else entries, self)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(
            self.tr("Zoek op naam (ook AfterPay, bol.com…), soort dienst of landcode")
        )
        self.filter.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Zoeken"))
        search_label.setBuddy(self.filter)
        self.filter.setAccessibleName(self.tr("Zoeken in de catalogus"))

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Diensten in de catalogus"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        spacing.compact_table(self.table)  # the rows as in the tabs' tables

        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        # Nobody checked these facts for this shop: the program is offline. The
        # window says how old they are and who to check them with, never "checked".
        self.warning = warning = QLabel(
            self.tr(
                "Catalogus van %s: controleer bij de partij. De gegevens zijn algemeen en "
                "kunnen verouderd zijn; vergelijk ze met het eigen contract en de "
                "verwerkersovereenkomst van de winkel."
            )
            % long_date(catalog_date())
        )
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #a05a00;")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        add_button.setText(self.tr("&Toevoegen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))

        # Checked: the chosen service goes into the empty row of its kind.
        self.fill_empty = QCheckBox()
        self.fill_empty.setChecked(True)
        self.fill_empty.hide()

        layout = spacing.group(spacing.flush(QVBoxLayout(self)))
        layout.addWidget(search_label)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.fill_empty)
        layout.addWidget(warning)
        layout.addWidget(self.buttons)

        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.filter.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.table.selectionModel().currentRowChanged.connect(self._update)
        self.model.modelReset.connect(self._on_model_reset)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.filter.setFocus()
        self._on_model_reset()

    def selected_entry(self) -> CatalogEntry | None:
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def row_to_fill(self) -> int | None:
        """The empty row the chosen service fills (the user agreeing), else None: a new row."""
        entry = self.selected_entry()
        if entry is None or not self.fill_empty.isChecked():
            return None
        return self.empty_rows.get(entry.service)

    def accept(self) -> None:
        # Enter with nothing found adds nothing, and software on the shop's own
        # server is no recipient: its details say to add the host instead.
        entry = self.selected_entry()
        if entry is not None and not entry.self_hosted:
            super().accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down (or Page Down) in the search field moves into the list.
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount():
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.table.currentIndex().isValid():
                    self.table.setCurrentIndex(self.model.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    def _on_filter_text_changed(self, text: str) -> None:
        self.model.set_filter(text)

    def _on_model_reset(self) -> None:
        # Only a search that finds one service chooses it (Enter then adds it);
        # otherwise nothing is chosen until the user picks, so Enter in an empty
        # search never adds the catalog's first entry.
        if self.model.rowCount() == 1 and self.filter.text().strip():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update()

    def _update(self, *_: object) -> None:
        entry = self.selected_entry()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(entry is not None and not entry.self_hosted)
        self._offer_empty_row(entry)
        if entry is None:
            if self.model.rowCount():
                self.details.setText(self.tr("Kies een dienst in de lijst."))
            else:
                self.details.setText(self.tr("Niets gevonden. Voeg de verwerker anders zelf toe."))
            return
        date = self.tr("Item van %s; bron: %s.") % (long_date(entry.as_of), entry.source)
        if entry.self_hosted:
            self.details.setText(f"{entry.name}: {entry.notes}\n{date}")
            return
        role = label_for(relationship_choices(), entry.relationship)
        lines = [
            f"{entry.name}: {entry.purpose}",
            self.tr("Rol: %s. Gegevens: %s.") % (role, ", ".join(entry.data)),
            date,
        ]
        self.details.setText("\n".join(lines))

    def _offer_empty_row(self, entry: CatalogEntry | None) -> None:
        offered = entry is not None and not entry.self_hosted and entry.service in self.empty_rows
        if entry is not None and offered:
            kind = label_for(service_kind_choices(), entry.service)
            self.fill_empty.setText(
                self.tr("&Vul de lege rij “%s” in, in plaats van een nieuwe rij toe te voegen")
                % kind
            )
        self.fill_empty.setVisible(offered)
