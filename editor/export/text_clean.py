"""The one change user text may undergo on its way into an export.

Word's XML and HTML cannot hold C0 control characters (other than tab and
newline) or the non-characters U+FFFE and U+FFFF, and no file in UTF-8 can
hold a lone surrogate (half of a pair, U+D800 to U+DFFF, which Python lets a
string carry): each becomes a space. Everything else arrives exactly as typed.
Every writer (HTML, Markdown, Word) cleans through this one function.
"""

from __future__ import annotations

import re

# Carriage returns are C0 too: "\r\n" from a Windows file becomes " \n".
UNHOLDABLE_CHARACTERS = "\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff"
_UNHOLDABLE = re.compile(f"[{UNHOLDABLE_CHARACTERS}]")


def clean_text(text: str) -> str:
    return _UNHOLDABLE.sub(" ", text)
