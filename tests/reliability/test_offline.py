"""Offline, provably: the suite cannot reach the network, and the program never tries.

tests/network_guard.py blocks connections for the whole session, in this
process and in the Python subprocesses tests start; these tests prove the
guard is really there (each asserts the guard's own message, so a missing
guard fails them even on a machine without a network), that Unix sockets
still work for Qt and LibreOffice, that the exports work with it on, and that
the program's source holds no networking code at all.
"""

from __future__ import annotations

import ast
import os
import shutil
import socket
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import REPO, SHARED
from tests.network_guard import ENV_FLAG, MESSAGE, OFFLINE_DIR

LUXIGO = SHARED / "examples" / "luxigo.policy.toml"
OUTSIDE = ("1.1.1.1", 80)

# Connecting from a subprocess; prints one line per attempt.
PROBE = """
import socket
attempts = {
    "create_connection": lambda: socket.create_connection(("1.1.1.1", 80), timeout=2),
    "connect": lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM).connect(("1.1.1.1", 80)),
    "getaddrinfo": lambda: socket.getaddrinfo("example.com", 443),
}
for name, attempt in attempts.items():
    try:
        attempt()
        print(name, "CONNECTED")
    except OSError as error:
        print(name, error)
"""


def python_env(**changes: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])
    env.update(changes)
    return env


def run_python(
    *args: str, env: dict[str, str] | None = None, cwd: Path = REPO
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        env=python_env() if env is None else env,
        capture_output=True,
        text=True,
        timeout=120,
    )


# -- the guard in this process --------------------------------------------------


def test_connecting_out_raises_in_the_test_process() -> None:
    with pytest.raises(OSError, match=MESSAGE):
        socket.create_connection(OUTSIDE, timeout=2)
    with pytest.raises(OSError, match=MESSAGE):
        socket.getaddrinfo("example.com", 443)
    with pytest.raises(OSError, match=MESSAGE):
        socket.gethostbyname("example.com")
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as tcp:
        with pytest.raises(OSError, match=MESSAGE):
            tcp.connect(OUTSIDE)
        with pytest.raises(OSError, match=MESSAGE):
            tcp.connect_ex(OUTSIDE)
    with (
        socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as tcp6,
        pytest.raises(OSError, match=MESSAGE),
    ):
        tcp6.connect(("2606:4700::1111", 80))
    with (
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp,
        pytest.raises(OSError, match=MESSAGE),
    ):
        udp.sendto(b"x", ("1.1.1.1", 53))


def test_loopback_is_blocked_too() -> None:
    # Even a local TCP port counts: the program has no reason to open one.
    with pytest.raises(OSError, match=MESSAGE):
        socket.create_connection(("127.0.0.1", 9), timeout=1)


def test_unix_sockets_still_work(tmp_path: Path) -> None:
    left, right = socket.socketpair()
    with left, right:
        left.sendall(b"ping")
        assert right.recv(4) == b"ping"
    address = str(tmp_path / "s")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(address)
        server.listen(1)
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.connect(address)
            connection, _ = server.accept()
            with connection:
                client.sendall(b"pong")
                assert connection.recv(4) == b"pong"


# -- the guard in subprocesses ----------------------------------------------------


def test_the_session_hands_the_guard_to_subprocesses() -> None:
    assert os.environ[ENV_FLAG] == "1"
    assert os.environ["PYTHONPATH"].split(os.pathsep)[0] == str(OFFLINE_DIR)


def test_a_python_subprocess_is_blocked_too() -> None:
    result = run_python("-c", PROBE)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["create_connection", "connect", "getaddrinfo"]
    for line in lines:
        assert MESSAGE in line, line


def test_a_subprocess_with_its_own_pythonpath_is_still_blocked() -> None:
    # tests/test_cli.py and others replace PYTHONPATH; the guard must survive that.
    env = dict(os.environ, PYTHONPATH=str(REPO))
    env.pop(ENV_FLAG)
    result = run_python("-c", PROBE, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count(MESSAGE) == 3, result.stdout


def test_only_the_guard_blocks_a_subprocess() -> None:
    # The control: opting out leaves the socket module as Python made it (no
    # connection is tried, so nothing leaves the machine even then).
    code = "import socket; print(socket.socket.connect.__qualname__, socket.getaddrinfo.__name__)"
    guarded = run_python("-c", code)
    unguarded = run_python("-c", code, env=python_env(**{ENV_FLAG: "0"}))
    assert guarded.stdout.split() == ["connect", "_blocked"]
    assert unguarded.stdout.split() == ["socket.connect", "getaddrinfo"]


# -- the program works offline ------------------------------------------------------


@pytest.mark.parametrize(
    ("suffix", "magic"), [(".docx", b"PK"), (".html", b"<!DOCTYPE"), (".md", b"# ")]
)
def test_cli_export_works_with_the_guard_on(tmp_path: Path, suffix: str, magic: bytes) -> None:
    out = tmp_path / f"luxigo{suffix}"
    code = (
        "import sys, sitecustomize\n"
        "assert sitecustomize.is_installed(), 'guard missing'\n"
        "from editor.__main__ import main\n"
        "sys.exit(main(['policy-editor', 'export', sys.argv[1], '-o', sys.argv[2]]))\n"
    )
    result = run_python("-c", code, str(LUXIGO), str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(magic)
    check = run_python(str(REPO / "main.py"), "check", str(LUXIGO))
    assert check.returncode in (0, 1), check.stderr
    assert "Traceback" not in check.stderr


@pytest.mark.slow
def test_cli_export_works_without_any_network_at_all(tmp_path: Path) -> None:
    """Under ``unshare -n`` there is no interface but loopback, for any program."""
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "-n", "true"], capture_output=True).returncode:
        pytest.skip("unshare -n is not available here (needs root or user namespaces)")
    for suffix in (".docx", ".html", ".md"):
        out = tmp_path / f"luxigo{suffix}"
        result = subprocess.run(
            [
                unshare,
                "-n",
                sys.executable,
                str(REPO / "main.py"),
                "export",
                str(LUXIGO),
                "-o",
                str(out),
            ],
            cwd=REPO,
            env=python_env(**{ENV_FLAG: "0"}),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 1000


class _Loads(HTMLParser):
    """Collects everything in a page that a browser would fetch by itself."""

    def __init__(self) -> None:
        super().__init__()
        self.fetched: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("src", "srcset", "poster", "data") or (tag == "link" and name == "href"):
                self.fetched.append(f"{tag} {name}={value}")


def test_exported_page_fetches_nothing_from_elsewhere() -> None:
    from editor.core.project_file import load_project
    from editor.export.assemble import assemble
    from editor.export.html import render_page, render_preview

    statement = assemble(load_project(LUXIGO))
    for page in (render_page(statement), render_preview(statement)):
        parser = _Loads()
        parser.feed(page)
        assert parser.fetched == []
        assert "@import" not in page
        assert "url(" not in page.lower()


# -- the program's source -----------------------------------------------------------

NETWORK_MODULES = frozenset(
    {
        "socket",
        "ssl",
        "socketserver",
        "urllib.request",
        "urllib3",
        "http.client",
        "http.server",
        "requests",
        "httpx",
        "aiohttp",
        "ftplib",
        "smtplib",
        "poplib",
        "imaplib",
        "telnetlib",
        "xmlrpc.client",
        "PySide6.QtNetwork",
        "PySide6.QtNetworkAuth",
        "PySide6.QtWebEngineCore",
        "PySide6.QtWebEngineWidgets",
        "PySide6.QtWebSockets",
    }
)
NETWORK_NAMES = (
    "QtNetwork",
    "QNetworkAccessManager",
    "QNetworkRequest",
    "QTcpSocket",
    "QUdpSocket",
    "QSslSocket",
    "QWebEngine",
    "QWebSocket",
)


# The socket module also answers a few questions about this computer alone.
LOCAL_SOCKET_NAMES = frozenset({"gethostname"})


def _socket_uses(tree: ast.AST, filename: str) -> list[str]:
    """Uses of the socket module beyond its local questions (socket.gethostname())."""
    found = []
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.asname or alias.name for alias in node.names if alias.name == "socket"}
        elif isinstance(node, ast.ImportFrom) and node.module == "socket":
            found += [
                f"{filename}:{node.lineno}: socket.{alias.name}"
                for alias in node.names
                if alias.name not in LOCAL_SOCKET_NAMES
            ]
    local_calls = 0
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in names
        ):
            if node.attr not in LOCAL_SOCKET_NAMES:
                found.append(f"{filename}:{node.lineno}: socket.{node.attr}")
            else:
                local_calls += 1
    # The module handed on as a whole (f(socket)) could be used for anything.
    mentions = sum(isinstance(n, ast.Name) and n.id in names for n in ast.walk(tree))
    if mentions > local_calls:
        found.append(f"{filename}: the socket module itself is passed around")
    return found


def network_uses(source: str, filename: str = "<source>") -> list[str]:
    """Every import of a network module, and every mention of Qt's network classes."""
    tree = ast.parse(source, filename)
    found = _socket_uses(tree, filename)
    for node in ast.walk(tree):
        modules: list[str] = []
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names if alias.name != "socket"]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module != "socket":
            modules = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            modules = [node.value]  # importlib.import_module("socket") and the like
        for module in modules:
            if any(module == bad or module.startswith(bad + ".") for bad in NETWORK_MODULES):
                found.append(f"{filename}:{node.lineno}: {module}")  # type: ignore[attr-defined]
    found += [f"{filename}: {name}" for name in NETWORK_NAMES if name in source]
    return found


def test_the_scanner_finds_network_code() -> None:
    planted = (
        "import socket\n"
        "from urllib import request\n"
        "from http.client import HTTPSConnection\n"
        "from PySide6 import QtNetwork\n"
        "from PySide6.QtNetwork import QNetworkAccessManager\n"
        "import importlib\n"
        "requests = importlib.import_module('requests')\n"
        "socket.create_connection(('example.com', 80))\n"
    )
    found = "\n".join(network_uses(planted))
    for module in ("urllib.request", "http.client", "PySide6.QtNetwork", "requests"):
        assert f": {module}" in found
    assert "socket.create_connection" in found
    assert "QNetworkAccessManager" in found
    assert network_uses("import json\nfrom pathlib import Path\nprint('socket?')\n") == []


def test_the_scanner_allows_only_the_local_socket_calls() -> None:
    assert network_uses("import socket\nname = socket.gethostname()\n") == []
    assert network_uses("from socket import gethostname\n") == []
    assert network_uses("from socket import socket\n") != []
    assert network_uses("import socket as s\ns.socket().connect(('a', 1))\n") != []
    assert network_uses("import socket\nuse(socket)\n") != []


def test_the_program_source_has_no_network_code() -> None:
    files = [*sorted((REPO / "editor").rglob("*.py")), REPO / "main.py"]
    assert len(files) > 20  # the scan really looked at the program
    found = []
    for file in files:
        found += network_uses(file.read_text(encoding="utf-8"), str(file.relative_to(REPO)))
    assert found == []
