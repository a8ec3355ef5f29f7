"""Plain-Dutch labels for the closed choices the forms offer.

Each function returns ``[(stored value, label), ...]`` in the order a combo box
shows them. The labels go through Qt's translation, so an English interface
can follow without touching the forms.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from editor.core.labels import (
    COOKIE_KIND_LABELS,
    LEGAL_BASIS_LABELS,
    RELATIONSHIP_LABELS,
    SAFEGUARD_LABELS,
    SERVICE_LABELS,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Choices", text)


def _choices(labels: Mapping[Any, str]) -> list[tuple[Any, str]]:
    # The words come from editor.core.labels so forms, catalog and findings
    # agree; Qt's translation (context "labels") can still replace them.
    return [(value, QCoreApplication.translate("labels", label)) for value, label in labels.items()]


def legal_basis_choices() -> list[tuple[Any, str]]:
    return _choices(LEGAL_BASIS_LABELS)


def service_kind_choices() -> list[tuple[Any, str]]:
    return _choices(SERVICE_LABELS)


def relationship_choices() -> list[tuple[Any, str]]:
    return _choices(RELATIONSHIP_LABELS)


def safeguard_choices() -> list[tuple[Any, str]]:
    return _choices(SAFEGUARD_LABELS)


def cookie_kind_choices() -> list[tuple[Any, str]]:
    return _choices(COOKIE_KIND_LABELS)


def retention_suggestions() -> list[str]:
    return [
        _tr("7 jaar (fiscale bewaarplicht)"),
        _tr("2 jaar na het laatste contact"),
        _tr("Tot afmelding"),
        _tr("Tot het account wordt opgeheven"),
        _tr("26 maanden"),
    ]


def label_for(choices: list[tuple[Any, str]], value: object) -> str:
    """The label of ``value``, or the value itself when it is not a known choice."""
    return {str(key): label for key, label in choices}.get(str(value), str(value))


def fill_combo(combo: QComboBox, choices: list[tuple[Any, str]]) -> None:
    """Add ``choices`` to ``combo``; each item's data is the stored text value."""
    for value, label in choices:
        combo.addItem(label, str(value))
