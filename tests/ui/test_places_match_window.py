"""The review export and the findings name a field as the window labels it (core/places.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QWidget

from editor.core.places import place_parts
from editor.core.starter import starter_project
from editor.ui.store import Store
from editor.ui.tabs import tab_makers


@pytest.mark.parametrize("number", range(6))
def test_every_labelled_field_has_the_windows_words(qtbot, number: int) -> None:
    project = starter_project()
    store = Store(project)
    title, make = tab_makers()[number]
    page = make(store, None)
    qtbot.addWidget(page)
    checked = 0
    for binder in page.binders():
        if binder.prefix is None:
            continue
        for key in binder.bound_keys():
            widget = binder.widget_for(key)
            assert isinstance(widget, QWidget)
            if isinstance(widget, QAbstractButton) or not widget.accessibleName():
                continue  # a check box carries its own sentence; the place uses a short name
            parts = place_parts(store.project, binder.prefix + key)
            assert parts[0] == title.replace("&", "")
            assert parts[-1] == widget.accessibleName(), (binder.prefix + key, parts)
            checked += 1
    if number != 3:  # the cookies are edited in the table itself
        assert checked
