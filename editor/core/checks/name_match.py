"""Whether a cookie's provider is one of the parties the statement names.

Two names are the same party when one contains the other as whole words
("Google Analytics" ~ "Google"), ignoring case and the spaces around them:
the shorter name must occur in the longer one with no letter, digit or "_"
right before or after it. Names of equal length must be equal.

Comparing every provider with every name made ``check`` grow with cookies x
processors (3,000 of each took 12 s). :class:`PartyNames` answers each
provider from sets instead: it only looks at pieces of a name that start and
end at a word edge and have the length of a name on the other side, so the
work grows with the number of names, not with their product.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Where a whole-word piece may start (no word character before) or end (none after).
_START = re.compile(r"(?<!\w)")
_END = re.compile(r"(?!\w)")


def _normal(name: str) -> str:
    return name.strip().casefold()


def _pieces(text: str, lengths: Iterable[int]) -> Iterable[str]:
    """Every piece of ``text`` that starts and ends at a word edge, of one of ``lengths``.

    Only pieces shorter than ``text`` itself; the whole text is compared on its own.
    """
    ends = {match.start() for match in _END.finditer(text)}
    wanted = sorted(length for length in set(lengths) if 0 < length < len(text))
    for match in _START.finditer(text):
        start = match.start()
        for length in wanted:
            end = start + length
            if end > len(text):
                break
            if end in ends:
                yield text[start:end]


class PartyNames:
    """The names a statement gives to parties, ready to match many providers.

    ``providers`` are the names that will be asked about; knowing their lengths
    up front keeps the index of the known names small.
    """

    def __init__(self, known: Iterable[str], providers: Iterable[str]) -> None:
        self._known = {name for name in map(_normal, known) if name}
        self._known_lengths = {len(name) for name in self._known}
        provider_lengths = {len(name) for name in map(_normal, providers) if name}
        # A provider shorter than a known name matches a whole-word piece of it.
        self._pieces = {piece for name in self._known for piece in _pieces(name, provider_lengths)}

    def matches(self, provider: str) -> bool:
        """Whether ``provider`` and one of the known names are the same party."""
        provider = _normal(provider)
        if not provider:
            return False
        if provider in self._known or provider in self._pieces:
            return True
        # A known name shorter than the provider: a whole-word piece of the provider.
        return any(piece in self._known for piece in _pieces(provider, self._known_lengths))
