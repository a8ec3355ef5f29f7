"""The tip catalog-changed: the program's catalog knows newer facts for a row.

Not about the law itself, but about keeping the statement true: the catalog
is offline and each release ships a newer one, so this is how a project
learns what changed for the services it uses.
"""

from __future__ import annotations

from collections.abc import Iterator

from editor.core.catalog_changes import catalog_changes
from editor.core.checks.findings import Context, Hit, quoted


def catalog_changed(ctx: Context) -> Iterator[Hit]:
    for change in catalog_changes(ctx.project):
        row = ctx.project.processors[change.index]
        message = (
            f"De catalogus heeft nieuwere gegevens voor {quoted(row.name, change.index)}"
            f" (catalogus van {change.date}): {change.describe()}. Neem ze over op het"
            " tabblad Verwerkers, of houd de eigen gegevens."
        )
        yield Hit(("processors", change.index, change.changes[0].field), message)
