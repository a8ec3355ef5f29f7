"""An English copy of a Dutch project: "Engelse versie maken…".

One language per project: the English statement is a project of its own. The
copy keeps every fact and translates every text the program itself supplied
(the starter and the catalog, listed in resources/translations/en.toml). A
text the owner wrote is left exactly as it is; the check's language-mix rule
then points at each one still in Dutch, so nothing Dutch slips through unseen.
"""

from __future__ import annotations

import copy
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from editor.core.model import Project
from editor.core.resources import read_text, resource_path


@dataclass(frozen=True)
class EnglishCopy:
    project: Project
    translated: int  # texts the program supplied and translated
    kept: int  # texts that stayed as they were (the owner's own, or already English)


@cache
def translations() -> dict[str, str]:
    data = tomllib.loads(read_text(resource_path("translations", "en.toml")))
    return dict(data["texts"])


def english_copy(project: Project) -> EnglishCopy:
    """``project`` as an English project: same facts, the program's own texts in English.

    The copy starts without the Dutch project's recorded versions and import
    notes: those belong to the Dutch statement.
    """
    table = translations()
    new = copy.deepcopy(project)
    new.document.language = "en"
    new.versions = []
    new.import_ = None
    counts = [0, 0]

    def translate(text: str) -> str:
        if not text.strip():
            return text
        english = table.get(text.strip())
        if english is None:
            counts[1] += 1
            return text
        counts[0] += 1
        return english

    _each_text(new, translate)
    return EnglishCopy(new, counts[0], counts[1])


def _each_text(project: Project, translate: Callable[[str], str]) -> None:
    """Apply ``translate`` to every text the statement prints that the program may have supplied."""
    document = project.document
    document.title = translate(document.title)
    project.organisation.country = translate(project.organisation.country)
    for category in project.data_categories:
        category.name = translate(category.name)
        category.items = [translate(item) for item in category.items]
        category.purposes = [translate(purpose) for purpose in category.purposes]
        category.legitimate_interest = translate(category.legitimate_interest)
        category.retention = translate(category.retention)
        category.source = translate(category.source)
    for processor in project.processors:
        processor.purpose = translate(processor.purpose)
        processor.data = [translate(item) for item in processor.data]
    for cookie in project.cookies:
        cookie.description = translate(cookie.description)
        cookie.retention = translate(cookie.retention)
    project.rights.identification = translate(project.rights.identification)
    options = project.options
    options.security_measures = [translate(measure) for measure in options.security_measures]
