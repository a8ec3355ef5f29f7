"""What an extractor found: a value and where in the old text it stands."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from editor.core.importing.blocks import Block, Kind, OldText

T = TypeVar("T")


@dataclass(frozen=True)
class Found(Generic[T]):
    value: T
    start: int  # in OldText.text
    end: int


@dataclass(frozen=True)
class Section:
    """A heading and the blocks under it, up to the next heading."""

    heading: Block | None
    blocks: tuple[Block, ...]

    @property
    def title(self) -> str:
        return self.heading.text if self.heading is not None else ""


def sections(old: OldText) -> list[Section]:
    result: list[Section] = []
    heading: Block | None = None
    body: list[Block] = []
    for block in old.blocks:
        if block.kind is Kind.HEADING:
            if heading is not None or body:
                result.append(Section(heading, tuple(body)))
            heading, body = block, []
        else:
            body.append(block)
    if heading is not None or body:
        result.append(Section(heading, tuple(body)))
    return result


_SENTENCE = re.compile(r"[^.!?;]+(?:[.!?;]+|$)")
# "bijv." and "o.a." must not end a sentence; neither must the dot in "bol.com" or "B.V.".
_ABBREVIATION = re.compile(
    r"\b(?:bijv|o\.a|m\.b\.t|i\.v\.m|t\.a\.v|d\.w\.z|e\.d|nr|ca|evt)\.$", re.I
)


def sentences(block: Block) -> Iterator[tuple[int, str]]:
    """(absolute start, text) of each sentence of a block."""
    text = block.text
    start = 0
    pos = 0
    while pos < len(text):
        match = re.compile(r"[.!?;](?=\s+[\"'(]?[A-Z0-9À-Ý]|\s*$)").search(text, pos)
        if match is None:
            break
        end = match.end()
        if _ABBREVIATION.search(text[start:end]):
            pos = end
            continue
        yield block.start + start, text[start:end]
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
        pos = start
    if start < len(text):
        yield block.start + start, text[start:]
