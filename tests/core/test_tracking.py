"""Which kinds of data are about website use, behaviour or marketing (editor/core/tracking.py)."""

from __future__ import annotations

import pytest

from editor.core.model import Cookie, CookieKind, DataCategory, Project
from editor.core.tracking import has_consent_tracking_cookies, is_tracking_category


@pytest.mark.parametrize(
    "category",
    [
        DataCategory(name="Websitestatistieken"),
        DataCategory(name="Bezoek", items=["Klikgedrag", "IP-adres"]),
        DataCategory(name="Bezoek", items=["Bezochte pagina's"]),
        DataCategory(name="Advertenties", purposes=["Gerichte reclame tonen"]),
        DataCategory(name="Voorkeuren", purposes=["Een gepersonaliseerd aanbod"]),
        DataCategory(name="X", items=["Gegevens over uw activiteiten op onze website"]),
        # the same kinds of data in an English statement
        DataCategory(name="Website statistics"),
        DataCategory(name="Visits", items=["Browsing behaviour", "IP address"]),
        DataCategory(name="Visits", items=["Pages visited"]),
        DataCategory(name="Website visits", purposes=["Improving the shop"]),
        DataCategory(name="Ads", purposes=["Showing targeted advertising"]),
        DataCategory(name="Preferences", purposes=["A personalized offer"]),
        DataCategory(name="X", purposes=["Keeping track of how the website is used"]),
    ],
)
def test_tracking_kinds_of_data(category: DataCategory) -> None:
    assert is_tracking_category(category)


@pytest.mark.parametrize(
    "category",
    [
        DataCategory(name="Bestellingen", items=["Naam", "Adres"], purposes=["Bezorgen"]),
        DataCategory(name="Klantenservice", items=["Berichten"], purposes=["Vragen beantwoorden"]),
        DataCategory(name="Administratie", purposes=["De belastingaangifte"]),
        DataCategory(name="Orders", items=["Name", "Address"], purposes=["Delivering orders"]),
        DataCategory(name="Invoices", purposes=["The tax return", "Our profit and loss"]),
    ],
)
def test_other_kinds_of_data(category: DataCategory) -> None:
    assert not is_tracking_category(category)


def test_consent_tracking_cookies() -> None:
    project = Project(cookies=[Cookie(name="sessie", kind=CookieKind.FUNCTIONAL, consent=True)])
    assert not has_consent_tracking_cookies(project)  # consent on a functional cookie
    project.cookies.append(Cookie(name="_ga", kind=CookieKind.ANALYTICS, consent=False))
    assert not has_consent_tracking_cookies(project)  # privacy-friendly analytics
    project.cookies.append(Cookie(name="_fbp", kind=CookieKind.MARKETING, consent=True))
    assert has_consent_tracking_cookies(project)
