"""The wider measure: kinds of data, retention, legal bases, recipients, cookies and the
date, on the seeds and on statements written for these tests in other styles.

Each statement's floor is what the import reaches now: a change that finds less, or
that invents a fact, fails here. ``python -m tests.core.importing.fact_report``
prints the whole table (docs/performance.md holds it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.importing import import_file
from tests.core.importing.fact_cases import CASES
from tests.core.importing.facts import Expected, load_expected, name_key, score_facts
from tests.core.importing.pages import seed_as_docx, seed_as_html

# Facts found at least, per statement (before the wider measure: 158 of 238 in all).
FLOORS = {
    "seed flowers-by-jennifer": 18,
    "seed ilumni-gifts": 24,
    "seed luxigo": 17,
    "artikelen.txt": 10,
    "cookietabel.md": 15,
    "juridisch.txt": 14,
    "klein-informeel.txt": 9,
    "paragraph.txt": 5,
    "per-doel.txt": 20,
    "questions.txt": 8,
    "soort-gegevens-tabel.md": 18,
    "tables.md": 19,
    "template.txt": 8,
    "valkuilen.txt": 8,
    "vragen-en-antwoorden.txt": 11,
    "webpagina.html": 15,
}
# Facts the import still invents, by name (none today), so that a new one fails.
KNOWN_INVENTED: dict[str, set[str]] = {}


def test_every_case_has_a_floor() -> None:
    assert set(FLOORS) == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_import_finds_the_stated_facts(name: str) -> None:
    source, facts = CASES[name]
    score = score_facts(import_file(source).project, load_expected(facts))
    print(f"{name}: {score}")
    assert score.stated >= 5, "a measured statement states something to find"
    assert score.found >= FLOORS[name], str(score)
    assert set(score.invented) <= KNOWN_INVENTED.get(name, set()), str(score)


@pytest.mark.parametrize("form", ["html", "docx"])
@pytest.mark.parametrize(
    "name",
    [
        "seed flowers-by-jennifer",
        "seed ilumni-gifts",
        "seed luxigo",
        "per-doel.txt",
        "juridisch.txt",
        "klein-informeel.txt",
        "valkuilen.txt",
    ],
)
def test_a_web_page_or_word_file_of_a_statement_scores_the_same(
    name: str, form: str, tmp_path: Path
) -> None:
    source, facts = CASES[name]
    text = source.read_text(encoding="utf-8")
    if form == "html":
        converted = tmp_path / f"{source.stem}.html"
        converted.write_text(seed_as_html(text), encoding="utf-8")
    else:
        converted = seed_as_docx(text, tmp_path / f"{source.stem}.docx")
    expected = load_expected(facts)
    as_text = score_facts(import_file(source).project, expected)
    converted_score = score_facts(import_file(converted).project, expected)
    assert converted_score.found >= as_text.found, str(converted_score)
    assert set(converted_score.invented) <= set(as_text.invented), str(converted_score)


def test_the_measure_counts_a_missed_and_an_invented_fact() -> None:
    """The scoring itself: a wrong project scores lower than the right one."""
    from editor.core.model import DataCategory, LegalBasis, Processor, Project

    expected = Expected(data=("Naam", "E-mailadres"), bases=("consent",), recipients=("Mollie",))
    project = Project()
    project.data_categories.append(
        DataCategory(name="Bestelling", items=["je naam"], legal_basis=LegalBasis.CONTRACT)
    )
    project.processors.append(Processor(name="Mollie"))
    project.processors.append(Processor(name="Derden"))
    project.processors.append(Processor(name="Mollie B.V."))
    score = score_facts(project, expected)
    assert (score.found, score.stated) == (2, 4)  # "je naam" is "Naam"; Mollie
    assert score.invented == [
        "bases: contract",
        "recipients: Derden",
        "recipients: Mollie B.V. (twice)",
    ]
    assert name_key("Je E-mailadres.") == name_key("e-mailadres")
