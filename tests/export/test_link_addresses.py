"""An address with whitespace or control characters is text, never a link.

The attack that found this: a website with newlines in it made a real heading
and a raw javascript: link in the Markdown, broke the processor table, and
carried newlines into Word's link targets.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import zipfile

import pytest

from editor.core.model import Processor, Project
from editor.export.exporter import render_bytes
from tests.tools import require_tool

INJECTION = "https://shop.example\n\n#\tInjected\n\n[x](javascript:alert(1))"
MAIL_INJECTION = "info@shop.example\n\n# Mail heading\n\n[y](javascript:alert(2))"


def injected_project() -> Project:
    project = Project()
    project.organisation.name = "Winkel"
    project.organisation.website = INJECTION
    project.organisation.email = MAIL_INJECTION
    project.privacy_contact.email = MAIL_INJECTION
    project.processors = [
        Processor(
            name="Pakketdienst",
            purpose="bezorgen",
            data=["adres"],
            country="NL",
            privacy_url="https://carrier.example\n|kapot|tabel|\n",
        ),
        Processor(
            name="Betaaldienst",
            purpose="betalen",
            data=["rekening"],
            country="NL",
            privacy_url="https://pay.example/privacy",
        ),
    ]
    return project


def _markdown() -> str:
    return render_bytes(injected_project(), "md").decode()


def test_markdown_gets_no_heading_and_no_link_from_an_address() -> None:
    markdown = _markdown()
    assert not re.search(r"(?m)^#+\s*(Injected|Mail heading)", markdown)
    assert not re.search(r"(?<!\\)\]\(javascript", markdown)  # only an escaped "\]("
    assert "](<https://shop.example" not in markdown
    assert "](<mailto:info@shop.example" not in markdown
    # the address is still there, as escaped text
    assert "\\[x\\](javascript:alert(1))" in markdown
    # a valid address stays a link
    assert "](<https://pay.example/privacy>)" in markdown


def test_markdown_processor_table_keeps_its_rows() -> None:
    lines = _markdown().splitlines()
    start = next(i for i, line in enumerate(lines) if "Pakketdienst" in line)
    rows = [line for line in lines[start - 2 : start + 2] if line.startswith("|")]
    assert len({line.count(" | ") for line in rows}) == 1  # same number of cells
    assert not any("kapot" in line for line in lines)  # the URL is not shown in the table


def test_pandoc_reads_no_heading_and_no_javascript_link() -> None:
    pandoc = require_tool("pandoc", "pandoc parses the Markdown as a reader would")
    result = subprocess.run(
        [pandoc, "-f", "commonmark_x", "-t", "json"],
        input=_markdown(),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    tree = json.loads(result.stdout)
    found: list[tuple[str, str]] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if node.get("t") == "Header":
                found.append(("header", json.dumps(node["c"])))
            if node.get("t") == "Link":
                found.append(("link", node["c"][2][0]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(tree["blocks"])
    assert not [text for kind, text in found if kind == "header" and "Injected" in text]
    links = [target for kind, target in found if kind == "link"]
    assert "https://pay.example/privacy" in links
    assert all(not re.search(r"\s", target) for target in links)
    assert not [target for target in links if target.startswith("javascript")]


def test_html_links_no_address_with_whitespace() -> None:
    page = render_bytes(injected_project(), "html").decode()
    hrefs = re.findall(r'href="([^"]*)"', page)
    assert all(not re.search(r"\s", href) for href in hrefs)
    assert 'href="https://pay.example/privacy"' in page
    assert "# Injected [x](javascript:alert(1))" in page  # shown as text


@pytest.mark.parametrize("fmt", ["docx"])
def test_word_link_targets_carry_no_whitespace(fmt: str) -> None:
    data = render_bytes(injected_project(), fmt)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        rels = package.read("word/_rels/document.xml.rels").decode()
    targets = re.findall(r'Target="([^"]*)"', rels)
    assert "https://pay.example/privacy" in targets
    assert all("&#10;" not in t and "\n" not in t and "\t" not in t for t in targets)
    assert not [t for t in targets if t.startswith("https://shop.example")]
