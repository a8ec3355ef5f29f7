"""The program finds its clauses and resources as ``editor.clauses`` and
``editor.resources`` when run from a checkout: never installed
(``python main.py``) and installed editable (what the tests use). The wheel is
tests/test_wheel.py (every export option); the bundle tests/test_bundle.py."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SHARED
from tests.installed import (
    SOME_CASES,
    bare_venv,
    check_everything,
    copy_checkout,
    run,
    user_environment,
)

WHERE = "import editor, editor.clauses as c, editor.resources as r; print(editor.__file__, c.__file__, r.__file__)"


def a_project_elsewhere(tmp_path: Path) -> tuple[Path, Path]:
    work = tmp_path / "elsewhere"
    work.mkdir()
    project = work / "flowers.policy.toml"
    shutil.copy(SHARED / "examples" / "flowers-by-jennifer.policy.toml", project)
    return work, project


@pytest.mark.slow
def test_main_py_from_a_checkout_that_was_never_installed(tmp_path: Path) -> None:
    checkout = copy_checkout(tmp_path / "checkout")
    python = bare_venv(tmp_path / "venv")  # the dependencies, not the program
    work, project = a_project_elsewhere(tmp_path)
    env = user_environment(tmp_path / "home")
    not_installed = run(
        [str(python), "-c", "import importlib.util as u; print(u.find_spec('editor'))"], work, env
    )
    assert not_installed.strip() == "None"
    where = run(
        [str(python), "-c", f"import sys; sys.path.insert(0, {str(checkout)!r}); {WHERE}"],
        work,
        env,
    )
    assert where.split() == [
        str(checkout / "editor" / "__init__.py"),
        str(checkout / "clauses" / "__init__.py"),
        str(checkout / "resources" / "__init__.py"),
    ]
    check_everything([str(python), str(checkout / "main.py")], project, work, env, SOME_CASES)


@pytest.mark.slow
def test_the_editable_install_from_an_unrelated_folder(tmp_path: Path) -> None:
    work, project = a_project_elsewhere(tmp_path)
    env = user_environment(tmp_path / "home")
    where = run([sys.executable, "-c", WHERE], work, env)
    assert where.split() == [
        str(REPO / "editor" / "__init__.py"),
        str(REPO / "clauses" / "__init__.py"),
        str(REPO / "resources" / "__init__.py"),
    ]
    check_everything([sys.executable, "-m", "editor"], project, work, env, SOME_CASES)
