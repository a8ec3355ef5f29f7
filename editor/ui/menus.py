"""The window's menus: Bestand, Bewerken, Beeld and Help, with the standard shortcuts.

Every action gets an objectName ("action_save", ...) so tests and the
screenshot script find it without walking menu texts.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow

StandardKey = QKeySequence.StandardKey

# Some platforms bind no key to a standard action (Windows has no "Quit" or
# "Save as" key); the common binding then fills in, so every platform has one.
FALLBACK_KEYS: dict[StandardKey, str] = {
    StandardKey.New: "Ctrl+N",
    StandardKey.Open: "Ctrl+O",
    StandardKey.Save: "Ctrl+S",
    StandardKey.SaveAs: "Ctrl+Shift+S",
    StandardKey.Print: "Ctrl+P",
    StandardKey.Quit: "Ctrl+Q",
    StandardKey.Undo: "Ctrl+Z",
    StandardKey.Redo: "Ctrl+Shift+Z",
    StandardKey.HelpContents: "F1",
}


# Export has no standard key; Ctrl+E is what most editors use for it.
EXPORT_WORD_KEYS = "Ctrl+E"
EXPORT_HTML_KEYS = "Ctrl+Shift+E"
CONFIRM_KEYS = "Ctrl+Shift+B"
OLD_TEXT_KEYS = "F9"


def standard_shortcuts(key: StandardKey) -> list[QKeySequence]:
    bindings = QKeySequence.keyBindings(key)
    return bindings or [QKeySequence(FALLBACK_KEYS[key])]


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """Create the menu bar; returns the actions by name (without "action_")."""
    return MenuBar(window).actions


class MenuBar(QObject):
    """Builds the window's menus. A QObject of its own so ``self.tr`` has a
    translation context ("MenuBar") that lupdate and the program agree on."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.actions: dict[str, QAction] = {}
        self._build_file_menu()
        self._build_edit_menu()
        self._build_view_menu()
        help_menu = self._menu(self.tr("&Help"), "menu_help")
        tip = self.tr("Hoe je met Policy Editor een privacyverklaring maakt")
        guide = self._add(help_menu, "guide", self.tr("&Handleiding"), window.show_guide, tip=tip)
        guide.setShortcuts(standard_shortcuts(StandardKey.HelpContents))
        self._add(help_menu, "about", self.tr("&Over Policy Editor"), window.show_about)

    def _menu(self, title: str, name: str) -> QMenu:
        menu = self._window.menuBar().addMenu(title)
        menu.setObjectName(name)
        return menu

    def _add(
        self,
        menu: QMenu,
        name: str,
        text: str,
        slot: Callable[[], object],
        key: StandardKey | None = None,
        tip: str = "",
        keys: str = "",
    ) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(f"action_{name}")
        if key is not None:
            action.setShortcuts(standard_shortcuts(key))
        elif keys:
            action.setShortcut(QKeySequence(keys))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.actions[name] = action
        return action

    def _build_file_menu(self) -> None:
        files, add = self._window.files, self._add
        menu = self._menu(self.tr("&Bestand"), "menu_file")
        tip = self.tr("Begin een nieuw project met de startversie")
        add(menu, "new", self.tr("&Nieuw"), files.new_project, StandardKey.New, tip)
        add(menu, "open", self.tr("&Openen…"), files.open_dialog, StandardKey.Open)
        recent = menu.addMenu(self.tr("&Recent geopend"))
        recent.setObjectName("menu_recent")
        recent.aboutToShow.connect(lambda: files.fill_recent_menu(recent))
        files.fill_recent_menu(recent)
        tip = self.tr(
            "Begin met wat er in de oude privacyverklaring staat (bestand of geplakte tekst)"
        )
        text = self.tr("Oude verklaring &importeren…")
        add(menu, "import_old", text, self._window.importing.import_old, tip=tip)
        menu.addSeparator()
        add(menu, "save", self.tr("Op&slaan"), files.save, StandardKey.Save)
        add(menu, "save_as", self.tr("Opslaan a&ls…"), files.save_as, StandardKey.SaveAs)
        menu.addSeparator()
        text = self.tr("Exporteren naar &Word…")
        add(menu, "export_word", text, files.export_word, keys=EXPORT_WORD_KEYS)
        text = self.tr("Exporteren naar &HTML (pagina)…")
        add(menu, "export_html", text, files.export_html_page, keys=EXPORT_HTML_KEYS)
        text = self.tr("Exporteren naar HTML (&fragment)…")
        tip = self.tr("Alleen de tekst, om in een bestaande webpagina te plakken")
        add(menu, "export_fragment", text, files.export_html_fragment, tip=tip)
        text = self.tr("Exporteren naar &Markdown…")
        add(menu, "export_markdown", text, files.export_markdown)
        text = self.tr("Exporteren voor re&view (Word met opmerkingen)…")
        tip = self.tr("Een Word-document met de punten uit de controle als opmerkingen")
        add(menu, "export_review", text, files.export_review, tip=tip)
        menu.addSeparator()
        versions = self._window.versions
        tip = self.tr("Bewaar de verklaring zoals ze nu is, met een nummer en een notitie")
        add(menu, "record_version", self.tr("Versie vas&tleggen…"), versions.record, tip=tip)
        tip = self.tr("Exporteer een vastgelegde versie zoals toen, of de wijzigingen sindsdien")
        add(menu, "versions", self.tr("Vastgele&gde versies…"), versions.show_versions, tip=tip)
        text = self.tr("Exporteren met wij&zigingen t.o.v. ander project…")
        tip = self.tr("Een Word-document met de verschillen als bijgehouden wijzigingen")
        add(menu, "export_changes", text, versions.export_changes_since_file, tip=tip)
        text = self.tr("Wijzigingen van de &jurist inlezen…")
        tip = self.tr("Lees een door de jurist bewerkt Word-bestand en neem de wijzigingen over")
        add(menu, "read_review", text, self._window.review.read_lawyer_file, tip=tip)
        tip = self.tr("Kopieer dit project naar een nieuw project met een Engelse verklaring")
        text = self.tr("&Engelse versie maken…")
        add(menu, "make_english", text, self._window.english.make_english, tip=tip)
        menu.addSeparator()
        add(menu, "print", self.tr("Af&drukken…"), files.print_statement, StandardKey.Print)
        add(menu, "export_pdf", self.tr("Exporteren naar &PDF…"), files.export_pdf)
        tip = self.tr("Zet de verklaring als HTML op het klembord")
        text = self.tr("HTML-fragment &kopiëren")
        add(menu, "copy_fragment", text, files.copy_fragment, tip=tip)
        menu.addSeparator()
        add(menu, "quit", self.tr("&Afsluiten"), self._window.close, StandardKey.Quit)

    def _build_edit_menu(self) -> None:
        menu = self._menu(self.tr("Be&werken"), "menu_edit")
        stack = self._window.store.undo_stack
        undo = UndoStackAction(stack, self.tr("Ongedaan maken"), self._window, redo=False)
        redo = UndoStackAction(stack, self.tr("Opnieuw"), self._window, redo=True)
        undo.setShortcuts(standard_shortcuts(StandardKey.Undo))
        redo.setShortcuts(standard_shortcuts(StandardKey.Redo))
        menu.addAction(undo)
        menu.addAction(redo)
        self.actions["undo"] = undo
        self.actions["redo"] = redo
        menu.addSeparator()
        importing = self._window.importing
        tip = self.tr("De waarde uit de oude verklaring in het veld met de cursor klopt")
        text = self.tr("Overgenomen waarde &bevestigen")
        self._add(
            menu, "confirm_imported", text, importing.confirm_current, tip=tip, keys=CONFIRM_KEYS
        )
        tip = self.tr("Alle waarden uit de oude verklaring kloppen (in één stap)")
        text = self.tr("&Alle overgenomen waarden bevestigen")
        self._add(menu, "confirm_all_imported", text, importing.confirm_all, tip=tip)

    def _build_view_menu(self) -> None:
        menu = self._menu(self.tr("Beel&d"), "menu_view")
        tabs = self._window.tabs
        # Ctrl+1 ... Ctrl+6 pick a form, as in a browser, with the cursor in its first
        # field; the titles are the tabs' own.
        for index in range(tabs.count()):
            title = tabs.tabText(index)
            action = self._add(
                menu,
                f"tab_{index + 1}",
                title,
                partial(self._window.show_tab, index),
                keys=f"Ctrl+{index + 1}",
                tip=self.tr("Ga naar het tabblad %1").replace("%1", title),
            )
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        # Show or hide the findings dock (F8); the dock makes and names the action.
        menu.addSeparator()
        findings = self._window.findings.toggleViewAction()
        menu.addAction(findings)
        self.actions["findings"] = findings
        # The old statement beside the forms (only for an imported project).
        old_text = self._window.old_text.toggleViewAction()
        old_text.setText(self.tr("&Oude verklaring"))
        old_text.setShortcut(QKeySequence(OLD_TEXT_KEYS))
        menu.addAction(old_text)
        self.actions["old_text"] = old_text


class UndoStackAction(QAction):
    """Undo or redo, saying which step: 'Ongedaan maken “Naam wijzigen”'.

    Like QUndoStack.createUndoAction, but with the step in quotes so it is
    clear which part is the step. Every connection ends with this action.
    """

    def __init__(self, stack: QUndoStack, prefix: str, parent: QObject, *, redo: bool) -> None:
        super().__init__(parent)
        self.setObjectName("action_redo" if redo else "action_undo")
        self._prefix = prefix
        if redo:
            stack.canRedoChanged.connect(self.setEnabled)
            stack.redoTextChanged.connect(self._on_stack_text_changed)
            self.triggered.connect(stack.redo)
            self.setEnabled(stack.canRedo())
            self._on_stack_text_changed(stack.redoText())
        else:
            stack.canUndoChanged.connect(self.setEnabled)
            stack.undoTextChanged.connect(self._on_stack_text_changed)
            self.triggered.connect(stack.undo)
            self.setEnabled(stack.canUndo())
            self._on_stack_text_changed(stack.undoText())

    def _on_stack_text_changed(self, text: str) -> None:
        self.setText(f"{self._prefix} “{text}”" if text else self._prefix)
