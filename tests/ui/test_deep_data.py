"""Data nested past the format's limit: the window says so, it never silently stays unsaved.

tomli_w raised an uncaught RecursionError on unknown keys nested 250 deep: no
dialog appeared and the recovery copy failed too. Such data can come from
another program's keys; the window gets it here through the store.
"""

from __future__ import annotations

from pathlib import Path

from editor.core.starter import starter_project
from editor.ui.main_window import MainWindow
from editor.ui.store import Store
from tests.core.test_toml_guard import deep_extra
from tests.ui.window_helpers import NAME, Windows, answer

HOUR_MS = 3_600_000


def deep_window(windows: Windows) -> MainWindow:
    window = windows.new()
    project = starter_project()
    project.organisation.extra["van_een_ander_programma"] = deep_extra(300)
    store: Store = window.store
    store.load(project, None)
    store.set_field(NAME, "Diepe winkel")
    return window


def test_saving_says_the_data_is_too_deep(
    windows: Windows, tmp_path: Path, errors: list[tuple[str, str]]
) -> None:
    window = deep_window(windows)
    target = tmp_path / "diep.policy.toml"
    answer(window, "save_path", target)
    window.actions_by_name["save_as"].trigger()
    assert len(errors) == 1
    title, message = errors[0]
    assert title == "Opslaan is mislukt"
    assert message.startswith("diep.policy.toml: opslaan kan niet, want de gegevens zijn te diep")
    assert not target.exists()
    assert window.store.is_modified() and window.isWindowModified()


def test_the_recovery_copy_says_so_in_the_status_bar(windows: Windows, tmp_path: Path) -> None:
    window = deep_window(windows)
    window.files.keep_recovery_copies(tmp_path / "recovery", HOUR_MS)
    writer = window.files.recovery
    assert writer is not None
    assert not writer.write_now()
    assert "te diep genest" in window.statusBar().currentMessage()
