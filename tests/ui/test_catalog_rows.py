"""Rows from the catalog in the window: the offer to take newer facts (or keep
the row's own), and the extras an entry brings, each in one undo step."""

from __future__ import annotations

import datetime as dt

import pytest

from editor.core.catalog import CatalogEntry, find_entry
from editor.core.checks import check
from editor.core.model import CookieKind, Project, Relationship, TransferSafeguard
from editor.ui.catalog_adding import Extras, ask_extras
from editor.ui.store import Store
from editor.ui.tabs.processors import ProcessorsTab


def entry(name: str) -> CatalogEntry:
    found = find_entry(name)
    assert found is not None
    return found


def old_tiktok_project() -> Project:
    row = entry("TikTok Pixel").to_processor()
    row.country = "US"
    row.data = ["IP-adres", "Cookie-ID's", "Bezochte pagina's", "Aankopen via de website"]
    row.catalog_as_of = dt.date(2026, 11, 22)
    return Project(processors=[row])


@pytest.fixture
def tab(qtbot) -> ProcessorsTab:
    tab = ProcessorsTab(Store(old_tiktok_project()))
    qtbot.addWidget(tab)
    tab.show()
    tab.rows.select_row(0)
    return tab


def changed(project: Project) -> list[str]:
    return [f.path for f in check(project) if f.id == "catalog-changed"]


def test_the_offer_shows_what_changed(tab: ProcessorsTab) -> None:
    bar = tab.catalog_update
    assert bar.isVisible()
    assert "catalogus van 1 december 2026" in bar.message.text()
    assert "land: in de catalogus China, in de rij Verenigde Staten" in bar.message.text()


def test_taking_the_new_facts_is_one_undo_step(tab: ProcessorsTab) -> None:
    store = tab.store
    tab.catalog_update.take_button.click()
    row = store.project.processors[0]
    assert row.country == "CN" and row.transfer_safeguard is TransferSafeguard.SCC
    assert row.data == list(entry("TikTok Pixel").data)
    assert row.catalog_as_of == entry("TikTok Pixel").as_of
    assert changed(store.project) == [] and not tab.catalog_update.isVisible()
    assert store.undo_stack.count() == 1
    assert store.undo_stack.undoText() == "Neem nieuwe catalogusgegevens over voor TikTok Pixel"
    store.undo_stack.undo()
    assert store.project.processors[0].country == "US"
    assert store.project.processors[0].catalog_as_of == dt.date(2026, 11, 22)
    assert changed(store.project) == ["processors[0].data"]
    assert tab.catalog_update.isVisible()


def test_keep_mine_keeps_the_values_and_moves_the_date(tab: ProcessorsTab) -> None:
    store = tab.store
    tab.catalog_update.keep_button.click()
    row = store.project.processors[0]
    assert row.country == "US"
    assert row.catalog_as_of == entry("TikTok Pixel").as_of
    assert changed(store.project) == [] and not tab.catalog_update.isVisible()
    assert store.undo_stack.count() == 1
    store.undo_stack.undo()
    assert changed(store.project) == ["processors[0].data"]


def test_a_current_row_shows_no_offer(qtbot) -> None:
    tab = ProcessorsTab(Store(Project(processors=[entry("Mollie").to_processor()])))
    qtbot.addWidget(tab)
    tab.show()
    tab.rows.select_row(0)
    assert not tab.catalog_update.isVisible()


def test_adding_a_service_with_its_cookies_is_one_step(qtbot) -> None:
    store = Store(Project())
    tab = ProcessorsTab(store)
    qtbot.addWidget(tab)
    tab.ask_catalog_extras = lambda parent, entry, project: Extras(cookies=True)
    tab.add_from_catalog(entry("Google Analytics"))
    assert [p.name for p in store.project.processors] == ["Google Analytics"]
    cookies = store.project.cookies
    assert [c.name for c in cookies] == ["_ga", "_ga_*"]
    assert all(c.provider == "Google Analytics" for c in cookies)
    assert all(c.kind is CookieKind.ANALYTICS and c.consent for c in cookies)
    assert store.undo_stack.count() == 1
    store.undo_stack.undo()
    assert store.project.processors == [] and store.project.cookies == []


def test_cookies_already_listed_are_not_added_twice(qtbot) -> None:
    store = Store(Project(cookies=entry("Google Analytics").to_cookies()[:1]))
    tab = ProcessorsTab(store)
    qtbot.addWidget(tab)
    tab.ask_catalog_extras = lambda parent, entry, project: Extras(cookies=True)
    tab.add_from_catalog(entry("Google Analytics"))
    assert [c.name for c in store.project.cookies] == ["_ga", "_ga_*"]


def test_a_review_platform_can_bring_its_controller_row(qtbot) -> None:
    store = Store(Project())
    tab = ProcessorsTab(store)
    qtbot.addWidget(tab)
    tab.ask_catalog_extras = lambda parent, entry, project: Extras(controller_row=True)
    tab.add_from_catalog(entry("Kiyoh"))
    roles = [(p.name, p.relationship) for p in store.project.processors]
    assert roles == [("Kiyoh", Relationship.PROCESSOR), ("Kiyoh", Relationship.CONTROLLER)]
    assert store.project.cookies == []
    assert store.undo_stack.count() == 1


def test_cancelling_the_question_adds_nothing(qtbot) -> None:
    store = Store(Project())
    tab = ProcessorsTab(store)
    qtbot.addWidget(tab)
    tab.ask_catalog_extras = lambda parent, entry, project: None
    tab.add_from_catalog(entry("Google Analytics"))
    assert store.project.processors == [] and store.undo_stack.count() == 0


def test_no_question_for_an_entry_without_extras() -> None:
    # No dialog opens (it would block the test): Sendcloud brings nothing extra.
    assert ask_extras(None, entry("Sendcloud"), Project()) == Extras()


def test_the_agreement_box_names_the_art_26_arrangement_for_a_joint_controller(
    tab: ProcessorsTab,
) -> None:
    assert "gezamenlijke &verantwoordelijkheid (AVG art. 26)" in tab.agreement.text()
    tab.store.set_field(("processors", 0, "relationship"), Relationship.PROCESSOR)
    assert tab.agreement.text() == "Er is een &verwerkersovereenkomst"
    tab.store.undo_stack.undo()
    assert "art. 26" in tab.agreement.text()


def test_the_question_offers_the_extras_ticked(qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QCheckBox, QDialog

    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        boxes = dialog.findChildren(QCheckBox)
        seen.extend(box.text() for box in boxes if box.isChecked())
        dialog.accept()

    QTimer.singleShot(0, answer)
    extras = ask_extras(None, entry("Kiyoh"), Project())
    assert extras == Extras(controller_row=True, cookies=False)
    assert seen == ["Ook een rij voor wat Kiyoh zelf bepaalt (zelfstandig verantwoordelijk)"]
    QTimer.singleShot(0, answer)
    assert ask_extras(None, entry("Meta Pixel"), Project()) == Extras(cookies=True)
    assert seen[-1] == "De gebruikelijke cookies in de cookietabel zetten: _fbp"
