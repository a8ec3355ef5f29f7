"""When a web or e-mail address may become a link.

One predicate for every writer (HTML, Markdown, Word link targets) and for the
check that tells the shop owner an address will show as plain text. An
address with whitespace or control characters inside could break out of a
Markdown link or a table row, or carry a hidden second line into a Word link
target, so it is never a link: the writers show it as escaped text instead.
"""

from __future__ import annotations

import unicodedata

LINK_SCHEMES = ("https://", "http://", "mailto:")

# Unicode categories that never belong in an address: control (Cc), format
# (Cf: zero-width and bidi marks, which hide what a reader sees), and every
# kind of separator (Zs, Zl, Zp: spaces, line and paragraph separators).
_FORBIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})


def link_target(address: str) -> str:
    """The address as a link target, or "" when it must stay text.

    Ordinary spaces around the address are forgiven (a shop owner cannot see
    them); anything inside must be a visible, non-space character, and the
    scheme must be http(s) or mailto with something after it.
    """
    text = address.strip(" ")
    lowered = text.lower()
    scheme = next((s for s in LINK_SCHEMES if lowered.startswith(s)), None)
    if scheme is None or len(text) == len(scheme):
        return ""
    if text.isascii():
        # The usual address, checked at C speed: in ASCII the forbidden
        # characters are exactly the unprintable ones and the space. (A large
        # statement checks hundreds of addresses on every edit of the preview.)
        return text if text.isprintable() and " " not in text else ""
    if any(char.isspace() or unicodedata.category(char) in _FORBIDDEN_CATEGORIES for char in text):
        return ""
    return text


def is_valid_link(address: str) -> bool:
    """Whether ``address`` (with its scheme) may be written as a live link."""
    return bool(link_target(address))
