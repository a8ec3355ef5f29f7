"""PartyNames matches exactly as the old pairwise matcher did, without its quadratic cost."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.checks import check
from editor.core.checks.name_match import PartyNames
from editor.core.model import Cookie, CookieKind, Processor, Project


def reference_names_match(provider: str, name: str) -> bool:
    """The matcher as it was (check grew with cookies x processors): the reference."""
    provider, name = provider.strip().casefold(), name.strip().casefold()
    if not provider or not name:
        return False
    shorter, longer = sorted((provider, name), key=len)
    return re.search(rf"(?<!\w){re.escape(shorter)}(?!\w)", longer) is not None


class SearchCounter:
    """Counts the regular-expression searches the check makes once started: work, not time."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        self._monkeypatch = monkeypatch

    def start(self) -> None:
        real_search = re.search

        def counting_search(*args: Any, **kwargs: Any) -> Any:
            self.count += 1
            return real_search(*args, **kwargs)

        self._monkeypatch.setattr(re, "search", counting_search)


@pytest.fixture
def searches(monkeypatch: pytest.MonkeyPatch) -> SearchCounter:
    return SearchCounter(monkeypatch)


# Letters, a word character that is no letter, separators, a character whose
# casefold is longer (ß -> ss), and spaces that strip() removes.
NAME = st.text(alphabet="abAB_1 -.ßé\t", max_size=8)


@settings(max_examples=500, deadline=None)
@given(st.lists(NAME, max_size=6), st.lists(NAME, min_size=1, max_size=6))
def test_same_matches_as_the_reference(known: list[str], providers: list[str]) -> None:
    parties = PartyNames(known, providers)
    for provider in providers:
        expected = any(reference_names_match(provider, name) for name in known)
        assert parties.matches(provider) == expected, (provider, known)


def test_examples() -> None:
    parties = PartyNames(
        ["Google", "Mollie B.V.", "winkel.nl"],
        ["x"] * 0
        + ["Google Analytics", "Mollie", "Goog", "B.V.", "winkel", "MOLLIE B.V.", "Googleplex"],
    )
    assert parties.matches("Google Analytics")
    assert parties.matches("Mollie")
    assert parties.matches("MOLLIE B.V.")
    assert parties.matches("B.V.")
    assert parties.matches("winkel")
    assert not parties.matches("Goog")
    assert not parties.matches("Googleplex")


def test_many_processors_and_cookies_give_the_same_findings() -> None:
    """3,000 of each: the check answers (the old matcher took seconds; timing is in benchmarks/)."""
    project = Project()
    project.processors = [Processor(name=f"Dienst {i} B.V.") for i in range(3_000)]
    project.cookies = [
        Cookie(name=f"c{i}", provider=f"Dienst {i * 7}", kind=CookieKind.FUNCTIONAL)
        for i in range(3_000)
    ]
    flagged = {finding.path for finding in check(project) if finding.id == "cookie-recipient"}
    expected = {f"cookies[{i}].provider" for i in range(3_000) if i * 7 >= 3_000}
    assert flagged == expected


def test_the_work_grows_with_the_names_not_with_their_product(
    searches: SearchCounter,
) -> None:
    """Counted, not timed: the old matcher searched once per cookie and processor pair."""
    project = Project()
    project.processors = [Processor(name=f"Dienst {i}") for i in range(300)]
    project.cookies = [Cookie(name=f"c{i}", provider=f"Aanbieder {i}") for i in range(300)]
    searches.start()
    check(project)
    assert searches.count < 10 * (300 + 300)  # the pairwise matcher made 300 x 300 = 90,000


def test_recipients_the_catalog_knows_are_matched_without_the_product(
    searches: SearchCounter,
) -> None:
    """cookie-provider-missing asks the same question the other way round: is any cookie's
    provider this recipient? Pairwise, 1,000 such recipients and 1,000 cookies took 7 s."""
    from editor.core.catalog import load_catalog

    first, second = [entry.name for entry in load_catalog() if entry.sets_cookies][:2]
    project = Project()
    project.processors = [
        Processor(name=f"Dienst {i}", catalog=(first, second)[i % 2]) for i in range(300)
    ]
    project.cookies = [
        Cookie(name=f"c{i}", provider=f"Aanbieder {i}", kind=CookieKind.MARKETING)
        for i in range(298)
    ]
    project.cookies += [
        Cookie(name="a", provider=f"{first} Analytics", kind=CookieKind.MARKETING),
        Cookie(name="b", provider="dienst 7", kind=CookieKind.MARKETING),
    ]
    expected = {
        f"processors[{i}].name"
        for i, processor in enumerate(project.processors)
        if not any(
            reference_names_match(cookie.provider, name)
            for cookie in project.cookies
            for name in (processor.name, processor.catalog)
        )
    }
    assert 0 < len(expected) < 150  # the odd ones but "Dienst 7"; not all, not none
    searches.start()
    flagged = {f.path for f in check(project) if f.id == "cookie-provider-missing"}
    assert flagged == expected
    assert searches.count < 10 * (300 + 300)  # pairwise: up to 300 x 300 x 2 names = 180,000
