"""The command line names a refused or missing file in Dutch, never with the system's
English words ("No such file or directory") and never with a traceback."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from editor.cli import main
from tests.conftest import EXAMPLES, REPO

OLD_STATEMENT = REPO / "tests" / "core" / "importing" / "statements" / "labels.txt"
ENGLISH = [os.strerror(number) for number in (errno.ENOENT, errno.EACCES, errno.ENOTDIR)]


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    (line,) = captured.err.splitlines()
    assert not any(words in line for words in ENGLISH), line
    return line


def test_a_lawyers_file_that_is_not_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["import-review", str(tmp_path / "weg.docx"), str(EXAMPLES[0])])
    assert code == 2
    assert one_line(capsys) == "policy-editor: weg.docx: het bestand bestaat niet."


def test_an_import_into_a_folder_that_is_not_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It ended in a traceback: the save's own error was not caught."""
    target = tmp_path / "weg" / "winkel.policy.toml"
    assert main(["import", str(OLD_STATEMENT), "-o", str(target)]) == 2
    assert one_line(capsys) == (
        "policy-editor: winkel.policy.toml: opslaan mislukt: de map bestaat niet."
    )
    assert not target.parent.exists()


def test_an_output_folder_under_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a_file = tmp_path / "notities.txt"
    a_file.write_text("x", encoding="utf-8")
    shops = [str(example) for example in EXAMPLES]
    assert main(["export", *shops, "-o", str(a_file / "uit")]) == 2
    line = one_line(capsys)
    assert line.endswith("is niet te maken (een deel van het pad is een bestand, geen map).")


def test_a_project_that_may_not_be_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "winkel.policy.toml"
    shutil.copyfile(EXAMPLES[0], project)

    def refuse(_self: Path) -> bytes:  # root may read anything: the refusal is injected
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert main(["check", str(project)]) == 2
    assert one_line(capsys) == (
        "policy-editor: winkel.policy.toml: het bestand is niet te lezen "
        "(je hebt geen toestemming om het te lezen)."
    )
