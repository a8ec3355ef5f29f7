"""Seeds as the owner may have them: a saved web page and a Word file (made in the tests)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import docx

_BULLET = re.compile(r"^\s*(?:[-•*]|\d+\.)\s+")


def _paragraphs(text: str) -> list[tuple[str, str]]:
    """(kind, text) per paragraph: "h" for a short line alone, "li" for a bullet, else "p"."""
    out: list[tuple[str, str]] = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [line for line in chunk.split("\n") if line.strip()]
        for line in lines:
            if _BULLET.match(line):
                out.append(("li", _BULLET.sub("", line).strip()))
            elif len(lines) == 1 and len(line) < 80 and not line.rstrip().endswith((".", ":", ",")):
                out.append(("h", line.strip()))
            else:
                out.append(("p", line.strip()))
    return out


PAGE = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Privacy | Webwinkel</title>
<script>window.dataLayer=[];function gtag(){{dataLayer.push(arguments)}};gtag('config','G-123');</script>
<style>.cookie-banner{{position:fixed}}</style></head>
<body>
<header class="site-header"><a href="/">Home</a>
<nav class="menu"><ul><li><a href="/winkel">Winkel</a></li><li><a href="/over-ons">Over ons</a></li>
<li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li></ul></nav></header>
<div id="cookie-banner" class="cookie-consent">Wij en onze partners Google Analytics, Hotjar en
Meta Pixel plaatsen cookies. <button>Accepteren</button> <button>Weigeren</button></div>
<main><article>
{body}
</article></main>
<aside class="sidebar"><h3>Nieuwsbrief</h3><p>Schrijf je in via Mailchimp.</p></aside>
<footer class="site-footer"><p>Veilig betalen met Mollie, PayPal en Klarna.
Verzending met DHL eCommerce en DPD. Beoordeeld via Trustpilot en Kiyoh.</p>
<p>Webdesign door Pixelwerk Studio · Hosting door TransIP</p></footer>
<script src="https://www.googletagmanager.com/gtag/js?id=G-123"></script>
</body></html>
"""


def seed_as_html(text: str) -> str:
    parts: list[str] = []
    in_list = False
    for kind, line in _paragraphs(text):
        if kind == "li" and not in_list:
            parts.append("<ul>")
            in_list = True
        if kind != "li" and in_list:
            parts.append("</ul>")
            in_list = False
        tag = {"h": "h2", "li": "li", "p": "p"}[kind]
        parts.append(f"<{tag}>{html.escape(line)}</{tag}>")
    if in_list:
        parts.append("</ul>")
    return PAGE.format(body="\n".join(parts))


def seed_as_docx(text: str, path: Path) -> Path:
    document = docx.Document()
    for kind, line in _paragraphs(text):
        if kind == "h":
            document.add_heading(line, level=2)
        elif kind == "li":
            document.add_paragraph(line, style="List Bullet")
        else:
            document.add_paragraph(line)
    document.save(str(path))
    return path
