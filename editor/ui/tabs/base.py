"""What every tab has in common: the interface the window and the panels use.

- ``section_key()``: the preview section the tab belongs to;
- ``reveal(path)``: show and focus the widget for a field path;
- ``mark_errors(paths)``: mark fields that have a finding;
- ``section_requested(key)``: a row or field was chosen whose section the
  preview should bring into view.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from editor.core.paths import Path
from editor.ui.forms import spacing
from editor.ui.forms.bindings import ERROR_STYLE, IMPORTED_STYLE, FieldBinder
from editor.ui.forms.list_editor import StringListEditor
from editor.ui.store import Store

ErrorPaths = Iterable[Path] | Mapping[Path, str]

# Fusion draws a check box's focus only after Tab was pressed in the window; a
# box clicked and then toggled with Space showed no focus at all. The border is
# always there (transparent) so gaining focus moves nothing.
FOCUS_STYLE = (
    "QCheckBox, QRadioButton { border: 1px solid transparent; border-radius: 3px;"
    " padding: 1px 2px; }"
    "QCheckBox:focus, QRadioButton:focus { border-color: #5b8fd0;"
    " background-color: #e3eefa; }"
)


class TabPage(QWidget):
    section_requested = Signal(str)
    # A section and a text in it (a row's name): the preview scrolls to that text.
    part_requested = Signal(str, str)

    def __init__(self, store: Store, section: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._section = section
        self._errors: dict[Path, str] = {}
        self._focus_sections: dict[QObject, str] = {}
        # Fields with a finding get the red border from this rule.
        self.setStyleSheet(ERROR_STYLE + IMPORTED_STYLE + FOCUS_STYLE)
        # Values from an old statement are tinted until confirmed or edited.
        store.marks_changed.connect(self.apply_errors)

    # -- the interface ----------------------------------------------------------
    def section_key(self) -> str | None:
        return self._section

    def reveal(self, path: Path) -> bool:
        """Bring ``path``'s widget into view and focus it; False if it is not here."""
        for binder in self.binders():
            prefix = binder.prefix
            if prefix is None or tuple(path[: len(prefix)]) != prefix:
                continue
            widget = binder.widget_for(tuple(path[len(prefix) :]))
            if widget is not None:
                self.focus_field(widget, tuple(path[len(prefix) :]), binder)
                return True
        return False

    def mark_errors(self, paths: ErrorPaths) -> None:
        """Mark the fields at ``paths`` (a set, or a mapping to messages)."""
        default = self.tr("Hier ontbreekt iets of klopt iets niet; zie de controle.")
        if isinstance(paths, Mapping):
            self._errors = {tuple(path): str(message) for path, message in paths.items()}
        else:
            self._errors = {tuple(path): default for path in paths}
        self.apply_errors()

    def first_field(self) -> QWidget | None:
        """The first widget Tab reaches in this tab (shown and enabled), if any."""
        widget = self.nextInFocusChain()
        while widget is not self and widget is not None:
            if (
                self.isAncestorOf(widget)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isVisibleTo(self)
                and widget.isEnabled()
            ):
                return widget
            widget = widget.nextInFocusChain()
        return None

    def focus_first_field(self) -> bool:
        """Put the cursor in the first field; False when the tab has none."""
        field = self.first_field()
        if field is None:
            return False
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    # -- for the tabs ----------------------------------------------------------------
    def binders(self) -> list[FieldBinder]:
        """The tab's binders, the top-level form first."""
        return []

    def apply_errors(self) -> None:
        """Show the current findings and the imported-value marks; row tabs call
        it again when the row changes."""
        unconfirmed = self.store.imported_marks()
        message = self.tr(
            "Uit de oude verklaring overgenomen: controleer deze waarde. Pas haar aan, of "
            "bevestig haar met Bewerken > Overgenomen waarde bevestigen (Ctrl+Shift+B)."
        )
        for binder in self.binders():
            binder.mark_errors(self._errors)
            binder.mark_imported(unconfirmed, message)

    @property
    def errors(self) -> dict[Path, str]:
        return self._errors

    def focus_field(self, widget: QWidget, key: Path, binder: FieldBinder) -> None:
        """Show this tab, scroll to ``widget`` and focus it (a list item if named)."""
        self.show_tab()
        scroll = _scroll_area_of(widget)
        if scroll is not None:
            scroll.ensureWidgetVisible(widget)
        bound = binder.widget_for(key)
        item = _list_item_in(key, binder, bound)
        if isinstance(bound, StringListEditor) and item is not None:
            bound.focus_item(item)
        else:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_tab(self) -> None:
        """Make this tab the visible one in whatever stack holds it."""
        child: QWidget = self
        parent = child.parentWidget()
        while parent is not None:
            if isinstance(parent, QStackedWidget):
                parent.setCurrentWidget(child)
            child, parent = parent, parent.parentWidget()

    def watch_focus(self, section: str, *widgets: QWidget) -> None:
        """Ask the preview for ``section`` whenever one of ``widgets`` gets focus."""
        for widget in widgets:
            target = widget.focusProxy() or widget
            self._focus_sections[target] = section
            target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in self._focus_sections:
            self.section_requested.emit(self._focus_sections[watched])
        return super().eventFilter(watched, event)


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def _list_item_in(key: Path, binder: FieldBinder, widget: QWidget | None) -> int | None:
    """For ``("items", 2)`` on a list editor bound to ``("items",)``: 2."""
    if widget is None:
        return None
    for bound_key in binder.bound_keys():
        if binder.widget_for(bound_key) is widget and len(key) > len(bound_key):
            part = key[len(bound_key)]
            return part if isinstance(part, int) else None
    return None


def fill_with_scrolling_column(
    tab: QWidget, *groups: QWidget, growing: tuple[QWidget, ...] = ()
) -> None:
    """Make ``groups``, stacked top to bottom, the whole scrollable content of ``tab``.

    The ``growing`` groups share the height the others leave (their text fields
    get taller); without any, the groups keep to the top.
    """
    page = QWidget()
    column = spacing.page(QVBoxLayout(page))
    for group in groups:
        column.addWidget(group, 1 if group in growing else 0)
    if not growing:
        column.addStretch(1)
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scrolling(page))


def scrolling(form: QWidget) -> QScrollArea:
    """``form`` in a frameless scroll area that resizes it to its width."""
    area = QScrollArea()
    area.setWidget(form)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
    return area
