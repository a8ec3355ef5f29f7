"""is_valid_link: which addresses may become a live link in an export."""

from __future__ import annotations

import unicodedata

import pytest

from editor.core.links import is_valid_link, link_target


@pytest.mark.parametrize(
    "address",
    [
        "https://shop.example",
        "http://shop.example/privacy?x=1#top",
        "mailto:info@shop.example",
        "HTTPS://SHOP.EXAMPLE",
        " https://shop.example ",  # spaces around are forgiven
    ],
)
def test_plain_addresses_are_links(address: str) -> None:
    assert is_valid_link(address)
    assert link_target(address) == address.strip(" ")


@pytest.mark.parametrize(
    "address",
    [
        "",
        "https://",
        "mailto:",
        "javascript:alert(1)",
        "ftp://shop.example",
        "shop.example",
        "https://shop.example\n\n# Injected",
        "https://shop.example\tx",
        "https://shop example",
        "https://shop.example/\r",
        "mailto:a@b.example\x1b[31m",
        "https://shop.example/\x00",
        "https://shop.example/\u200b",  # zero-width space (a format character)
        "https://shop.example/\u202e",  # right-to-left override
        "https://shop.example/\u2028x",  # line separator
        "https://shop.example/\u00a0x",  # no-break space
        "https://shop.example\n",  # a trailing newline is not an ordinary space
    ],
)
def test_whitespace_control_characters_and_other_schemes_are_no_links(address: str) -> None:
    assert not is_valid_link(address)
    assert link_target(address) == ""


def test_every_ascii_character_inside_an_address_is_judged_by_its_category() -> None:
    """The ASCII fast path agrees with the Unicode rule for each of the 128 characters."""
    for code in range(128):
        char = chr(code)
        forbidden = char.isspace() or unicodedata.category(char) in {"Cc", "Cf", "Zs"}
        address = f"https://winkel.nl/a{char}b"
        assert (link_target(address) == "") is forbidden, repr(char)
