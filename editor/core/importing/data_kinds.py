"""All kinds of data a statement names, from every shape it may use, with retention.

The shapes with structure (a table, labelled parts, titled bullets, lines per
purpose) come first; one list for all data is the fallback when there are none;
sentences in prose add the kinds the others did not find. A retention the
statement gives in a part of its own ("Bewaartermijnen") is joined to a kind
only where the sentence names one of that kind's items, or to the only kind
there is: a period is never moved to data it does not speak of.
"""

from __future__ import annotations

import re

from editor.core.importing.bases_and_periods import has_period, retention_in
from editor.core.importing.blocks import Block, Kind, OldText
from editor.core.importing.categories import (
    FoundCategory,
    from_labels,
    from_lists,
    from_tables,
    from_titled_items,
)
from editor.core.importing.data_prose import from_prose, from_purpose_lines, items_in_prose
from editor.core.importing.found import Found, Section, sentences

_RETENTION_SECTION = re.compile(r"bewa+r|retention|how long|hoe lang|opslag", re.IGNORECASE)
_COOKIE_SECTION = re.compile(r"cookie", re.IGNORECASE)
# Words of an item too common to tie a sentence to it: "Gegevens over uw surfgedrag"
# is tied by "surfgedrag", not by "gegevens".
_COMMON = frozenset(
    [
        "gegevens",
        "persoonsgegevens",
        "informatie",
        "data",
        "over",
        "van",
        "uw",
        "je",
        "jouw",
        "de",
        "het",
    ]
)


def find_categories(old: OldText, secs: list[Section]) -> list[FoundCategory]:
    found = from_tables(old)
    used: set[int] = set()
    for section in secs:
        labelled = from_labels(section)
        if labelled is not None:
            found.append(labelled)
            continue
        per_purpose = from_purpose_lines(section)
        if per_purpose:
            found.extend(per_purpose)
            # The line's own sentence is taken; the prose may still read the others.
            used.update(b.start for b in section.blocks if _starts_any(b, per_purpose))
            continue
        for category in from_titled_items(section):
            if not category.items:
                # "Op de site verzamelen wij je IP-adres en je klikgedrag": a list
                # without commas, which the titled bullet's own reading misses.
                block = next(b for b in section.blocks if b.start == category.name.start)
                category.items = items_in_prose(block)
            found.append(category)
    if not found:
        found = from_lists(secs)
    known = {_key(item.value) for category in found for item in category.items}
    for section in secs:
        for category in from_prose(section, used):
            if not all(_key(item.value) in known for item in category.items):
                found.append(category)
                known.update(_key(item.value) for item in category.items)
    _join_retention(found, secs)
    return found


def _starts_any(block: Block, categories: list[FoundCategory]) -> bool:
    return any(block.start <= c.name.start < block.end for c in categories)


def _key(text: str) -> str:
    return re.sub(r"[^0-9a-zà-ÿ]", "", text.casefold())


def _join_retention(found: list[FoundCategory], secs: list[Section]) -> None:
    open_ = [category for category in found if category.retention is None]
    if not open_:
        return
    if len(found) == 1:
        blocks = [b for s in secs if not _COOKIE_SECTION.search(s.title) for b in s.blocks]
        found[0].retention = retention_in(blocks)
    for section in secs:
        if not _RETENTION_SECTION.search(section.title):
            continue
        for block in section.blocks:
            if block.kind is Kind.ITEM and has_period(block.text):
                # "- Adresgegevens: 2 jaar" in a list of periods: no verb of keeping needed.
                for category in open_:
                    if len(found) == 1 or _names_an_item(category, block.text):
                        _add_line(category, block)
                continue
            if len(found) == 1:
                continue
            for start, sentence in sentences(block):
                for category in open_:
                    if _names_an_item(category, sentence):
                        _add_retention(category, block, start, sentence)


def _names_an_item(category: FoundCategory, text: str) -> bool:
    lowered = text.casefold()
    return any(word in lowered for word in _item_words(category))


def _add_line(category: FoundCategory, block: Block) -> None:
    line = Found(block.text.rstrip(" ;"), block.start, block.end)
    if category.retention is None:
        category.retention = line
    elif line.value not in category.retention.value:
        joined = f"{category.retention.value.rstrip('.;')}; {line.value}"
        category.retention = Found(joined, category.retention.start, line.end)


def _item_words(category: FoundCategory) -> set[str]:
    words = {
        word
        for item in category.items
        for word in re.findall(r"[\wà-ÿ-]{5,}", item.value.casefold())
        if word not in _COMMON
    }
    return words


def _add_retention(category: FoundCategory, block: Block, start: int, sentence: str) -> None:
    single = retention_in([Block(block.kind, sentence, start)])
    if single is None:
        return
    if category.retention is None:
        category.retention = single
    else:
        joined = f"{category.retention.value} {single.value}"
        category.retention = Found(joined, category.retention.start, single.end)
