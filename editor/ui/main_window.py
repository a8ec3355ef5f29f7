"""The editor window: the forms as tabs on the left, the live preview on the right.

The window owns no project data: the store does. The window wires the tabs,
the preview and the menus to the store, keeps the title and the modified
marker in step with the undo stack, and remembers its own shape in QSettings.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QWidget,
)

from editor import __version__
from editor.ui import settings as keys
from editor.ui.english_version import EnglishVersionAction
from editor.ui.file_actions import PROJECT_SUFFIX, FileActions
from editor.ui.findings_panel import FindingsPanel
from editor.ui.import_actions import IMPORT_SUFFIXES, ImportActions, ImportSource
from editor.ui.lazy_tabs import LazyTabWidget
from editor.ui.menus import build_menus
from editor.ui.old_text_panel import OldTextPanel
from editor.ui.preview import DEFAULT_INTERVAL_MS, PreviewPane
from editor.ui.review_dialog import ReviewActions
from editor.ui.store import Store
from editor.ui.tabs import tab_makers
from editor.ui.versions import VersionActions
from editor.ui.window_questions import PROGRAM_NAME, DialogQuestions, Questions

DEFAULT_SIZE = (1320, 840)
DEFAULT_SPLIT = [600, 720]
# Small enough for a 1024x640 screen (the small screenshots' size); the form and
# the preview both stay usable at it.
MINIMUM_SIZE = (960, 600)
# The preview never gets narrower than a readable column ("betaalgegeven s" at
# 180 px was not); the form gives way first.
PREVIEW_MINIMUM_WIDTH = 380
DEFAULT_FINDINGS_HEIGHT = 130
# saveState() of the window (its docks) and of the preview area (the check panel).
# Raise it when the docks change.
DOCK_STATE_VERSION = 1


class ExportNotice(QWidget):
    """The status bar's "exported to X [Openen]" line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.open_button = QPushButton(self.tr("Openen"), self)
        self.open_button.setAccessibleName(self.tr("Geëxporteerd bestand openen"))
        self.open_button.clicked.connect(self._on_open_button_clicked)
        layout.addWidget(self.label)
        layout.addWidget(self.open_button)
        self.path: Path | None = None
        self.hide()

    def show_file(self, path: Path) -> None:
        self.path = path
        self.label.setText(self.tr("Geëxporteerd naar %s") % path.name)
        self.label.setToolTip(str(path))
        self.show()

    def _on_open_button_clicked(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: Store,
        settings: QSettings | None = None,
        *,
        questions: Questions | None = None,
        preview_interval_ms: int = DEFAULT_INTERVAL_MS,
        check_now: bool = True,
    ) -> None:
        """``questions``: how the window asks the user (dialogs when not given)."""
        super().__init__()
        self.setObjectName("main_window")
        self.store = store
        self.questions: Questions = questions if questions is not None else DialogQuestions(self)
        self.settings = settings if settings is not None else QSettings()
        self.setAcceptDrops(True)

        self.preview = PreviewPane(store, self, interval_ms=preview_interval_ms)
        # Each tab is made the first time it is shown or asked for: at the start
        # only the current one is (see lazy_tabs.py).
        self.tabs = LazyTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        # Every tab title stays visible: the form side is never narrower than its tabs.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.page_made.connect(self._on_tabs_page_made)
        for title, make in tab_makers():
            self.tabs.add_lazy_tab(partial(make, store), title)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(self.tabs)
        # The check panel docks under the preview only, so the forms keep the
        # window's whole height (at 1366x768 a detail form fits without scrolling).
        self.preview_area = QMainWindow(self)
        self.preview_area.setObjectName("preview_area")
        self.preview_area.setWindowFlags(Qt.WindowType.Widget)  # a child, not a window
        self.preview_area.setCentralWidget(self.preview)
        self.splitter.addWidget(self.preview_area)
        self.splitter.setChildrenCollapsible(False)
        # Both sides share a change of the window's width, so a narrower window
        # takes room from the form too, not from the preview alone.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.preview.setMinimumWidth(PREVIEW_MINIMUM_WIDTH)
        self.setMinimumSize(*MINIMUM_SIZE)
        self.setCentralWidget(self.splitter)

        self._install_findings_panel(preview_interval_ms, check_now)
        self.files = FileActions(self)
        self.versions = VersionActions(self)
        self.review = ReviewActions(self)
        self.english = EnglishVersionAction(self)
        self.importing = ImportActions(self)
        self.old_text = OldTextPanel(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.old_text)
        self.old_text.refresh()
        self.actions_by_name = build_menus(self)
        self.files.read_only_changed.connect(self._on_files_read_only_changed)
        # An undo or redo shows what it changed, wherever it is in the statement.
        for name in ("undo", "redo"):
            self.actions_by_name[name].triggered.connect(self.preview.follow_next_change)
        self.export_notice = ExportNotice(self)
        self.statusBar().addWidget(self.export_notice)
        notice = QLabel(self.tr("Hulpmiddel bij het opstellen, geen juridisch advies"), self)
        notice.setObjectName("not_legal_advice")
        self.statusBar().addPermanentWidget(notice)

        store.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)
        store.path_changed.connect(self._update_title)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self._update_title()
        self._restore_state()
        self.tabs.currentWidget()  # made now, so the first paint finds it laid out
        self._first_show = True
        self._guide: QWidget | None = None

    # -- title and modified marker ----------------------------------------------
    def _update_title(self) -> None:
        path = self.store.path
        name = path.name if path is not None else self.tr("Naamloos")
        if self.files.read_only:
            name += self.tr(" (alleen-lezen)")
        self.setWindowTitle(f"{name}[*] — {PROGRAM_NAME}")
        self.setWindowFilePath(str(path) if path is not None else "")
        self.setWindowModified(self.store.is_modified())

    def _on_files_read_only_changed(self, read_only: bool) -> None:
        self.actions_by_name["save"].setEnabled(not read_only)
        self._update_title()

    def _on_undo_stack_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    # -- tabs and preview --------------------------------------------------------
    def show_tab(self, index: int) -> None:
        """Show tab ``index`` with the cursor in its first field (Ctrl+1 ... Ctrl+6)."""
        self.tabs.setCurrentIndex(index)
        self._focus_current_tab()

    def _focus_current_tab(self) -> None:
        focus_first_field = getattr(self.tabs.currentWidget(), "focus_first_field", None)
        if callable(focus_first_field):
            focus_first_field()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._first_show:
            # Typing starts in the form (the shop's name), not in the preview,
            # where the first keys were lost and spaces scrolled the text.
            self._first_show = False
            self._focus_current_tab()

    def _on_tabs_page_made(self, _index: int, page: QWidget) -> None:
        requested = getattr(page, "section_requested", None)
        if requested is not None:  # a tab whose selected row has its own section
            requested.connect(self.preview.show_section)
        part = getattr(page, "part_requested", None)
        if part is not None:  # ... or its own place in a section
            part.connect(self.preview.show_part)

    def _on_tabs_current_changed(self, index: int) -> None:
        section_key = getattr(self.tabs.widget(index), "section_key", None)
        if callable(section_key):
            self.preview.show_section(section_key())

    def _install_findings_panel(self, interval_ms: int, check_now: bool) -> None:
        """The check's findings in a dock below, their counts in the status bar.

        ``check_now=False``: the check first runs at ``findings.ensure_checked()``.
        """
        self.findings = FindingsPanel(
            self.store, self, interval_ms=interval_ms, tabs=self.tabs, check_now=check_now
        )
        self.findings.reveal_requested.connect(self.reveal)
        self.preview_area.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.findings)
        self.statusBar().insertPermanentWidget(0, self.findings.count_button)

    def reveal(self, path: tuple[str | int, ...]) -> bool:
        """Show the tab with the field at ``path`` and focus it (e.g. for a finding)."""
        if path and path[0] == "import_":  # a finding about the old text itself
            return self.old_text.reveal_old_claim()
        for index in range(self.tabs.count()):
            reveal = getattr(self.tabs.widget(index), "reveal", None)
            if callable(reveal) and reveal(path):
                self.tabs.setCurrentIndex(index)
                return True
        return False

    def show_exported(self, path: Path) -> None:
        self.statusBar().clearMessage()
        self.export_notice.show_file(path)

    def show_about(self) -> None:
        text = (
            self.tr(
                "<h3>Policy Editor %s</h3>"
                "<p>Maak en onderhoud de privacyverklaring van een webwinkel, zonder internet.</p>"
                "<p>Dit programma helpt bij het opstellen van de verklaring. Het is geen "
                "juridisch advies: laat bij twijfel een jurist meekijken.</p>"
            )
            % __version__
        )
        QMessageBox.about(self, self.tr("Over Policy Editor"), text)

    def show_guide(self) -> None:
        """Help -> Handleiding (F1): the guide beside the editor, made once."""
        if self._guide is None:
            from editor.ui.guide import GuideWindow  # only when asked for: start-up

            self._guide = GuideWindow(self)
        self._guide.show()
        self._guide.activateWindow()

    def show_first_start_notice(self) -> bool:
        """Say once, on the first start, that this is a drafting aid; True when shown."""
        if keys.NOTICE_SHOWN.read(self.settings):
            return False
        QMessageBox.information(
            self,
            self.tr("Welkom bij Policy Editor"),
            self.tr(
                "Dit programma helpt bij het opstellen van een privacyverklaring. "
                "Het is geen juridisch advies. Controleer de tekst en laat bij twijfel "
                "een jurist meekijken."
            ),
        )
        keys.NOTICE_SHOWN.write(self.settings, True)
        return True

    # -- drag and drop -------------------------------------------------------------
    @staticmethod
    def _dropped_project(event: QDragEnterEvent | QDropEvent) -> Path | None:
        for url in event.mimeData().urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(PROJECT_SUFFIX):
                return Path(url.toLocalFile())
        return None

    @staticmethod
    def _dropped_old_statement(event: QDragEnterEvent | QDropEvent) -> Path | None:
        """A dropped file the importer reads (an old statement), if any."""
        for url in event.mimeData().urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(IMPORT_SUFFIXES):
                return Path(url.toLocalFile())
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_project(event) or self._dropped_old_statement(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_project(event)
        old = self._dropped_old_statement(event) if path is None else None
        if path is None and old is None:
            event.ignore()
            return
        event.acceptProposedAction()
        if path is not None:
            self.files.open_path(path)
        elif old is not None and self.files.confirm_discard():
            # Dropping an old statement imports it, as Bestand > Oude verklaring importeren.
            self.importing.import_source(ImportSource(path=old))

    # -- closing and remembered state ---------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.confirm_discard():
            event.ignore()
            return
        self.files.close_file()
        self._save_state()
        event.accept()

    def end_session(self) -> None:
        """Close as Ctrl+Q does, without asking: for a signal (editor/ui/shutdown.py)."""
        self.files.end_session()
        self._save_state()

    def _restore_state(self) -> None:
        geometry = keys.GEOMETRY.read(self.settings)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(self._default_size())
        splitter = keys.SPLITTER_STATE.read(self.settings)
        if splitter.isEmpty() or not self.splitter.restoreState(splitter):
            self.splitter.setSizes(DEFAULT_SPLIT)
        docks = keys.DOCK_STATE.read(self.settings)
        if not docks.isEmpty():
            self.restoreState(docks, DOCK_STATE_VERSION)
        check_panel = keys.CHECK_PANEL_STATE.read(self.settings)
        area = self.preview_area
        if check_panel.isEmpty() or not area.restoreState(check_panel, DOCK_STATE_VERSION):
            # A few lines of findings; the preview keeps most of the height.
            area.resizeDocks([self.findings], [DEFAULT_FINDINGS_HEIGHT], Qt.Orientation.Vertical)
        last_tab = keys.LAST_TAB.read(self.settings)
        if 0 <= last_tab < self.tabs.count():
            self.tabs.setCurrentIndex(last_tab)

    def _default_size(self) -> QSize:
        """DEFAULT_SIZE, or less on a screen that has less room (a laptop's 1366x768)."""
        size = QSize(*DEFAULT_SIZE)
        screen = self.screen()
        if screen is not None:
            size = size.boundedTo(screen.availableSize())
        return size.expandedTo(self.minimumSize())

    def _save_state(self) -> None:
        keys.GEOMETRY.write(self.settings, self.saveGeometry())
        keys.SPLITTER_STATE.write(self.settings, self.splitter.saveState())
        keys.DOCK_STATE.write(self.settings, self.saveState(DOCK_STATE_VERSION))
        keys.CHECK_PANEL_STATE.write(self.settings, self.preview_area.saveState(DOCK_STATE_VERSION))
        keys.LAST_TAB.write(self.settings, self.tabs.currentIndex())
        self.settings.sync()
