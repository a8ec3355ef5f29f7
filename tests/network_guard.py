"""Pytest plugin: the whole suite runs offline, provably.

Policy Editor promises that nothing leaves the machine. This plugin makes
every test prove it: from the start of the session, connecting a non-Unix
socket (or looking up a host name) raises NetworkBlockedError, in the pytest
process and in every Python subprocess a test starts. Subprocesses get the
guard through tests/offline/sitecustomize.py: its folder goes first on
PYTHONPATH and POLICY_EDITOR_OFFLINE_GUARD=1 asks it to act.

A test that builds its own environment for a subprocess (``env=...``) often
replaces PYTHONPATH; subprocess.Popen is wrapped so such an environment gets
the guard folder and the flag back. A test that really needs a subprocess
without the guard passes POLICY_EDITOR_OFFLINE_GUARD=0 in that environment.
Python started with -I, -E or -S ignores PYTHONPATH or site and runs
unguarded; soffice and other non-Python programs are not covered (the
offline tests run the export under ``unshare -n`` for that, where possible).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

OFFLINE_DIR = Path(__file__).resolve().parent / "offline"
ENV_FLAG = "POLICY_EDITOR_OFFLINE_GUARD"


def _load_guard() -> ModuleType:
    # Loaded by file under its own name: "sitecustomize" may be taken in this process.
    spec = importlib.util.spec_from_file_location(
        "policy_editor_offline_guard", OFFLINE_DIR / "sitecustomize.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


guard = _load_guard()
NetworkBlockedError: type[OSError] = guard.NetworkBlockedError
MESSAGE: str = guard.MESSAGE

_saved_environment: dict[str, str | None] = {}
_original_popen_init = subprocess.Popen.__init__


def with_guard_path(python_path: str) -> str:
    """PYTHONPATH with the guard's folder first (once)."""
    parts = [part for part in python_path.split(os.pathsep) if part]
    parts = [part for part in parts if Path(part).resolve() != OFFLINE_DIR]
    return os.pathsep.join([str(OFFLINE_DIR), *parts])


def guarded_environment(env: Mapping[Any, Any]) -> Mapping[Any, Any]:
    """A copy of a subprocess environment that keeps the guard, unless it opts out."""
    if any(not isinstance(key, str) for key in env) or env.get(ENV_FLAG, "1") != "1":
        return env
    copy = dict(env)
    copy[ENV_FLAG] = "1"
    copy["PYTHONPATH"] = with_guard_path(copy.get("PYTHONPATH", ""))
    return copy


def _guarded_popen_init(self: subprocess.Popen[Any], *args: Any, **kwargs: Any) -> None:
    if kwargs.get("env") is not None:
        kwargs["env"] = guarded_environment(kwargs["env"])
    _original_popen_init(self, *args, **kwargs)


def pytest_configure(config: pytest.Config) -> None:
    guard.install()
    for name in (ENV_FLAG, "PYTHONPATH"):
        _saved_environment[name] = os.environ.get(name)
    os.environ[ENV_FLAG] = "1"
    os.environ["PYTHONPATH"] = with_guard_path(os.environ.get("PYTHONPATH", ""))
    subprocess.Popen.__init__ = _guarded_popen_init  # type: ignore[method-assign]


def pytest_unconfigure(config: pytest.Config) -> None:
    subprocess.Popen.__init__ = _original_popen_init  # type: ignore[method-assign]
    for name, value in _saved_environment.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    _saved_environment.clear()
    guard.uninstall()


def pytest_report_header(config: pytest.Config) -> str:
    return f"network: blocked (tests/network_guard.py; subprocesses via {OFFLINE_DIR.name}/)"
