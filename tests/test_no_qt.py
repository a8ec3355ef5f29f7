"""editor.core and editor.export never import Qt (architecture rule 1)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def test_core_export_and_cli_leave_pyside6_out() -> None:
    code = (
        "import sys, pkgutil, importlib\n"
        "import editor.core, editor.export, editor.cli\n"
        "for pkg in (editor.core, editor.export):\n"
        "    for mod in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(mod.name)\n"
        "from editor.export.exporter import render_bytes\n"
        "from editor.core.model import Project\n"
        "for fmt in ('html', 'md', 'docx'):\n"
        "    render_bytes(Project(), fmt)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
