"""The layout at a laptop's 1366x768: every field of every tab's form, for each
row of a detail form, in view without scrolling; headers and list items whole,
the check panel's lines whole."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFormLayout,
    QScrollArea,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from editor.core.catalog import find_entry
from editor.core.model import Project
from editor.core.project_file import load_project
from editor.core.starter import starter_project
from editor.ui.forms import spacing
from editor.ui.forms.list_editor import StringListEditor
from editor.ui.main_window import MainWindow
from editor.ui.tabs.row_tabs import MOST_ROWS_SHOWN, RowDetailTab
from tests.conftest import EXAMPLES

MakeWindow = Callable[..., MainWindow]
# Every tab with a form: Organisatie, Gegevens, Verwerkers, Rechten en opties, Document.
FORM_TABS = (0, 1, 2, 4, 5)


def with_older_catalog_rows() -> Project:
    """The starter plus a row whose catalog entry has newer facts (the form then
    shows the offer to take them) and a joint controller (a longer box label)."""
    project = starter_project()
    for name in ("TikTok Pixel", "Meta Pixel"):
        entry = find_entry(name)
        assert entry is not None
        row = entry.to_processor()
        row.data = ["IP-adres"]
        row.catalog_as_of = dt.date(2026, 11, 22)
        project.processors.append(row)
    return project


PROJECTS: dict[str, Callable[[], Project]] = {
    "starter": starter_project,
    "older catalog rows": with_older_catalog_rows,
    **{path.name.split(".")[0]: partial(load_project, path) for path in EXAMPLES},
}


def laid_out(qtbot: QtBot, window: MainWindow, width: int = 1366, height: int = 768) -> None:
    window.resize(width, height)
    with qtbot.waitExposed(window):
        window.show()
    for _ in range(3):  # the deferred refits of rows after a resize
        QCoreApplication.processEvents()


def form_scroll_areas(page: QWidget) -> list[QScrollArea]:
    return [
        area
        for area in page.findChildren(QScrollArea)
        if type(area) is QScrollArea and area.isVisible()
    ]


def fields_out_of_view(area: QScrollArea) -> list[str]:
    """The shown fields of ``area``'s form that do not lie wholly inside its viewport."""
    viewport = area.viewport()
    out = []
    for field in area.widget().findChildren(QWidget):
        if not field.isVisible() or not field.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if field.parentWidget() is not None and isinstance(
            field.parentWidget().parentWidget(), QAbstractScrollArea
        ):
            continue  # the inside of a list or text field, not a field of its own
        top_left = field.mapTo(viewport, QPoint(0, 0))
        if not viewport.rect().contains(QRect(top_left, field.size())):
            out.append(field.accessibleName() or type(field).__name__)
    return out


def rows_of(page: QWidget) -> range:
    """Each row a tab's detail form can show (one pass for a tab without rows)."""
    return range(page.model.rowCount()) if isinstance(page, RowDetailTab) else range(1)


@pytest.mark.parametrize("name", PROJECTS)
def test_every_field_is_in_view_without_scrolling_at_1366_by_768(
    qtbot: QtBot, make_window: MakeWindow, name: str
) -> None:
    window = make_window(PROJECTS[name]())
    laid_out(qtbot, window)
    seen = 0
    for index in FORM_TABS:
        window.show_tab(index)
        page = window.tabs.widget(index)
        for _ in range(3):  # the page is made and laid out, then its table fitted
            QCoreApplication.processEvents()
        if isinstance(page, RowDetailTab):  # the table shows its rows (up to six) whole
            assert page.table.height() == page.table.maximumHeight(), page.list_key
            scrolls = page.table.verticalScrollBar().maximum() > 0
            assert scrolls == (page.model.rowCount() > MOST_ROWS_SHOWN)
        for row in rows_of(page):
            if isinstance(page, RowDetailTab):
                page.rows.select_row(row)
            QCoreApplication.processEvents()
            where = f"{window.tabs.tabText(index)}, row {row}"
            areas = form_scroll_areas(page)
            assert areas, where
            for area in areas:
                assert not area.verticalScrollBar().isVisible(), where
                assert fields_out_of_view(area) == [], where
                seen += 1
    assert seen >= len(FORM_TABS)
    # Bewaartermijn in particular, which sat below the fold.
    retention = window.tabs.widget(1).retention
    window.show_tab(1)
    assert retention.isVisible() and not retention.visibleRegion().isEmpty()


def test_the_document_tab_fits_with_a_long_own_text(qtbot: QtBot, make_window: MakeWindow) -> None:
    # A long own text scrolls inside its field; the tab itself does not grow.
    project = starter_project()
    project.clauses.overrides["intro"] = "Een eigen alinea.\n\n" * 40
    window = make_window(project)
    laid_out(qtbot, window)
    window.show_tab(5)
    QCoreApplication.processEvents()
    for area in form_scroll_areas(window.tabs.widget(5)):
        assert not area.verticalScrollBar().isVisible()
        assert fields_out_of_view(area) == []


@pytest.mark.parametrize("size", [(1366, 768), (1024, 640)])
def test_no_table_header_is_cut(qtbot: QtBot, make_window: MakeWindow, size: tuple) -> None:
    window = make_window()
    laid_out(qtbot, window, *size)
    for index in (1, 2, 3):
        window.show_tab(index)
        QCoreApplication.processEvents()
        for table in window.tabs.widget(index).findChildren(QTableView):
            header = table.horizontalHeader()
            for column in range(header.count()):
                title = table.model().headerData(column, Qt.Orientation.Horizontal)
                assert header.sectionSize(column) >= header.sectionSizeHint(column), title


def test_list_fields_wrap_instead_of_scrolling_sideways(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    laid_out(qtbot, window)
    window.show_tab(1)
    page = window.tabs.widget(1)
    long_purpose = "Contact opnemen als dat nodig is voor een bestelling, " * 3
    window.store.set_field(("data_categories", 0, "purposes"), [long_purpose.strip()])
    QCoreApplication.processEvents()
    editors = page.findChildren(StringListEditor)
    assert editors
    for editor in editors:
        assert editor.list.horizontalScrollBar().maximum() == 0
        assert editor.list.wordWrap()
    item = page.purposes.list.item(0)
    assert page.purposes.list.visualItemRect(item).height() > 2 * page.fontMetrics().height()


def test_the_check_panels_lines_are_whole(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    laid_out(qtbot, window)
    window.findings.refresh()
    QCoreApplication.processEvents()
    findings = window.findings.list
    width = findings.viewport().width()
    for item in window.findings.finding_items():
        rect = findings.visualItemRect(item)
        assert rect.right() <= width
        needed = QFontMetrics(item.font()).boundingRect(
            0,
            0,
            rect.width() - findings.iconSize().width() - 8,
            10_000,
            int(Qt.TextFlag.TextWordWrap),
            item.text(),
        )
        assert rect.height() >= needed.height(), item.text()


@pytest.mark.parametrize("size", [(1366, 768), (1024, 640)])
def test_the_cookie_columns_fill_the_table_and_keep_words_whole(
    qtbot: QtBot, make_window: MakeWindow, size: tuple[int, int]
) -> None:
    window = make_window()  # the starter's cookie: "Sessie en winkelwagen"
    laid_out(qtbot, window, *size)
    window.show_tab(3)
    for _ in range(3):
        QCoreApplication.processEvents()
    table = window.tabs.widget(3).table
    header = table.horizontalHeader()
    assert table.horizontalScrollBar().maximum() == 0
    assert sum(header.sectionSize(c) for c in range(header.count())) <= table.viewport().width()
    metrics = table.fontMetrics()
    for column in range(header.count()):
        words = str(table.model().index(0, column).data() or "").split()
        longest = max((metrics.horizontalAdvance(word) for word in words), default=0)
        assert header.sectionSize(column) > longest, words


@pytest.mark.parametrize("index", [0, 4, 5])
def test_the_fields_of_a_pages_groups_line_up(
    qtbot: QtBot, make_window: MakeWindow, index: int
) -> None:
    window = make_window()
    laid_out(qtbot, window)
    window.show_tab(index)
    QCoreApplication.processEvents()
    page = window.tabs.widget(index)
    starts = set()
    for layout in page.findChildren(QFormLayout):
        for row in range(layout.rowCount()):
            label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or not label.widget().isVisible():
                continue
            starts.add(field.widget().mapTo(page, QPoint(0, 0)).x())
    assert len(starts) == 1, starts


def test_a_low_window_gives_the_tables_room_to_the_form(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window(PROJECTS["luxigo"]())  # seven processors
    laid_out(qtbot, window, 1024, 640)
    window.show_tab(2)
    QCoreApplication.processEvents()
    page = window.tabs.widget(2)
    low = page.table.maximumHeight()
    for area in form_scroll_areas(page):
        assert not area.verticalScrollBar().isVisible()
        assert fields_out_of_view(area) == []
    laid_out(qtbot, window, 1366, 768)
    rows = page.table.verticalHeader().defaultSectionSize()
    assert page.table.maximumHeight() - low >= 3 * rows  # six rows, not three
    assert page.table.height() == page.table.maximumHeight()  # and the splitter gave them


def test_a_list_field_grows_with_a_roomy_form_and_stays_by_its_label(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    # Four kinds of data leave the form room to spare at 1366x768: the lists
    # take it, the new-text line stays right under its list.
    window = make_window(PROJECTS["luxigo"]())
    laid_out(qtbot, window)
    window.show_tab(1)
    for _ in range(3):
        QCoreApplication.processEvents()
    editors = window.tabs.widget(1).findChildren(StringListEditor)
    assert len(editors) == 2
    for editor in editors:
        assert editor.list.geometry().top() == 0
        assert editor.list.height() > editor.list.minimumHeight()
        below = editor.new_item.geometry().top() - editor.list.geometry().bottom()
        assert below <= spacing.TIGHT_GAP + 1
