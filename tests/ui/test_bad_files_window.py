"""Bad files in the window: the engine's message in a dialog, the previous project open and
unchanged, never a traceback, never a half-loaded project."""

from __future__ import annotations

import copy
import time
from pathlib import Path

import pytest

from editor.core.file_lock import lock_path, read_lock
from editor.core.project_file import ProjectFileError, load_project, save_project
from editor.core.starter import starter_project
from editor.ui.app import initial_project
from editor.ui.main_window import MainWindow
from editor.ui.window_questions import SaveAnswer
from tests.core.test_project_file import BAD_FILES
from tests.ui.window_helpers import NAME, Windows, answer

# The engine's own list, plus what only a file system can make.
CASES = [*BAD_FILES, ("folder", b"", "map"), ("missing", b"", "bestaat niet")]


@pytest.fixture
def busy(windows: Windows, tmp_path: Path) -> MainWindow:
    """A window with a file open and an unsaved edit: the work that must survive."""
    good = tmp_path / "goed.policy.toml"
    save_project(starter_project(), good)
    window = windows.new()
    assert window.files.open_path(good)
    window.store.set_field(NAME, "Mijn werk")
    return window


def bad_file(tmp_path: Path, label: str, content: bytes) -> Path:
    path = tmp_path / "slecht" / f"{label}.policy.toml"
    path.parent.mkdir(exist_ok=True)
    if label == "folder":
        path.mkdir()
    elif label != "missing":
        path.write_bytes(content)
    return path


def engine_message(path: Path) -> str:
    with pytest.raises(ProjectFileError) as caught:
        load_project(path)
    return str(caught.value)


@pytest.mark.parametrize(("label", "content", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_bad_file_leaves_the_open_project_alone(
    tmp_path: Path,
    errors: list[tuple[str, str]],
    busy: MainWindow,
    label: str,
    content: bytes,
    expected: str,
) -> None:
    path = bad_file(tmp_path, label, content)
    message = engine_message(path)
    project, before = busy.store.project, copy.deepcopy(busy.store.project)
    path_before, lock_before = busy.store.path, busy.files.open_file.lock
    steps = busy.store.undo_stack.count()
    asked = answer(busy, "save_changes", SaveAnswer.DISCARD)
    answer(busy, "open_path", path)

    busy.actions_by_name["open"].trigger()

    assert len(asked) == 1  # "save changes?" first, as for any open
    assert errors == [("Openen is mislukt", message)]
    assert expected in message and message.startswith(path.name)
    assert "\n" not in message and "Traceback" not in message
    # Nothing of the bad file got in: same project object, same content, same history.
    assert busy.store.project is project and busy.store.project == before
    assert busy.store.path == path_before
    assert busy.store.undo_stack.count() == steps
    assert busy.store.is_modified() and busy.isWindowModified()
    assert busy.windowTitle().startswith("goed.policy.toml")
    # The good file is still ours; the bad one got no lock.
    assert busy.files.open_file.lock is lock_before and lock_before is not None
    assert lock_before.is_ours()
    assert not lock_path(path).exists() and read_lock(path) is None


def test_a_50_mb_file_is_refused_at_once(
    tmp_path: Path, errors: list[tuple[str, str]], busy: MainWindow
) -> None:
    huge = tmp_path / "groot.policy.toml"
    with huge.open("wb") as handle:
        handle.write(b"format_version = 1\n")
        handle.truncate(50 * 1024 * 1024)
    started = time.perf_counter()
    assert not busy.files.open_path(huge, confirm=False)
    assert time.perf_counter() - started < 1.0  # by its size, without reading 50 MB
    assert len(errors) == 1 and "50 MB" in errors[0][1]
    assert busy.store.project.organisation.name == "Mijn werk"


@pytest.mark.parametrize(("label", "content", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_bad_start_file_gives_the_starter_and_the_message(
    tmp_path: Path, label: str, content: bytes, expected: str
) -> None:
    path = bad_file(tmp_path, label, content)
    project, opened, error, content = initial_project(str(path))
    assert project == starter_project()
    assert opened is None and content is None
    assert error == engine_message(path) and expected in error
