"""A checkout away from the shared folder: one clear line, not hundreds of failures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def test_a_missing_shared_folder_is_said_once(tmp_path: Path) -> None:
    env = {**os.environ, "POLICY_EDITOR_SHARED": str(tmp_path / "nowhere")}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_no_qt.py"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 4, result.stdout + result.stderr  # pytest's usage error
    assert f"{tmp_path / 'nowhere'}/examples" in result.stderr
    assert "POLICY_EDITOR_SHARED" in result.stderr
