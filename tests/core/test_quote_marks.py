"""One kind of quote mark: every finding and every statement quotes with “…”.

A straight ('…', "…") or low („…") quotation around a word is wrong; an
apostrophe inside or before a word ("pagina's", "'s avonds", "shop's") is not a
quotation and is fine. The findings are scanned for every example, the starter,
and a project whose every name is hostile, and for the English copy of each, so
each rule with a value in its message speaks at least once.
"""

from __future__ import annotations

import copy
import dataclasses
import html
import re
from pathlib import Path

import pytest

from editor.core.checks.rules import check
from editor.core.display import shown
from editor.core.english_copy import english_copy
from editor.core.model import Cookie, CookieKind, LegalBasis, Processor, Project
from editor.core.project_file import load_project
from editor.core.starter import starter_project
from editor.export.assemble import assemble
from editor.export.html import render_fragment
from tests.conftest import EXAMPLES

# A quotation with straight or low marks: a pair of ' around words (not the
# apostrophe of "'s avonds", "pagina's" or "shops'"), any straight double
# quote, and any low-9 mark.
_SINGLE_PAIR = re.compile(r"(?:^|[\s(\[/:])'(?!s\s|t\s|n\s)[^'\n]*?\w[.!?]?'(?=$|[\s.,;:)!?\]/])")
WRONG_QUOTES = re.compile(rf"{_SINGLE_PAIR.pattern}|[\"„‚]")

# Names the way a real or a hostile owner writes them: apostrophes in and before
# words, control characters and an ANSI code, braces, markup, and a very long name.
HOSTILE_NAMES = [
    "Jan's Kaarsen",
    "'s-Hertogenbosch",
    "Kleur\x1b[31mrood\x07",
    "{u} {name} {{ x }}",
    "<b>vet</b>",
    "Lange naam " + "x" * 300,
    "Regel\neen\ttab",
]


def _wrong(texts: list[str]) -> list[str]:
    return [text for text in texts if WRONG_QUOTES.search(text)]


def hostile(project: Project) -> Project:
    """``project`` with every row renamed, vague and broken values, so most rules speak."""
    names = iter(HOSTILE_NAMES * 20)
    project = copy.deepcopy(project)
    project.data_categories = [
        dataclasses.replace(
            category,
            name=next(names),
            retention="zolang nodig" if index % 2 else "",
            legal_basis=LegalBasis.LEGITIMATE_INTERESTS if index % 3 == 0 else category.legal_basis,
            legitimate_interest="",
            items=[*category.items, "Volledig kaartnummer"],
        )
        for index, category in enumerate(project.data_categories)
    ]
    project.processors = [
        dataclasses.replace(processor, name=next(names), country="ZZ", privacy_url="winkel.nl")
        for processor in project.processors
    ] + [Processor(name="", purpose="")]
    project.cookies = [
        Cookie(name=next(names), provider=next(names), kind=CookieKind.MARKETING),
        Cookie(name="_ga", provider="Google's dienst", kind=CookieKind.ANALYTICS),
    ]
    project.organisation.email = "info@jan's"
    project.organisation.website = "www.jan's winkel.nl"
    return project


PROJECTS = [*EXAMPLES, None]
IDS = [*(path.name.split(".")[0] for path in EXAMPLES), "starter"]


def _load(path: Path | None) -> Project:
    return load_project(path) if path is not None else starter_project()


def test_the_pattern_tells_quotes_from_apostrophes() -> None:
    for good in ("'s avonds", "pagina's", "de shops' data", "“Websitegebruik”", "Jan's “x”"):
        assert not WRONG_QUOTES.search(good), good
    for bad in ("'Websitegebruik'", "('2 jaar')", '"Naam"', "„Naam”", "bij 'x'."):
        assert WRONG_QUOTES.search(bad), bad


@pytest.mark.parametrize("path", PROJECTS, ids=IDS)
def test_every_finding_quotes_with_curly_marks(path: Path | None) -> None:
    project = _load(path)
    # The English copies too: their language-mix findings quote the Dutch left in them.
    subjects = [project, hostile(project)]
    subjects += [english_copy(subject).project for subject in subjects]
    for subject in subjects:
        messages = [finding.message for finding in check(subject)]
        assert messages
        assert _wrong(messages) == []


@pytest.mark.parametrize("path", PROJECTS, ids=IDS)
def test_hostile_names_are_quoted_escaped_and_shortened(path: Path | None) -> None:
    messages = " ".join(finding.message for finding in check(hostile(_load(path))))
    named = [name for name in HOSTILE_NAMES if f"“{shown(name)}”" in messages]
    assert len(named) >= 3, messages[:400]
    assert "\x1b" not in messages and "\n" not in messages
    assert "x" * 100 not in messages


@pytest.mark.parametrize("path", PROJECTS, ids=IDS)
def test_the_english_statement_quotes_with_curly_marks(path: Path | None) -> None:
    project = english_copy(_load(path)).project
    text = html.unescape(re.sub(r"<[^>]+>", " ", render_fragment(assemble(project))))
    assert [match.group(0) for match in WRONG_QUOTES.finditer(text)] == []
