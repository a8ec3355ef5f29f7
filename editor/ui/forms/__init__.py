"""The form toolkit the tabs and dialogs are built from.

Widgets bound to the project's fields through the store (``bindings``), the
row-by-row form builder (``form``), the labels of closed choices
(``choices``), an editable list of texts (``list_editor``), text fields and
lists that grow with the room (``growing``), a country field
(``country_combo``), a list of rows with its buttons (``row_list``), and the
one set of margins and spacings every form and tab is laid out with (``spacing``).
Nothing here knows which tab it is on, so ``editor.ui.tabs`` and the rest of
``editor.ui`` both build on it without importing each other.
"""
