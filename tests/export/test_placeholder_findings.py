"""The check and the statement agree: every "[...]" an export shows has an error finding.

The clause templates show a visible blank ("[postcode]") where a fact is
missing; the placeholder rule (editor/core/checks/placeholders.py) mirrors the
templates' conditions. These tests hold the two together through the real
exports, for the starter and every example:

- emptying any one field that makes a new blank appear gives an error finding
  at that field (the placeholder rule's, or another rule's error there);
- filling every field an error finding points at leaves no blank in any export
  (HTML page and fragment, Markdown, Word): no blank goes unreported;
- every placeholder finding is real: filling its field removes a blank.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import html
import io
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from enum import Enum
from typing import Any

import pytest

from editor.core.checks import Finding, Severity, check
from editor.core.model import (
    DataCategory,
    LegalBasis,
    Processor,
    Project,
    TransferSafeguard,
)
from editor.core.paths import Path, format_path, get_value, parse_path, set_value
from editor.core.project_file import load_project
from editor.core.starter import starter_project
from editor.export.exporter import render_bytes
from tests.conftest import SHARED

TODAY = dt.date(2026, 12, 1)


def _projects() -> dict[str, Project]:
    projects = {"starter": starter_project()}
    for path in sorted((SHARED / "examples").glob("*.policy.toml")):
        projects[path.name.split(".")[0]] = load_project(path)
    # The English clause library has the same blanks under the same conditions.
    for name, project in list(projects.items()):
        english = copy.deepcopy(project)
        english.document.language = "en"
        projects[f"{name}-en"] = english
    return projects


PROJECTS = _projects()
# Emptying every field in turn renders a few hundred statements: the Dutch ones, and
# the English starter for the English clause library.
EACH_FIELD = [*sorted(name for name in PROJECTS if not name.endswith("-en")), "starter-en"]

_HTML_TAG = re.compile(r"<[^>]*>")
_BRACKETED = re.compile(r"\[([^\[\]\n]{1,200})\]")
_MD_BLANK = re.compile(r"\\\[(.{1,200}?)\\\]")
_DOCX_PARAGRAPH = re.compile(r"<w:p[ >].*?</w:p>", re.DOTALL)
_DOCX_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")


def _html_blanks(project: Project, *, fragment: bool = False) -> Counter[str]:
    page = render_bytes(project, "html", fragment=fragment).decode("utf-8")
    body = page[page.find("<body") :] if not fragment else page
    return Counter(_BRACKETED.findall(html.unescape(_HTML_TAG.sub("", body))))


def _markdown_blanks(project: Project) -> Counter[str]:
    return Counter(_MD_BLANK.findall(render_bytes(project, "md").decode("utf-8")))


def _docx_blanks(project: Project) -> Counter[str]:
    found: Counter[str] = Counter()
    with zipfile.ZipFile(io.BytesIO(render_bytes(project, "docx"))) as package:
        for name in package.namelist():
            if not re.fullmatch(r"word/(?:document|header\d*|footer\d*)\.xml", name):
                continue
            xml = package.read(name).decode("utf-8")
            for paragraph in _DOCX_PARAGRAPH.findall(xml):
                text = html.unescape("".join(_DOCX_TEXT.findall(paragraph)))
                found.update(_BRACKETED.findall(text))
    return found


def quick_blanks(project: Project) -> Counter[str]:
    """The blanks of the HTML page and the Markdown (the fast exports), by their words."""
    return _html_blanks(project) + _markdown_blanks(project)


def all_blanks(project: Project) -> dict[str, Counter[str]]:
    return {
        "html": _html_blanks(project),
        "fragment": _html_blanks(project, fragment=True),
        "md": _markdown_blanks(project),
        "docx": _docx_blanks(project),
    }


# -- the fields of a project ------------------------------------------------------------
# The language picks the clause library; it is no fact with a blank of its own.
_SKIPPED = {"extra", "format_version", "import_", "versions", "clauses", "language"}


def _fields(value: Any, path: Path = ()) -> Iterator[Path]:
    """Every field the owner fills in (texts, lists, dates, the basis, the safeguard).

    Choices without an empty value (form of address, service kind, relationship,
    cookie kind), booleans and numbers have no blank; the clause settings are
    the shape of the document, not facts.
    """
    for field in dataclasses.fields(value):
        if field.name in _SKIPPED:
            continue
        item = getattr(value, field.name)
        here = (*path, field.name)
        if isinstance(item, Enum) and not isinstance(item, LegalBasis | TransferSafeguard):
            continue  # a closed choice with no empty value (its enum is a str too)
        if isinstance(item, str) or field.name.endswith("date"):
            yield here
        elif isinstance(item, list):
            yield here
            for index, element in enumerate(item):
                if dataclasses.is_dataclass(element):
                    yield from _fields(element, (*here, index))
                else:
                    yield (*here, index)
        elif dataclasses.is_dataclass(item):
            yield from _fields(item, here)


def _emptied(value: Any) -> Any:
    if isinstance(value, LegalBasis):
        return LegalBasis.NONE
    if isinstance(value, TransferSafeguard):
        return TransferSafeguard.NONE
    if isinstance(value, list):
        return []
    if isinstance(value, str):
        return ""
    return None  # a date


def _filled(path: Path, value: Any) -> Any:
    last = path[-1]
    if last == "processors":
        return [Processor("Ingevuld", purpose="Betalen", data=["Naam"], country="NL")]
    if last == "data_categories":
        return [DataCategory("Ingevuld", ["Naam"], ["Bezorgen"], LegalBasis.CONTRACT, "", "1 jaar")]
    if isinstance(value, LegalBasis):
        return LegalBasis.CONTRACT
    if isinstance(value, TransferSafeguard):
        return TransferSafeguard.SCC
    if isinstance(value, list):
        return ["Ingevuld"]
    if value is None:
        return dt.date(2026, 11, 1)
    if last == "country":
        return "NL"
    if last == "email":
        return "info@voorbeeld.nl"
    return "Ingevuld"


def _is_blank(value: Any) -> bool:
    if isinstance(value, list):
        return not any(str(item).strip() for item in value)
    return value is None or not str(value).strip()


def _points_at(finding: Finding, path: Path) -> bool:
    """The finding's field is ``path``, or the list ``path`` is an item of."""
    text = format_path(path)
    return finding.path == text or text.startswith(finding.path + "[")


def _errors(project: Project) -> list[Finding]:
    return [f for f in check(project, TODAY) if f.severity is Severity.ERROR]


def _check_each_field(name: str) -> list[str]:
    project = PROJECTS[name]
    base = quick_blanks(project)
    base_errors = {f.path for f in _errors(project)}
    problems = []
    for path in _fields(project):
        emptied = copy.deepcopy(project)
        set_value(emptied, path, _emptied(get_value(emptied, path)))
        new = quick_blanks(emptied) - base
        if not new:
            continue
        errors = _errors(emptied)
        at_field = any(_points_at(f, path) for f in errors)
        # Emptying one field may leave the statement without a fact that now has no
        # source at all (the privacy e-mail, with no shop e-mail): then the new error
        # points at the blank field that fills it.
        elsewhere = any(
            f.path not in base_errors and _is_blank(get_value(emptied, parse_path(f.path)))
            for f in errors
        )
        if not (at_field or elsewhere):
            problems.append(f"{format_path(path)}: {sorted(new)} without an error finding")
    return problems


@pytest.mark.parametrize("name", EACH_FIELD)
def test_every_new_blank_has_an_error_at_the_emptied_field(name: str) -> None:
    assert _check_each_field(name) == []


def _fill_what_the_check_points_at(project: Project) -> Project:
    filled = copy.deepcopy(project)
    for _ in range(4):  # a filled list brings rows that may ask for more
        errors = _errors(filled)
        if not errors:
            break
        for finding in errors:
            path = parse_path(finding.path)
            value = get_value(filled, path)
            # Only a missing fact makes a blank (not, say, a cookie table without trackers).
            if _is_blank(value) and path[-1] != "cookies":
                set_value(filled, path, _filled(path, value))
    return filled


def _everything_emptied(project: Project) -> Project:
    emptied = copy.deepcopy(project)
    # Deepest first, so emptying a list does not move the paths of what is still to do.
    for path in sorted(_fields(project), key=len, reverse=True):
        set_value(emptied, path, _emptied(get_value(emptied, path)))
    return emptied


@pytest.mark.parametrize("emptied", [False, True], ids=["as-is", "all-emptied"])
@pytest.mark.parametrize("name", sorted(PROJECTS))
def test_filling_every_field_the_check_points_at_leaves_no_blank(name: str, emptied: bool) -> None:
    project = _everything_emptied(PROJECTS[name]) if emptied else PROJECTS[name]
    before = all_blanks(project)
    # Word shows exactly the blanks the HTML shows, so the per-field test may use HTML.
    assert before["docx"] == before["html"] == before["fragment"] == before["md"]
    after = all_blanks(_fill_what_the_check_points_at(project))
    assert after == {"html": Counter(), "fragment": Counter(), "md": Counter(), "docx": Counter()}


@pytest.mark.parametrize("emptied", [False, True], ids=["as-is", "all-emptied"])
@pytest.mark.parametrize("name", sorted(PROJECTS))
def test_every_placeholder_finding_is_a_real_blank(name: str, emptied: bool) -> None:
    project = _everything_emptied(PROJECTS[name]) if emptied else PROJECTS[name]
    blanks = quick_blanks(project)
    findings = [f for f in check(project, TODAY) if f.id == "placeholder"]
    for finding in findings:
        filled = copy.deepcopy(project)
        path = parse_path(finding.path)
        set_value(filled, path, _filled(path, get_value(filled, path)))
        assert quick_blanks(filled) < blanks, finding.path
        label = re.search(r"“\[(.*)\]”", finding.message)
        assert label is not None and label.group(1) in blanks, finding.message
