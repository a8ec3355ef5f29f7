"""Test set-up shared by every test.

Qt must run offscreen and must never touch the user's own settings, so both
are set before any QApplication exists.

No test writes into the user's home: before anything is imported, HOME and
the XDG folders point into a temporary home made for this run (and removed
after it). The program, Qt, LibreOffice and every subprocess that inherits
the environment put their caches, settings and recovery copies there; the
jinja bytecode cache (XDG_CACHE_HOME) among them.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

TEST_HOME = Path(tempfile.mkdtemp(prefix="policy-editor-tests-home-"))
XDG_FOLDERS = {
    "XDG_CACHE_HOME": ".cache",
    "XDG_CONFIG_HOME": ".config",
    "XDG_DATA_HOME": ".local/share",
    "XDG_STATE_HOME": ".local/state",
}
os.environ["HOME"] = str(TEST_HOME)
for _name, _folder in XDG_FOLDERS.items():
    os.environ[_name] = str(TEST_HOME / _folder)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.network_guard"]  # no test reaches the network

REPO = Path(__file__).resolve().parent.parent
# The project's shared design folder, examples and seeds live beside the checkout
# (as in CI); POLICY_EDITOR_SHARED names it when the checkout is elsewhere.
SHARED = Path(os.environ.get("POLICY_EDITOR_SHARED") or REPO.parent / "shared")
EXAMPLES = sorted((SHARED / "examples").glob("*.policy.toml"))


def pytest_configure(config: pytest.Config) -> None:
    if not EXAMPLES:
        # Without it a third of the tests would fail one by one with an IndexError.
        raise pytest.UsageError(
            f"the shared folder with the example projects is missing: {SHARED}/examples. "
            "Clone the repository beside “shared”, or set POLICY_EDITOR_SHARED to that folder."
        )
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(TEST_HOME, ignore_errors=True)


@pytest.fixture(params=EXAMPLES, ids=[p.name.split(".")[0] for p in EXAMPLES])
def example_path(request: pytest.FixtureRequest) -> Path:
    return request.param
