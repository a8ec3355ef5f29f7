"""Converting between raw TOML data and the model's dataclasses.

The model's type hints are the schema: one generic walker checks types, enum
choices and dates, fills defaults for missing keys and keeps unknown keys in
``extra``. Errors name the key path (``processors[2].country``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import types
import typing
from typing import Any

from editor.core.clause_ids import CLAUSE_IDS, DEFAULT_OFF_IDS, OPTIONAL_IDS
from editor.core.display import shown
from editor.core.errors import ProjectFileError
from editor.core.model import LANGUAGES, TOML_KEYS, Cookie, CookieKind, Project, default_consent

_TYPE_NAMES = {
    str: "een tekst",
    bool: "true of false",
    int: "een heel getal",
    list: "een lijst",
    dict: "een tabel",
    dt.date: "een datum (JJJJ-MM-DD)",
}


_FIELD_HINTS: dict[type[Any], tuple[dict[str, Any], bool]] = {}


def _field_hints(cls: type[Any]) -> tuple[dict[str, Any], bool]:
    """The type hint of each field but ``extra``, and whether there is an ``extra``.

    Cached per class: resolving string annotations was the slowest step of
    reading a large project (it ran once per table in the file).
    """
    if cls not in _FIELD_HINTS:
        hints = typing.get_type_hints(cls)
        fields = {f.name: hints[f.name] for f in dataclasses.fields(cls) if f.name != "extra"}
        _FIELD_HINTS[cls] = fields, "extra" in hints
    return _FIELD_HINTS[cls]


@functools.cache
def _kind_of(hint: Any) -> tuple[str, Any]:
    """What kind of value a type hint asks for, and its inner hint; once per hint.

    Asking typing about the hint for every value was a third of reading a project.
    """
    if hint is Any:
        return "any", None
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        # Only "X | None" occurs: None is written by leaving the key out.
        (inner,) = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return "optional", inner
    if origin is list:
        return "list", typing.get_args(hint)[0]
    if origin is dict:
        return "dict", typing.get_args(hint)[1]
    if dataclasses.is_dataclass(hint):
        return "dataclass", None
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return "enum", None
    if hint is dt.date:
        return "date", None
    return ("text" if hint is str else "plain"), None


class _Reader:
    def __init__(self, file_name: str) -> None:
        self.file_name = file_name

    def fail(self, key_path: str, problem: str) -> ProjectFileError:
        return ProjectFileError(self.file_name, problem, key_path=key_path)

    def read_dataclass(self, cls: type[Any], data: Any, where: str) -> Any:
        if not isinstance(data, dict):
            raise self.fail(where, f"hier hoort een tabel, maar er staat {_describe(data)}.")
        fields, keeps_extra = _field_hints(cls)
        values: dict[str, Any] = {}
        for name, hint in fields.items():
            key = TOML_KEYS.get(name, name)
            if key in data:
                path = f"{where}.{key}" if where else key
                values[name] = self.read_value(hint, data[key], path)
        if keeps_extra:
            known = {TOML_KEYS.get(name, name) for name in fields}
            extra = {key: value for key, value in data.items() if key not in known}
            instance = cls(**values, extra=extra)
        else:
            instance = cls(**values)
        if cls is Cookie and "consent" not in data:
            instance.consent = default_consent(instance.kind)
        return instance

    def read_value(self, hint: Any, value: Any, where: str) -> Any:
        kind, inner = _kind_of(hint)
        if kind == "text" and type(value) is str:
            return normalise_newlines(value)  # the usual case, first
        if kind == "any":
            return value  # raw TOML kept as it was (a recorded version's facts)
        if kind == "optional":
            return self.read_value(inner, value, where)
        if kind == "list":
            self.expect(value, list, where)
            return [self.read_value(inner, item, f"{where}[{i}]") for i, item in enumerate(value)]
        if kind == "dict":
            self.expect(value, dict, where)
            return {
                key: self.read_value(inner, item, f"{where}.{key}") for key, item in value.items()
            }
        if kind == "dataclass":
            return self.read_dataclass(hint, value, where)
        if kind == "enum":
            return self.read_enum(hint, value, where)
        if kind == "date":
            return self.read_date(value, where)
        self.expect(value, hint, where)
        return value

    def expect(self, value: Any, kind: type, where: str) -> None:
        wrong_bool = isinstance(value, bool) and kind is not bool
        if not isinstance(value, kind) or wrong_bool:
            raise self.fail(
                where,
                f"hier hoort {_TYPE_NAMES.get(kind, kind.__name__)}, "
                f"maar er staat {_describe(value)}.",
            )

    def read_enum(self, cls: type[enum.Enum], value: Any, where: str) -> Any:
        self.expect(value, str, where)
        try:
            return cls(value)
        except ValueError:
            choices = ", ".join(f"“{member.value}”" for member in cls)
            raise self.fail(
                where, f"“{shown(value)}” is geen bekende keuze; mogelijk zijn: {choices}."
            ) from None

    def read_date(self, value: Any, where: str) -> dt.date:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                raise self.fail(
                    where, f"“{shown(value)}” is geen bestaande datum (JJJJ-MM-DD)."
                ) from None
        raise self.fail(
            where, f"hier hoort een datum (JJJJ-MM-DD), maar er staat {_describe(value)}."
        )


def normalise_newlines(text: str) -> str:
    """Every line break as "\\n", on reading and on writing.

    TOML writers (tomli_w too) write "\\r\\n" in a multi-line string as "\\n",
    and in one pass ("\\r\\r\\n" becomes "\\r\\n"), so without this a text with
    a "\\r" in it could change from one save to the next.
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return "een tekst"
    if isinstance(value, int):
        return "een heel getal"
    if isinstance(value, float):
        return "een kommagetal"
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, dict):
        return "een tabel"
    # A datetime is a kind of date: asked first.
    if isinstance(value, dt.datetime):
        return "een datum met tijd"
    if isinstance(value, dt.date):
        return "een datum"
    if isinstance(value, dt.time):
        return "een tijd"
    return "een onbekend soort waarde"


def from_toml(data: dict[str, Any], file_name: str) -> Project:
    reader = _Reader(file_name)
    project: Project = reader.read_dataclass(Project, data, "")
    _validate(project, reader)
    return project


def _validate(project: Project, reader: _Reader) -> None:
    """Rules the types alone do not say."""
    if project.document.language not in LANGUAGES:
        raise reader.fail(
            "document.language",
            f"taal “{shown(project.document.language)}” wordt niet ondersteund; "
            "kies “nl” (Nederlands) of “en” (Engels).",
        )
    choices = ", ".join(CLAUSE_IDS)
    for key, ids in (
        ("clauses.disabled", project.clauses.disabled),
        ("clauses.enabled", project.clauses.enabled),
        ("clauses.order", project.clauses.order),
        ("clauses.overrides", list(project.clauses.overrides)),
    ):
        for clause_id in ids:
            if clause_id not in CLAUSE_IDS:
                raise reader.fail(
                    key, f"“{shown(clause_id)}” is geen bekend onderdeel; mogelijk zijn: {choices}."
                )
    for clause_id in project.clauses.enabled:
        if clause_id not in DEFAULT_OFF_IDS:
            raise reader.fail(
                "clauses.enabled",
                f"“{clause_id}” staat al standaard aan; alleen "
                f"{', '.join(sorted(DEFAULT_OFF_IDS))} kan hier aangezet worden.",
            )
    for clause_id in project.clauses.disabled:
        if clause_id not in OPTIONAL_IDS:
            raise reader.fail(
                "clauses.disabled",
                f"het onderdeel “{shown(clause_id)}” is wettelijk verplicht en kan niet uit; "
                "een eigen tekst ervoor mag wel (clauses.overrides).",
            )
    if project.rights.response_days < 1:
        raise reader.fail("rights.response_days", "het aantal dagen moet minstens 1 zijn.")
    if not 0 <= project.options.minimum_age <= 120:
        raise reader.fail("options.minimum_age", "de minimumleeftijd moet tussen 0 en 120 liggen.")


def to_toml(project: Project) -> dict[str, Any]:
    """The TOML data of a project: known keys in the format's order, then extras."""
    return _dump_dataclass(project)


def _dump_dataclass(instance: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for field in dataclasses.fields(instance):
        if field.name == "extra":
            continue
        value = getattr(instance, field.name)
        if value is None:
            continue  # TOML has no null: an unset date is an absent key
        if isinstance(value, list) and not value and _holds_tables(type(instance), field.name):
            continue  # an empty array of tables reads back as the same empty list
        out[TOML_KEYS.get(field.name, field.name)] = _dump_value(value)
    out.update(getattr(instance, "extra", {}))
    return out


def _holds_tables(cls: type[Any], name: str) -> bool:
    hint = _field_hints(cls)[0][name]
    args = typing.get_args(hint)
    return typing.get_origin(hint) is list and bool(args) and dataclasses.is_dataclass(args[0])


def _dump_value(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _dump_dataclass(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, str):
        return normalise_newlines(value)
    if isinstance(value, list):
        return [_dump_value(item) for item in value]
    if isinstance(value, dict):
        return {key: _dump_value(item) for key, item in value.items()}
    return value


__all__ = ["CookieKind", "from_toml", "to_toml"]
