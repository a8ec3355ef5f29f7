"""What the live preview reuses between two statements gives the same statement as none.

The preview keeps each clause's markup (ClauseRenders) and the parse of each
paragraph, list and table row (the parser's Memo) from the last statement;
after any edit the statement must be exactly the one a fresh assemble makes.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Callable

import pytest

from editor.core.model import Cookie, CookieKind, Processor, Project, Relationship
from editor.core.project_file import load_project
from editor.export.assemble import ClauseRenders, assemble
from editor.export.context import CONTEXT_SOURCES, template_context
from editor.export.fragment_parser import Memo, parse_fragment
from tests.conftest import SHARED
from tests.core.complete_project import complete_project

Edit = Callable[[Project, random.Random], str]  # changes the project, names the field


def _processor(project: Project, rng: random.Random) -> str:
    if not project.processors:
        project.processors.append(Processor(name="Nieuw"))
    row = rng.choice(project.processors)
    row.name = rng.choice(["Pakketdienst & Co", "Betaal <BV>", "Hosting"]) + str(rng.random())
    if rng.random() < 0.3:
        row.relationship = rng.choice(list(Relationship))
    return "processors"


def _retention(project: Project, rng: random.Random) -> str:
    rng.choice(project.data_categories).retention = f"{rng.randint(1, 9)} jaar\nna afloop"
    return "data_categories"


def _cookie(project: Project, rng: random.Random) -> str:
    if not project.cookies:
        project.cookies.append(Cookie(name="_ga", kind=CookieKind.ANALYTICS))
    rng.choice(project.cookies).description = f"Onthoudt {rng.random()}"
    return "cookies"


def _shop(project: Project, rng: random.Random) -> str:
    project.organisation.name = f"Winkel {rng.randint(0, 99)}"
    return "organisation"


def _address_form(project: Project, rng: random.Random) -> str:
    document = project.document
    document.address = rng.choice([type(document.address)(v) for v in ("u", "je")])
    return "document"


EDITS: list[Edit] = [_processor, _retention, _cookie, _shop, _address_form]


def _projects() -> list[Project]:
    examples = sorted((SHARED / "examples").glob("*.policy.toml"))
    return [complete_project(), *(load_project(path) for path in examples)]


@pytest.mark.parametrize("seed", range(3))
def test_reused_renders_and_parses_give_the_statement_of_a_fresh_assemble(seed: int) -> None:
    rng = random.Random(seed)
    for project in _projects():
        renders = ClauseRenders()
        assemble(project, renders)
        for _ in range(25):
            renders.touch(rng.choice(EDITS)(project, rng))
            assert assemble(project, renders) == assemble(copy.deepcopy(project))


def test_a_field_nobody_announced_is_not_seen_but_another_project_is() -> None:
    project = complete_project()
    renders = ClauseRenders()
    assemble(project, renders)
    project.organisation.name = "Niet gemeld"
    # Nothing announced: the clauses keep their markup (the store always announces).
    assert "Niet gemeld" not in str(assemble(project, renders).sections)
    renders.touch_all()
    assert "Niet gemeld" in str(assemble(project, renders).sections)
    other = copy.deepcopy(project)
    other.organisation.name = "Ander project"
    assert "Ander project" in str(assemble(other, renders).sections)


def test_every_template_variable_says_what_it_is_made_of() -> None:
    fields = {name for name in Project.__dataclass_fields__}
    assert set(template_context(Project())) == set(CONTEXT_SOURCES)
    for name, sources in CONTEXT_SOURCES.items():
        assert sources <= fields | {"*"}, name


TABLE = (
    "<p>Voor de tabel.</p><table><thead><tr><th>Naam</th><th>Land</th></tr></thead>"
    "<tbody>\n<tr><td><a href='https://a.example'>A &amp; B</a></td><td>NL</td></tr>\n"
    "<tr><td><strong>C</strong></td><td>DE<br>FR</td></tr>\n</tbody></table>"
    "<ul><li>een</li><li>twee</li></ul><p>Met <em>nadruk</em>.</p><h3>Kop</h3><p>Na.</p>"
)


def test_the_memo_gives_the_same_blocks_and_reuses_unchanged_elements() -> None:
    memo = Memo()
    first = parse_fragment(TABLE, "x", memo)
    assert first == parse_fragment(TABLE, "x")
    changed = TABLE.replace("<td>NL</td>", "<td>BE</td>").replace("een", "één")
    second_memo = Memo(old=memo.new)
    second = parse_fragment(changed, "x", second_memo)
    assert second == parse_fragment(changed, "x")
    # The row and paragraphs that did not change are the very same objects.
    assert second[0] is first[0] and second[3] is first[3]  # paragraphs
    assert second[1].rows[1] is first[1].rows[1]  # type: ignore[union-attr]
    assert second[1].rows[0] is not first[1].rows[0]  # type: ignore[union-attr]
    assert second[2] is not first[2]  # the list that changed


def test_the_memo_leaves_elements_inside_formatting_alone() -> None:
    markup = "<strong><p>vet</p></strong><p>gewoon</p>"
    memo = Memo()
    assert parse_fragment(markup, "x", memo) == parse_fragment(markup, "x")
    assert list(memo.new) == ["<p>gewoon</p>"]
