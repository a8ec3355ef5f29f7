"""The installed program works, not only the source tree.

Builds the wheel from a copy of the checkout, installs it alone into a fresh
venv (tests/installed.py: the tests' own dependencies visible, the checkout
not) and runs the installed ``policy-editor`` from a folder far from the
source tree: every export format and option, the check, and the window.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from editor.cli import build_parser
from tests.conftest import REPO, SHARED
from tests.installed import (
    EXPORT_CASES,
    bare_venv,
    build_wheel,
    check_everything,
    copy_checkout,
    install_wheel,
    run,
    user_environment,
)


def data_files(folder: str) -> set[str]:
    """Every file the program may read from ``folder`` (clauses or resources)."""
    root = REPO / folder
    return {
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_every_export_option_is_covered() -> None:
    """The installed-program tests try each format and option the command line has."""
    parser = build_parser()
    (commands,) = [a for a in parser._actions if a.dest == "command"]
    export = commands.choices["export"]  # type: ignore[index]
    options = {o for a in export._actions for o in a.option_strings} - {"-h", "--help"}
    (fmt,) = [a for a in export._actions if a.dest == "format"]
    covered = {o for case in EXPORT_CASES for o in case.options} | {"-o", "--output"}
    assert options <= covered, "add the new export option to tests/installed.py EXPORT_CASES"
    assert set(fmt.choices or ()) == {case.fmt for case in EXPORT_CASES}


@pytest.mark.slow
def test_the_installed_wheel_works_from_an_unrelated_folder(tmp_path: Path) -> None:
    wheel = build_wheel(copy_checkout(tmp_path / "checkout"), tmp_path / "dist")

    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        top_level = archive.read("policy_editor-0.1.0.dist-info/top_level.txt").decode().split()
    # Inside the program's own namespace, every file of both folders.
    assert top_level == ["editor"]
    assert {name.split("/")[0] for name in names} == {"editor", "policy_editor-0.1.0.dist-info"}
    for folder in ("clauses", "resources"):
        shipped = {
            n.removeprefix(f"editor/{folder}/") for n in names if n.startswith(f"editor/{folder}/")
        }
        assert data_files(folder) <= shipped, f"{folder}/ files missing from the wheel"

    python = bare_venv(tmp_path / "venv")
    install_wheel(python, wheel)
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = user_environment(tmp_path / "home")
    where = run(
        [
            str(python),
            "-c",
            "import editor.clauses as c, editor.resources as r; print(c.__file__, r.__file__)",
        ],
        work,
        env,
    )
    site_packages = str(tmp_path / "venv")
    assert all(p.startswith(site_packages) for p in where.split()), where
    project = work / "luxigo.policy.toml"
    shutil.copy(SHARED / "examples" / "luxigo.policy.toml", project)
    check_everything([str(python.parent / "policy-editor")], project, work, env)
