"""The system's reasons for a failed read or write, in Dutch (never its English strerror)."""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

import pytest

from editor.core.importing import ImportFailed, import_file
from editor.core.os_errors import describe_os_error, error_text
from editor.core.project_file import ProjectFileError, load_project
from tests.conftest import EXAMPLES

COMMON = ["ENOENT", "EACCES", "EPERM", "ENOSPC", "EISDIR", "ENOTDIR", "EROFS", "EEXIST"]
COMMON += ["ENAMETOOLONG", "EIO"]


@pytest.mark.parametrize("writing", [False, True], ids=["reading", "writing"])
@pytest.mark.parametrize("name", COMMON)
def test_each_common_cause_has_its_own_dutch_words(name: str, writing: bool) -> None:
    number = getattr(errno, name)
    reason = describe_os_error(OSError(number, os.strerror(number)), writing=writing)
    assert os.strerror(number).lower() not in reason.lower()
    assert name not in reason  # a known cause needs no code
    assert reason == reason.strip() and not reason.endswith(".")
    # The window shows these words, and the window says "je".
    assert not re.search(r"\b(?:[Uu]|[Uu]w)\b", reason)


def test_the_common_causes_are_told_apart() -> None:
    reasons = {describe_os_error(OSError(getattr(errno, name), "x")) for name in COMMON}
    assert len(reasons) == len(COMMON) - 1  # EPERM and EACCES: both "no permission"


def test_reading_and_writing_name_what_is_missing() -> None:
    missing = OSError(errno.ENOENT, os.strerror(errno.ENOENT))
    assert describe_os_error(missing) == "het bestand bestaat niet"
    assert describe_os_error(missing, writing=True) == "de map bestaat niet"


def test_a_rare_cause_is_dutch_with_the_systems_short_name() -> None:
    reason = describe_os_error(OSError(errno.ENOTEMPTY, os.strerror(errno.ENOTEMPTY)))
    assert reason == "een fout van het systeem (ENOTEMPTY)"
    assert describe_os_error(OSError("iets")) == "een onbekende fout van het systeem"


def test_error_text_keeps_the_programs_own_messages() -> None:
    own = ProjectFileError("winkel.policy.toml", "het bestand is leeg.")
    assert error_text(own, "winkel.policy.toml") == str(own)
    refused = PermissionError(errno.EACCES, os.strerror(errno.EACCES), "/x/winkel.html")
    assert (
        error_text(refused, "winkel.html", writing=True)
        == "winkel.html: je hebt geen toestemming om in deze map te schrijven."
    )
    assert error_text(refused, "winkel.html").startswith("winkel.html: ")
    unnamed = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert error_text(unnamed, "we\x1b[31mg.html").startswith("we\\x1b[31mg.html: ")


def test_error_text_names_the_file_the_system_named() -> None:
    """Not the export the user chose, but the file that could not be read on the way."""
    missing = FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), "/x/page/page.html.j2")
    assert (
        error_text(missing, "privacy.html", writing=True)
        == "page.html.j2: het bestand bestaat niet."
    )


def refuse_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    # The tests run as root, who may read anything: the refusal is injected.
    def refuse(_self: Path) -> bytes:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(Path, "read_bytes", refuse)


def test_a_project_that_may_not_be_read(monkeypatch: pytest.MonkeyPatch) -> None:
    refuse_reading(monkeypatch)
    with pytest.raises(ProjectFileError) as caught:
        load_project(EXAMPLES[0])
    assert str(caught.value) == (
        f"{EXAMPLES[0].name}: het bestand is niet te lezen "
        "(je hebt geen toestemming om het te lezen)."
    )


def test_an_old_statement_that_may_not_be_read(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    old = tmp_path / "oud.md"
    old.write_text("# Privacy\n", encoding="utf-8")
    refuse_reading(monkeypatch)
    with pytest.raises(ImportFailed) as caught:
        import_file(old)
    assert str(caught.value) == (
        "oud.md: het bestand is niet te lezen (je hebt geen toestemming om het te lezen)."
    )
