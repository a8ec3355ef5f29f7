"""The gentle plausibility checks behind the inline hints of the Organisatie tab."""

from __future__ import annotations

import pytest

from editor.core.validation import (
    is_dutch_postal_code,
    is_kvk_number,
    is_netherlands,
    looks_like_email,
)


@pytest.mark.parametrize(
    "text", ["", "info@luxigo.nl", " daan@luxigo.nl ", "a.b+shop@mail.example.co.uk"]
)
def test_plausible_emails_pass(text: str) -> None:
    assert looks_like_email(text)


@pytest.mark.parametrize(
    "text", ["info", "info@", "@luxigo.nl", "info@luxigo", "in fo@luxigo.nl", "a@b@c.nl", "a@.nl"]
)
def test_impossible_emails_fail(text: str) -> None:
    assert not looks_like_email(text)


@pytest.mark.parametrize("text", ["", "12345678", "1234 5678", "12.34.56.78"])
def test_kvk_numbers_of_eight_digits_pass(text: str) -> None:
    assert is_kvk_number(text)


@pytest.mark.parametrize("text", ["1234567", "123456789", "1234567a", "١٢٣٤٥٦٧٨"])
def test_other_kvk_numbers_fail(text: str) -> None:
    assert not is_kvk_number(text)


@pytest.mark.parametrize("text", ["", "2629 HG", "2629HG", "1011 ab", " 9999 ZZ "])
def test_dutch_postal_codes_pass(text: str) -> None:
    assert is_dutch_postal_code(text)


@pytest.mark.parametrize("text", ["0629 HG", "262 HG", "2629 H", "2629 SS", "2629-HG", "B-1000"])
def test_impossible_postal_codes_fail(text: str) -> None:
    assert not is_dutch_postal_code(text)


def test_netherlands_is_recognised_in_the_usual_spellings() -> None:
    assert all(is_netherlands(name) for name in ["", "Nederland", " nederland", "NL"])
    assert not is_netherlands("België")
