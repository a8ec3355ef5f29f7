"""Two editors, one file (lock files, read-only mode); and keys from a newer version survive a
save through the window."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from editor.core import file_lock
from editor.core.file_lock import Owner, lock_path, process_start, read_lock
from editor.core.project_file import load_project, save_project
from editor.core.starter import starter_project
from editor.ui.main_window import MainWindow
from editor.ui.open_file import LockAnswer
from tests.ui.window_helpers import NAME, Windows, answer, saved_starter


@pytest.fixture
def window(windows: Windows) -> MainWindow:
    return windows.new()


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    return saved_starter(tmp_path, "Gedeelde winkel")


def lock_by(path: Path, pid: int) -> bytes:
    """A lock as another editor writes it."""
    owner = Owner(pid, file_lock.host_name(), process_start(pid), dt.datetime.now(dt.UTC))
    content = json.dumps({**owner.to_dict(), "token": "other-editor"}).encode()
    lock_path(path).write_bytes(content)
    return content


def other_editor(path: Path) -> bytes:
    # The process that started the tests runs for as long as they do.
    return lock_by(path, os.getppid())


def ended_process() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


# -- opening a file another editor has open ---------------------------------------------------
def test_opening_takes_a_lock_and_closing_releases_it(window: MainWindow, shop: Path) -> None:
    assert window.files.open_path(shop)
    info = read_lock(shop)
    assert info is not None and info.owner.pid == os.getpid()
    assert window.close()
    assert not lock_path(shop).exists()


@pytest.mark.parametrize("how", ["new", "open-another"])
def test_leaving_a_file_releases_its_lock(
    window: MainWindow, shop: Path, tmp_path: Path, how: str
) -> None:
    assert window.files.open_path(shop)
    if how == "new":
        assert window.files.new_project()
    else:
        other = tmp_path / "ander.policy.toml"
        save_project(starter_project(), other)
        assert window.files.open_path(other)
        assert read_lock(other) is not None
    assert not lock_path(shop).exists()


def test_a_live_lock_asks_and_cancel_keeps_everything(window: MainWindow, shop: Path) -> None:
    theirs = other_editor(shop)
    window.store.set_field(NAME, "Ander werk")
    project = window.store.project
    asked = answer(window, "lock_conflict", LockAnswer.CANCEL)
    assert not window.files.open_path(shop, confirm=False)
    assert len(asked) == 1
    asked_path, holder = asked[0]
    assert asked_path == shop.resolve()
    assert holder.owner.pid == os.getppid()  # type: ignore[attr-defined]
    assert window.store.project is project and window.store.path is None
    assert lock_path(shop).read_bytes() == theirs


def test_read_only_mode_disables_save_and_save_as_takes_a_new_name(
    window: MainWindow, shop: Path, tmp_path: Path
) -> None:
    theirs = other_editor(shop)
    before = shop.read_bytes()
    answer(window, "lock_conflict", LockAnswer.READ_ONLY)
    assert window.files.open_path(shop)
    assert window.files.read_only
    assert window.windowTitle() == "winkel.policy.toml (alleen-lezen)[*] — Policy Editor"
    save = window.actions_by_name["save"]
    assert not save.isEnabled()
    assert window.actions_by_name["save_as"].isEnabled()
    window.store.set_field(NAME, "Mijn kopie")

    copy_path = tmp_path / "kopie.policy.toml"
    asked = answer(window, "save_path", copy_path)
    assert window.files.save()  # Save (Ctrl+S, or "save changes?") goes to Save As
    assert len(asked) == 1
    assert shop.read_bytes() == before
    assert lock_path(shop).read_bytes() == theirs
    assert load_project(copy_path).organisation.name == "Mijn kopie"
    # The copy is ours: a normal file again, with its own lock.
    assert not window.files.read_only and save.isEnabled()
    assert window.windowTitle() == "kopie.policy.toml[*] — Policy Editor"
    info = read_lock(copy_path)
    assert info is not None and info.owner.pid == os.getpid()


def test_open_anyway_takes_the_lock(window: MainWindow, shop: Path) -> None:
    other_editor(shop)
    answer(window, "lock_conflict", LockAnswer.OPEN_ANYWAY)
    assert window.files.open_path(shop)
    assert not window.files.read_only
    assert window.actions_by_name["save"].isEnabled()
    info = read_lock(shop)
    assert info is not None and info.owner.pid == os.getpid()


def test_a_stale_lock_is_taken_over_without_a_question(window: MainWindow, shop: Path) -> None:
    lock_by(shop, ended_process())  # an editor that crashed
    assert window.files.open_path(shop)  # the stand-in fails the test if it asks
    info = read_lock(shop)
    assert info is not None and info.owner.pid == os.getpid()
    assert not window.files.read_only


def test_save_as_over_a_file_another_editor_has_open_is_refused(
    window: MainWindow, shop: Path, errors: list[tuple[str, str]]
) -> None:
    theirs = other_editor(shop)
    before = shop.read_bytes()
    window.store.set_field(NAME, "Zou erover gaan")
    answer(window, "save_path", shop)
    assert not window.files.save_as()
    assert len(errors) == 1 and "andere Policy Editor" in errors[0][1]
    assert shop.read_bytes() == before and lock_path(shop).read_bytes() == theirs
    assert window.store.is_modified()


def test_a_folder_without_room_for_a_lock_still_opens(
    window: MainWindow, shop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = os.open

    def no_lock_here(path: object, *args: object, **kwargs: object) -> int:
        if str(path).endswith(".lock"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", no_lock_here)
    assert window.files.open_path(shop)
    assert window.files.open_file.lock is None and not window.files.read_only


def test_the_start_file_is_locked_and_cancel_gives_the_starter(
    window: MainWindow, shop: Path
) -> None:
    window.store.load(load_project(shop), shop.resolve())  # as run_gui opens it
    other_editor(shop)
    asked = answer(window, "lock_conflict", LockAnswer.CANCEL)
    assert not window.files.adopt_start_file()
    assert len(asked) == 1
    assert window.store.path is None and window.store.project == starter_project()

    lock_path(shop).unlink()
    window.store.load(load_project(shop), shop.resolve())
    assert window.files.adopt_start_file()
    info = read_lock(shop)
    assert info is not None and info.owner.pid == os.getpid()


# -- forward compatibility -------------------------------------------------------------------
FUTURE = """\
format_version = 1
future_top = "bovenaan"

[document]
address = "u"
future_key = "later toegevoegd"

[organisation]
name = "Toekomstwinkel"
future_socials = ["mastodon", "bluesky"]

[[processors]]
name = "Mollie"
country = "NL"
future_key = { score = 3, checked = 2031-01-01 }

[[processors]]
name = "SendCloud"
country = "NL"

[privacy_contact]
future_key = "pc"

[[data_categories]]
name = "Bestellingen"
future_key = "dc"

[[cookies]]
name = "_ga"
future_key = "ck"

[rights]
future_key = "ri"

[options]
future_key = "op"

[clauses]
future_flag = true

[[custom_sections]]
title = "Eigen tekst"
future_key = "cs"

[future_table]
key = "waarde"
nested = { deeper = [1, 2, 3] }
"""


def test_unknown_keys_survive_an_edit_and_save_in_the_window(
    window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "toekomst.policy.toml"
    path.write_text(FUTURE, encoding="utf-8")
    assert window.files.open_path(path)
    window.store.set_field(NAME, "Toekomstwinkel BV")
    window.store.move_row(("processors",), 0, 1)
    window.actions_by_name["save"].trigger()
    assert not window.store.is_modified()

    saved = tomllib.loads(path.read_text(encoding="utf-8"))
    assert saved["organisation"]["name"] == "Toekomstwinkel BV"  # the edit is there
    assert saved["future_top"] == "bovenaan"
    assert saved["document"]["future_key"] == "later toegevoegd"
    assert saved["organisation"]["future_socials"] == ["mastodon", "bluesky"]
    assert [p["name"] for p in saved["processors"]] == ["SendCloud", "Mollie"]
    # The unknown key moved along with its processor.
    assert saved["processors"][1]["future_key"] == {"score": 3, "checked": dt.date(2031, 1, 1)}
    assert "future_key" not in saved["processors"][0]
    assert saved["clauses"]["future_flag"] is True
    for table, value in [("privacy_contact", "pc"), ("rights", "ri"), ("options", "op")]:
        assert saved[table]["future_key"] == value
    for table, value in [("data_categories", "dc"), ("cookies", "ck"), ("custom_sections", "cs")]:
        assert saved[table][0]["future_key"] == value
    assert saved["future_table"] == {"key": "waarde", "nested": {"deeper": [1, 2, 3]}}
