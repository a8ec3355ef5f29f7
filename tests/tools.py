"""Outside tools some tests need (LibreOffice, Java, Xvfb, pandoc).

Where a tool is missing the test skips with a reason, so the README's test
command passes on a machine with only Python and pip. CI installs the tools
and sets POLICY_EDITOR_REQUIRE_TOOLS=1, which turns those skips into failures.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def tools_required() -> bool:
    return os.environ.get("POLICY_EDITOR_REQUIRE_TOOLS") == "1"


def require_tool(name: str, why: str = "") -> str:
    """The tool's full path; skip (or fail under CI) when it is not installed."""
    path = shutil.which(name)
    if path:
        return path
    reason = f"{name} is not installed" + (f" ({why})" if why else "")
    if tools_required():
        pytest.fail(f"{reason}, and POLICY_EDITOR_REQUIRE_TOOLS=1 makes it mandatory")
    pytest.skip(reason)


def libreoffice_pdf(source: Path) -> Path:
    """``source`` (a .docx) converted to PDF by LibreOffice, next to it."""
    soffice = require_tool("soffice", "LibreOffice renders the Word file")
    result = subprocess.run(
        [
            soffice,
            # Its own profile: a LibreOffice already running (another test run,
            # the user's own) would otherwise take the job or refuse it.
            f"-env:UserInstallation={(source.parent / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(source.parent),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    pdf = source.with_suffix(".pdf")
    assert pdf.exists(), result.stdout + result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    return pdf


def pdf_text(pdf: Path) -> str:
    """The text poppler's pdftotext reads from ``pdf``."""
    pdftotext = require_tool("pdftotext", "poppler reads the converted PDF")
    result = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout
