"""The clause-markup tokenizer: what a template may produce becomes blocks."""

from __future__ import annotations

import pytest

from editor.export.blocks import BulletList, Heading, Paragraph, Run, Table
from editor.export.fragment_parser import TemplateMarkupError, inline_text, parse_fragment


def test_escaped_user_text_comes_back_literally() -> None:
    (paragraph,) = parse_fragment("<p>a &amp; b &lt;script&gt; &#34;q&#39;&nbsp;z</p>", "x")
    assert paragraph == Paragraph((Run("a & b <script> \"q'\xa0z"),))


def test_styles_links_and_line_breaks_become_runs() -> None:
    markup = (
        '<p>Zie <strong>dit</strong> en <a href="https://x.nl/?a=1&amp;b=2">de site</a><br/>nu</p>'
    )
    (paragraph,) = parse_fragment(markup, "x")
    assert paragraph.runs == (
        Run("Zie "),
        Run("dit", bold=True),
        Run(" en "),
        Run("de site", href="https://x.nl/?a=1&b=2"),
        Run("\n"),
        Run("nu"),
    )


def test_an_unsafe_link_keeps_its_text_but_loses_the_link() -> None:
    (paragraph,) = parse_fragment("<p><a href='javascript:alert(1)'>klik</a></p>", "x")
    assert paragraph.runs == (Run("klik"),)


def test_tags_in_capitals_comments_and_markup_whitespace() -> None:
    blocks = parse_fragment("<P>een<!-- <b>niet</b> -->\n   <B>twee</B>  </P>", "x")
    assert blocks == (Paragraph((Run("een "), Run("twee", bold=True))),)


def test_subheadings_lists_and_tables() -> None:
    markup = (
        "<h3>Kop</h3><ul><li> een </li><li>twee</li></ul>"
        "<table><thead><tr><th>Naam</th></tr></thead><tbody><tr><td>Mollie</td></tr></tbody></table>"
    )
    assert parse_fragment(markup, "processors") == (
        Heading(3, "Kop", "processors-1"),
        BulletList(((Run("een"),), (Run("twee"),))),
        Table(("Naam",), (((Run("Mollie"),),),)),
    )


@pytest.mark.parametrize("markup", ["<p><script>x</script></p>", "<div>x</div>", "<p>1 < 2</p>"])
def test_markup_outside_the_allowed_set_is_a_template_bug(markup: str) -> None:
    with pytest.raises(TemplateMarkupError):
        parse_fragment(markup, "x")


def test_inline_text_of_a_title() -> None:
    assert inline_text("Uw <em>rechten</em> &amp; keuzes") == "Uw rechten & keuzes"
