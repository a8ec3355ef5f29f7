"""The one change user text may undergo on its way into an export.

Word's XML and HTML cannot hold C0 control characters (other than tab and
newline) or the non-characters U+FFFE and U+FFFF; each becomes a space.
Everything else arrives exactly as typed.
"""

from __future__ import annotations

import re

_UNHOLDABLE = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff]")


def clean_text(text: str) -> str:
    # Carriage returns are C0 too: "\r\n" from a Windows file becomes " \n".
    return _UNHOLDABLE.sub(" ", text)
