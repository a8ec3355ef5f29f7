"""Who may read what the program writes.

Files the user shares (projects, their backups, exports) follow the umask, as
any program's files do: a lawyer on a shared folder or a web server can read
them. A file that replaces another keeps that file's mode. Recovery copies are
the program's private business and stay 0600.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.core.atomic import atomic_write_bytes, backup_path
from editor.core.model import Address
from editor.core.project_file import save_project
from editor.export.exporter import export_file
from tests.core.complete_project import complete_project


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o027, 0o077], ids=["umask022", "umask027", "umask077"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    previous = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(previous)


def test_a_new_project_and_its_backup_follow_the_umask(tmp_path: Path, umask: int) -> None:
    target = tmp_path / "winkel.policy.toml"
    save_project(complete_project(), target)
    assert mode(target) == 0o666 & ~umask
    save_project(complete_project(Address.INFORMAL), target)
    assert mode(target) == 0o666 & ~umask
    assert mode(backup_path(target)) == 0o666 & ~umask


@pytest.mark.parametrize("name", ["privacy.html", "privacy.md", "privacy.docx"])
def test_a_new_export_follows_the_umask(tmp_path: Path, umask: int, name: str) -> None:
    target = export_file(complete_project(), tmp_path / name)
    assert mode(target) == 0o666 & ~umask


def test_a_replaced_file_keeps_its_own_mode_whatever_the_umask(tmp_path: Path, umask: int) -> None:
    target = tmp_path / "winkel.policy.toml"
    save_project(complete_project(), target)
    for kept in (0o600, 0o640, 0o664):
        target.chmod(kept)
        save_project(complete_project(), target)
        assert mode(target) == kept
        assert mode(backup_path(target)) == kept
    export = tmp_path / "privacy.html"
    export.write_text("oud")
    export.chmod(0o604)
    export_file(complete_project(), export)
    assert mode(export) == 0o604


def test_a_private_file_is_the_users_alone(tmp_path: Path, umask: int) -> None:
    target = tmp_path / "herstel.policy.toml"
    atomic_write_bytes(target, b"x", private=True)
    assert mode(target) == 0o600


def test_no_temp_file_is_left_and_the_name_pattern_holds(tmp_path: Path) -> None:
    target = tmp_path / "privacy.md"
    for round_ in range(20):
        atomic_write_bytes(target, f"versie {round_}".encode())
    assert [p.name for p in tmp_path.iterdir()] == ["privacy.md"]
    assert target.read_text() == "versie 19"
