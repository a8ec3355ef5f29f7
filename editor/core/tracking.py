"""Which kinds of data are gathered through cookies that need consent (no Qt).

The statement and the check both need to know this (legal-checklist.md,
"cookie-basis"): data about website use, behaviour or marketing, gathered
while the site sets analytics or marketing cookies only after consent, rests
in fact on that consent. The statement must then offer to withdraw consent,
not only to object.
"""

from __future__ import annotations

import re

from editor.core.model import CookieKind, DataCategory, Project

# Stems in a category's name, items or purposes that mean website statistics,
# behaviour or marketing. Matched anywhere in a word, case-insensitive: Dutch
# writes compounds ("websitestatistieken", "klikgedrag"). The second half is the
# same in English, for a project whose statement is in English.
_TRACKING_WORDS = re.compile(
    r"statisti|surfgedrag|klikgedrag|koopgedrag|zoekgedrag|websitegebruik|"
    r"gebruik van de website|website wordt gebruikt|bezochte pagina|paginabezoek|"
    r"websitebezoek|bezoekgegevens|activiteiten op|analytics|marketing|advert|reclame|"
    r"retargeting|personalis|gepersonaliseerd|profiel|cookie|pixel|tracking|device-?id|"
    r"browsing|click behaviou?r|buying behaviou?r|search behaviou?r|website (?:visit|use)|"
    r"use of the website|website is used|pages? visited|visited pages|page views?|"
    r"activity on|personaliz|profiling|profiles?\b",
    re.IGNORECASE,
)


def is_tracking_category(category: DataCategory) -> bool:
    """The category is about website statistics, behaviour or marketing."""
    texts = [category.name, *category.items, *category.purposes]
    return any(_TRACKING_WORDS.search(text) for text in texts)


def has_consent_tracking_cookies(project: Project) -> bool:
    """An analytics or marketing cookie is set only after consent."""
    return any(
        cookie.consent and cookie.kind in (CookieKind.ANALYTICS, CookieKind.MARKETING)
        for cookie in project.cookies
    )
