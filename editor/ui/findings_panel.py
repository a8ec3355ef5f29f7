"""The findings panel ("Controle"): what the compliance check says, beside the forms.

The check runs after an edit on the same debounce as the preview, so a burst
of typing costs one run (a run takes well under a millisecond on the example
projects, but it need not run on every keystroke). After each run the panel

- lists the findings, grouped by severity (errors first), each with its
  legal source and field in a tooltip;
- shows the count per severity in a status bar button
  ("2 fouten · 1 waarschuwing · 3 tips") that opens the panel;
- marks the fields with an error in the form tabs (``mark_errors``).

Activating a finding (double-click or Enter) asks the window to reveal its
field: ``reveal_requested(path)`` with the path as a tuple.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QListView,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QToolButton,
    QWidget,
)

from editor.core.checks import Finding, Severity, check, count_by_severity
from editor.core.checks.findings import SEVERITY_ORDER
from editor.core.paths import Path, parse_path
from editor.core.places import place_name
from editor.ui.lazy_tabs import LazyTabWidget
from editor.ui.store import Store

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyle

DEFAULT_INTERVAL_MS = 120  # the preview's debounce: the two update together
TOGGLE_SHORTCUT = "F8"

FINDING_ROLE = Qt.ItemDataRole.UserRole


# QStyle is imported when the first findings are drawn: making its enums costs
# about 4 ms, and nothing else in the window's start needs them.
@cache
def _icons() -> dict[Severity, QStyle.StandardPixmap]:
    from PySide6.QtWidgets import QStyle

    return {
        Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
        Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
        Severity.TIP: QStyle.StandardPixmap.SP_MessageBoxInformation,
    }


def _small_icon_size(widget: QWidget) -> QSize:
    """The style's small icon size (QStyle imported late, as above)."""
    from PySide6.QtWidgets import QStyle

    small = widget.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
    return QSize(small, small)


# Only errors get the red border in the form: that border means "incomplete".
MARKED_SEVERITIES = frozenset({Severity.ERROR})


def error_marks(findings: Sequence[Finding]) -> dict[Path, str]:
    """Field path -> message(s) of the findings the form marks (one line per finding)."""
    marks: dict[Path, str] = {}
    for finding in findings:
        if finding.severity not in MARKED_SEVERITIES:
            continue
        try:
            path = parse_path(finding.path)
        except ValueError:
            continue
        marks[path] = f"{marks[path]}\n{finding.message}" if path in marks else finding.message
    return marks


def _key(finding: Finding) -> tuple[str, str, str]:
    """What identifies a finding across runs (to keep it selected)."""
    return (finding.id, finding.path, finding.message)


class FindingsPanel(QDockWidget):
    """A dock with the findings of the check; see the module doc.

    With ``check_now=False`` the panel starts empty and the check first runs
    at ``ensure_checked()`` (or after the first edit): the window's start
    shows the statement first and lists the findings right after.
    """

    reveal_requested = Signal(object)  # a field path tuple
    findings_changed = Signal()

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        tabs: QTabWidget | None = None,
        check_now: bool = True,
    ) -> None:
        super().__init__(self.tr("Controle"), parent)
        self.setObjectName("findings_dock")
        self._store = store
        self._tabs = tabs
        self._findings: list[Finding] = []
        self._checked = False  # the check has run at least once
        self._marks: dict[Path, str] = {}
        if isinstance(tabs, LazyTabWidget):  # a tab made later gets the marks then
            tabs.page_made.connect(self._on_tabs_page_made)

        # A list, not a tree: QListView wraps long lines to its width, and the
        # messages are whole sentences that must be read, not cut off.
        self.list = QListWidget(self)
        self.list.setObjectName("findings_list")
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(1)
        self.list.setAccessibleName(self.tr("Punten uit de controle"))
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.setWidget(self.list)

        self.count_button = QToolButton()
        self.count_button.setObjectName("findings_count")
        self.count_button.setAutoRaise(True)
        self.count_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.count_button.setToolTip(self.tr("Toon de punten uit de controle"))
        self.count_button.clicked.connect(self.show_and_focus)

        toggle = self.toggleViewAction()
        toggle.setObjectName("action_findings")
        toggle.setText(self.tr("&Controle tonen"))
        toggle.setShortcut(QKeySequence(TOGGLE_SHORTCUT))
        toggle.setStatusTip(self.tr("Toon of verberg wat de controle nog mist"))
        toggle.triggered.connect(self._on_toggle_triggered)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.refresh)
        store.changed.connect(self._timer.start)
        if check_now:
            self.refresh()

    # -- public ----------------------------------------------------------------
    @property
    def findings(self) -> list[Finding]:
        return list(self._findings)

    def is_pending(self) -> bool:
        """True while an edit waits for the debounce timer."""
        return self._timer.isActive()

    def ensure_checked(self) -> None:
        """Run the check unless it has run already."""
        if not self._checked:
            self.refresh()

    def refresh(self) -> None:
        """Run the check now and show its findings."""
        self._timer.stop()
        findings = check(self._store.project)
        # The first run always fills the list: "nothing found" is a line too.
        if findings != self._findings or not self._checked:
            if not self._checked:  # the first list to draw: its icons' size, once
                self.list.setIconSize(_small_icon_size(self))
            self._findings = findings
            self._checked = True
            self._fill_list()
        # Every run, not only on a change: cheap (unchanged marks are skipped) and
        # it keeps the marks right whatever happened to the tabs in between.
        self._mark_tabs()
        self._update_count()
        self.findings_changed.emit()

    def count_text(self) -> str:
        """ "2 fouten · 1 waarschuwing · 3 tips", or a short line when there is nothing."""
        counts = count_by_severity(self._findings)
        if not any(counts.values()):
            return self.tr("Controle: niets gevonden")
        words = {
            Severity.ERROR: (self.tr("1 fout"), self.tr("%d fouten")),
            Severity.WARNING: (self.tr("1 waarschuwing"), self.tr("%d waarschuwingen")),
            Severity.TIP: (self.tr("1 tip"), self.tr("%d tips")),
        }
        parts = []
        for severity, count in counts.items():
            singular, plural = words[severity]
            parts.append(singular if count == 1 else plural % count)
        return " · ".join(parts)

    def finding_items(self) -> list[QListWidgetItem]:
        """The list's items that are findings (not headings), in order."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return [item for item in items if isinstance(item.data(FINDING_ROLE), Finding)]

    def show_and_focus(self) -> None:
        self.show()
        self.raise_()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        current = self.list.currentItem()
        if current is None or not isinstance(current.data(FINDING_ROLE), Finding):
            first = self._first_finding_item()
            if first is not None:
                self.list.setCurrentItem(first)

    # -- internals ---------------------------------------------------------------
    def _group_title(self, severity: Severity, count: int) -> str:
        titles = {
            Severity.ERROR: self.tr("Fouten: de verklaring is nog niet volledig (%d)"),
            Severity.WARNING: self.tr("Waarschuwingen: kijk dit na (%d)"),
            Severity.TIP: self.tr("Tips (%d)"),
        }
        return titles[severity] % count

    def _fill_list(self) -> None:
        current = self.list.currentItem()
        kept = current.data(FINDING_ROLE) if current is not None else None
        kept_key = _key(kept) if isinstance(kept, Finding) else None
        self.list.clear()
        if not self._findings:
            empty = QListWidgetItem(self.tr("De controle vindt niets dat ontbreekt."))
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(empty)
            return
        style = self.style()
        bold = QFont(self.list.font())
        bold.setBold(True)
        restore: QListWidgetItem | None = None
        for severity in SEVERITY_ORDER:
            group = [f for f in self._findings if f.severity is severity]
            if not group:
                continue
            icon: QIcon = style.standardIcon(_icons()[severity])
            # A heading per severity: shown, but not a finding to select.
            header = QListWidgetItem(icon, self._group_title(severity, len(group)))
            header.setFont(bold)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(header)
            for finding in group:
                item = QListWidgetItem(icon, finding.message)
                item.setData(FINDING_ROLE, finding)
                place = place_name(self._store.project, finding.path)
                tip = self.tr("Bron: %s\nPlaats: %s") % (finding.source, place)
                item.setToolTip(f"{finding.message}\n\n{tip}")
                item.setStatusTip(tip.replace("\n", " · "))
                self.list.addItem(item)
                if _key(finding) == kept_key:
                    restore = item
        if restore is not None:
            self.list.setCurrentItem(restore)

    def _first_finding_item(self) -> QListWidgetItem | None:
        items = self.finding_items()
        return items[0] if items else None

    def _mark_tabs(self) -> None:
        self._marks = error_marks(self._findings)
        if isinstance(self._tabs, LazyTabWidget):
            pages = self._tabs.made_pages()  # marking a tab is no reason to make it
        elif self._tabs is not None:
            held = (self._tabs.widget(index) for index in range(self._tabs.count()))
            pages = [page for page in held if page is not None]
        else:
            pages = []
        for page in pages:
            self._mark_page(page)

    def _mark_page(self, page: QWidget) -> None:
        mark_errors = getattr(page, "mark_errors", None)
        if callable(mark_errors):
            mark_errors(self._marks)

    def _on_tabs_page_made(self, _index: int, page: QWidget) -> None:
        self._mark_page(page)

    def _update_count(self) -> None:
        counts = count_by_severity(self._findings)
        self.count_button.setText(self.count_text())
        worst = next((s for s in SEVERITY_ORDER if counts[s]), None)
        self.count_button.setIcon(
            self.style().standardIcon(_icons()[worst]) if worst is not None else QIcon()
        )

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        finding = item.data(FINDING_ROLE)
        if not isinstance(finding, Finding):
            return  # a group heading
        try:
            path = parse_path(finding.path)
        except ValueError:
            return
        self.reveal_requested.emit(path)

    def _on_toggle_triggered(self, checked: bool) -> None:
        if checked:  # shown from the keyboard: the list gets the keys
            self.show_and_focus()
