"""User text is text: escaped in HTML, literal everywhere, never a template."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser

import docx
import pytest

from editor.core.model import (
    Cookie,
    CookieKind,
    CustomSection,
    DataCategory,
    LegalBasis,
    Processor,
    Project,
)
from editor.export.assemble import assemble
from editor.export.exporter import render_bytes
from editor.export.html import render_fragment, render_page
from editor.export.markdown import render_markdown

HOSTILE = [
    "<script>alert(1)</script>",
    "{{ 7*7 }}",
    "{% raw %}x{% endraw %}",
    'Tom & Jerry\'s "winkel"',
    "😀 emoji 🛒",
    "שלום RTL ‏text",
    "<b>vet</b> & <img src=x onerror=alert(1)>",
]
CONTROL = "bel\x07letter\x00nul\x1bescape\ufffeend"


def hostile_project() -> Project:
    project = Project()
    project.organisation.name = HOSTILE[0]
    project.organisation.website = "javascript:alert(1)"
    project.organisation.email = "a&b@example.nl"
    project.organisation.city = CONTROL
    project.data_categories = [
        DataCategory(
            name=HOSTILE[1],
            items=[HOSTILE[2], HOSTILE[3]],
            purposes=[HOSTILE[4]],
            legal_basis=LegalBasis.CONTRACT,
            retention=HOSTILE[5],
        )
    ]
    project.processors = [
        Processor(
            name=HOSTILE[6],
            purpose="{{ project }}",
            data=["<i>x</i>"],
            country="NL",
            privacy_url="javascript:alert(2)",
        )
    ]
    project.cookies = [Cookie(name="<c>", provider="{%", kind=CookieKind.MARKETING, consent=True)]
    project.custom_sections = [
        CustomSection(title="{{ 7*7 }}", text="<script>x</script>\n\n{{ a }}")
    ]
    project.clauses.overrides["changes"] = "{% for x in y %}lus{% endfor %} <u>onder</u>"
    return project


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.hrefs += [v or "" for k, v in attrs if k == "href"]


def test_html_has_no_live_markup_from_the_user() -> None:
    for markup in (
        render_page(assemble(hostile_project())),
        render_fragment(assemble(hostile_project())),
    ):
        parser = _Tags()
        parser.feed(markup)
        assert not parser.tags & {"script", "img", "b", "i", "u", "c"}
        assert not [h for h in parser.hrefs if h.lower().startswith("javascript")]
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup


@pytest.mark.parametrize("fmt", ["html", "md", "docx"])
def test_every_text_arrives_literally(fmt: str) -> None:
    data = render_bytes(hostile_project(), fmt)
    if fmt == "docx":
        document = docx.Document(io.BytesIO(data))
        text = "\n".join(p.text for p in document.paragraphs)
        text += "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    elif fmt == "html":
        import html

        text = html.unescape(data.decode())
    else:
        text = re.sub(r"\\(.)", r"\1", data.decode())
    for sample in [*HOSTILE, "{{ project }}", "{%", "{% for x in y %}lus{% endfor %} <u>onder</u>"]:
        assert sample in text, sample
    assert "bel letter nul escape end" in text


def test_markdown_escapes_markup_characters() -> None:
    markdown = render_markdown(assemble(hostile_project()))
    assert "<script>" not in markdown
    assert "\\<script\\>" in markdown


@pytest.mark.parametrize("fmt", ["html", "md", "docx"])
def test_a_lone_surrogate_becomes_a_space_in_every_format(fmt: str) -> None:
    """Half of a surrogate pair cannot be written in UTF-8: each writer shows a space."""
    project = Project()
    project.organisation.name = "Half\ud83dpaar"
    project.custom_sections.append(CustomSection("Titel\udc00", "Tekst\ud800hier"))
    rendered = render_bytes(project, fmt)  # no UnicodeEncodeError
    if fmt == "docx":
        document = docx.Document(io.BytesIO(rendered))
        text = "\n".join(p.text for p in document.paragraphs)
    else:
        text = rendered.decode("utf-8")
    for expected in ("Half paar", "Titel", "Tekst hier"):
        assert expected in text, expected


def test_one_clean_text_for_every_writer() -> None:
    from editor.export import docx_text, text_clean

    assert docx_text.clean_text is text_clean.clean_text
    assert text_clean.clean_text("a\ud800b\x07c\ufffed") == "a b c d"
