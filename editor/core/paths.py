"""Field paths into a Project: one spelling for the store, the check and the UI.

A path is a tuple such as ``("processors", 2, "transfer_safeguard")``; its text
form, used in findings and on the command line, is
``processors[2].transfer_safeguard``.
"""

from __future__ import annotations

import re
from typing import Any

Path = tuple[str | int, ...]

_PART = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]")


def format_path(path: Path) -> str:
    """``("processors", 2, "country")`` -> ``processors[2].country``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


def parse_path(text: str) -> Path:
    """The inverse of :func:`format_path`."""
    parts: list[str | int] = []
    pos = 0
    while pos < len(text):
        if text[pos] == ".":
            pos += 1
        match = _PART.match(text, pos)
        if match is None:
            raise ValueError(f"not a field path: {text!r}")
        name, index = match.groups()
        parts.append(int(index) if index is not None else name)
        pos = match.end()
    return tuple(parts)


def get_value(root: Any, path: Path) -> Any:
    value = root
    for part in path:
        if isinstance(part, int) or isinstance(value, dict):
            value = value[part]
        else:
            value = getattr(value, part)
    return value


def set_value(root: Any, path: Path, new_value: Any) -> None:
    if not path:
        raise ValueError("cannot replace the root")
    parent = get_value(root, path[:-1])
    last = path[-1]
    if isinstance(last, int) or isinstance(parent, dict):
        parent[last] = new_value
    else:
        setattr(parent, last, new_value)
