"""`policy-editor import OLD -o NEW.policy.toml`: a project from an old statement."""

from __future__ import annotations

from pathlib import Path

from editor.core.checks import check
from editor.core.project_file import load_project
from tests.conftest import SHARED
from tests.test_cli import run

SEED = SHARED / "seeds" / "luxigo.txt"


def test_import_writes_a_project_and_says_what_it_found(tmp_path: Path) -> None:
    out = tmp_path / "luxigo.policy.toml"
    result = run("import", str(SEED), "-o", str(out))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    assert "luxigo.policy.toml" in lines[0] and "ontvangers" in lines[0]
    project = load_project(out)
    assert project.import_ is not None
    assert project.import_.source == "luxigo.txt"
    assert project.import_.text.strip()
    assert "organisation.name" in project.import_.unconfirmed
    ids = {finding.id for finding in check(project)}
    assert "imported-unconfirmed" in ids
    # The old claim about IP addresses is a finding, and is nowhere in the statement's texts.
    assert "not-personal-data" in ids
    assert not project.custom_sections and not project.clauses.overrides


def test_import_refuses_to_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "bestaand.policy.toml"
    out.write_text("format_version = 2\n", "utf-8")
    result = run("import", str(SEED), "-o", str(out))
    assert result.returncode == 2
    assert "bestaat al" in result.stderr and "Traceback" not in result.stderr
    assert out.read_text("utf-8") == "format_version = 2\n"
    again = run("import", str(SEED), "-o", str(out), "--overschrijven")
    assert again.returncode == 0, again.stderr


def test_unreadable_input_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    old = tmp_path / "oud.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    out = tmp_path / "nieuw.policy.toml"
    result = run("import", str(old), "-o", str(out))
    assert result.returncode == 2
    assert ".docx" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_nothing_found_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    old = tmp_path / "boodschappen.txt"
    old.write_text("Melk\n\nBrood en kaas halen bij de markt.\n", "utf-8")
    out = tmp_path / "nieuw.policy.toml"
    result = run("import", str(old), "-o", str(out))
    assert result.returncode == 2
    assert "niets" in result.stderr
    assert not out.exists()


def test_help_lists_import() -> None:
    result = run("--help")
    assert "import" in result.stdout


def test_import_words_go_to_the_command_line_not_the_window() -> None:
    from editor.__main__ import wants_cli

    assert wants_cli(["policy-editor", "import", "oud.txt", "-o", "nieuw.policy.toml"])
    assert wants_cli(["policy-editor", "import-review", "jurist.docx", "winkel.policy.toml"])
    assert not wants_cli(["policy-editor", "winkel.policy.toml"])
