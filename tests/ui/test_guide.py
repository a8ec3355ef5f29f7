"""Help -> Handleiding (F1): the Dutch guide, shown inside the program, from one source."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from editor.core.resources import read_text, resource_path
from editor.ui.guide import GUIDE_PARTS, GuideWindow, guide_markdown
from editor.ui.main_window import MainWindow
from tests.conftest import REPO


def test_f1_shows_the_guide_inside_the_program(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    QTest.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(GuideWindow)
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    assert text.startswith("Handleiding Policy Editor")
    # Rendered from Markdown: headings and tables, not the raw marks.
    assert "## " not in text and "|---|" not in text
    assert guide.browser.document().findBlockByNumber(0).blockFormat().headingLevel() == 1
    window.actions_by_name["guide"].trigger()  # again: the same window, not a second
    assert window.findChildren(GuideWindow) == [guide]
    assert window.actions_by_name["guide"].text() == "&Handleiding"


def test_the_guide_ships_as_package_data_and_the_readme_links_to_it() -> None:
    shipped = read_text(resource_path(*GUIDE_PARTS))
    assert shipped == guide_markdown()
    assert shipped == (REPO / "resources" / "guide" / "handleiding.md").read_text("utf-8")
    readme = (REPO / "README.md").read_text("utf-8")
    assert "(resources/guide/handleiding.md)" in readme


def test_the_guide_covers_every_tab_and_says_je(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    text = guide_markdown()
    for index in range(window.tabs.count()):
        assert f"| {window.tabs.tabText(index)} |" in text
    assert " u " not in text.replace("*u* of *je*", "")
    assert "„" not in text and '"' not in text
