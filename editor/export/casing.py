"""The capital of an owner's text inside a generated sentence or list.

Owners type list items and short texts as if each stood alone: "Naam",
"Surfgedrag", "Een gebruiksvriendelijke website". Joined into a sentence
("Ons belang hierbij: een gebruiksvriendelijke website") or a list ("naam,
adres en bestelgegevens") such a capital is wrong Dutch. Names and
abbreviations keep theirs: "IP-adres", "iDEAL", "PostNL", "KvK-nummer",
"WooCommerce", "Google Analytics", "T-shirt".

Only the rendered text changes; the stored value stays exactly as typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The first word of a text, up to a space or punctuation other than a hyphen
# ("E-mailadres" is one word, "Bol," ends at the comma).
_FIRST_WORD = re.compile(r"[^\s,.;:!?()/\"'\[\]]+")
# Capitalised names owners often write in these lists that the program cannot
# learn from the project itself (the project's own names are added per call).
COMMON_NAMES = frozenset(
    {
        "Amazon",
        "Apple",
        "Autoriteit",
        "Belastingdienst",
        "Bol",
        "Europa",
        "Europese",
        "Facebook",
        "Google",
        "Instagram",
        "Kamer",
        "Klarna",
        "Mailchimp",
        "Marktplaats",
        "Meta",
        "Microsoft",
        "Mollie",
        "Nederland",
        "Nederlandse",
        "Pinterest",
        "Shopify",
        "Visa",
        "Mastercard",
        "Maestro",
        "Sendcloud",
        "Etsy",
        "Hotjar",
        "Matomo",
        "Trustpilot",
        "Kiyoh",
        "Wordpress",
        "Zendesk",
    }
)
# A single capital before a hyphen is lowercased only for these prefixes
# ("E-mailadres" -> "e-mailadres"); others are part of the word ("T-shirt", "A-merk").
_LOWER_LETTER_PREFIXES = frozenset({"E"})


def is_description(name: str) -> bool:
    """A party named by what it does, not a proper name: "Payment service provider".

    Proper names capitalise a later word too ("Google Analytics", "Flowers by
    Jennifer", "De Vries Transport"); a description's later words are all lower
    case. Its first word is an ordinary word ("Payment", "Delivery") and must not
    keep its capital elsewhere ("Name and payment details").
    """
    later = [word for word in name.split()[1:] if word[:1].isalpha()]
    return bool(later) and all(word.islower() for word in later)


def name_words(names: Iterable[str]) -> frozenset[str]:
    """The first words of ``names`` ("Google Analytics" -> "Google"), to keep their capital."""
    words = set()
    for name in names:
        match = _FIRST_WORD.search(name.strip())
        if match and not is_description(name):
            words.add(match.group(0))
            words.add(match.group(0).split("-")[0])
    return frozenset(words)


def keeps_capital(word: str, names: frozenset[str] = frozenset()) -> bool:
    """True when ``word`` (the first word of a text) is a name or an abbreviation."""
    if not word[:1].isupper():
        return True  # nothing to lower: "iDEAL", "7 jaar", "e-mailadres"
    head = word.split("-")[0]
    if word == "A":
        return False  # the English article: "A website that works" -> "a website that works"
    if len(head) == 1:
        # "E-mailadres" is lowered; "T-shirt", "A-merk", "X" stay.
        return head not in _LOWER_LETTER_PREFIXES or len(word) == 1
    if any(char.isupper() for char in head[1:]) or any(char.isdigit() for char in head):
        return True  # "IP-adres", "KvK", "PostNL", "WooCommerce", "BSN", "3D"
    stripped = word.rstrip("-")
    return word in names or head in names or stripped in COMMON_NAMES or head in COMMON_NAMES


def in_sentence(value: object, names: frozenset[str] = frozenset()) -> str:
    """``value`` as it reads inside a sentence: its first capital lowered unless it is a name."""
    text = str(value).strip()
    match = _FIRST_WORD.match(text)
    if match is None or keeps_capital(match.group(0), names):
        return text
    return text[0].lower() + text[1:]
