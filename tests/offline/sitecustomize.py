"""Network guard for every Python process the test suite starts.

Python imports ``sitecustomize`` at start-up from the first folder on its path
that has one. The test suite (tests/network_guard.py) puts this folder first on
PYTHONPATH and sets POLICY_EDITOR_OFFLINE_GUARD=1, so a subprocess that
connects anywhere gets an OSError instead of a connection. Unix sockets stay
allowed: Qt, X11 and LibreOffice talk over them on this machine only.

This file must stand alone (a subprocess may not have the repository on its
path), and it loads the next ``sitecustomize`` on the path, if any, so the
environment's own start-up code still runs.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import sys
from typing import Any

ENV_FLAG = "POLICY_EDITOR_OFFLINE_GUARD"
MESSAGE = "network blocked by the test suite"
HERE = os.path.dirname(os.path.abspath(__file__))

_ORIGINALS: dict[tuple[Any, str], Any] = {}


class NetworkBlockedError(OSError):
    """A connection (or a name lookup) was attempted while the suite is offline."""


def _blocked(*_args: Any, **_kwargs: Any) -> Any:
    raise NetworkBlockedError(MESSAGE)


def _allowed(sock: socket.socket) -> bool:
    return getattr(socket, "AF_UNIX", None) is not None and sock.family == socket.AF_UNIX


def _guard_method(name: str) -> Any:
    original = getattr(socket.socket, name)

    def guarded(self: socket.socket, *args: Any, **kwargs: Any) -> Any:
        if not _allowed(self):
            raise NetworkBlockedError(f"{MESSAGE}: {name}{args!r}")
        return original(self, *args, **kwargs)

    guarded.__name__ = guarded.__qualname__ = name
    return guarded


def _patch(owner: Any, name: str, replacement: Any) -> None:
    _ORIGINALS.setdefault((owner, name), getattr(owner, name))
    setattr(owner, name, replacement)


def install() -> None:
    """Block every non-Unix connection, datagram and name lookup in this process."""
    if is_installed():
        return
    # Methods of socket.socket: connecting, and sending datagrams to an address.
    for name in ("connect", "connect_ex", "sendto", "sendmsg"):
        _patch(socket.socket, name, _guard_method(name))
    # Module functions: these always mean the network (DNS or TCP).
    for name in (
        "create_connection",
        "getaddrinfo",
        "gethostbyname",
        "gethostbyname_ex",
        "gethostbyaddr",
    ):
        _patch(socket, name, _blocked)


def uninstall() -> None:
    for (owner, name), original in _ORIGINALS.items():
        setattr(owner, name, original)
    _ORIGINALS.clear()


def is_installed() -> bool:
    return bool(_ORIGINALS)


def _load_next_sitecustomize() -> None:
    """Run the sitecustomize this one shadows (later on sys.path), if there is one."""
    for folder in sys.path:
        if not folder or os.path.abspath(folder) == HERE:
            continue
        candidate = os.path.join(folder, "sitecustomize.py")
        if os.path.isfile(candidate):
            spec = importlib.util.spec_from_file_location("_shadowed_sitecustomize", candidate)
            if spec is not None and spec.loader is not None:
                module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(module)
            return


if __name__ == "sitecustomize":
    if os.environ.get(ENV_FLAG) == "1":
        install()
    _load_next_sitecustomize()
