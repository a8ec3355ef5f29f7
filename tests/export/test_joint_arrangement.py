"""A joint controller's arrangement (AVG art. 26) is claimed only when it exists.

For a joint controller, ``agreement`` means the art. 26 arrangement was made.
Google offers none for Google Ads, so the catalog's row starts without it, and
no export may then say that the shop and Google agreed who does what.
"""

from __future__ import annotations

import pytest

from editor.core.catalog import find_entry
from editor.core.model import Project, Relationship
from editor.export.exporter import render_bytes
from tests.core.complete_project import complete_project
from tests.export.test_exports import docx_text, html_text, md_text

READERS = {
    "docx": docx_text,
    "html": lambda data: html_text(data.decode()),
    "md": lambda data: md_text(data.decode()),
}
CLAIM = "afgesproken wie welke plicht"


def with_google_ads(*, arranged: bool) -> Project:
    project = complete_project()
    entry = find_entry("Google Ads")
    assert entry is not None
    row = entry.to_processor()
    assert row.relationship is Relationship.JOINT_CONTROLLER
    assert row.agreement is False  # the catalog never claims an arrangement
    row.agreement = arranged
    project.processors.append(row)
    return project


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_no_arrangement_is_claimed_without_one(fmt: str) -> None:
    text = READERS[fmt](render_bytes(with_google_ads(arranged=False), fmt))
    assert "Google Ads" in text
    assert "gezamenlijke verwerkingsverantwoordelijken" in text
    assert CLAIM not in text
    assert "kern van die afspraken" not in text


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_an_arrangement_that_exists_is_stated(fmt: str) -> None:
    text = READERS[fmt](render_bytes(with_google_ads(arranged=True), fmt))
    assert CLAIM in text
    assert "kern van die afspraken" in text


def test_with_two_joint_controllers_only_the_arranged_one_is_named() -> None:
    project = with_google_ads(arranged=False)
    meta = find_entry("Meta Pixel")
    assert meta is not None
    row = meta.to_processor()
    row.agreement = True
    project.processors.append(row)
    text = html_text(render_bytes(project, "html").decode())
    assert f"Met Meta Pixel hebben wij {CLAIM}" in " ".join(text.split())
    assert f"Wij hebben met elkaar {CLAIM}" not in text


@pytest.mark.parametrize("arranged", [False, True])
def test_the_english_statement_follows_the_same_rule(arranged: bool) -> None:
    project = with_google_ads(arranged=arranged)
    project.document.language = "en"
    text = " ".join(html_text(render_bytes(project, "html").decode()).split())
    assert "joint controllers" in text
    assert ("who fulfils which obligation" in text) is arranged
    assert ("essence of those arrangements" in text) is arranged
