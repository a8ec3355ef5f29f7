"""Fuzzing: odd projects survive the file format and every writer.

Hypothesis builds whole projects from arbitrary Unicode (control characters,
right-to-left text, emoji, very long strings), empty and very long lists,
every enum value, optional dates, clause overrides, switched-off optional
clauses, custom sections and unknown keys. Properties:

- saving and loading gives the same project (after one documented
  normalisation: line breaks become "\\n", see ``normalise_newlines``);
- assembling and every writer (page, fragment, preview, Markdown, Word) never
  raise;
- the HTML holds only the writer's own tags, whatever the user typed;
- the Word file always opens again with python-docx.

Lone surrogates (U+D800-U+DFFF) are left out: UTF-8, and so TOML, cannot hold
them, and no editor widget or file can produce them.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from html.parser import HTMLParser
from typing import Any, TypeVar

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.core.clause_ids import CLAUSE_IDS, OPTIONAL_IDS
from editor.core.model import (
    Address,
    ClauseSettings,
    Cookie,
    CookieKind,
    CustomSection,
    DataCategory,
    Document,
    LegalBasis,
    Options,
    Organisation,
    PrivacyContact,
    Processor,
    Project,
    Relationship,
    Rights,
    ServiceKind,
    TransferSafeguard,
)
from editor.core.project_file import decode_bytes, dumps_project, loads_project
from editor.export.assemble import assemble
from editor.export.docx import write_docx
from editor.export.exporter import review_export
from editor.export.html import render_fragment, render_page, render_preview
from editor.export.markdown import render_markdown

T = TypeVar("T")

FUZZ = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Pieces that have broken text handling somewhere before: line endings, NUL,
# DEL, bidi controls, byte-order mark, line separator, TOML quoting, markup,
# template syntax, Markdown syntax, a script URL, combined emoji.
TRICKY = [
    "\r\n",
    "\r",
    "\n",
    "\n\n",
    "\t",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\x7f",
    "\x85",
    "\u200b",
    "\u200f",
    "\u202e",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\ufffe",
    "\U0010ffff",
    '"""',
    "'''",
    '"',
    "\\",
    "\\u0041",
    "<script>alert(1)</script>",
    "<b>",
    "</p>",
    "<!--",
    "]]>",
    "&amp;",
    "&#60;",
    "{{ 7*7 }}",
    "{% raw %}",
    "{#",
    "*_`#|[]()!>",
    "[x](javascript:alert(1))",
    "javascript:alert(1)",
    'https://example.nl/?a=<b>&c="d"',
    "mailto:a@b.nl",
    "😀",
    "👨‍👩‍👧‍👦",
    "🇳🇱",
    "שלום",
    "مرحبا",
    "é",
    "e\u0301",
    " ",
    "",
]

# Any code point but lone surrogates (category Cs).
any_char = st.characters(exclude_categories=["Cs"])
piece = st.one_of(st.text(any_char, max_size=30), st.sampled_from(TRICKY))
short_text = st.lists(piece, max_size=5).map("".join)


def long_text(shortest: int, longest: int) -> st.SearchStrategy[str]:
    """A long string: a short seed repeated (cheap for Hypothesis to hold and shrink)."""
    return st.builds(
        lambda seed, length: (seed * (length // len(seed) + 1))[:length],
        st.lists(piece, min_size=1, max_size=3).map("".join).filter(bool),
        st.integers(shortest, longest),
    )


# Single fields may be very long; text in rows of a list (which may itself be
# very long) stays below 1,000 characters, so a project stays under ~0.5 MB and
# the whole file runs in well under a minute.
text = st.one_of(*[short_text] * 7, long_text(1_000, 5_000))
row_text = st.one_of(*[short_text] * 9, long_text(100, 1_000))
# Unknown keys' values are kept as read; no "\r" there (see test_crlf_in_extras_...).
plain_text = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\r"), max_size=20)


def lists(elements: st.SearchStrategy[T], *, long: int) -> st.SearchStrategy[list[T]]:
    """Usually a short list (often empty), sometimes a very long one."""
    repeated = st.builds(
        lambda items, times: (items * times)[:long],
        st.lists(elements, min_size=1, max_size=3),
        st.integers(long // 10, long),
    )
    return st.one_of(*[st.lists(elements, max_size=4)] * 4, repeated)


def extras(cls: type[Any]) -> st.SearchStrategy[dict[str, Any]]:
    """Unknown keys (a newer version's), with any TOML value."""
    known = {field.name for field in dataclasses.fields(cls)}
    value = st.one_of(
        plain_text,
        st.integers(-(2**63), 2**63 - 1),
        st.booleans(),
        st.floats(allow_nan=False),
        st.dates(),
        st.lists(plain_text, max_size=3),
        st.dictionaries(plain_text, plain_text, max_size=2),
    )
    key = st.text(any_char, min_size=1, max_size=12).filter(lambda k: k not in known)
    return st.dictionaries(key, value, max_size=2)


def table(cls: Callable[..., T], **fields: st.SearchStrategy[Any]) -> st.SearchStrategy[T]:
    return st.builds(cls, **fields, extra=extras(cls))  # type: ignore[arg-type]


documents = table(
    Document,
    language=st.just("nl"),
    address=st.sampled_from(Address),
    title=text,
    effective_date=st.none() | st.dates(),
    version=text,
)
organisations = table(
    Organisation,
    name=text,
    trade_names=lists(row_text, long=150),
    kvk_number=text,
    address=text,
    postal_code=text,
    city=text,
    country=text,
    email=text,
    phone=text,
    website=text,
)
contacts = table(PrivacyContact, name=text, email=text, phone=text, is_dpo=st.booleans())
categories = table(
    DataCategory,
    name=row_text,
    items=st.lists(row_text, max_size=4),
    purposes=st.lists(row_text, max_size=4),
    legal_basis=st.sampled_from(LegalBasis),
    legitimate_interest=row_text,
    retention=row_text,
    source=row_text,
    special=st.booleans(),
    required=st.booleans(),
)
processors = table(
    Processor,
    name=row_text,
    service=st.sampled_from(ServiceKind),
    purpose=row_text,
    data=st.lists(row_text, max_size=4),
    # Mostly real codes (inside and outside the EEA), sometimes anything.
    country=st.sampled_from(["", "NL", "DE", "US", "GB", "CH", "IN", "CN", "XX"]) | row_text,
    transfer_safeguard=st.sampled_from(TransferSafeguard),
    agreement=st.booleans(),
    relationship=st.sampled_from(Relationship),
    privacy_url=st.sampled_from(["", "https://example.nl/privacy", "javascript:alert(1)"])
    | row_text,
    notes=row_text,
)
cookies = table(
    Cookie,
    name=row_text,
    provider=row_text,
    kind=st.sampled_from(CookieKind),
    description=row_text,
    retention=row_text,
    consent=st.booleans(),
)
clause_settings = table(
    ClauseSettings,
    disabled=st.lists(st.sampled_from(sorted(OPTIONAL_IDS)), max_size=len(OPTIONAL_IDS)),
    order=st.lists(st.sampled_from(CLAUSE_IDS), max_size=len(CLAUSE_IDS) + 2),
    overrides=st.dictionaries(st.sampled_from(CLAUSE_IDS), text, max_size=4),
)
projects = table(
    Project,
    document=documents,
    organisation=organisations,
    privacy_contact=contacts,
    data_categories=lists(categories, long=30),
    processors=lists(processors, long=30),
    cookies=lists(cookies, long=30),
    rights=table(Rights, response_days=st.integers(1, 2**63 - 1), identification=text),
    options=table(
        Options,
        minimum_age=st.integers(0, 120),
        automated_decisions=st.booleans(),
        newsletter=st.booleans(),
        security_measures=lists(row_text, long=150),
    ),
    clauses=clause_settings,
    custom_sections=lists(table(CustomSection, title=row_text, text=text), long=15),
)


# -- saving and loading ---------------------------------------------------------


def normalise_newlines(value: Any) -> Any:
    """The project as it reads back: "\\r\\n" and a lone "\\r" in known fields become "\\n".

    TOML writers (tomli_w too) turn "\\r\\n" into "\\n" in multi-line strings,
    so the loader settles every line break on "\\n"; unknown keys stay as read.
    """
    if type(value) is str:  # not the StrEnum choices
        return value.replace("\r\n", "\n").replace("\r", "\n")
    if isinstance(value, list):
        return [normalise_newlines(item) for item in value]
    if isinstance(value, dict):
        return {key: normalise_newlines(item) for key, item in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            field.name: normalise_newlines(getattr(value, field.name))
            for field in dataclasses.fields(value)
            if field.name != "extra"
        }
        return dataclasses.replace(value, **changes)
    return value


def reload(project: Project) -> Project:
    """Save and load, as the file does (UTF-8 bytes, decoded as the loader decodes)."""
    raw = dumps_project(project).encode("utf-8")
    return loads_project(decode_bytes(raw, "fuzz.policy.toml"), "fuzz.policy.toml")


@settings(FUZZ, max_examples=80)
@given(projects)
def test_save_and_load_give_the_same_project(project: Project) -> None:
    loaded = reload(project)
    assert loaded == normalise_newlines(project)
    # And the file is stable: saving the loaded project writes the same bytes.
    assert dumps_project(loaded) == dumps_project(project)


def test_line_breaks_read_back_as_newlines() -> None:
    """The one normalisation, spelled out (Windows and old-Mac line ends)."""
    project = Project()
    project.custom_sections = [CustomSection("a\rb", "één\r\ntwee\r\r\ndrie\n\rvier")]
    loaded = reload(project)
    assert loaded.custom_sections == [CustomSection("a\nb", "één\ntwee\n\ndrie\n\nvier")]
    assert reload(loaded) == loaded
    # Written by hand with escapes in a one-line string, it reads back the same way.
    text = 'format_version = 1\n[[custom_sections]]\ntitle = "x"\ntext = "een\\r\\ntwee"\n'
    assert loads_project(text).custom_sections[0].text == "een\ntwee"


def test_crlf_in_extras_is_what_tomli_w_writes() -> None:
    """Unknown keys are kept as read, so the writer's own rule shows there:
    "\\r\\n" in a multi-line string is written as "\\n", a lone "\\r" survives."""
    project = Project()
    project.extra = {"later": "a\r\nb", "lone": "a\rb"}
    assert reload(project).extra == {"later": "a\nb", "lone": "a\rb"}


# -- assembling and writing -----------------------------------------------------

# Every tag the HTML writers emit themselves (page, fragment and preview).
WRITER_TAGS = frozenset(
    {
        *("html", "head", "meta", "title", "style", "body", "article", "nav", "section"),
        *("h1", "h2", "h3", "p", "ul", "ol", "li", "strong", "em", "a", "br", "div"),
        *("table", "thead", "tbody", "tr", "th", "td"),
    }
)


class _Markup(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.hrefs: list[str] = []
        self.comments: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.hrefs += [value or "" for name, value in attrs if name == "href"]

    def handle_endtag(self, tag: str) -> None:
        self.tags.add(tag)

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)


def assert_only_writer_markup(html: str) -> None:
    parser = _Markup()
    parser.feed(html)
    parser.close()
    assert parser.tags <= WRITER_TAGS, parser.tags - WRITER_TAGS
    assert parser.comments == []
    for href in parser.hrefs:
        assert href.startswith(("#", "http://", "https://", "mailto:")), href


@settings(FUZZ, max_examples=60)
@given(projects)
def test_every_writer_handles_any_project(project: Project) -> None:
    statement = assemble(project)
    page = render_page(statement)
    assert_only_writer_markup(page)
    assert_only_writer_markup(render_fragment(statement))
    assert_only_writer_markup(render_preview(statement))
    assert page.startswith("<!DOCTYPE html>")
    assert render_markdown(statement).strip()


# python-docx refuses document properties over 255 characters; a title or shop
# name that long reaches editor/export/docx_package.py's _set_properties as is.
WORD_PROPERTY_LIMIT = 255


def test_a_very_long_title_and_name_still_give_a_word_file() -> None:
    project = Project()
    project.document.title = "Privacyverklaring " * 20
    project.organisation.name = "Winkel " * 50
    buffer = io.BytesIO()
    write_docx(assemble(project), buffer)
    reopened = docx.Document(io.BytesIO(buffer.getvalue()))
    assert len(reopened.core_properties.title) == WORD_PROPERTY_LIMIT
    assert project.document.title.strip() in "\n".join(p.text for p in reopened.paragraphs)


@settings(FUZZ, max_examples=30)
@given(projects)
def test_the_word_file_always_opens_again(project: Project) -> None:
    statement, comments = review_export(project)
    buffer = io.BytesIO()
    # With the review comments too: that runs the compliance check on it as well,
    # anchors every finding and adds the table of art. 13 and 14.
    write_docx(statement, buffer, comments=comments)
    reopened = docx.Document(io.BytesIO(buffer.getvalue()))
    assert reopened.paragraphs


def test_the_strategies_reach_the_odd_corners() -> None:
    """The generators really produce what this file claims (checked on a sample)."""
    seen = dict.fromkeys(["control", "rtl", "emoji", "long", "empty list", "long list"], False)

    @settings(max_examples=300, deadline=None, database=None)
    @given(text, lists(st.just(0), long=30))
    def look(value: str, items: list[int]) -> None:
        seen["control"] |= any(ch in value for ch in "\x00\x07\x1b\x7f\r")
        seen["rtl"] |= any(ch in value for ch in "\u202e\u200fשم")
        seen["emoji"] |= "😀" in value or "🇳🇱" in value
        seen["long"] |= len(value) >= 1_000
        seen["empty list"] |= not items
        seen["long list"] |= len(items) >= 12

    look()
    assert all(seen.values()), seen
