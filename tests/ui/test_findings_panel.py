"""The findings panel: the check's findings beside the forms, live, and a way to the field."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QListWidgetItem, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from editor.core.checks import Finding, Severity, check, count_by_severity
from editor.core.paths import parse_path
from editor.core.project_file import load_project
from editor.ui.findings_panel import FindingsPanel, error_marks
from editor.ui.forms.bindings import ERROR_PROPERTY
from editor.ui.main_window import MainWindow
from editor.ui.store import Store
from tests.conftest import SHARED
from tests.core.complete_project import complete_project

EXAMPLES = SHARED / "examples"
RETENTION = "data_categories[2].retention"  # luxigo's "Websitegebruik" has none
HEADINGS = {Severity.ERROR: "Fouten", Severity.WARNING: "Waarschuwingen", Severity.TIP: "Tips"}
INTERVAL_MS = 5


def listed_paths(panel: FindingsPanel) -> list[str]:
    return [item.data(Qt.ItemDataRole.UserRole).path for item in panel.finding_items()]


def item_for(panel: FindingsPanel, path: str) -> QListWidgetItem:
    for item in panel.finding_items():
        if item.data(Qt.ItemDataRole.UserRole).path == path:
            return item
    raise AssertionError(f"no finding for {path} in {listed_paths(panel)}")


def count_button(window: MainWindow) -> QToolButton:
    button = window.statusBar().findChild(QToolButton, "findings_count")
    assert button is not None
    return button


def show(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


# -- what the panel shows ---------------------------------------------------------------
def test_the_panel_lists_luxigos_findings_errors_first(open_example: Callable) -> None:
    window = open_example("luxigo")
    panel = window.findings
    assert panel.windowTitle() == "Controle"
    expected = check(load_project(EXAMPLES / "luxigo.policy.toml"))
    assert listed_paths(panel) == [finding.path for finding in expected]
    assert listed_paths(panel)[0] == RETENTION  # the first error of the checklist's order
    retention = item_for(panel, RETENTION)
    finding = retention.data(Qt.ItemDataRole.UserRole)
    assert (finding.id, finding.severity) == ("retention", Severity.ERROR)
    assert retention.text() == "Vul in hoe lang u de gegevens “Websitegebruik” bewaart."
    assert "AVG art. 13 lid 2 sub a" in retention.toolTip()
    # The field in the window's own words, not the file format's path.
    assert "Plaats: Gegevens → Websitegebruik → Bewaartermijn" in retention.toolTip()
    assert RETENTION not in retention.toolTip()
    # Each severity has a heading above its findings, which is not itself a finding.
    headings = [
        panel.list.item(row).text()
        for row in range(panel.list.count())
        if panel.list.item(row) not in panel.finding_items()
    ]
    present = [
        word for severity, word in HEADINGS.items() if any(f.severity is severity for f in expected)
    ]
    assert [heading.split(":")[0] for heading in headings] == present
    assert not retention.icon().isNull()


def counts_text(findings: list[Finding]) -> str:
    """ "2 fouten · 1 waarschuwing · 0 tips", as the status bar should say it."""
    words = {Severity.ERROR: "fout", Severity.WARNING: "waarschuwing", Severity.TIP: "tip"}
    plural = {Severity.ERROR: "fouten", Severity.WARNING: "waarschuwingen", Severity.TIP: "tips"}
    counts = count_by_severity(findings)
    return " · ".join(
        f"{n} {words[severity] if n == 1 else plural[severity]}" for severity, n in counts.items()
    )


@pytest.mark.parametrize("name", ["luxigo", "ilumni-gifts", "flowers-by-jennifer"])
def test_the_status_bar_counts_per_severity(open_example: Callable, name: str) -> None:
    window = open_example(name)
    expected = check(load_project(EXAMPLES / f"{name}.policy.toml"))
    assert count_button(window).text() == counts_text(expected)
    assert listed_paths(window.findings) == [finding.path for finding in expected]


def test_counts_text_spells_one_and_many() -> None:
    one = Finding("retention", Severity.ERROR, "data_categories", "m", "s")
    tip = Finding("effective-date", Severity.TIP, "document.effective_date", "m", "s")
    assert counts_text([one, one, tip]) == "2 fouten · 0 waarschuwingen · 1 tip"


def test_a_project_without_findings_says_so(qtbot: QtBot) -> None:
    store = Store()
    store.load(complete_project(), None)
    panel = FindingsPanel(store, interval_ms=INTERVAL_MS)
    qtbot.addWidget(panel)
    assert panel.findings == []
    assert panel.count_text() == "Controle: niets gevonden"
    assert panel.finding_items() == []
    assert panel.list.count() == 1 and "niets" in panel.list.item(0).text()
    store.set_field(("organisation", "city"), "")
    qtbot.waitUntil(lambda: panel.count_text() == "1 fout · 0 waarschuwingen · 0 tips")
    assert listed_paths(panel) == ["organisation.city"]


# -- it follows the edits, after the debounce -------------------------------------------
def test_fixing_the_field_removes_the_finding_after_the_debounce(
    qtbot: QtBot, open_example: Callable
) -> None:
    window = open_example("luxigo")
    panel, data_tab = window.findings, window.tabs.widget(1)
    data_tab.rows.select_row(2)
    assert data_tab.retention.property(ERROR_PROPERTY)
    window.store.set_field(("data_categories", 2, "retention"), "2 jaar")
    # Not on the keystroke itself: the check waits for the burst to end.
    assert panel.is_pending()
    assert RETENTION in listed_paths(panel)
    qtbot.waitUntil(lambda: RETENTION not in listed_paths(panel))
    assert count_button(window).text() == counts_text(check(window.store.project))
    assert not data_tab.retention.property(ERROR_PROPERTY)
    window.store.undo_stack.undo()
    qtbot.waitUntil(lambda: RETENTION in listed_paths(panel))
    assert data_tab.retention.property(ERROR_PROPERTY)


def test_opening_another_project_shows_its_findings(qtbot: QtBot, open_example: Callable) -> None:
    window = open_example("luxigo")
    window.store.load(load_project(EXAMPLES / "ilumni-gifts.policy.toml"), None)
    qtbot.waitUntil(lambda: "processors[2].transfer_safeguard" in listed_paths(window.findings))
    assert "custom_sections[0].text" not in listed_paths(window.findings)  # luxigo's own


def test_the_selected_finding_stays_selected_when_others_change(
    qtbot: QtBot, open_example: Callable
) -> None:
    window = open_example("ilumni-gifts")
    panel = window.findings
    panel.list.setCurrentItem(item_for(panel, "data_categories[6].retention"))
    window.store.set_field(("organisation", "city"), "Utrecht")
    qtbot.waitUntil(lambda: "organisation.city" not in listed_paths(panel))
    current = panel.list.currentItem()
    assert current.data(Qt.ItemDataRole.UserRole).path == "data_categories[6].retention"


# -- activating a finding focuses its field ---------------------------------------------
def retention_field(window: MainWindow) -> QWidget:
    return window.tabs.widget(1).retention


def address_field(window: MainWindow) -> QWidget:
    return window.tabs.widget(0).address


def safeguard_field(window: MainWindow) -> QWidget:
    return window.tabs.widget(2).transfer_safeguard


def custom_text_field(window: MainWindow) -> QWidget:
    return window.tabs.widget(5).custom_text


@pytest.mark.parametrize(
    ("name", "path", "tab", "row", "field"),
    [
        ("ilumni-gifts", "organisation.address", "Organisatie", None, address_field),
        ("luxigo", RETENTION, "Gegevens", 2, retention_field),
        ("ilumni-gifts", "data_categories[6].retention", "Gegevens", 6, retention_field),
        ("ilumni-gifts", "processors[2].transfer_safeguard", "Verwerkers", 2, safeguard_field),
        ("luxigo", "custom_sections[0].text", "Document", 0, custom_text_field),
    ],
)
def test_enter_on_a_finding_focuses_its_field(
    qtbot: QtBot,
    open_example: Callable,
    name: str,
    path: str,
    tab: str,
    row: int | None,
    field: Callable[[MainWindow], QWidget],
) -> None:
    window = open_example(name)
    show(qtbot, window)
    panel = window.findings
    panel.list.setFocus()
    panel.list.setCurrentItem(item_for(panel, path))
    assert QApplication.focusWidget() is panel.list
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.tabs.tabText(window.tabs.currentIndex()) == tab
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field(window))
    if row is not None:
        rows = getattr(window.tabs.currentWidget(), "rows", None)
        rows = rows or window.tabs.currentWidget().custom_rows
        assert rows.current_row() == row


def test_double_click_on_a_finding_focuses_its_field(qtbot: QtBot, open_example: Callable) -> None:
    window = open_example("ilumni-gifts")
    show(qtbot, window)
    panel = window.findings
    item = item_for(panel, "processors[2].transfer_safeguard")
    panel.list.scrollToItem(item)
    centre = panel.list.visualItemRect(item).center()
    # A real double-click is a click and then a double-click event; QTest's
    # mouseDClick sends only the second, which an item view ignores on its own.
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is safeguard_field(window))
    assert window.tabs.widget(2).rows.current_row() == 2


def test_a_heading_is_not_a_finding_to_go_to(qtbot: QtBot, open_example: Callable) -> None:
    window = open_example("luxigo")
    panel = window.findings
    heading = panel.list.item(0)
    assert heading not in panel.finding_items()
    with qtbot.assertNotEmitted(panel.reveal_requested):
        panel.list.itemActivated.emit(heading)
    with qtbot.waitSignal(panel.reveal_requested) as revealed:
        panel.list.itemActivated.emit(item_for(panel, RETENTION))
    assert revealed.args == [("data_categories", 2, "retention")]


# -- fields with an error are marked -------------------------------------------------------
def test_fields_with_an_error_are_marked_with_the_message(open_example: Callable) -> None:
    window = open_example("ilumni-gifts")
    organisation = window.tabs.widget(0)
    messages = {f.path: f.message for f in window.findings.findings}
    for field in (organisation.address, organisation.postal_code, organisation.city):
        assert field.property(ERROR_PROPERTY) is True
    assert organisation.address.toolTip() == messages["organisation.address"]
    assert not organisation.name.property(ERROR_PROPERTY)
    assert not organisation.name.toolTip()

    processors = window.tabs.widget(2)
    processors.rows.select_row(2)  # the row with the missing safeguard
    assert processors.transfer_safeguard.property(ERROR_PROPERTY) is True
    assert processors.transfer_safeguard.toolTip() == messages["processors[2].transfer_safeguard"]
    processors.rows.select_row(0)
    assert not processors.transfer_safeguard.property(ERROR_PROPERTY)


def test_only_errors_mark_fields() -> None:
    project = load_project(EXAMPLES / "luxigo.policy.toml")
    findings = check(project)
    assert {f.severity for f in findings} == {Severity.ERROR, Severity.WARNING}
    marks = error_marks(findings)
    assert set(marks) == {parse_path(f.path) for f in findings if f.severity is Severity.ERROR}
    warned = {parse_path(f.path) for f in findings if f.severity is Severity.WARNING}
    assert warned - set(marks)  # luxigo's warnings about other fields mark nothing
    assert marks[("data_categories", 2, "retention")] == (
        "Vul in hoe lang u de gegevens “Websitegebruik” bewaart."
    )


# -- showing and hiding the panel --------------------------------------------------------
def test_f8_in_the_view_menu_shows_and_hides_the_panel(
    qtbot: QtBot, open_example: Callable
) -> None:
    window = open_example("luxigo")
    show(qtbot, window)
    action = window.actions_by_name["findings"]
    assert action.shortcut() == QKeySequence("F8")
    assert action in window.menuBar().findChild(QWidget, "menu_view").actions()
    assert window.findings.isVisible() and action.isChecked()
    action.trigger()
    assert not window.findings.isVisible()
    action.trigger()
    assert window.findings.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.findings.list)
    assert window.findings.list.currentItem() is item_for(window.findings, RETENTION)


def test_the_count_in_the_status_bar_opens_the_panel(qtbot: QtBot, open_example: Callable) -> None:
    window = open_example("luxigo")
    show(qtbot, window)
    window.findings.hide()
    qtbot.mouseClick(count_button(window), Qt.MouseButton.LeftButton)
    assert window.findings.isVisible()
