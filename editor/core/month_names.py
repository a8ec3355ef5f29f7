"""Month names and dates written out: the statement's, the check's and the importer's.

CLDR's names, as babel's format_date(format="long") writes them ("d MMMM y"),
spelled out here so a start or an export does not load babel and its locale
data for one date (about 30 ms).
"""

from __future__ import annotations

import datetime as dt

MONTHS_NL = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def date_nl(value: dt.date | None) -> str:
    """``2019-10-15`` -> ``15 oktober 2019``; "" for no date."""
    if value is None:
        return ""
    return f"{value.day} {MONTHS_NL[value.month - 1]} {value.year}"


def date_en(value: dt.date | None) -> str:
    """``2019-10-15`` -> ``15 October 2019`` (British style, as the GDPR's English texts)."""
    if value is None:
        return ""
    return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"
