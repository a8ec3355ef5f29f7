"""The optional clause "Wat is er veranderd": off by default, then per published version
its date and the parts that changed, read from the versions' own statements."""

from __future__ import annotations

import datetime as dt

import pytest

from editor.core.clause_ids import DEFAULT_OFF_IDS, is_switched_on, switch
from editor.core.errors import ProjectFileError
from editor.core.model import Address
from editor.core.project_file import dumps_project, loads_project
from editor.export.assemble import assemble
from editor.export.changelog import changelog_entries
from editor.export.exporter import render_bytes
from editor.export.versions import record_version
from tests.core.complete_project import complete_project


def shop_with_history() -> object:
    project = complete_project(Address.FORMAL)
    project.versions.append(
        record_version(project, "1.0", published=True, today=dt.date(2026, 1, 5))
    )
    project.versions.append(record_version(project, "1.0-jurist", today=dt.date(2026, 2, 1)))
    project.organisation.city = "Leiden"
    project.options.minimum_age = 13
    project.versions.append(
        record_version(project, "1.1", published=True, today=dt.date(2026, 6, 1))
    )
    return project


def test_off_by_default_even_with_published_versions() -> None:
    project = shop_with_history()
    assert "changelog" in DEFAULT_OFF_IDS
    assert "changelog" not in [s.key for s in assemble(project).sections]  # type: ignore[arg-type]


def test_switched_on_it_lists_each_published_version_newest_first_with_what_changed() -> None:
    project = shop_with_history()
    project.clauses.enabled = ["changelog"]  # type: ignore[attr-defined]
    (entry_new, entry_old) = changelog_entries(project)  # type: ignore[arg-type]
    assert (entry_new.number, entry_new.date) == ("1.1", dt.date(2026, 6, 1))
    assert "Wie wij zijn" in entry_new.parts and "Kinderen" in entry_new.parts
    assert "Uw rechten" not in entry_new.parts
    assert entry_old.first and entry_old.number == "1.0"
    text = render_bytes(project, "md").decode()  # type: ignore[arg-type]
    assert "Wat is er veranderd" in text
    assert "Versie 1.1** (1 juni 2026): gewijzigd: Wie wij zijn" in text
    assert "1.0-jurist" not in text  # not published
    keys = [s.key for s in assemble(project).sections]  # type: ignore[arg-type]
    assert keys.index("changelog") == keys.index("contact") - 1


def test_no_published_version_means_no_section_even_when_switched_on() -> None:
    project = complete_project(Address.INFORMAL)
    project.clauses.enabled = ["changelog"]
    project.versions.append(record_version(project, "1.0", today=dt.date(2026, 1, 5)))
    assert "changelog" not in [s.key for s in assemble(project).sections]


def test_switching_uses_the_right_list_and_survives_a_save() -> None:
    assert switch("changelog", True, [], []) == ("enabled", ["changelog"])
    assert switch("changelog", False, [], ["changelog"]) == ("enabled", [])
    assert switch("children", False, [], []) == ("disabled", ["children"])
    assert is_switched_on("rights", ["rights"], []) and not is_switched_on("changelog", [], [])
    project = loads_project('format_version = 2\n[clauses]\nenabled = ["changelog"]\n')
    assert loads_project(dumps_project(project)).clauses.enabled == ["changelog"]
    with pytest.raises(ProjectFileError, match="standaard aan"):
        loads_project('format_version = 2\n[clauses]\nenabled = ["children"]\n')
