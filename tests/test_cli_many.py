"""The command line for many shops: check and export over several files or a folder.

Run in-process (the batch path is the subject); one test starts the real
program to show the exit code and the streams as a shell sees them.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main
from editor.cli_batch import Progress
from tests.conftest import EXAMPLES, REPO

BROKEN = "format_version = 1\n[organisation\n"


@pytest.fixture
def shops(tmp_path: Path) -> Path:
    """A folder as an agency keeps it: projects, and what lies next to them."""
    folder = tmp_path / "winkels"
    folder.mkdir()
    for example in EXAMPLES:
        shutil.copyfile(example, folder / example.name)
    # Not projects: a backup, a lock file, a recovery sidecar, other files.
    (folder / "luxigo.policy.toml.bak").write_text(BROKEN, encoding="utf-8")
    (folder / ".~luxigo.policy.toml.lock").write_text("{}", encoding="utf-8")
    (folder / ".verborgen.policy.toml").write_text(BROKEN, encoding="utf-8")
    (folder / "notities.txt").write_text("x", encoding="utf-8")
    sub = folder / "archief"
    sub.mkdir()
    shutil.copyfile(EXAMPLES[0], sub / "oud.policy.toml")
    return folder


def names(text: str) -> list[str]:
    return [line.split(":")[0] for line in text.splitlines() if not line.startswith("Totaal")]


def test_check_a_folder_gives_one_line_per_shop_and_a_total(
    shops: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["check", str(shops)])
    out = capsys.readouterr().out
    assert names(out) == [str(shops / example.name) for example in EXAMPLES]
    assert out.splitlines()[-1].startswith(f"Totaal: {len(EXAMPLES)} projecten, ")
    assert code in (0, 1)


def test_recursive_takes_the_subfolders_too(
    shops: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["check", str(shops), "--recursive"])
    listed = names(capsys.readouterr().out)
    assert str(shops / "archief" / "oud.policy.toml") in listed
    assert len(listed) == len(EXAMPLES) + 1


def test_a_bad_file_is_reported_and_the_others_are_done(
    shops: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (shops / "kapot.policy.toml").write_text(BROKEN, encoding="utf-8")
    code = main(["check", str(shops)])
    out = capsys.readouterr().out
    assert code == 2  # the worst: unreadable
    assert len(names(out)) == len(EXAMPLES) + 1
    bad = next(line for line in out.splitlines() if "kapot" in line)
    assert "niet te lezen" in bad and "regel 2" in bad
    assert ", 1 niet te lezen;" in out.splitlines()[-1]


def test_the_exit_code_is_the_worst_of_the_shops(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from editor.core.project_file import save_project
    from tests.core.complete_project import complete_project

    empty = tmp_path / "leeg.policy.toml"
    empty.write_text("format_version = 1\n", encoding="utf-8")  # errors: nothing filled in
    clean = tmp_path / "compleet.policy.toml"
    save_project(complete_project(), clean, backup=False)
    bad = tmp_path / "kapot.policy.toml"
    bad.write_text(BROKEN, encoding="utf-8")
    assert main(["check", str(clean)]) == 0  # on its own: nothing to report
    # Files named one by one keep their order: the worst is neither first nor last.
    assert main(["check", str(clean), str(empty), str(clean)]) == 1
    assert main(["check", str(empty), str(bad), str(empty), str(clean)]) == 2
    capsys.readouterr()


def test_json_for_several_files_is_one_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "kapot.policy.toml"
    bad.write_text(BROKEN, encoding="utf-8")
    main(["check", str(EXAMPLES[0]), str(bad), "--json"])
    records = json.loads(capsys.readouterr().out)
    assert [record["file"] for record in records] == [str(EXAMPLES[0]), str(bad)]
    assert isinstance(records[0]["findings"], list)
    assert {"id", "severity", "path", "message", "source"} <= set(records[0]["findings"][0])
    assert "regel 2" in records[1]["error"] and "findings" not in records[1]


def test_one_file_keeps_todays_output(capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(EXAMPLES[0]), "--json"])
    single = json.loads(capsys.readouterr().out)
    assert isinstance(single, list) and (not single or "id" in single[0])
    main(["check", str(EXAMPLES[0])])
    assert not capsys.readouterr().out.startswith("Totaal")


def test_export_a_folder_writes_one_file_per_shop(
    shops: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "uit"
    assert main(["export", str(shops), "-o", str(out), "--format", "docx"]) == 0
    written = sorted(path.name for path in out.iterdir())
    assert written == sorted(example.name.replace(".policy.toml", ".docx") for example in EXAMPLES)
    assert all((out / name).read_bytes().startswith(b"PK") for name in written)
    assert capsys.readouterr().out.splitlines()[-1].startswith(f"Totaal: {len(EXAMPLES)} van de")


@pytest.mark.parametrize(("fmt", "magic"), [("md", b"# "), ("html", b"<!DOCTYPE html>")])
def test_export_many_in_other_formats(
    tmp_path: Path, fmt: str, magic: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "uit"
    assert main(["export", *map(str, EXAMPLES), "-o", str(out), "--format", fmt]) == 0
    assert len(list(out.iterdir())) == len(EXAMPLES)
    assert all(path.read_bytes().startswith(magic) for path in out.iterdir())
    capsys.readouterr()


def test_outputs_that_would_collide_are_refused_before_anything_is_written(
    shops: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copyfile(EXAMPLES[0], shops / "archief" / EXAMPLES[0].name)
    out = tmp_path / "uit"
    code = main(["export", str(shops), "--recursive", "-o", str(out), "--format", "md"])
    err = capsys.readouterr().err
    assert code == 2
    assert "zouden allebei" in err and "niets geschreven" in err
    assert not out.exists()


def test_names_that_differ_only_in_case_collide(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    shutil.copyfile(EXAMPLES[0], tmp_path / "a" / "Winkel.policy.toml")
    shutil.copyfile(EXAMPLES[1], tmp_path / "b" / "winkel.policy.toml")
    out = tmp_path / "uit"
    code = main(["export", str(tmp_path / "a"), str(tmp_path / "b"), "-o", str(out)])
    assert code == 2 and not out.exists()
    capsys.readouterr()


def test_a_bad_file_in_an_export_is_skipped(
    shops: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (shops / "kapot.policy.toml").write_text(BROKEN, encoding="utf-8")
    out = tmp_path / "uit"
    assert main(["export", str(shops), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert "kapot.policy.toml, regel 2" in captured.err
    assert len(list(out.iterdir())) == len(EXAMPLES)
    assert not (out / "kapot.docx").exists()


def test_a_folder_without_projects_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(tmp_path)]) == 2
    assert "staan geen projectbestanden" in capsys.readouterr().err


def test_options_for_one_project_are_refused_for_many(
    shops: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["export", str(shops), "-o", str(tmp_path / "uit"), "--recorded", "1"])
    assert code == 2 and "hoort bij één project" in capsys.readouterr().err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal(
    shops: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["check", str(shops)])
    assert capsys.readouterr().err == ""  # not a terminal: nothing
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    main(["check", str(shops)])
    shown = terminal.getvalue()
    assert f"[1/{len(EXAMPLES)}] {EXAMPLES[0].name}" in shown
    assert shown.endswith("\r\x1b[K")  # the line is cleared at the end
    assert "[" not in capsys.readouterr().out  # stdout stays clean


def test_progress_on_a_real_terminal(shops: Path, tmp_path: Path) -> None:
    """The real program with its stderr on a pseudo-terminal, as in a shell window.

    stdout goes to a pipe (``> report.txt``): the progress reaches the terminal
    only, and the report stays clean.
    """
    import pty
    import threading

    leader, follower = pty.openpty()
    env = dict(os.environ, PYTHONPATH=str(REPO), XDG_CACHE_HOME=str(tmp_path / "cache"))
    process = subprocess.Popen(
        [sys.executable, "-m", "editor", "check", str(shops)],
        stdout=subprocess.PIPE,
        stderr=follower,
        env=env,
        cwd=tmp_path,
    )
    os.close(follower)  # the child holds it now; reading ends when the child does
    seen = bytearray()

    def read_terminal() -> None:
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # EIO: the last holder of the terminal closed it
                return
            if not chunk:
                return
            seen.extend(chunk)

    reader = threading.Thread(target=read_terminal, daemon=True)
    reader.start()
    try:
        out, _ = process.communicate(timeout=120)
        reader.join(timeout=30)
    finally:
        os.close(leader)
    terminal = seen.decode("utf-8")
    for number, example in enumerate(EXAMPLES, 1):
        assert f"[{number}/{len(EXAMPLES)}] {example.name}" in terminal
    assert terminal.endswith("\r\x1b[K")  # the last progress line is wiped
    report = out.decode("utf-8")
    assert "\r" not in report and "\x1b" not in report and f"/{len(EXAMPLES)}]" not in report
    assert report.splitlines()[-1].startswith(f"Totaal: {len(EXAMPLES)} projecten")


def test_progress_stays_off_for_one_project() -> None:
    assert not Progress(1, _Terminal()).active
    assert Progress(2, _Terminal()).active


def test_the_real_program_on_a_folder(shops: Path, tmp_path: Path) -> None:
    (shops / "kapot.policy.toml").write_text(BROKEN, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(REPO), XDG_CACHE_HOME=str(tmp_path / "cache"))
    result = subprocess.run(
        [sys.executable, "-m", "editor", "check", str(shops)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert result.stderr == ""  # a pipe is no terminal: no progress
    assert len(result.stdout.splitlines()) == len(EXAMPLES) + 2


def test_the_cycle_collector_runs_over_many_shops(
    shops: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """One project runs without it (cli.main); hundreds would pile up their cycles."""
    import gc

    import editor.core.checks as checks

    seen: list[bool] = []
    real_check = checks.check

    def recording_check(project):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return real_check(project)

    monkeypatch.setattr(checks, "check", recording_check)
    main(["check", str(shops)])
    capsys.readouterr()
    assert seen and all(seen)
    assert gc.isenabled()  # and it is as it was afterwards
