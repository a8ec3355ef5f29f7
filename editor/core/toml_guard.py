"""Limits on the shape of a project file, checked before and after parsing.

Python's TOML parser spends memory and time out of all proportion on a long
dotted key: ``d.d.d... = 1`` with 20,000 parts takes 1.6 GB, and 100,000 parts
end in a MemoryError or the system's out-of-memory killer. A project file
never needs more than a handful of levels, so a text whose keys or brackets go
deeper than :data:`MAX_NESTING` is refused by one linear scan before the
parser sees it. The same limit holds for the parsed data (a dotted key inside
a deep table adds up), and for what the program writes: tomli_w recurses once
per level and fails past a few hundred, so a save checks it first.

The scan reads strings, comments and quoted keys the way TOML does, so dots in
a URL, a multi-line text or a quoted key never count as key parts.
"""

from __future__ import annotations

import re
from typing import Any

# Tables and lists inside each other, and the parts of one dotted key. A real
# project goes four levels deep (project, list of rows, row, list of texts).
MAX_NESTING = 50
# The characters of one key, all its parts and quotes together.
MAX_KEY_CHARS = 1_000

# What the scan stops at outside strings; everything else is skipped by the
# regular expression engine, not by a Python loop.
_TOKEN = re.compile(r"'''|\"\"\"|['\"#\n\[\]{}=,.]")
# The end of each kind of string, from just after its opening quote(s).
_BASIC_END = re.compile(r'(?:[^"\\\n]|\\.)*"')
_MULTILINE_BASIC_END = re.compile(r'(?s)(?:[^"\\]|\\.|"{1,2}(?!"))*"{3,5}')
_LITERAL_END = re.compile(r"[^'\n]*'")
_MULTILINE_LITERAL_END = re.compile(r"(?s).*?'{3,5}")
_STRING_END = {
    '"': _BASIC_END,
    '"""': _MULTILINE_BASIC_END,
    "'": _LITERAL_END,
    "'''": _MULTILINE_LITERAL_END,
}

_KEY, _HEADER, _VALUE, _REST = range(4)  # what the scan is reading

# Most lines of a project file are one of a few plain shapes; each is passed
# in one match instead of token by token (the scan takes a third of the time).
# A few key parts and at most 100 characters per part: far within the limits.
_BARE_KEY = r"[A-Za-z0-9_-]{1,64}(?:[ \t]*\.[ \t]*[A-Za-z0-9_-]{1,64}){0,9}"
_BASIC = r'"(?:[^"\\\n]|\\.)*"'
_SCALAR = rf"(?:{_BASIC}|[A-Za-z0-9_:.+-]+)"
_ONE_LINE_LIST = rf"\[[ \t]*(?:{_SCALAR}[ \t]*,[ \t]*)*(?:{_SCALAR}[ \t]*)?\]"
_PLAIN_LINE = re.compile(
    rf"[ \t]*(?:"
    rf"{_BARE_KEY}[ \t]*=[ \t]*(?:{_SCALAR}|{_ONE_LINE_LIST})"
    rf"|\[\[?[ \t]*{_BARE_KEY}[ \t]*\]\]?"
    rf")?[ \t]*(?:#[^\n]*)?\r?\n"
)


class ShapeError(ValueError):
    """The text or data goes deeper or longer than a project file may."""

    def __init__(self, problem: str, line: int | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.line = line


def _too_many_parts() -> str:
    return (
        f"een sleutel met meer dan {MAX_NESTING} delen tussen punten; zo diep gaat "
        "een projectbestand nooit."
    )


def scan_text(text: str) -> None:
    """Raise ShapeError when a key or a nesting of brackets is too deep or long.

    Linear in the text. A text that is no valid TOML is left to the parser,
    which says what is wrong; this only refuses what would overwhelm it.
    """
    mode = _KEY
    brackets: list[str] = []  # the open [ and { of values
    line = 1
    key_start = 0  # where the key being read began
    parts = 1  # its parts so far
    position = 0
    while True:
        if mode == _KEY and not brackets and key_start == position:
            # At the start of a line: skip the plain lines in one go each.
            while plain := _PLAIN_LINE.match(text, position):
                position = plain.end()
                line += 1
            key_start = position
        match = _TOKEN.search(text, position)
        if match is None:
            return
        token = match.group()
        position = match.end()
        if token in _STRING_END:
            end = _STRING_END[token].match(text, position)
            if end is None:
                return  # an unterminated string: the parser reports it
            line += text.count("\n", position, end.end())
            position = end.end()
        elif token == "#":
            newline = text.find("\n", position)
            if newline < 0:
                return
            position = newline
        elif token == "\n":
            line += 1
            if not brackets:
                mode, key_start, parts = _KEY, position, 1
        elif token == ".":
            if mode in (_KEY, _HEADER):
                parts += 1
                if parts > MAX_NESTING:
                    raise ShapeError(_too_many_parts(), line)
        elif token == "=":
            if mode == _KEY:
                _check_key_length(text, key_start, match.start(), line)
                mode = _VALUE
        elif token == "[":
            if mode == _VALUE:
                _open(brackets, "[", line)
            elif mode == _KEY and not brackets and not text[key_start : match.start()].strip():
                mode, key_start, parts = _HEADER, position, 1
                if text.startswith("[", position):  # [[array of tables]]
                    position += 1
                    key_start = position
        elif token == "]":
            if mode == _HEADER:
                _check_key_length(text, key_start, match.start(), line)
                mode = _REST
            elif brackets and brackets[-1] == "[":
                brackets.pop()
        elif token == "{":
            if mode == _VALUE:
                _open(brackets, "{", line)
                mode, key_start, parts = _KEY, position, 1
        elif token == "}":
            if brackets and brackets[-1] == "{":
                brackets.pop()
                mode = _VALUE
        elif token == "," and brackets and brackets[-1] == "{":
            mode, key_start, parts = _KEY, position, 1


def _open(brackets: list[str], bracket: str, line: int) -> None:
    brackets.append(bracket)
    if len(brackets) > MAX_NESTING:
        raise ShapeError(
            f"het bestand is te diep genest: meer dan {MAX_NESTING} lijsten of tabellen in "
            "elkaar; zo diep gaat een projectbestand nooit.",
            line,
        )


def _check_key_length(text: str, start: int, end: int, line: int) -> None:
    if end - start > MAX_KEY_CHARS and len(text[start:end].strip()) > MAX_KEY_CHARS:
        raise ShapeError(f"een sleutel van meer dan {MAX_KEY_CHARS} tekens.", line)


def nesting_depth(data: Any, limit: int = MAX_NESTING) -> int:
    """How many tables and lists are inside each other in ``data`` (a scalar: 0).

    Counted without recursion, and it stops as soon as the depth passes
    ``limit``: the answer is then ``limit + 1``.
    """
    deepest = 0
    pending: list[tuple[Any, int]] = [(data, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, dict):
            children: Any = value.values()
        elif isinstance(value, list | tuple):
            children = value
        else:
            continue
        if depth > limit:
            return limit + 1
        deepest = max(deepest, depth)
        pending.extend((child, depth + 1) for child in children)
    return deepest


def check_nesting(data: Any) -> None:
    """Raise ShapeError when ``data`` nests deeper than :data:`MAX_NESTING`."""
    if nesting_depth(data) > MAX_NESTING:
        raise ShapeError(
            f"de gegevens zijn te diep genest: meer dan {MAX_NESTING} tabellen of lijsten in "
            "elkaar; zo diep gaat een projectbestand nooit."
        )
