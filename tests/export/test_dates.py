"""Dutch dates: spelled out by hand (no babel at start-up), equal to CLDR's."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from hypothesis import given
from hypothesis import strategies as st

from editor.core.month_names import date_nl


@given(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_date_nl_writes_what_babel_writes(day: dt.date) -> None:
    assert date_nl(day) == format_date(day, format="long", locale="nl")


def test_every_month_and_no_leading_zero() -> None:
    months = [date_nl(dt.date(2026, month, 1)) for month in range(1, 13)]
    assert months[0] == "1 januari 2026" and months[9] == "1 oktober 2026"
    assert len(set(months)) == 12


def test_an_unset_date_is_empty() -> None:
    assert date_nl(None) == ""
