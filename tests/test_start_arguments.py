"""What the first word on the command line starts: the command line, the window,
or, for a typo, one line naming the commands (never the window)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor import __main__ as start
from editor.cli import build_parser
from tests.conftest import EXAMPLES


@pytest.fixture
def no_window(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Records each start of the window instead of starting it."""
    started: list[list[str]] = []
    from editor.ui import app

    monkeypatch.setattr(app, "run_gui", lambda argv: started.append(argv) or 0)
    return started


@pytest.mark.parametrize("word", ["help", "exprot", "chek", "shop.toml", "map/"])
def test_a_word_that_is_no_command_and_no_file_exits_2_with_one_line(
    word: str,
    no_window: list[list[str]],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)  # "map/" exists there as a folder: a folder is no project file
    (tmp_path / "map").mkdir()
    assert start.main(["policy-editor", word, "x"]) == 2
    assert no_window == []
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1
    for command in ("export", "check", "import", "import-review"):
        assert command in lines[0]
    assert word.rstrip("/") in lines[0]


def test_the_message_names_every_command_the_command_line_has() -> None:
    (commands,) = [a for a in build_parser()._actions if a.dest == "command"]
    assert set(commands.choices) == set(start.CLI_COMMANDS)  # type: ignore[arg-type]


def test_a_typed_escape_code_is_shown_escaped(
    no_window: list[list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    assert start.main(["policy-editor", "\x1b[31mrood"]) == 2
    assert "\x1b" not in capsys.readouterr().err


def test_a_project_opens_the_window(no_window: list[list[str]], tmp_path: Path) -> None:
    existing = tmp_path / "oud-bestand.toml"  # any existing file: the window says what is wrong
    existing.write_text("")
    for argv in (
        ["policy-editor"],
        ["policy-editor", str(EXAMPLES[0])],
        ["policy-editor", str(tmp_path / "nieuw.policy.toml")],  # not there yet
        ["policy-editor", str(tmp_path / "HOOFDLETTERS.POLICY.TOML")],
        ["policy-editor", str(existing)],
    ):
        assert start.main(argv) == 0
    assert len(no_window) == 5


def test_a_typo_never_loads_qt_nor_needs_a_screen(tmp_path: Path) -> None:
    """Without a display, starting the window made Qt abort (exit 134)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, editor.__main__ as m; code = m.main(); print(sorted(n for n in sys.modules if n.startswith('PySide6'))); sys.exit(code)",
            "exprot",
            "x",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2, result.stderr
    assert result.stdout.strip() == "[]"
    assert len(result.stderr.splitlines()) == 1
