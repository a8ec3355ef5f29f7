"""Failed saves in the window: a clear message, the project stays open and modified, the
file on disk untouched. And a file someone else changed is not overwritten unasked."""

from __future__ import annotations

import errno
import io
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from editor.core import atomic
from editor.core.project_file import load_project, save_project
from editor.core.starter import starter_project
from editor.ui.main_window import MainWindow
from editor.ui.open_file import ConflictAnswer
from tests.ui.window_helpers import (
    NAME,
    Windows,
    answer,
    folder_snapshot,
)


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    """A saved project with a backup of an earlier version next to it."""
    folder = tmp_path / "winkel"
    folder.mkdir()
    path = folder / "winkel.policy.toml"
    project = starter_project()
    project.organisation.name = "Eerste versie"
    save_project(project, path)
    project.organisation.name = "Op schijf"
    save_project(project, path)
    return path


@pytest.fixture
def edited(windows: Windows, shop: Path) -> MainWindow:
    """A window with ``shop`` open and an unsaved edit."""
    window = windows.new()
    assert window.files.open_path(shop)
    window.store.set_field(NAME, "Niet opgeslagen")
    return window


def no_permission(monkeypatch: pytest.MonkeyPatch) -> None:
    # The tests run as root, who may write anywhere: the refusal is injected.
    def refuse(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(atomic, "_create_temp", refuse)


def full_disk_on_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)


class _FullDiskFile(io.RawIOBase):
    """A file that takes a few bytes, then says the disk is full."""

    def __init__(self, real: io.BufferedWriter) -> None:
        self._real = real

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self._real.write(bytes(data[:10]))
        self._real.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def fileno(self) -> int:
        return self._real.fileno()

    def close(self) -> None:
        self._real.close()
        super().close()


def full_disk_on_write(monkeypatch: pytest.MonkeyPatch) -> None:
    real_fdopen = os.fdopen

    def fdopen(fd: int, *args: object, **kwargs: object) -> _FullDiskFile:
        return _FullDiskFile(real_fdopen(fd, *args, **kwargs))  # type: ignore[arg-type]

    monkeypatch.setattr(os, "fdopen", fdopen)


FAULTS: dict[str, tuple[Callable[[pytest.MonkeyPatch], None], str]] = {
    "no-permission": (no_permission, "toestemming"),
    "disk-full-on-fsync": (full_disk_on_fsync, "schijf is vol"),
    "disk-full-on-write": (full_disk_on_write, "schijf is vol"),
}


@pytest.mark.parametrize("fault", FAULTS)
def test_a_failed_save_says_why_and_loses_nothing(
    monkeypatch: pytest.MonkeyPatch,
    errors: list[tuple[str, str]],
    edited: MainWindow,
    shop: Path,
    fault: str,
) -> None:
    inject, reason = FAULTS[fault]
    before = folder_snapshot(shop.parent)
    project = edited.store.project
    with monkeypatch.context() as patch:
        inject(patch)
        edited.actions_by_name["save"].trigger()
    assert len(errors) == 1
    title, message = errors[0]
    assert title == "Opslaan is mislukt"
    assert message.startswith("winkel.policy.toml") and reason in message
    assert "\n" not in message and "Traceback" not in message
    # The project stays open, as it was, marked modified, with its own file name.
    assert edited.store.project is project
    assert edited.store.project.organisation.name == "Niet opgeslagen"
    assert edited.store.is_modified() and edited.isWindowModified()
    assert edited.store.path == shop.resolve()
    # The file, its backup and the folder are exactly as before: no half file, no temp.
    assert folder_snapshot(shop.parent) == before
    # With the fault gone, the same save simply works.
    assert edited.files.save()
    assert load_project(shop).organisation.name == "Niet opgeslagen"
    assert not edited.store.is_modified()


def test_save_as_into_a_missing_folder_says_so_and_keeps_the_old_file(
    tmp_path: Path, errors: list[tuple[str, str]], edited: MainWindow, shop: Path
) -> None:
    before = folder_snapshot(shop.parent)
    answer(edited, "save_path", tmp_path / "weg" / "nieuw.policy.toml")
    edited.actions_by_name["save_as"].trigger()
    assert len(errors) == 1 and "nieuw.policy.toml" in errors[0][1]
    assert "bestaat niet" in errors[0][1]
    assert not (tmp_path / "weg").exists()
    assert edited.store.path == shop.resolve()
    assert edited.store.is_modified() and edited.isWindowModified()
    assert folder_snapshot(shop.parent) == before


def test_saving_when_the_files_folder_is_gone_says_so(
    tmp_path: Path, errors: list[tuple[str, str]], edited: MainWindow, shop: Path
) -> None:
    moved = shop.parent.rename(tmp_path / "verplaatst")
    before = folder_snapshot(moved)
    assert not edited.files.save()
    assert len(errors) == 1 and "bestaat niet" in errors[0][1]
    assert edited.store.is_modified() and edited.isWindowModified()
    assert not shop.parent.exists()
    assert folder_snapshot(moved) == before


# -- changed on disk by someone else -------------------------------------------------------
def someone_else_writes(shop: Path) -> bytes:
    project = load_project(shop)
    project.organisation.name = "Door een collega"
    save_project(project, shop, backup=False)
    return shop.read_bytes()


def test_overwrite_replaces_their_version(edited: MainWindow, shop: Path) -> None:
    someone_else_writes(shop)
    asked = answer(edited, "disk_conflict", ConflictAnswer.OVERWRITE)
    edited.actions_by_name["save"].trigger()
    assert asked == [(shop.resolve(),)]
    assert load_project(shop).organisation.name == "Niet opgeslagen"
    assert not edited.store.is_modified()
    edited.store.set_field(NAME, "Daarna")  # our own save is no change by someone else
    assert edited.files.save()
    assert len(asked) == 1


def test_save_as_keeps_their_version_and_writes_ours_elsewhere(
    tmp_path: Path, edited: MainWindow, shop: Path
) -> None:
    theirs = someone_else_writes(shop)
    asked = answer(edited, "disk_conflict", ConflictAnswer.SAVE_AS)
    other = tmp_path / "mijn-versie.policy.toml"
    answer(edited, "save_path", other)
    assert edited.files.save()
    assert len(asked) == 1
    assert shop.read_bytes() == theirs
    assert load_project(other).organisation.name == "Niet opgeslagen"
    assert edited.store.path == other.resolve()
    assert not edited.store.is_modified()


def test_cancel_writes_nothing_and_stays_modified(edited: MainWindow, shop: Path) -> None:
    theirs = someone_else_writes(shop)
    asked = answer(edited, "disk_conflict", ConflictAnswer.CANCEL)
    assert not edited.files.save()
    assert len(asked) == 1
    assert shop.read_bytes() == theirs
    assert edited.store.is_modified() and edited.isWindowModified()
    assert edited.store.path == shop.resolve()


def test_no_question_when_only_the_time_changed_or_the_file_is_gone(
    edited: MainWindow, shop: Path
) -> None:
    os.utime(shop, (1_000_000_000, 1_000_000_000))  # touched: same bytes, another time
    assert edited.files.save()  # the window's stand-in fails the test if it asks
    shop.unlink()
    edited.store.set_field(NAME, "Terug")
    assert edited.files.save()
    assert load_project(shop).organisation.name == "Terug"
