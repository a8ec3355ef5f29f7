"""Rules about an imported old statement: values to confirm, and old claims that are wrong.

Every value the importer took over stays a finding until the owner confirms
or edits it (``[import].unconfirmed``). The old text itself is never copied
into the statement, but what it claimed still matters: an owner who once
wrote that IP addresses are not personal data should hear that this was
wrong, so the claim is not carried into their new texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.core.checks.findings import Context, Hit
from editor.core.checks.texts import denies_personal_data
from editor.core.display import shown
from editor.core.paths import get_value, parse_path

OLD_TEXT_PATH = ("import_", "text")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


def imported_unconfirmed(ctx: Context) -> Iterator[Hit]:
    info = ctx.project.import_
    if info is None:
        return
    for text in info.unconfirmed:
        try:
            path = parse_path(text)
            value = get_value(ctx.project, path)
        except (ValueError, KeyError, IndexError, AttributeError, TypeError):
            continue  # a path the owner's edits made stale; the store drops those
        if isinstance(value, list):
            value = ", ".join(str(item) for item in value)
        elif hasattr(value, "value"):  # an enum: its stored spelling
            value = value.value
        elif isinstance(value, bool):
            value = "ja" if value else "nee"
        message = "Uit de oude verklaring overgenomen: controleer “{value}” en bevestig of pas aan."
        yield Hit(path, ctx.say(message, value=shown(value)))


def denied_sentence_span(text: str) -> tuple[int, int] | None:
    """Where the first sentence that denies IP addresses are personal data stands."""
    position = 0
    for sentence in _SENTENCE_END.split(text):
        start = text.find(sentence, position)
        position = start + len(sentence)
        if denies_personal_data(sentence):
            return start, start + len(sentence)
    return None


def old_denials(ctx: Context) -> Iterator[Hit]:
    """Sentences of the old statement that deny IP addresses or device data are personal data."""
    info = ctx.project.import_
    if info is None or not info.text:
        return
    for sentence in _SENTENCE_END.split(info.text):
        if denies_personal_data(sentence):
            message = (
                "De oude verklaring zei: “{quote}”. Dat klopt niet: IP-adressen en browser- of"
                " apparaatgegevens zijn volgens het Europese Hof wel persoonsgegevens. Deze zin"
                " is niet overgenomen; neem hem ook niet over in {uw} eigen teksten."
            )
            yield Hit(
                OLD_TEXT_PATH,
                ctx.say(message, quote=shown(" ".join(sentence.split()).rstrip("."), 160)),
            )
