"""The English examples (docs/examples/*.en.policy.toml): each Dutch example made
English through "Engelse versie maken…", with the shop's own texts then written
in English. They must stay what that action makes, load, pass the check as
well as the Dutch original does, and export as English in every format.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from pathlib import Path

import docx
import pytest

from editor.core.checks import check
from editor.core.english_copy import english_copy
from editor.core.model import Project
from editor.core.project_file import load_project
from editor.export.exporter import export_file, render_bytes
from tests.conftest import EXAMPLES, REPO

ENGLISH_EXAMPLES = REPO / "docs" / "examples"
PAIRS = [(path, ENGLISH_EXAMPLES / path.name.replace(".policy", ".en.policy")) for path in EXAMPLES]
PAIR_IDS = [path.name.split(".")[0] for path in EXAMPLES]

# Words that give away running Dutch; none belongs in an English statement
# outside a name or an address.
DUTCH = re.compile(
    r"\b(de|het|een|en|van|voor|met|naar|bij|ook|niet|zijn|worden|wij|we|ons|onze|u|uw|je|jij"
    r"|jouw|gegevens|persoonsgegevens|bewaren|bewaartermijn|bestelling|klant|toestemming"
    r"|verwerker|afmelden|jaar|maanden|zolang)\b",
    re.IGNORECASE,
)
# Except "we": English has it too. Case-insensitive above; dropped here.
DUTCH_ONLY = re.compile(DUTCH.pattern.replace("|we|", "|"), re.IGNORECASE)


def test_there_is_an_english_example_for_each_dutch_one() -> None:
    assert EXAMPLES
    assert sorted(ENGLISH_EXAMPLES.glob("*.en.policy.toml")) == sorted(en for _, en in PAIRS)


# --- the stored files are what the action makes --------------------------------


def owner_texts_blanked(project: Project) -> Project:
    """``project`` with every text the owner writes replaced by its shape.

    A text becomes "" or "text", a list keeps its length: what stays must be
    exactly what "Engelse versie maken…" made, and only the words may differ.
    """
    blanked = copy.deepcopy(project)

    def shape(text: str) -> str:
        return "text" if text.strip() else ""

    for category in blanked.data_categories:
        category.name = shape(category.name)
        category.items = [shape(item) for item in category.items]
        category.purposes = [shape(purpose) for purpose in category.purposes]
        category.legitimate_interest = shape(category.legitimate_interest)
        category.retention = shape(category.retention)
        category.source = shape(category.source)
    for processor in blanked.processors:
        processor.name = shape(processor.name)
        processor.purpose = shape(processor.purpose)
        processor.data = [shape(item) for item in processor.data]
    for cookie in blanked.cookies:
        cookie.name, cookie.provider = shape(cookie.name), shape(cookie.provider)
        cookie.description, cookie.retention = shape(cookie.description), shape(cookie.retention)
    blanked.rights.identification = shape(blanked.rights.identification)
    measures = blanked.options.security_measures
    blanked.options.security_measures = [shape(measure) for measure in measures]
    for section in blanked.custom_sections:
        section.title, section.text = shape(section.title), shape(section.text)
    return blanked


@pytest.mark.parametrize(("dutch", "english"), PAIRS, ids=PAIR_IDS)
def test_the_english_example_is_the_action_s_copy_with_only_the_words_changed(
    dutch: Path, english: Path
) -> None:
    made = english_copy(load_project(dutch)).project
    stored = load_project(english)
    assert owner_texts_blanked(stored) == owner_texts_blanked(made)
    # The facts a lawyer reads side by side, said once more in plain terms.
    assert [c.legal_basis for c in stored.data_categories] == [
        c.legal_basis for c in made.data_categories
    ]
    assert [
        (p.country, p.relationship, p.transfer_safeguard, p.catalog) for p in stored.processors
    ] == [(p.country, p.relationship, p.transfer_safeguard, p.catalog) for p in made.processors]
    # What the program translated itself stays its translation.
    assert stored.organisation == made.organisation
    assert stored.document == made.document and stored.document.language == "en"


def test_the_blanking_sees_a_changed_fact() -> None:
    # The comparison above would pass anything if the blanking hid the facts too.
    dutch = PAIRS[0][0]
    made = english_copy(load_project(dutch)).project
    changed = copy.deepcopy(made)
    changed.data_categories[0].required = not changed.data_categories[0].required
    assert owner_texts_blanked(changed) != owner_texts_blanked(made)
    changed = copy.deepcopy(made)
    changed.data_categories[0].items.append("Something more")
    assert owner_texts_blanked(changed) != owner_texts_blanked(made)
    changed = copy.deepcopy(made)
    changed.data_categories[0].name = "Another name"
    assert owner_texts_blanked(changed) == owner_texts_blanked(made)


# --- the check -------------------------------------------------------------------


@pytest.mark.parametrize(("dutch", "english"), PAIRS, ids=PAIR_IDS)
def test_the_check_finds_no_dutch_and_reads_the_english_as_it_reads_the_dutch(
    dutch: Path, english: Path
) -> None:
    """The same errors, warnings and tips as the Dutch original, field for field.

    The rules that read the owner's words (vague retention, the fiscal duty,
    tracking data, a denial that IP addresses are personal data) read English too.
    """
    found = check(load_project(english))
    assert [f.path for f in found if f.id == "language-mix"] == []
    original = {(f.id, f.path, f.severity) for f in check(load_project(dutch))}
    assert {(f.id, f.path, f.severity) for f in found} == original
    assert any(f.severity == "error" for f in found)  # the examples have their faults


# --- the exports ---------------------------------------------------------------------


def names_and_addresses(project: Project) -> list[str]:
    """Texts that stay as they are in any language: names, addresses, the authority."""
    org, contact = project.organisation, project.privacy_contact
    kept = [org.name, *org.trade_names, org.address, f"{org.postal_code} {org.city}", org.city]
    kept += [contact.name, org.email, contact.email, org.website, org.phone]
    kept += [processor.name for processor in project.processors]
    kept += [cookie.name for cookie in project.cookies] + [c.provider for c in project.cookies]
    kept += ["Autoriteit Persoonsgegevens", "autoriteitpersoonsgegevens.nl", "Postbus 93374"]
    kept += ["2509 AJ Den Haag", "Den Haag"]
    return sorted((text for text in kept if text.strip()), key=len, reverse=True)


def without(text: str, kept: list[str]) -> str:
    for name in kept:
        text = text.replace(name, " ")
    return text


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for section in document.sections:
        parts += [paragraph.text for paragraph in section.footer.paragraphs]
    return "\n".join(parts)


def html_text(data: bytes) -> str:
    return re.sub(r"<[^>]+>", " ", data.decode("utf-8"))


@pytest.mark.parametrize(("dutch", "english"), PAIRS, ids=PAIR_IDS)
def test_every_export_is_english(dutch: Path, english: Path) -> None:
    project = load_project(english)
    kept = names_and_addresses(project)
    texts = {
        "docx": docx_text(render_bytes(project, "docx")),
        "html": html_text(render_bytes(project, "html")),
        "fragment": html_text(render_bytes(project, "html", fragment=True)),
        "md": render_bytes(project, "md").decode("utf-8"),
    }
    for fmt, text in texts.items():
        assert "Privacy statement" in text or fmt == "fragment", fmt
        assert "controller" in text and "Your rights" in text, fmt
        dutch_words = DUTCH_ONLY.findall(without(text, kept))
        assert dutch_words == [], (fmt, sorted(set(dutch_words)))
    # The same test on the Dutch original finds plenty: the word list is not empty talk.
    assert len(DUTCH_ONLY.findall(render_bytes(load_project(dutch), "md").decode())) > 100


@pytest.mark.parametrize(("dutch", "english"), PAIRS, ids=PAIR_IDS)
def test_the_review_export_of_the_english_example(
    dutch: Path, english: Path, tmp_path: Path
) -> None:
    project = load_project(english)
    target = export_file(project, tmp_path / "review.docx", review=True)
    with zipfile.ZipFile(target) as package:
        body = package.read("word/document.xml").decode("utf-8")
        notes = package.read("word/comments.xml").decode("utf-8")
    assert f"This privacy statement belongs to {escaped(project.organisation.name)}" in body
    assert "AVG artikel 13 en 14" in body  # the lawyer's table stays Dutch
    assert "Fout" in notes or "Waarschuwing" in notes  # so do the check's comments


def escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


FACTS = {
    "luxigo": (
        "This privacy statement belongs to Luxigo.",
        "Rotterdamseweg 370 A12, 2629 HG Delft, Netherlands",
        "Legal basis: legitimate interests. Our interest: improving our website and our offer.",
        "Retention period: 7 years (the legal duty to keep tax records).",
        "| Google Review | United States | the EU-US Data Privacy Framework |",
        "This version applies from 15 October 2019.",
        "Dutch Data Protection Authority (Autoriteit Persoonsgegevens)",
    ),
    "ilumni-gifts": (
        "We also trade as Moedermelk juwelen and Moedermelk sieraden.",
        # A party named by its service lends no capital to the data: "payment details".
        "| Payment service provider | Handling payments | Name and payment details | Netherlands |",
        "| Delivery service | Shipping your order | Name and delivery address | Netherlands |",
        "| Advertising network | United States | *\\[safeguard for this transfer\\]* |",
        "Retention period: until you ask us to remove the review.",
    ),
    "flowers-by-jennifer": (
        "This privacy statement belongs to Flowers by Jennifer.",
        "| Session cookie | Flowers by Jennifer | Functional |",
        "Retention period: 2 years after you were last our customer;",
        "How we check who you are: a copy of a valid identity document with your citizen service",
    ),
}


@pytest.mark.parametrize(("dutch", "english"), PAIRS, ids=PAIR_IDS)
def test_the_english_example_reads_as_its_facts(dutch: Path, english: Path) -> None:
    """A few of each shop's facts, as a reader of the English statement meets them."""
    markdown = render_bytes(load_project(english), "md").decode("utf-8")
    text = " ".join(markdown.replace("**", "").split())
    for fact in FACTS[dutch.name.split(".")[0]]:
        assert fact in text, fact
