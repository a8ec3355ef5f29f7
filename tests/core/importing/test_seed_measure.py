"""The measure of issue 12 on the seeds, as text, as a saved web page and as Word."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.importing import import_file
from editor.core.project_file import load_project
from tests.conftest import SHARED
from tests.core.importing.measure import measure
from tests.core.importing.pages import seed_as_docx, seed_as_html

SEEDS = sorted(path.stem for path in (SHARED / "seeds").glob("*.txt"))


def _as(form: str, seed: Path, tmp_path: Path) -> Path:
    text = seed.read_text(encoding="utf-8")
    if form == "txt":
        return seed
    if form == "html":
        target = tmp_path / f"{seed.stem}.html"
        target.write_text(seed_as_html(text), encoding="utf-8")
        return target
    return seed_as_docx(text, tmp_path / f"{seed.stem}.docx")


@pytest.mark.parametrize("form", ["txt", "html", "docx"])
@pytest.mark.parametrize("name", SEEDS)
def test_import_finds_what_the_seed_states(name: str, form: str, tmp_path: Path) -> None:
    seed = SHARED / "seeds" / f"{name}.txt"
    example = load_project(SHARED / "examples" / f"{name}.policy.toml")
    result = import_file(_as(form, seed, tmp_path))
    score = measure(result.project, example, seed.read_text(encoding="utf-8"))
    print(f"{name} ({form}): {score}")
    assert score.total >= 3  # the seed states something to find
    assert score.ratio >= 0.9, str(score)
    assert len(score.invented) <= 1, str(score)


@pytest.mark.parametrize("name", SEEDS)
def test_the_forms_agree(name: str, tmp_path: Path) -> None:
    """A web page or Word file of the same text finds the same shop and recipients."""
    seed = SHARED / "seeds" / f"{name}.txt"
    projects = [import_file(_as(form, seed, tmp_path)).project for form in ("txt", "html", "docx")]
    assert len({p.organisation.name for p in projects}) == 1
    assert len({tuple(row.name for row in p.processors) for p in projects}) == 1


@pytest.mark.parametrize("name", SEEDS)
def test_page_furniture_names_no_recipient(name: str, tmp_path: Path) -> None:
    """The page around the statement names Mollie, PayPal, Klarna, DHL eCommerce, DPD,
    Trustpilot, Kiyoh, TransIP (footer), Google Analytics, Hotjar, Meta Pixel (cookie
    banner) and Mailchimp (sidebar): none of them is a recipient unless the seed names it."""
    seed = SHARED / "seeds" / f"{name}.txt"
    text = seed.read_text(encoding="utf-8")
    names = [row.name for row in import_file(_as("html", seed, tmp_path)).project.processors]
    for furniture in (
        "Mollie",
        "PayPal",
        "Klarna",
        "DHL eCommerce",
        "DPD",
        "Trustpilot",
        "Kiyoh",
        "TransIP",
        "Google Analytics",
        "Hotjar",
        "Meta Pixel",
        "Mailchimp",
    ):
        if furniture not in text:
            assert furniture not in names
    assert "Pixelwerk Studio" not in names
