"""User values inside messages: escaped and shortened.

An error message or a finding repeats what the user (or a hostile file) wrote.
Shown raw, an ANSI escape code in a value colours the terminal, a newline
splits one message in two, and a 1 MB value makes a 1 MB message. Every value
that goes into a message passes through :func:`shown`; every whole message
that reaches the terminal or a dialog passes through :func:`printable` as a
last guard.
"""

from __future__ import annotations

VALUE_LIMIT = 60
ELLIPSIS = "…"

# The usual escapes read best; any other invisible character as \xNN / \uNNNN.
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape_char(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def printable(text: str) -> str:
    """``text`` with every non-printable character (control, format, line
    separator, non-ASCII space) written as an escape such as ``\\x1b``.

    Ordinary spaces stay; nothing is shortened.
    """
    if text.isprintable():
        return text  # the usual case, without building a new string
    return "".join(char if char.isprintable() else _escape_char(char) for char in text)


def shown(value: object, limit: int = VALUE_LIMIT) -> str:
    """A user value for a message: escaped, and at most ``limit`` characters.

    A longer value is cut and ends in an ellipsis. Only the first ``limit``
    characters are ever looked at, so a huge value costs nothing.
    """
    text = str(value)
    head = printable(text[: limit + 1])
    if len(text) <= limit and len(head) <= limit:
        return head
    return head[: limit - 1] + ELLIPSIS
