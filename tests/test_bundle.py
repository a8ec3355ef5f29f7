"""The standalone bundle (packaging/build_bundle.py) works on its own.

Building it takes minutes, so the test suite does not: .ci/run builds it once
and points POLICY_EDITOR_BUNDLE at the folder. Without that variable these
tests skip (and fail under POLICY_EDITOR_REQUIRE_TOOLS=1, as in CI). They run
the bundle's own program with a bare environment (no Python, no venv on the
path) from an unrelated folder: every export format and option, the check,
an import, and the window until its first paint.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.installed import check_everything, run
from tests.tools import require_tool, tools_required

BUNDLE_ENV = "POLICY_EDITOR_BUNDLE"


@pytest.fixture(scope="module")
def bundle() -> Path:
    folder = os.environ.get(BUNDLE_ENV)
    if not folder:
        reason = f"no bundle built ({BUNDLE_ENV} is not set; .ci/run builds one)"
        if tools_required():
            pytest.fail(f"{reason}, and POLICY_EDITOR_REQUIRE_TOOLS=1 makes it mandatory")
        pytest.skip(reason)
    return Path(folder).resolve()


def program(bundle: Path) -> Path:
    return bundle / ("policy-editor.exe" if sys.platform == "win32" else "policy-editor")


def bare_environment(home: Path) -> dict[str, str]:
    """A user's environment without any Python: the bundle must bring its own."""
    home.mkdir(parents=True, exist_ok=True)
    windows = {name: os.environ[name] for name in ("SYSTEMROOT", "WINDIR") if name in os.environ}
    return {
        **windows,
        "PATH": "/usr/bin:/bin" if not windows else windows.get("SYSTEMROOT", ""),
        "HOME": str(home),
        "USERPROFILE": str(home),
        "APPDATA": str(home / "AppData" / "Roaming"),
        "LOCALAPPDATA": str(home / "AppData" / "Local"),
        "TEMP": str(home),
        "TMP": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        # The tests' network guard cannot reach into the bundle's Python; keep its
        # wrapper from adding a PYTHONPATH the bundle would ignore anyway.
        "POLICY_EDITOR_OFFLINE_GUARD": "0",
    }


def test_the_bundle_runs_everything_from_an_unrelated_folder(bundle: Path, tmp_path: Path) -> None:
    work = tmp_path / "elsewhere"
    work.mkdir()
    project = work / "winkel.policy.toml"
    # The starter project: it is in the repository, so the Windows and macOS
    # workflow (.github/workflows/bundle.yml) needs no shared examples either.
    shutil.copy(REPO / "resources" / "starter.policy.toml", project)
    env = bare_environment(tmp_path / "home")
    check_everything([str(program(bundle))], project, work, env)
    # The importer too: the Markdown export read back as a new project.
    run(
        [
            str(program(bundle)),
            "import",
            str(work / "statement.md"),
            "-o",
            str(work / "terug.policy.toml"),
        ],
        work,
        env,
    )
    assert (work / "terug.policy.toml").is_file()


def test_the_bundle_has_its_icon_and_data(bundle: Path) -> None:
    (inside,) = {p.parents[2] for p in bundle.rglob("editor/clauses/nl/manifest.toml")}
    for relative in (
        "clauses/nl/manifest.toml",
        "resources/page/page.html.j2",
        "resources/icons/policy-editor.png",
    ):
        assert (inside / relative).is_file(), relative
    assert (bundle / "policy-editor.png").read_bytes().startswith(b"\x89PNG")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a .desktop file is for Linux")
def test_the_menu_entry_points_at_the_bundle(bundle: Path, tmp_path: Path) -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(bundle / "policy-editor.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Icon"] == "policy-editor"
    home = tmp_path / "home"
    env = bare_environment(home)
    result = subprocess.run(
        [str(bundle / "install-menu-entry.sh")], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    installed = home / ".local" / "share" / "applications" / "policy-editor.desktop"
    exec_line = next(
        line for line in installed.read_text().splitlines() if line.startswith("Exec=")
    )
    assert exec_line == f'Exec="{program(bundle)}" %f'
    assert (home / ".local/share/icons/hicolor/256x256/apps/policy-editor.png").is_file()
    validate = require_tool("desktop-file-validate", "it checks the menu entry")
    for entry_file in (bundle / "policy-editor.desktop", installed):
        checked = subprocess.run(
            [validate, str(entry_file)], capture_output=True, text=True, timeout=60
        )
        assert checked.returncode == 0 and not checked.stdout.strip(), (
            checked.stdout + checked.stderr
        )
