"""One voice: "je" in the window, quote marks “…” in the window and the
statement, and dates as the Netherlands writes them (Qt's file dialog too)."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QWidget

from editor.core.project_file import load_project
from editor.core.starter import starter_project
from editor.export.assemble import assemble
from editor.export.html import render_fragment
from editor.ui.main_window import MainWindow
from tests.conftest import EXAMPLES

# A quotation opened with a straight or a low mark; an apostrophe ("pagina's") is fine.
WRONG_QUOTES = re.compile(r"[\"„‚]|(?:^|[\s(])'\S")
# The formal words, apart from the choice between the two forms itself.
FORMAL = re.compile(r"\b(?:[Uu]|[Uu]w|Wilt)\b")


def window_texts(window: MainWindow) -> list[str]:
    """Every text the window's forms and menus show (tooltips and placeholders too)."""
    texts = []
    for index in range(window.tabs.count()):
        page = window.tabs.widget(index)
        for child in page.findChildren(QWidget):
            texts.extend([child.toolTip(), child.accessibleName()])
            if isinstance(child, QLabel | QAbstractButton):
                texts.append(child.text())
            elif isinstance(child, QGroupBox):
                texts.append(child.title())
            elif isinstance(child, QLineEdit):
                texts.append(child.placeholderText())
    for action in window.findChildren(type(window.actions_by_name["save"])):
        texts.extend([action.text(), action.statusTip(), action.toolTip()])
    return [text for text in texts if text]


def test_the_window_says_je_and_quotes_with_curly_marks(
    make_window: Callable[[], MainWindow],
) -> None:
    window = make_window()
    texts = window_texts(window)
    assert len(texts) > 100
    quoted = [text for text in texts if WRONG_QUOTES.search(text)]
    assert quoted == []
    formal = [t for t in texts if FORMAL.search(t) and "u (formeel)" not in t]
    assert formal == []


@pytest.mark.parametrize(
    "path", [*EXAMPLES, None], ids=[*(p.name.split(".")[0] for p in EXAMPLES), "starter"]
)
def test_the_statement_quotes_with_curly_marks(path: Path | None) -> None:
    project = load_project(path) if path is not None else starter_project()
    text = html.unescape(re.sub(r"<[^>]+>", " ", render_fragment(assemble(project))))
    assert [m.group(0) for m in WRONG_QUOTES.finditer(text)] == []


def test_dates_in_qts_own_dialogs_are_dutch(tmp_path: Path) -> None:
    # The file dialog's dates come from the system locale, which Qt reads when
    # the application starts: so a fresh program, on a system set to "C".
    code = (
        "from PySide6.QtCore import QDate, QDateTime, QLocale, QTime\n"
        "from editor.ui.app import create_application\n"
        "app = create_application(['policy-editor'])\n"
        "moment = QDateTime(QDate(2026, 12, 1), QTime(22, 4))\n"
        "print(QLocale.system().toString(moment, QLocale.FormatType.ShortFormat))\n"
        "print(QLocale().toString(moment, QLocale.FormatType.ShortFormat))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG="C.UTF-8", QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines() == ["01-12-2026 22:04", "01-12-2026 22:04"]
