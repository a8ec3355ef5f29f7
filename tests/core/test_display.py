"""shown/printable: no control character from a value reaches a message."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor.core.display import ELLIPSIS, VALUE_LIMIT, printable, shown


def test_escape_codes_and_newlines_are_written_out() -> None:
    assert shown("u\n\x1b[31mRED") == "u\\n\\x1b[31mRED"
    assert printable("a\tb\r\u202ec\u2028d\x00") == "a\\tb\\r\\u202ec\\u2028d\\x00"


def test_plain_text_stays_as_it_is() -> None:
    assert shown("Websitegebruik & nieuwsbrief (2x)") == "Websitegebruik & nieuwsbrief (2x)"
    assert printable("één ü 😀 C:\\map") == "één ü 😀 C:\\map"


def test_a_long_value_is_shortened_with_an_ellipsis() -> None:
    text = shown("x" * 1_000_000)
    assert len(text) == VALUE_LIMIT
    assert text.endswith(ELLIPSIS)
    assert shown("y" * VALUE_LIMIT) == "y" * VALUE_LIMIT


def test_escapes_count_towards_the_limit() -> None:
    text = shown("\x1b" * 50)
    assert len(text) == VALUE_LIMIT and text.endswith(ELLIPSIS)


@given(st.text())
def test_every_result_is_printable_and_short(value: str) -> None:
    text = shown(value)
    assert text.isprintable()
    assert len(text) <= VALUE_LIMIT
    assert printable(value).isprintable()
