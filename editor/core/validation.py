"""Gentle plausibility checks for fields the shop owner types by hand.

These never block typing: the forms use them to show a small hint under a
field. They answer "does this look possible?", not "is this real?"; an empty
field is always fine here (the compliance check reports what is missing).
"""

from __future__ import annotations

import re

# Deliberately loose: one @, something before it, a dotted domain after it and
# no spaces. Real address validation is the mail server's job.
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")

# Dutch postal codes: four digits (the first not 0), optional space, two
# letters. SA, SD and SS are never issued.
_POSTAL_CODE = re.compile(r"([1-9][0-9]{3}) ?([A-Za-z]{2})")
_UNUSED_POSTAL_LETTERS = {"SA", "SD", "SS"}

_NETHERLANDS = {"", "nederland", "the netherlands", "netherlands", "nl"}


def looks_like_email(text: str) -> bool:
    """True for an empty field or something shaped like name@domain.tld."""
    text = text.strip()
    return not text or _EMAIL.fullmatch(text) is not None


def is_kvk_number(text: str) -> bool:
    """True for an empty field or eight digits (spaces and dots allowed between)."""
    digits = re.sub(r"[\s.]", "", text)
    return not digits or (len(digits) == 8 and digits.isascii() and digits.isdigit())


def is_dutch_postal_code(text: str) -> bool:
    """True for an empty field or a Dutch postal code such as "1234 AB"."""
    text = text.strip()
    if not text:
        return True
    match = _POSTAL_CODE.fullmatch(text)
    return match is not None and match.group(2).upper() not in _UNUSED_POSTAL_LETTERS


def is_netherlands(country: str) -> bool:
    """Whether an organisation's country field means the Netherlands (empty counts)."""
    return country.strip().lower() in _NETHERLANDS
