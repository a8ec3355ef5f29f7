"""Project files: the format's contract (docs/project-format.md)."""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
from pathlib import Path

import pytest

from editor.core import migrations
from editor.core.model import (
    Address,
    Cookie,
    CookieKind,
    DataCategory,
    LegalBasis,
    Processor,
    Project,
)
from editor.core.project_file import (
    ProjectFileError,
    dumps_project,
    load_project,
    loads_project,
    save_project,
)
from tests.core.test_quote_marks import WRONG_QUOTES

MINIMAL = "format_version = 1\n"


def test_every_example_loads(example_path: Path) -> None:
    project = load_project(example_path)
    assert project.organisation.name
    assert project.data_categories


def test_luxigo_facts_arrive_in_the_model() -> None:
    from tests.conftest import SHARED

    project = load_project(SHARED / "examples" / "luxigo.policy.toml")
    assert project.document.address is Address.FORMAL
    assert project.document.effective_date == dt.date(2019, 10, 15)
    assert project.data_categories[2].legal_basis is LegalBasis.LEGITIMATE_INTERESTS
    assert project.processors[2].country == "US"
    assert project.custom_sections[1].title == "Auteursrecht"


def test_load_save_load_is_equal_and_byte_identical(example_path: Path, tmp_path: Path) -> None:
    project = load_project(example_path)
    target = tmp_path / "copy.policy.toml"
    save_project(project, target)
    again = load_project(target)
    assert again == project
    first = target.read_bytes()
    save_project(again, target)
    assert target.read_bytes() == first


def test_missing_keys_take_the_defaults() -> None:
    project = loads_project(MINIMAL)
    assert project == Project()
    assert project.document.address is Address.INFORMAL
    assert project.organisation.country == "Nederland"
    assert project.rights.response_days == 30
    assert project.options.minimum_age == 16


def test_cookie_consent_defaults_depend_on_kind() -> None:
    text = MINIMAL + (
        '[[cookies]]\nname = "a"\nkind = "functional"\n'
        '[[cookies]]\nname = "b"\nkind = "analytics"\n'
        '[[cookies]]\nname = "c"\nkind = "marketing"\n'
        '[[cookies]]\nname = "d"\nkind = "marketing"\nconsent = false\n'
    )
    consents = [cookie.consent for cookie in loads_project(text).cookies]
    assert consents == [False, True, True, False]


def test_unknown_keys_survive_a_save(tmp_path: Path) -> None:
    text = MINIMAL + (
        'future_top = "kept"\n'
        '[document]\naddress = "u"\nfuture_doc = 3\n'
        '[[processors]]\nname = "X"\nfuture_proc = [1, 2]\n'
        '[future_table]\nkey = "value"\n'
    )
    project = loads_project(text)
    assert project.extra["future_top"] == "kept"
    assert project.document.extra == {"future_doc": 3}
    assert project.processors[0].extra == {"future_proc": [1, 2]}
    saved = loads_project(dumps_project(project))
    assert saved.extra == {"future_top": "kept", "future_table": {"key": "value"}}
    assert saved.processors[0].extra == {"future_proc": [1, 2]}


def test_format_version_is_always_written() -> None:
    assert dumps_project(Project()).startswith("format_version = 2\n")


def test_version_1_file_loads_as_version_2_with_the_same_meaning() -> None:
    project = loads_project(MINIMAL + '[options]\nnewsletter = true\n[[processors]]\nname = "X"\n')
    assert project.format_version == 2
    assert project.options.newsletter_existing_customers is False
    assert project.processors[0].catalog == "" and project.processors[0].catalog_as_of is None
    assert project.import_ is None and project.versions == []
    assert dumps_project(project).startswith("format_version = 2\n")


VERSION_2 = """format_version = 2

[options]
newsletter_existing_customers = true

[[processors]]
name = "Mollie"
catalog = "Mollie"
catalog_as_of = 2026-11-22

[import]
source = "privacyverklaring-oud.html"
imported_on = 2026-12-02
text = "Wij verwerken uw naam."
unconfirmed = ["organisation.phone", "processors[0].country"]
later_key = "kept"

[[versions]]
number = "1.0"
recorded_on = 2026-12-02
note = "naar jurist"
published = false
program = "0.2.0"
clauses = "nl 2026.12.1"
statement = "<h2>Privacyverklaring</h2>"

[versions.facts.organisation]
name = "Luxigo"
"""


def test_version_2_keys_load_and_survive_a_save() -> None:
    project = loads_project(VERSION_2)
    assert project.options.newsletter_existing_customers is True
    assert project.processors[0].catalog_as_of == dt.date(2026, 11, 22)
    assert project.import_ is not None
    assert project.import_.unconfirmed == ["organisation.phone", "processors[0].country"]
    assert project.import_.extra == {"later_key": "kept"}
    assert "import_" not in project.extra and "import" not in project.extra
    (version,) = project.versions
    assert version.facts == {"organisation": {"name": "Luxigo"}}
    assert version.recorded_on == dt.date(2026, 12, 2)
    again = dumps_project(loads_project(dumps_project(project)))
    assert again == dumps_project(project)
    assert "[import]" in again and "import_" not in again


def test_import_table_of_the_wrong_type_names_its_key() -> None:
    with pytest.raises(ProjectFileError, match="import"):
        loads_project(MINIMAL + 'import = "oud"\n')


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    target = tmp_path / "bom.policy.toml"
    target.write_bytes(b"\xef\xbb\xbf" + (MINIMAL + '[organisation]\nname = "Bé"\n').encode())
    assert load_project(target).organisation.name == "Bé"


def test_migration_hook_runs_each_step_in_turn() -> None:
    def zero_to_one(data: dict[str, object]) -> dict[str, object]:
        data["renamed"] = data.pop("old", None)
        return data

    result = migrations.migrate({"old": 1}, 0, target=1, steps={0: zero_to_one})
    assert result == {"renamed": 1, "format_version": 1}
    with pytest.raises(LookupError):
        migrations.migrate({}, 0, target=1, steps={})


# -- unreadable files: one error type, a clear message ------------------------

BAD_FILES: list[tuple[str, bytes, str]] = [
    ("empty", b"", "leeg"),
    ("only-spaces", b"  \n\n", "leeg"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binaire"),
    ("utf16", "format_version = 1\n".encode("utf-16"), "UTF-16"),
    ("latin1", b'format_version = 1\n[organisation]\nname = "Caf\xe9"\n', "UTF-8"),
    ("syntax", b"format_version = 1\n[document\n", "regel 2"),
    ("no-version", b'[document]\naddress = "u"\n', "format_version"),
    ("newer-version", b"format_version = 99\n", "versie 99"),
    ("version-text", b'format_version = "1"\n', "format_version"),
    (
        "wrong-type",
        b'format_version = 1\n[rights]\nresponse_days = "dertig"\n',
        "rights.response_days",
    ),
    ("unknown-choice", b'format_version = 1\n[document]\naddress = "jij"\n', "“u”, “je”"),
    ("impossible-date", b"format_version = 1\n[document]\neffective_date = 2019-02-30\n", "datum"),
    (
        "impossible-date-text",
        b'format_version = 1\n[document]\neffective_date = "2019-13-01"\n',
        "datum",
    ),
    ("language", b'format_version = 1\n[document]\nlanguage = "fr"\n', "niet ondersteund"),
    ("mandatory-clause-off", b'format_version = 1\n[clauses]\ndisabled = ["rights"]\n', "rights"),
    ("unknown-clause", b'format_version = 1\n[clauses]\norder = ["bogus"]\n', "bogus"),
    ("list-not-table", b"format_version = 1\ndocument = [1, 2]\n", "tabel"),
    ("duplicate-key", b"format_version = 1\nformat_version = 1\n", "twee keer"),
    (
        "deep-nesting",
        b"format_version = 1\nx = " + b"[" * 100_000 + b"]" * 100_000 + b"\n",
        "genest",
    ),
    # What took the TOML parser gigabytes: refused before it reads a byte of them.
    ("long-dotted-key", b"format_version = 1\n" + b"d." * 100_000 + b"d = 1\n", "delen"),
    ("long-table-name", b"format_version = 1\n[" + b"t." * 100_000 + b"t]\n", "delen"),
]


@pytest.mark.parametrize(("label", "content", "expected"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_unreadable_files_give_one_clear_error(
    tmp_path: Path, label: str, content: bytes, expected: str
) -> None:
    target = tmp_path / f"{label}.policy.toml"
    target.write_bytes(content)
    with pytest.raises(ProjectFileError) as caught:
        load_project(target)
    message = str(caught.value)
    assert message.startswith(target.name)
    assert expected in message
    assert "Traceback" not in message and "\n" not in message
    # Shown in the window ("je") and on the command line alike: neither form of
    # address in its own words, and quotes with “…”.
    own_words = re.sub(r"“[^”]*”", "", message)
    assert not re.search(r"\b(?:[Uu]w?|[Jj]e|[Jj]ouw)\b", own_words)
    assert not WRONG_QUOTES.search(message)


def test_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    target = tmp_path / "bad.policy.toml"
    target.write_text('format_version = 1\n[organisation]\nname = "open\n', encoding="utf-8")
    with pytest.raises(ProjectFileError) as caught:
        load_project(target)
    assert caught.value.line == 3
    assert caught.value.column is not None
    assert "regel 3, kolom" in str(caught.value)


def test_huge_file_is_refused_by_its_size_without_reading(tmp_path: Path) -> None:
    target = tmp_path / "huge.policy.toml"
    with target.open("wb") as handle:  # sparse: 6 MB on paper, nothing on disk
        handle.truncate(6 * 1024 * 1024)
    with pytest.raises(ProjectFileError, match="5 MB"):
        load_project(target)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="bestaat niet"):
        load_project(tmp_path / "nope.policy.toml")
    with pytest.raises(ProjectFileError, match="map"):
        load_project(tmp_path)


# -- saving -------------------------------------------------------------------


def _rich_project() -> Project:
    return Project(
        data_categories=[DataCategory(name="Bestellingen", legal_basis=LegalBasis.CONTRACT)],
        processors=[Processor(name="Mollie", country="NL")],
        cookies=[Cookie(name="_ga", kind=CookieKind.ANALYTICS, consent=True)],
    )


def test_save_keeps_the_previous_version_as_backup(tmp_path: Path) -> None:
    target = tmp_path / "shop.policy.toml"
    first = _rich_project()
    save_project(first, target)
    second = _rich_project()
    second.organisation.name = "Nieuw"
    save_project(second, target)
    assert load_project(target).organisation.name == "Nieuw"
    assert load_project(tmp_path / "shop.policy.toml.bak") == first


def test_failed_save_leaves_the_old_file_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "shop.policy.toml"
    save_project(_rich_project(), target)
    before = target.read_bytes()

    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full_disk)
    changed = _rich_project()
    changed.organisation.name = "Kwijt"
    with pytest.raises(ProjectFileError, match="schijf is vol"):
        save_project(changed, target, backup=False)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.policy.toml"]


def test_save_into_a_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="bestaat niet"):
        save_project(Project(), tmp_path / "nope" / "x.policy.toml")


def test_comments_and_multiline_text_survive(tmp_path: Path) -> None:
    project = Project()
    project.clauses.overrides["intro"] = 'Regel één\n\n"Twee" met \\ en """'
    target = tmp_path / "x.policy.toml"
    save_project(project, target)
    assert load_project(target).clauses.overrides["intro"] == project.clauses.overrides["intro"]


def test_read_project_gives_the_bytes_it_read_and_save_gives_what_it_wrote(
    tmp_path: Path,
) -> None:
    from editor.core.project_file import read_project

    path = tmp_path / "winkel.policy.toml"
    path.write_bytes(b'\xef\xbb\xbfformat_version = 1\n[organisation]\nname = "Zeepkist"\n')
    project, content = read_project(path)
    assert project.organisation.name == "Zeepkist"
    assert content == path.read_bytes()  # as on disk, byte-order mark and all
    written = save_project(project, path)
    assert written == path.read_bytes() == dumps_project(project).encode("utf-8")
