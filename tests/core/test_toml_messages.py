"""Every message of the TOML parser, and every kind of wrong value, in Dutch.

Each case below makes Python's TOML parser give one of its messages (see
tomllib/_parser.py); none may come through in English.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from editor.core.project_file import ProjectFileError, loads_project

HEAD = "format_version = 1\n[organisation]\n"
PARSER_CASES = {
    "Invalid statement": "a = 1\n]\n",
    "Expected newline or end of document after a statement": "a = 1 b = 2\n",
    'Expected "\'"': "a = 'abc\n",
    "Expected \"'''\"": "a = '''abc\n",
    "Found invalid character": "a = 'a\x01b'\n",
    "Cannot declare": "[a]\n[a]\n",
    "Cannot overwrite a value": "a = 1\na = 2\n",
    "Expected ']' at the end of a table declaration": "[a\n",
    "Expected ']]' at the end of an array declaration": "[[a]\n",
    "Cannot mutate immutable namespace": "a = {b=1}\na.c = 2\n",
    "Cannot redefine namespace": "[a.b]\nc = 1\n[a]\nb.d = 2\n",
    "Expected '=' after a key in a key/value pair": "a 1\n",
    "Invalid initial character for a key part": "a. = 1\n",
    "Unclosed array": "a = [1 2]\n",
    "Duplicate inline table key": "a = {b = 1, b = 2}\n",
    "Unclosed inline table": "a = {b = 1\n",
    "Unescaped '\\' in a string": 'a = "\\q"\n',
    "Invalid hex value": 'a = "\\uZZZZ"\n',
    "Escaped character is not a Unicode scalar value": 'a = "\\uD800"\n',
    "Unterminated string": 'a = """abc\n',
    "Illegal character": 'a = "a\x01"\n',
    "Invalid date or datetime": "a = 2020-02-30\n",
    "Invalid value": "a = nope\n",
}
ENGLISH = re.compile(
    r"\b(Invalid|Expected|Cannot|Found|Duplicate|Unclosed|Unescaped|Escaped|Unterminated|Illegal)\b"
)


@pytest.mark.parametrize("text", PARSER_CASES.values(), ids=PARSER_CASES.keys())
def test_every_parser_message_is_dutch(text: str) -> None:
    with pytest.raises(ProjectFileError) as error:
        loads_project(HEAD + text, "winkel.policy.toml")
    message = str(error.value)
    assert "geen geldige TOML: " in message, message
    assert not ENGLISH.search(message), message


def test_the_cases_cover_every_message_the_parser_has() -> None:
    """The list above is checked against the parser's own source."""
    from editor.core import project_file

    # The parser in use (tomli, compiled, ships its source next to it; or tomllib).
    module = project_file.toml_parser
    source = (Path(module.__file__).parent / "_parser.py").read_text(encoding="utf-8")
    raised = r'(?:suffixed_err\(\s*src,\s*\w+,\s*|TOMLDecodeError\(\s*)f?"([A-Z][a-z]+ [a-z]+)'
    messages = set(re.findall(raised, source))
    assert len(messages) >= 15, messages  # the pattern still finds the parser's messages
    covered = {" ".join(case.split()[:2]) for case in PARSER_CASES}
    assert messages <= covered, messages - covered


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("1.5", "een kommagetal"),
        ("07:30:00", "een tijd"),
        ("2024-01-02T07:30:00", "een datum met tijd"),
        ("2024-01-02", "een datum"),
        ("true", "true/false"),
        ('"drie"', "een tekst"),
    ],
)
def test_a_wrong_value_in_a_number_field_is_named_in_dutch(value: str, words: str) -> None:
    text = f"format_version = 1\n[rights]\nresponse_days = {value}\n"
    with pytest.raises(ProjectFileError) as error:
        loads_project(text)
    assert f"hier hoort een heel getal, maar er staat {words}." in str(error.value)


def test_a_number_in_a_text_field_is_named_in_dutch() -> None:
    with pytest.raises(ProjectFileError) as error:
        loads_project("format_version = 1\n[organisation]\nname = 12:00:00\n")
    assert "hier hoort een tekst, maar er staat een tijd." in str(error.value)
    with pytest.raises(ProjectFileError) as error:
        loads_project("format_version = 1\n[organisation]\nname = 3\n")
    assert "hier hoort een tekst, maar er staat een heel getal." in str(error.value)
