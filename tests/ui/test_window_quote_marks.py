"""One kind of quote mark in the window: every text it shows quotes with “…”.

The forms, menus and actions, the check panel (for each example, the starter
and a project of hostile names), the status bar, the clause editor's label,
the undo texts and the catalog's notes. The pattern that tells a quotation
from an apostrophe ("'s avonds", "pagina's") is the one the findings test uses.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from editor.core.catalog import load_catalog
from editor.core.model import Project
from editor.core.project_file import load_project
from editor.core.starter import starter_project
from editor.ui.main_window import MainWindow
from tests.conftest import EXAMPLES
from tests.core.test_quote_marks import WRONG_QUOTES, hostile
from tests.ui.test_one_voice import window_texts

MakeWindow = Callable[..., MainWindow]

PROJECTS: dict[str, Callable[[], Project]] = {
    **{path.name.split(".")[0]: (lambda p=path: load_project(p)) for path in EXAMPLES},
    "starter": starter_project,
    "hostile": lambda: hostile(starter_project()),
}


def shown_texts(window: MainWindow) -> list[str]:
    """What the window shows apart from its forms: the check, the status bar, undo."""
    window.findings.refresh()
    QCoreApplication.processEvents()
    texts = [window.windowTitle(), window.findings.count_text()]
    for item in window.findings.finding_items():
        texts += [item.text(), item.toolTip()]
    texts += [label.text() for label in window.statusBar().findChildren(QLabel)]
    document = window.tabs.widget(5)
    texts.append(document.clauses.override_label.text())
    stack = window.store.undo_stack
    texts += [stack.text(index) for index in range(stack.count())]
    return [text for text in texts if text]


@pytest.mark.parametrize("name", PROJECTS)
def test_everything_the_window_shows_quotes_with_curly_marks(
    make_window: MakeWindow, name: str
) -> None:
    window = make_window(PROJECTS[name]())
    # An undo text that quotes a clause's title.
    window.tabs.widget(5).clauses.override.setPlainText("Eigen tekst.")
    texts = window_texts(window) + shown_texts(window)
    assert len(texts) > 100
    assert any("“" in text for text in texts)
    assert [text for text in texts if WRONG_QUOTES.search(text)] == []


def strings_in(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple | list):
        return [text for part in value for text in strings_in(part)]
    return []


def test_the_catalogs_texts_quote_with_curly_marks() -> None:
    texts = [
        text
        for entry in load_catalog()
        for text in [entry.provenance_note(), *strings_in(dataclasses.astuple(entry))]
    ]
    assert any("“hosting”" in text for text in texts)
    assert [text for text in texts if WRONG_QUOTES.search(text)] == []
