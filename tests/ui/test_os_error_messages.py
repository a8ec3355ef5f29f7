"""The window names a refused or missing file in Dutch, never with the system's English
words ("No space left on device") or Python's "[Errno 28]"."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from editor.ui import file_actions
from tests.ui.test_recovery import with_writer, writer_of
from tests.ui.window_helpers import NAME, Windows, answer


def english(message: str) -> bool:
    return "Errno" in message or any(
        os.strerror(number) in message for number in (errno.ENOENT, errno.ENOSPC, errno.EIO)
    )


def test_a_lawyers_file_that_is_gone(
    windows: Windows, tmp_path: Path, errors: list[tuple[str, str]]
) -> None:
    window = windows.new()
    window.review.ask_file = lambda: tmp_path / "weg.docx"
    assert not window.review.read_lawyer_file()
    assert errors == [("Inlezen is mislukt", "weg.docx: het bestand bestaat niet.")]


def test_an_export_the_system_refuses(
    windows: Windows, tmp_path: Path, errors: list[tuple[str, str]]
) -> None:
    window = windows.new()
    answer(window, "save_path", tmp_path / "privacy.pdf")

    def full(_path: Path) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    assert not window.files.export_with("PDF (*.pdf)", ".pdf", "", full)
    assert errors == [("Exporteren is mislukt", "privacy.pdf: de schijf is vol.")]


def test_a_save_the_system_refuses(
    windows: Windows,
    tmp_path: Path,
    errors: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = windows.new()
    window.store.set_field(NAME, "Niet opgeslagen")

    def failing(*_args: object, **_kwargs: object) -> bytes:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(file_actions, "save_project", failing)
    answer(window, "save_path", tmp_path / "winkel.policy.toml")
    assert not window.files.save()
    ((title, message),) = errors
    assert title == "Opslaan is mislukt" and not english(message)
    assert message == (
        "winkel.policy.toml: de schijf of het netwerk gaf een fout bij het lezen of schrijven."
    )
    assert window.store.is_modified()


def test_a_recovery_copy_the_system_refuses(windows: Windows, tmp_path: Path) -> None:
    blocked = tmp_path / "een-bestand"
    blocked.write_text("geen map", encoding="utf-8")
    window = with_writer(windows, blocked / "herstel", interval_ms=3_600_000)
    window.store.set_field(NAME, "Toch bewerken")
    assert not writer_of(window).write_if_modified()
    shown = window.statusBar().currentMessage()
    assert shown.startswith("Herstelkopie maken is mislukt: ")
    assert shown.endswith(": een deel van het pad is een bestand, geen map.")
    assert "Not a directory" not in shown and "Errno" not in shown
