"""The command line: export, check, exit codes, no traceback, no partial output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SHARED
from tests.core.test_project_file import BAD_FILES

LUXIGO = SHARED / "examples" / "luxigo.policy.toml"


def run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])
    )
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


@pytest.mark.parametrize("suffix", [".docx", ".html", ".md"])
def test_export_writes_the_format_of_the_extension(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"luxigo{suffix}"
    result = run("export", str(LUXIGO), "-o", str(out))
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    magic = {".docx": b"PK", ".html": b"<!DOCTYPE html>", ".md": b"# "}[suffix]
    assert data.startswith(magic)


def test_format_option_and_fragment(tmp_path: Path) -> None:
    out = tmp_path / "statement.txt"
    assert run("export", str(LUXIGO), "-o", str(out), "--format", "md").returncode == 0
    assert out.read_text(encoding="utf-8").startswith("# Privacyverklaring")
    frag = tmp_path / "fragment.html"
    assert run("export", str(LUXIGO), "-o", str(frag), "--fragment").returncode == 0
    assert frag.read_text(encoding="utf-8").startswith("<article")


@pytest.mark.parametrize(
    ("label", "content", "expected"), BAD_FILES[:12], ids=[b[0] for b in BAD_FILES[:12]]
)
def test_unreadable_project_exits_2_with_one_line_and_no_output(
    tmp_path: Path, label: str, content: bytes, expected: str
) -> None:
    source = tmp_path / f"{label}.policy.toml"
    source.write_bytes(content)
    out = tmp_path / "out.docx"
    result = run("export", str(source), "-o", str(out))
    assert result.returncode == 2
    assert not out.exists()
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and source.name in lines[0] and expected in lines[0]
    assert "Traceback" not in result.stderr
    check = run("check", str(source))
    assert check.returncode == 2 and "Traceback" not in check.stderr


def test_unwritable_output_exits_2(tmp_path: Path) -> None:
    result = run("export", str(LUXIGO), "-o", str(tmp_path / "missing" / "x.html"))
    assert result.returncode == 2
    assert "x.html" in result.stderr and "Traceback" not in result.stderr
    result = run("export", str(LUXIGO), "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and ".pdf" in result.stderr
    assert not list(tmp_path.iterdir())


def test_version_and_help() -> None:
    from editor import __version__

    version = run("--version")
    assert version.returncode == 0 and __version__ in version.stdout
    helped = run("--help")
    assert helped.returncode == 0 and "export" in helped.stdout and "check" in helped.stdout
    # Dutch throughout, argparse's own words too.
    for dutch in ("gebruik: policy-editor", "argumenten:", "opties:", "toon deze hulp en stop"):
        assert dutch in helped.stdout
    assert "usage" not in helped.stdout and "show this help" not in helped.stdout


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["export", "winkel.policy.toml"], "fout: deze argumenten ontbreken: -o/--output"),
        (
            ["export", "w.policy.toml", "-o", "x", "--format", "pdf"],
            "fout: argument --format: ongeldige keuze: “pdf” (kies uit “docx”, “html”, “md”)",
        ),
        (["check", "w.policy.toml", "--snel"], "fout: onbekende argumenten: --snel"),
    ],
)
def test_wrong_arguments_are_explained_in_dutch(
    args: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    from editor.cli import main

    before = argparse._  # type: ignore[attr-defined]
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code == 2
    assert says in capsys.readouterr().err
    assert argparse._ is before  # type: ignore[attr-defined]  # put back for others


def test_check_json_has_every_key_and_exit_codes(tmp_path: Path) -> None:
    result = run("check", str(LUXIGO), "--json")
    assert result.returncode == 1  # luxigo lacks a retention period: an error
    findings = json.loads(result.stdout)
    assert findings
    for finding in findings:
        assert set(finding) == {"id", "severity", "path", "message", "source"}
    human = run("check", str(LUXIGO))
    assert human.returncode == 1 and "retention" in human.stdout


def test_check_on_a_complete_project_exits_0(tmp_path: Path) -> None:
    from editor.core.project_file import save_project
    from tests.core.complete_project import complete_project

    target = tmp_path / "complete.policy.toml"
    save_project(complete_project(), target)
    result = run("check", str(target))
    assert result.returncode == 0, result.stdout


def test_command_line_never_imports_qt(tmp_path: Path) -> None:
    code = (
        "import sys, runpy\n"
        f"sys.argv = ['main.py', 'export', {str(LUXIGO)!r}, '-o', {str(tmp_path / 'x.docx')!r}]\n"
        "try:\n    runpy.run_path('main.py', run_name='__main__')\n"
        "except SystemExit as exit:\n    assert exit.code == 0, exit.code\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
