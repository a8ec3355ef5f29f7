"""What the command line prints quotes the user's file escaped and shortened.

ANSI escape codes in a value reached the terminal live, and a 1 MB value made
a 1 MB message. Run in-process: the printing is the subject, not the start.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.cli import main

HOSTILE = "u\n\x1b[31mRED"


def _write(path: Path, body: str) -> Path:
    path.write_text("format_version = 1\n" + body, encoding="utf-8")
    return path


def _assert_clean(text: str) -> None:
    assert "\x1b" not in text
    assert all(char.isprintable() for line in text.splitlines() for char in line)


def test_a_bad_value_is_escaped_in_the_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = _write(
        tmp_path / "winkel.policy.toml", f"[document]\naddress = {json.dumps(HOSTILE)}\n"
    )
    assert main(["check", str(project)]) == 2
    err = capsys.readouterr().err
    _assert_clean(err)
    assert "“u\\n\\x1b[31mRED” is geen bekende keuze" in err
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize(
    "body",
    [
        "[document]\naddress = {value}\n",
        "[document]\neffective_date = {value}\n",
        "[clauses]\ndisabled = [{value}]\n",
        "[clauses.overrides]\n{value} = 'x'\n",
    ],
)
def test_a_huge_value_makes_a_short_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str
) -> None:
    # Under the key length limit, so the key case reaches the schema too.
    value = json.dumps("\x1b[31m" + "x" * 900)
    project = _write(tmp_path / "winkel.policy.toml", body.format(value=value))
    assert main(["export", str(project), "-o", str(tmp_path / "x.md")]) == 2
    err = capsys.readouterr().err
    _assert_clean(err)
    assert len(err) < 400
    assert "…" in err


def test_check_escapes_category_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    name = "\x1b[2J\x1b[31mGewist" + "y" * 500
    project = _write(
        tmp_path / "winkel.policy.toml",
        f"[[data_categories]]\nname = {json.dumps(name)}\n",
    )
    main(["check", str(project)])
    out = capsys.readouterr().out
    _assert_clean(out)
    assert "“\\x1b[2J\\x1b[31mGewist" in out
    assert "y" * 100 not in out


def test_a_file_name_with_control_characters_is_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(tmp_path / "we\x1b[31mg.policy.toml")]) == 2
    err = capsys.readouterr().err
    _assert_clean(err)
    assert "we\\x1b[31mg.policy.toml" in err


@pytest.mark.parametrize("extra", [[], ["--json"]])
def test_a_reader_that_goes_away_is_no_error(tmp_path: Path, extra: list[str]) -> None:
    """`policy-editor check ... | head -1`: the pipe closes before we write."""
    import os
    import subprocess
    import sys

    from tests.conftest import REPO, SHARED

    env = dict(os.environ, PYTHONPATH=str(REPO))
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "editor",
            "check",
            str(SHARED / "examples" / "luxigo.policy.toml"),
            *extra,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env=env,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before the first line is written
    err = process.stderr.read().decode()
    assert process.wait(timeout=120) in (0, 1)
    assert err == ""


@pytest.mark.parametrize("command", ["check", "export"])
def test_a_long_dotted_key_is_refused_in_one_line(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """100,000 parts: the parser would take gigabytes; the command line says no at once."""
    project = tmp_path / "lang.policy.toml"
    project.write_text("format_version = 1\n" + "d." * 100_000 + "d = 1\n", encoding="utf-8")
    output = ["-o", str(tmp_path / "uit.docx")] if command == "export" else []
    assert main([command, str(project), *output]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.splitlines()
    assert line.startswith("policy-editor: lang.policy.toml, regel 2: ")
    assert "meer dan 50 delen tussen punten" in line
    assert not (tmp_path / "uit.docx").exists()


def test_a_raw_file_name_in_a_message_is_escaped_at_the_last_step(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not every message quotes its file name through shown(); the command line's own
    last guard (printable) still keeps an escape code off the terminal."""
    existing = tmp_path / "oud\x1b[31m.policy.toml"
    existing.write_text("x", encoding="utf-8")
    old = tmp_path / "oud.md"
    old.write_text("# Privacy\n\nWij zijn een winkel.\n", encoding="utf-8")
    assert main(["import", str(old), "-o", str(existing)]) == 2
    err = capsys.readouterr().err
    _assert_clean(err)
    assert "oud\\x1b[31m.policy.toml bestaat al" in err
