"""Test set-up shared by every test.

Qt must run offscreen and must never touch the user's own settings, so both
are set before any QApplication exists.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

pytest_plugins = ["tests.network_guard"]  # no test reaches the network

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
EXAMPLES = sorted((SHARED / "examples").glob("*.policy.toml"))


def pytest_configure(config: pytest.Config) -> None:
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)


@pytest.fixture(params=EXAMPLES, ids=[p.name.split(".")[0] for p in EXAMPLES])
def example_path(request: pytest.FixtureRequest) -> Path:
    return request.param
