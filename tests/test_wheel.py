"""The installed program works, not only the source tree.

Builds the wheel, installs it into a fresh virtual environment (with the
already-installed dependencies visible, since the machine may be offline)
and exports an example with the installed ``policy-editor`` script from a
folder far from the source tree.
"""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO, SHARED


@pytest.mark.slow
def test_built_wheel_installs_and_exports(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(dist),
            str(REPO),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    (wheel,) = dist.glob("policy_editor-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "clauses/nl/manifest.toml" in names
    assert "resources/catalog.toml" in names
    assert "resources/page/statement.css" in names

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, system_site_packages=True).create(env_dir)
    python = env_dir / "bin" / "python"
    install = subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-index",
            "--ignore-installed",
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]

    work = tmp_path / "elsewhere"
    work.mkdir()
    out = work / "luxigo.docx"
    script = env_dir / "bin" / "policy-editor"
    result = subprocess.run(
        [str(script), "export", str(SHARED / "examples" / "luxigo.policy.toml"), "-o", str(out)],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"PK")
    where = subprocess.run(
        [str(python), "-c", "import editor, clauses; print(editor.__file__, clauses.__file__)"],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert str(REPO) not in where.stdout, "the test must use the installed copy"
