"""Month names, written out: the statement's dates and the importer's reading of them.

CLDR's names, as babel's format_date(format="long") writes them ("d MMMM y"),
spelled out here so a start or an export does not load babel and its locale
data for one date (about 30 ms).
"""

from __future__ import annotations

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
