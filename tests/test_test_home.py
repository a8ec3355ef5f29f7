"""The test suite never writes into the user's home (tests/conftest.py)."""

from __future__ import annotations

import os
import pwd
import tempfile
from pathlib import Path

from editor.core.project_file import load_project
from editor.export.exporter import render_bytes
from editor.export.template_env import _bytecode_cache
from tests.conftest import EXAMPLES, TEST_HOME


def real_home() -> Path:
    return Path(pwd.getpwuid(os.getuid()).pw_dir).resolve()


def test_home_and_caches_are_a_temporary_folder() -> None:
    assert Path.home().resolve() == TEST_HOME.resolve()
    assert TEST_HOME.resolve().is_relative_to(Path(tempfile.gettempdir()).resolve())
    assert real_home() != TEST_HOME.resolve()
    for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        assert Path(os.environ[name]).resolve().is_relative_to(TEST_HOME.resolve()), name


def test_an_export_compiles_its_templates_into_the_test_home() -> None:
    """The jinja bytecode cache left 63 files in ~/.cache/policy-editor/jinja per run."""
    render_bytes(load_project(EXAMPLES[0]), "html")
    cache = _bytecode_cache()
    assert cache is not None
    folder = Path(cache.directory).resolve()  # type: ignore[attr-defined]
    assert folder.is_relative_to(TEST_HOME.resolve())
    assert any(folder.iterdir()), "the export compiled no template into the cache"
