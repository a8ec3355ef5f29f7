"""From a project to a Statement: pick the clauses, render them, parse to blocks.

This is the one pipeline behind the preview, the HTML, the Word file and the
Markdown: they all walk the Statement this module returns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, partial
from typing import Any

from jinja2 import Template

from editor import __version__
from editor.core.clause_ids import is_switched_on
from editor.core.model import Address, Project
from editor.core.resources import clause_path, read_text
from editor.export.blocks import Block, Heading, Meta, Paragraph, Run, Section, Statement
from editor.export.clause_library import ClauseLibrary, ClauseSpec, load_library
from editor.export.context import CONTEXT_SOURCES, EVERYTHING, conditions, template_context
from editor.export.document_labels import document_labels
from editor.export.fragment_parser import Memo, inline_text, parse_fragment
from editor.export.template_env import AddressForm, date_in, environment, inline_template
from editor.export.text_clean import clean_text

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


class ClauseRenders:
    """Each clause's markup, kept between the statements of one project being edited.

    The live preview assembles the statement again after every edit, and
    rendering every clause of a large project costs more than the edit's
    own clause. The preview says which top-level fields of the project
    changed (``touch("processors")``, from the store's signals); a clause
    whose template reads none of them (context.CONTEXT_SOURCES) keeps the
    markup it had. Another project, or ``touch_all()``, renders everything.
    """

    def __init__(self) -> None:
        self._markup: dict[tuple[str, str], str] = {}
        self._touched: set[str] | None = None  # None: everything changed
        self._project: Project | None = None

    def touch(self, field: str) -> None:
        """The project's top-level field ``field`` changed since the last statement."""
        if self._touched is not None:
            self._touched.add(field)

    def touch_all(self) -> None:
        self._touched = None

    def _begin(self, project: Project) -> None:
        if project is not self._project:
            self._project, self._touched = project, None

    def _end(self) -> None:
        self._touched = set()

    def _markup_of(
        self, language: str, spec: ClauseSpec, context: dict[str, Any], render: Callable[[], str]
    ) -> str:
        key = (language, spec.id)
        kept = self._markup.get(key)
        touched = self._touched
        if kept is not None and touched is not None:
            sources = _template_sources(language, spec.template, frozenset(context))
            if "*" not in sources and sources.isdisjoint(touched):
                return kept
        markup = render()
        self._markup[key] = markup
        return markup


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@lru_cache(maxsize=128)
def _template_sources(language: str, template: str, variables: frozenset[str]) -> frozenset[str]:
    """The project fields a clause template may read: those behind every context
    variable its source names (a word in the text that happens to be a variable's
    name only makes it render more often, never show stale text)."""
    used = variables.intersection(_IDENTIFIER.findall(read_text(clause_path(language, template))))
    return frozenset().union(*(CONTEXT_SOURCES.get(name, EVERYTHING) for name in used))


def assemble(project: Project, renders: ClauseRenders | None = None) -> Statement:
    """The statement for ``project``, in the clause order the project asks for.

    ``renders``: markup kept from the last statement of the same project (the
    preview); the statement is the same with or without it.
    """
    library = load_library(project.document.language)
    context = template_context(project)
    holds = conditions(project)
    sections: list[Section] = []
    if renders is not None:
        renders._begin(project)
    for spec in ordered_clauses(project, library):
        settings = project.clauses
        if not is_switched_on(spec.id, settings.disabled, settings.enabled):
            continue
        if not holds.holds(spec.when):
            continue
        title = _render_title(library.language, spec, context["a"])
        override = project.clauses.overrides.get(spec.id, "")
        if override.strip():
            blocks = plain_text_blocks(override)
        else:
            template = environment(library.language).get_template(spec.template)
            if renders is None:
                markup = template.render(context)
            else:
                markup = renders._markup_of(
                    library.language, spec, context, partial(template.render, context)
                )
            blocks = _parse_cached(markup, spec.id)
        sections.append(Section(spec.id, Heading(2, title, spec.id), blocks))
    if renders is not None:
        renders._end()
    for number, custom in enumerate(project.custom_sections, start=1):
        key = f"custom-{number}"
        fallback = f"{document_labels(library.language)['section']} {number}"
        title = clean_text(custom.title).strip() or fallback
        sections.append(Section(key, Heading(2, title, key), plain_text_blocks(custom.text)))
    return Statement(_meta(project, library), tuple(sections))


def ordered_clauses(project: Project, library: ClauseLibrary) -> list[ClauseSpec]:
    """The user's order first; clauses it leaves out keep their default place after it."""
    chosen = [cid for cid in project.clauses.order if cid in library.ids]
    rest = [cid for cid in library.ids if cid not in chosen]
    return [library.spec(cid) for cid in dict.fromkeys(chosen + rest)]


def plain_text_blocks(text: str) -> tuple[Block, ...]:
    """User text: a blank line between paragraphs, a single newline a line break.

    Never a template and never markup: it becomes Runs verbatim (control
    characters aside), so ``{{ 7*7 }}`` and ``<b>`` stay exactly that.
    """
    blocks: list[Block] = []
    for chunk in _PARAGRAPH_BREAK.split(clean_text(text).strip("\n")):
        lines = [line.rstrip() for line in chunk.split("\n")]
        lines = [line for line in lines if line.strip()]
        if not lines:
            continue
        runs: list[Run] = []
        for index, line in enumerate(lines):
            if index:
                runs.append(Run("\n"))
            runs.append(Run(line.strip() if index == 0 else line))
        blocks.append(Paragraph(tuple(runs)))
    return tuple(blocks)


# The last parse of each clause: clause id -> (markup, blocks, its elements).
_last_parse: dict[str, tuple[str, tuple[Block, ...], Memo]] = {}


def _parse_cached(markup: str, clause_id: str) -> tuple[Block, ...]:
    # An edit changes one or two clauses; the others render the same markup
    # and need not be parsed again (the preview's hot path). Returning the very
    # same tuple also lets the preview see at a glance that a section is
    # unchanged. In a clause that did change, the paragraphs and table rows
    # whose markup is the same are not parsed again either (Memo). One entry
    # per clause keeps memory flat on a large project.
    last = _last_parse.get(clause_id)
    if last is not None and last[0] == markup:
        return last[1]
    memo = Memo(old=last[2].new if last is not None else {})
    blocks = parse_fragment(clean_text(markup), clause_id, memo)
    _last_parse[clause_id] = (markup, blocks, memo)
    memo.old = {}  # only what this parse met is kept
    return blocks


def clause_title(language: str, spec: ClauseSpec, address: Address) -> str:
    """A clause's heading in the form of address ``address``: the statement's
    section heading, and the name the clause list in the window shows."""
    return _title_text(language, spec.title, AddressForm(address).formal)


def _render_title(language: str, spec: ClauseSpec, address: AddressForm) -> str:
    return _title_text(language, spec.title, address.formal)


@lru_cache(maxsize=128)
def _title_text(language: str, source: str, formal: bool) -> str:
    # A title sees only the form of address, so it is rendered and parsed once
    # per form, not on every edit.
    address = AddressForm(Address.FORMAL if formal else Address.INFORMAL)
    return inline_text(_title_template(language, source).render(a=address))


@lru_cache(maxsize=64)
def _title_template(language: str, source: str) -> Template:
    return inline_template(language, source)


def _meta(project: Project, library: ClauseLibrary) -> Meta:
    document = project.document
    return Meta(
        title=clean_text(document.title).strip() or library.default_title,
        organisation=clean_text(project.organisation.name).strip(),
        version=clean_text(document.version).strip(),
        effective_date=date_in(library.language, document.effective_date),
        language=library.language,
        program_version=__version__,
        clauses_version=library.version,
        labels=dict(document_labels(library.language)),
    )
