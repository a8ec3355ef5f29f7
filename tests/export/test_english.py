"""The English statement: the same clauses, conditions and placeholders as the Dutch one,
in the GDPR's English, from the same facts."""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import tomllib
import zipfile
from typing import Any

import docx
import jinja2.meta
import pytest

from editor.core.checks import check
from editor.core.model import Address, Project
from editor.core.project_file import dumps_project, loads_project
from editor.core.resources import clause_path, read_text
from editor.export.assemble import assemble
from editor.export.context import template_context
from editor.export.exporter import export_file, render_bytes
from editor.export.template_env import environment
from tests.conftest import SHARED
from tests.export.test_clauses import PROJECTS, structure, text_of

LANGUAGES = ("nl", "en")


def manifest(language: str) -> dict[str, Any]:
    return tomllib.loads(read_text(clause_path(language, "manifest.toml")))


def english(project: Project) -> Project:
    copied = copy.deepcopy(project)
    copied.document.language = "en"
    return copied


def template_source(language: str, name: str) -> str:
    return read_text(clause_path(language, name))


# --- parity ------------------------------------------------------------------


def test_both_manifests_have_the_same_clauses_conditions_and_templates() -> None:
    nl, en = manifest("nl"), manifest("en")
    fields = ("id", "template", "optional", "when")
    assert [tuple(c[f] for f in fields) for c in nl["clause"]] == [
        tuple(c[f] for f in fields) for c in en["clause"]
    ]
    assert en["language"] == "en" and en["default_title"] == "Privacy statement"
    assert en["version"] == nl["version"]


@pytest.mark.parametrize("template", [c["template"] for c in manifest("nl")["clause"]])
def test_each_template_has_the_same_placeholders_conditions_and_variables(template: str) -> None:
    def shape(language: str) -> tuple[int, int, int, set[str]]:
        source = template_source(language, template)
        variables = jinja2.meta.find_undeclared_variables(environment(language).parse(source))
        return (
            source.count("blank("),
            source.count("{% if"),
            source.count("{% for"),
            variables - {"a"},  # the Dutch form of address has no English counterpart
        )

    assert shape("nl") == shape("en")


# --- rendering ----------------------------------------------------------------

# Words of running Dutch that never belong in the English clauses' own text.
DUTCH_WORDS = re.compile(
    r"\b(de|het|een|wij|onze|uw|jouw|je|gegevens|voor|niet|zijn|worden|naam|bewaartermijn"
    r"|toestemming|verwerker|waarvoor|welke|Ja|Nee)\b"
)


def render(template: str, project: Project) -> str:
    return environment("en").get_template(template).render(**template_context(project))


@pytest.mark.parametrize(("name", "project"), PROJECTS, ids=[name for name, _ in PROJECTS])
def test_every_english_template_renders_restricted_html(name: str, project: Project) -> None:
    for entry in manifest("en")["clause"]:
        parsed = structure(render(entry["template"], english(project)))
        assert parsed.errors == [], f"{entry['template']}: {parsed.errors}"


def test_an_empty_english_statement_has_no_dutch_word_and_english_blanks() -> None:
    text = render_bytes(english(Project()), "md").decode()
    assert not DUTCH_WORDS.findall(text.replace("Autoriteit Persoonsgegevens", ""))
    assert "\\[name of the shop\\]" in text and "\\[e-mail address\\]" in text
    assert "# Privacy statement" in text


def test_english_statement_speaks_to_you_in_gdpr_terms(example_path: Any) -> None:
    project = english(loads_project(example_path.read_text(encoding="utf-8")))
    statement = assemble(project)
    texts = " ".join(
        text_of(render(entry["template"], project)) for entry in manifest("en")["clause"]
    )
    assert " you " in texts and " your " in texts
    assert "controller" in texts
    assert "Dutch Data Protection Authority (Autoriteit Persoonsgegevens)" in texts
    assert "live or work in another country of the European Union, or in Iceland" in texts
    assert statement.meta.title == "Privacy statement"
    assert [s.key for s in statement.sections] == [
        s.key for s in assemble(loads_project(example_path.read_text(encoding="utf-8"))).sections
    ]


def test_british_dates_and_english_labels_in_every_writer() -> None:
    project = english(PROJECTS[0][1])
    project.document.effective_date = dt.date(2026, 1, 1)
    project.document.version = "2.0"
    markdown = render_bytes(project, "md").decode()
    assert "Version 2.0" in markdown and "Effective date: 1 January 2026" in markdown
    html = render_bytes(project, "html").decode()
    assert 'lang="en"' in html and "Contents" in html
    word = render_bytes(project, "docx")
    document = docx.Document(io.BytesIO(word))
    footer = document.sections[0].footer.paragraphs[0].text
    assert footer.startswith("Version 2.0 · Effective date 1 January 2026 · Page")
    assert document.core_properties.language == "en-GB"
    with zipfile.ZipFile(io.BytesIO(word)) as package:
        assert b'w:val="en-GB"' in package.read("word/styles.xml")


def test_country_names_are_english() -> None:
    project = english(dict(PROJECTS)["complete-u"])
    project.organisation.country = "Nederland"
    project.processors[0].country = "US"
    text = render_bytes(project, "md").decode()
    assert "Netherlands" in text and "United States" in text
    assert "Verenigde Staten" not in text and ", Nederland" not in text


def test_review_export_of_an_english_statement_keeps_its_comments_dutch(tmp_path: Any) -> None:
    target = export_file(english(Project()), tmp_path / "review.docx", review=True)
    with zipfile.ZipFile(target) as package:
        notes = package.read("word/comments.xml").decode()
        body = package.read("word/document.xml").decode()
    assert "Fout" in notes  # the check's words stay Dutch, for the owner's Dutch lawyer
    assert "AVG artikel 13 en 14" in body
    assert "This privacy statement belongs to" in body


def test_english_is_accepted_in_the_file_and_u_je_does_not_apply() -> None:
    project = loads_project(
        'format_version = 2\n[document]\nlanguage = "en"\naddress = "u"\n'
        '[[custom_sections]]\ntitle = "Jij en je bestelling"\ntext = "Jij kunt je bestelling volgen."\n'
    )
    assert project.document.language == "en"
    assert loads_project(dumps_project(project)).document.language == "en"
    assert not [f for f in check(project) if f.id == "address-mix"]
    dutch = copy.deepcopy(project)
    dutch.document.language = "nl"
    dutch.document.address = Address.FORMAL
    assert [f for f in check(dutch) if f.id == "address-mix"]


# --- language-mix ---------------------------------------------------------------


def _mixed(project: Project) -> list[Any]:
    return [finding for finding in check(project) if finding.id == "language-mix"]


def test_language_mix_fires_on_dutch_owner_text_in_an_english_statement(example_path: Any) -> None:
    project = english(loads_project(example_path.read_text(encoding="utf-8")))
    found = _mixed(project)
    assert found
    assert all(
        f.path.startswith(
            (
                "data_categories",
                "processors",
                "cookies",
                "rights",
                "options",
                "custom_sections",
                "clauses",
                "document",
            )
        )
        for f in found
    )
    assert all("lijkt Nederlands" in f.message for f in found)


def test_language_mix_stays_quiet_on_real_dutch_statements(example_path: Any) -> None:
    assert _mixed(loads_project(example_path.read_text(encoding="utf-8"))) == []


def test_language_mix_is_quiet_on_names_addresses_shared_words_and_notes() -> None:
    project = english(dict(PROJECTS)["complete-u"])
    project.data_categories = project.data_categories[:1]
    category = project.data_categories[0]
    category.name = "Orders"
    category.items = ["Name", "Address", "IP", "Account", "Cookies", "Marketing", "KvK"]
    category.purposes = ["To deliver your order"]
    category.legitimate_interest = ""
    category.retention = "Seven years after the order"
    category.source = ""
    project.organisation.name = "De Grote Bloemenwinkel"
    project.organisation.address = "Rotterdamseweg 370"
    project.processors[0].name = "Het Pakketbedrijf"
    project.processors[0].notes = "Wij hebben de verwerkersovereenkomst nog niet ontvangen."
    for processor in project.processors:
        processor.purpose = "Delivery"
        processor.data = ["Name", "Address"]
    for cookie in project.cookies:
        cookie.description = "Remembers your basket"
        cookie.retention = "One year"
    project.rights.identification = ""
    project.options.security_measures = ["Encrypted connection"]
    project.custom_sections = []
    project.clauses.overrides = {}
    assert _mixed(project) == []
    category.purposes.append("Het bezorgen van uw bestelling")
    (finding,) = _mixed(project)
    assert finding.path == "data_categories[0].purposes[1]"


def test_language_mix_finds_dutch_security_measures_in_an_english_statement() -> None:
    # Luxigo's own measures, which an English copy printed in Dutch unnoticed.
    project = english(dict(PROJECTS)["complete-u"])
    dutch = ["SSL-versleuteling", "Sterk wachtwoordbeleid", "Regelmatige back-ups"]
    project.options.security_measures = [*dutch, "Encrypted connection", "Regular backups"]
    found = [f.path for f in _mixed(project) if f.path.startswith("options")]
    assert found == [f"options.security_measures[{index}]" for index in range(len(dutch))]
    project.document.language = "nl"  # the same measures in a Dutch statement
    found = [f.path for f in _mixed(project) if f.path.startswith("options")]
    assert found == ["options.security_measures[3]"]  # only "Encrypted connection"


def test_language_mix_works_the_other_way_round() -> None:
    project = dict(PROJECTS)["complete-u"]
    project = copy.deepcopy(project)
    project.data_categories[0].purposes.append("To send you our newsletter")
    found = _mixed(project)
    assert [f.path for f in found] == [
        f"data_categories[0].purposes[{len(project.data_categories[0].purposes) - 1}]"
    ]
    assert "lijkt Engels" in found[0].message


# --- "Engelse versie maken…" ---------------------------------------------------


def test_the_starter_becomes_english_with_nothing_dutch_left() -> None:
    from editor.core.english_copy import english_copy
    from editor.core.starter import starter_project

    starter = starter_project()
    result = english_copy(starter)
    assert result.project.document.language == "en"
    assert result.translated > 40 and result.kept == 0
    assert _mixed(result.project) == []
    assert starter.document.language == "nl"  # the Dutch project is untouched
    text = render_bytes(result.project, "md").decode()
    assert "Delivering orders" in text and "Het bezorgen" not in text


def test_catalog_rows_become_english_and_the_owners_words_stay_for_the_check() -> None:
    from editor.core.catalog import shipped_catalog
    from editor.core.english_copy import english_copy, translations

    table = translations()
    for entry in shipped_catalog().entries:
        texts = [entry.purpose, *entry.data] + [
            text for cookie in entry.cookies for text in (cookie.description, cookie.retention)
        ]
        missing = [text for text in texts if text.strip() and text not in table]
        assert missing == [], entry.name
    project = english(dict(PROJECTS)["complete-u"])
    project.document.language = "nl"
    project.data_categories[0].purposes = ["Het bezorgen van bestellingen", "Onze eigen planning"]
    copied = english_copy(project).project
    assert copied.data_categories[0].purposes == ["Delivering orders", "Onze eigen planning"]
    assert [f.path for f in _mixed(copied)].count("data_categories[0].purposes[1]") == 1


def test_the_copy_leaves_history_and_import_notes_with_the_dutch_project() -> None:
    from editor.core.english_copy import english_copy
    from editor.core.model import ImportInfo, RecordedVersion

    project = copy.deepcopy(dict(PROJECTS)["complete-u"])
    project.versions = [RecordedVersion(number="1.0")]
    project.import_ = ImportInfo(source="oud.html")
    copied = english_copy(project).project
    assert copied.versions == [] and copied.import_ is None
    assert copied.organisation.name == project.organisation.name
    assert copied.organisation.address == project.organisation.address


def test_both_libraries_answer_required_for_every_obligation_the_context_knows() -> None:
    """context.category_facts names the answers; each library has a sentence for each."""
    from editor.core.model import DataCategory, LegalBasis
    from editor.export.context import OBLIGATIONS, category_facts

    given = {
        category_facts(DataCategory(legal_basis=basis, required=required), False).obligation
        for basis in LegalBasis
        for required in (True, False)
    }
    assert given == set(OBLIGATIONS)
    for language in ("nl", "en"):
        source = read_text(clause_path(language, "data.html.j2"))
        for kind in set(OBLIGATIONS) - {"optional"}:  # "optional" is each library's {% else %}
            assert f'facts.obligation == "{kind}"' in source, (language, kind)


def test_english_required_answers_say_what_the_dutch_ones_say() -> None:
    """Luxigo's 'law' and 'part_of_contract' answers, read as a reader of each language would."""
    luxigo = loads_project((SHARED / "examples" / "luxigo.policy.toml").read_text("utf-8"))

    def words(project: Project) -> str:
        return " ".join(render_bytes(project, "md").decode("utf-8").split())

    dutch = words(luxigo)
    assert "kunnen wij niet aan die plicht voldoen en daardoor soms uw bestelling" in dutch
    assert "vervalt alleen wat hierboven bij “Waarvoor” staat" in dutch
    text = words(english(luxigo))
    assert (
        "we cannot meet that duty, and so we may sometimes be unable to handle your order" in text
    )
    assert "the only consequence is that we cannot do what it is used for, as listed above" in text
