"""Running the program the way users get it: a copy of the checkout, a fresh venv.

A fresh venv must not see the checkout's editable install, yet the machine
may be offline, so it cannot download the dependencies either. It gets the
site-packages folders of the interpreter running the tests as plain path
entries (a ``.pth`` file of folder names): their modules import, but their
own ``.pth`` files, the editable install's finder among them, are not run.
This works however pytest was started, and never reaches the base Python.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import site
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path
from typing import NamedTuple

from editor.ui.app import QUIT_AFTER_PREVIEW_ENV
from tests.conftest import REPO

# What a checkout holds that no user's copy would: builds, caches, venvs.
NOT_SOURCE = shutil.ignore_patterns(
    ".git", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".venv", ".hypothesis"
)


def copy_checkout(target: Path) -> Path:
    """A copy of the source tree (no builds, caches or .git) at ``target``."""
    shutil.copytree(REPO, target, ignore=NOT_SOURCE)
    return target


def dependency_folders() -> list[str]:
    """The site-packages folders of the interpreter running the tests."""
    folders = [*site.getsitepackages(), site.getusersitepackages()]
    paths = sysconfig.get_paths()
    folders += [paths["purelib"], paths["platlib"]]
    unique: list[str] = []
    for folder in folders:
        if Path(folder).is_dir() and folder not in unique:
            unique.append(folder)
    return unique


def bare_venv(target: Path) -> Path:
    """A venv without the program that still imports the tests' dependencies; its python."""
    venv.EnvBuilder(with_pip=False, system_site_packages=False).create(target)
    python = target / "bin" / "python"
    own = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # Plain folder names: appended to sys.path after the venv's own site-packages.
    (Path(own) / "policy_editor_test_dependencies.pth").write_text(
        "\n".join(dependency_folders()) + "\n", encoding="utf-8"
    )
    return python


def install_wheel(python: Path, wheel: Path) -> None:
    """Install ``wheel`` alone into the venv of ``python`` with the tests' own pip."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            "--no-cache-dir",
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def build_wheel(source: Path, dist: Path) -> Path:
    """The wheel built from ``source`` (a copy: building writes build/ into the tree)."""
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), "."],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (wheel,) = dist.glob("policy_editor-*.whl")
    return wheel


def user_environment(home: Path) -> dict[str, str]:
    """The environment of a user whose home is ``home``: no settings, caches or
    recovery copies land in the real one; Qt offscreen; no PYTHONPATH."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "XDG_")) or key == "PYTHONHASHSEED"
    }
    home.mkdir(parents=True, exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


class ExportCase(NamedTuple):
    output: str  # the file name; its extension picks the format unless --format does
    options: tuple[str, ...]  # "{older}" stands for an older project file
    fmt: str
    review: bool = False


# Every format and option of ``policy-editor export``; test_every_export_option_is_covered
# fails when the command line gains one that is missing here.
EXPORT_CASES = (
    ExportCase("page.html", (), "html"),
    ExportCase("fragment.html", ("--fragment",), "html"),
    ExportCase("statement.md", (), "md"),
    ExportCase("statement.docx", (), "docx"),
    ExportCase("review.docx", ("--review",), "docx", review=True),
    ExportCase("page.txt", ("--format", "html"), "html"),
    ExportCase("fragment.txt", ("--format", "html", "--fragment"), "html"),
    ExportCase("statement.txt", ("--format", "md"), "md"),
    ExportCase("statement.bin", ("--format", "docx"), "docx"),
    ExportCase("review.bin", ("--format", "docx", "--review"), "docx", review=True),
    ExportCase("compared.docx", ("--compare-to", "{older}"), "docx"),
    ExportCase("compared-version.docx", ("--compare-to-version", "1.0"), "docx"),
    ExportCase("recorded.html", ("--recorded", "1.0"), "html"),
    ExportCase("recorded.md", ("--recorded", "1.0"), "md"),
    ExportCase("recorded.docx", ("--recorded", "1.0"), "docx"),
    # For a folder (check_the_check runs one); with one file it changes nothing.
    ExportCase("recursive.docx", ("--recursive",), "docx"),
)
RECORDED = "1.0"


def shop_with_history(example: Path, work: Path) -> tuple[Path, Path]:
    """In ``work``: the example with version 1.0 recorded from an older state, and
    that older state as a file of its own; both paths."""
    import dataclasses
    import datetime as dt

    from editor.core.model import CustomSection
    from editor.core.project_file import load_project, save_project
    from editor.export.versions import record_version, with_version

    current = load_project(example)
    older = dataclasses.replace(
        current,
        custom_sections=[*current.custom_sections, CustomSection("Oud", "Een oudere alinea.")],
    )
    version = record_version(older, RECORDED, today=dt.date(2026, 1, 1))
    shop, older_file = work / "shop.policy.toml", work / "older.policy.toml"
    save_project(with_version(current, version), shop)
    save_project(older, older_file)
    return shop, older_file


def expected_export(arguments: list[str], reference: Path) -> bytes:
    """What the checkout under test writes for these ``export`` arguments, made in this process."""
    from editor.cli import main as checkout_cli

    assert checkout_cli([*arguments, "-o", str(reference)]) == 0, arguments
    return reference.read_bytes()


# docProps/core.xml and every w:date (comments, tracked changes) hold the moment
# of writing; all else must match.
TIMESTAMPED_PARTS = {"docProps/core.xml"}
COMMENT_DATE = re.compile(rb'w:date="[^"]*"')


def docx_parts(content: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return {
            name: COMMENT_DATE.sub(b'w:date=""', archive.read(name))
            for name in archive.namelist()
            if name not in TIMESTAMPED_PARTS
        }


def run(command: list[str], cwd: Path, env: dict[str, str], timeout: int = 300) -> str:
    """Run ``command``; fail with its output unless it exits 0; its stdout."""
    result = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, f"{command} exited {result.returncode}:\n{result.stderr[-3000:]}"
    return result.stdout


def check_every_export(
    program: list[str],
    project_file: Path,
    work: Path,
    env: dict[str, str],
    cases: tuple[ExportCase, ...] = EXPORT_CASES,
) -> None:
    """``program export`` in every format and option writes what the checkout writes."""
    shop, older = shop_with_history(project_file, work)
    references = work / "references"
    references.mkdir()
    for case in cases:
        options = [option.replace("{older}", str(older)) for option in case.options]
        arguments = ["export", str(shop), *options]
        target = work / case.output
        run([*program, *arguments, "-o", str(target)], work, env)
        written = target.read_bytes()
        expected = expected_export(arguments, references / case.output)
        if case.fmt == "docx":
            assert docx_parts(written) == docx_parts(expected), case
            assert ("word/comments.xml" in docx_parts(written)) == case.review, case
        else:
            assert written == expected, case
        if case.fmt == "html" and "--fragment" not in options:
            # The page template and its style sheet are files the program reads.
            assert written.startswith(b"<!DOCTYPE html>") and b"<style>" in written, case


def check_the_check(
    program: list[str], project_file: Path, work: Path, env: dict[str, str]
) -> None:
    """``program check`` runs (exit 0 or 1: findings are no failure) and --json is JSON."""
    for options in ((), ("--json",)):
        result = subprocess.run(
            [*program, "check", str(project_file), *options],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode in (0, 1), result.stderr[-3000:]
        assert result.stdout.strip(), options
        if options:
            assert isinstance(json.loads(result.stdout), list)
    # Many shops: the project's folder, one line per shop and a total.
    result = subprocess.run(
        [*program, "check", str(project_file.parent)],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode in (0, 1), result.stderr[-3000:]
    assert result.stdout.splitlines()[-1].startswith("Totaal: "), result.stdout
    assert "Policy Editor" in run([*program, "--version"], work, env)


def check_window_paints(
    program: list[str], project_file: Path, work: Path, env: dict[str, str]
) -> None:
    """The window opens the project (offscreen) and quits after its first paint."""
    run([*program, str(project_file)], work, {**env, QUIT_AFTER_PREVIEW_ENV: "1"}, timeout=300)


# A page (the resources), a Word file with comments (the clauses and the check), Markdown.
SOME_CASES = tuple(
    case for case in EXPORT_CASES if case.output in ("page.html", "review.docx", "statement.md")
)


def check_everything(
    program: list[str],
    project_file: Path,
    work: Path,
    env: dict[str, str],
    cases: tuple[ExportCase, ...] = EXPORT_CASES,
) -> None:
    """Every export case, the check and the window, run as ``program``."""
    check_every_export(program, project_file, work, env, cases)
    check_the_check(program, project_file, work, env)
    check_window_paints(program, project_file, work, env)
