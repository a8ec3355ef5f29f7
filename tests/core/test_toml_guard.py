"""The shape limits: refused before parsing, and never fooled by strings.

A long dotted key made Python's TOML parser take gigabytes; data nested 250
deep made the TOML writer fail with a RecursionError on save.
"""

from __future__ import annotations

import string
from pathlib import Path

import pytest
import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.model import Project
from editor.core.project_file import (
    ProjectFileError,
    dumps_project,
    load_project,
    loads_project,
    save_project,
)
from editor.core.toml_guard import (
    MAX_KEY_CHARS,
    MAX_NESTING,
    ShapeError,
    nesting_depth,
    scan_text,
)

HEAD = "format_version = 1\n"


def deep_extra(levels: int) -> dict[str, object]:
    data: dict[str, object] = {"leaf": 1}
    for _ in range(levels - 1):
        data = {"k": data}
    return data


# -- refused before the parser ----------------------------------------------------
@pytest.mark.parametrize("parts", [MAX_NESTING + 1, 100_000])
def test_a_long_dotted_key_is_refused(parts: int) -> None:
    text = HEAD + "[organisation]\n" + ".".join(["d"] * parts) + " = 1\n"
    with pytest.raises(ProjectFileError) as error:
        loads_project(text, "lang.policy.toml")
    assert error.value.line == 3
    assert f"meer dan {MAX_NESTING} delen" in str(error.value)


@pytest.mark.parametrize("parts", [MAX_NESTING + 1, 100_000])
def test_a_long_table_name_is_refused(parts: int) -> None:
    for opening, closing in (("[", "]"), ("[[", "]]")):
        text = HEAD + opening + ".".join(["t"] * parts) + closing + "\n"
        with pytest.raises(ProjectFileError, match="delen tussen punten"):
            loads_project(text)


@pytest.mark.parametrize("before", ["", "a = 1, "], ids=["first", "after-a-comma"])
def test_a_dotted_key_in_an_inline_table_is_refused(before: str) -> None:
    long_key = ".".join(["d"] * (MAX_NESTING + 1))
    text = HEAD + "[organisation]\nx = {" + before + long_key + " = 2}\n"
    with pytest.raises(ProjectFileError, match="delen tussen punten"):
        loads_project(text)


@pytest.mark.parametrize("opening", ["[", "{x = "])
def test_brackets_nested_too_deep_are_refused(opening: str) -> None:
    closing = "]" if opening == "[" else "}"
    depth = MAX_NESTING + 1
    text = HEAD + "[organisation]\nx = " + opening * depth + "1" + closing * depth + "\n"
    with pytest.raises(
        ProjectFileError, match="het bestand is te diep genest: meer dan 50 lijsten"
    ):
        loads_project(text)


def test_a_very_long_key_is_refused() -> None:
    text = HEAD + "[organisation]\n" + "k" * (MAX_KEY_CHARS + 1) + " = 1\n"
    with pytest.raises(ProjectFileError, match=f"meer dan {MAX_KEY_CHARS} tekens"):
        loads_project(text)


def test_levels_that_add_up_past_the_limit_are_refused() -> None:
    """A table name and a dotted key each within the limit, together too deep."""
    half = ".".join(["t"] * 30)
    text = HEAD + f"[organisation.{half}]\n{half} = 1\n"
    with pytest.raises(ProjectFileError, match="de gegevens zijn te diep genest"):
        loads_project(text)


# -- not fooled ---------------------------------------------------------------------
DOTS = ".".join(["d"] * 200)
NOT_KEYS = {
    "url": f'[organisation]\nwebsite = "https://{DOTS}.example/a.b.c?x=1.2"\n',
    "multi-line basic": f'[clauses.overrides]\nintro = """\n{DOTS}\n[x.y.z]\na.b.c = 1\n""\\"\n{DOTS} """\n',
    "literal": f"[organisation]\nwebsite = 'https://{DOTS}.example\\'\n",
    "multi-line literal": f"[clauses.overrides]\nintro = '''\n{DOTS} = 1\n[{DOTS}]\n''''\n",
    "quoted keys": f'[organisation]\n"{DOTS}" = 1\n\'{DOTS}.x\' = 2\n["organisation_extra"."{DOTS}"]\n',
    "comment": f"# {DOTS} = 1\n[organisation] # [{DOTS}]\n",
    "inline table": f'[organisation]\nx = {{a.b = 1.5, c = "{DOTS}", d = {{e = "[[{{"}}}}\n',
    "nested arrays": "[organisation]\nx = [[1.5, 2.5, 3.5], ['a.b.c', \"[{\"], [[1.0e3]]]\n"
    + "y = ["
    + ", ".join(["1.5"] * 500)
    + "]\n",
    "multi-line array": "[organisation]\nx = [\n  1.5,\n  # a.b.c.d\n  [2.5],\n]\nname = 'Winkel'\n",
    "dates and times": "[document]\neffective_date = 2024-01-02\n[organisation]\nt = 07:32:00.999\nd = 1979-05-27T00:32:00.999-07:00\n",
    # Lines the quick reader of plain lines does not take: the scan reads them itself.
    "comment in a list": "[organisation]\nx = [ # " + "[" * 60 + f' " {DOTS}\n  1,\n]\n',
    "floats in a multi-line list": "[organisation]\nx = [\n" + "  1.5,\n" * 60 + "]\n",
}


@pytest.mark.parametrize("body", NOT_KEYS.values(), ids=NOT_KEYS.keys())
def test_dots_outside_keys_do_not_count(body: str) -> None:
    text = HEAD + body
    scan_text(text)
    loads_project(text)


@pytest.mark.parametrize("body", NOT_KEYS.values(), ids=NOT_KEYS.keys())
def test_a_long_key_after_them_is_still_refused(body: str) -> None:
    """The scan reads past each string, comment and list, and does not give up there."""
    long_key = ".".join(["d"] * (MAX_NESTING + 1))
    text = HEAD + body + f"[verder]\n{long_key} = 1\n"
    with pytest.raises(ProjectFileError, match="delen tussen punten"):
        loads_project(text)


def test_every_example_still_loads(example_path: Path) -> None:
    scan_text(example_path.read_text(encoding="utf-8"))
    load_project(example_path)


_TEXT = st.text(alphabet=string.ascii_letters + ".'\"[]{}=,#\n\\ \t\u00e9", max_size=12)
_DATA = st.recursive(
    st.one_of(_TEXT, st.integers(), st.floats(allow_nan=False, allow_infinity=False)),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(_TEXT, children, max_size=3),
    max_leaves=25,
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(_TEXT, _DATA, max_size=4))
def test_whatever_a_toml_writer_makes_is_read_right(data: dict[str, object]) -> None:
    """Any data within the limits, written as TOML, passes the scan."""
    if nesting_depth(data) > MAX_NESTING:
        return
    scan_text(tomli_w.dumps(data))
    scan_text(tomli_w.dumps(data, multiline_strings=True))


# -- writing ----------------------------------------------------------------------
@pytest.mark.parametrize("levels", [MAX_NESTING + 1, 300])
def test_saving_data_nested_too_deep_says_so_and_keeps_the_file(
    tmp_path: Path, levels: int
) -> None:
    target = tmp_path / "winkel.policy.toml"
    save_project(Project(), target)
    before = target.read_bytes()
    project = Project()
    project.organisation.extra["onbekend"] = deep_extra(levels)
    with pytest.raises(ProjectFileError) as error:
        save_project(project, target)
    assert str(error.value).startswith(
        "winkel.policy.toml: opslaan kan niet, want de gegevens zijn te diep genest"
    )
    assert target.read_bytes() == before
    with pytest.raises(ProjectFileError):
        dumps_project(project)


def test_data_at_the_limit_saves_and_loads(tmp_path: Path) -> None:
    project = Project()
    project.organisation.extra["onbekend"] = deep_extra(MAX_NESTING - 2)
    target = tmp_path / "winkel.policy.toml"
    save_project(project, target)
    assert load_project(target).organisation.extra == project.organisation.extra


def test_nesting_depth_counts_tables_and_lists() -> None:
    assert nesting_depth(1) == 0
    assert nesting_depth({}) == 1
    assert nesting_depth({"a": [{"b": 1}]}) == 3
    assert nesting_depth(deep_extra(10_000)) == MAX_NESTING + 1  # stops early, no recursion


def test_shape_error_carries_the_line() -> None:
    with pytest.raises(ShapeError) as error:
        scan_text("a = 1\n\nb = '''x\ny'''\n" + ".".join(["d"] * 60) + " = 1\n")
    assert error.value.line == 5
