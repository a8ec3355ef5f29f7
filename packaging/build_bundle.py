"""Build the standalone Policy Editor: one folder a shop owner without Python runs.

    pip install -e ".[bundle]"
    python packaging/build_bundle.py          # -> dist/policy-editor/

The folder holds the program (``policy-editor``, ``policy-editor.exe`` on
Windows), Python, Qt and every other library, the clauses and resources, the
icon and on Linux a .desktop file with ``install-menu-entry.sh``. PyInstaller
makes it (a one-folder build: it starts faster than a one-file build, which
unpacks itself on every start).

The bundle is made from the built wheel, unpacked into build/bundle/staging,
not from the checkout: so it holds exactly what an installed program holds,
with clauses and resources inside ``editor`` (``editor.clauses``,
``editor.resources``), and nothing of the source tree that a wheel leaves out.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NAME = "policy-editor"
LINUX_FILES = ("policy-editor.desktop", "install-menu-entry.sh")
# Qt libraries the program never loads: leaving them out keeps the folder smaller.
UNUSED_QT = (
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtOpenGL",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDBus",
    "PySide6.QtConcurrent",
    "PySide6.QtXml",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
)
# Python modules the program never needs in the bundle (the test tools above all).
UNUSED_PYTHON = ("tkinter", "pytest", "hypothesis", "IPython", "numpy", "PIL")


def run(command: list[str], cwd: Path = REPO) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, cwd=cwd, check=True)


def build_wheel(work: Path) -> Path:
    dist = work / "wheel"
    shutil.rmtree(dist, ignore_errors=True)
    run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), "."])
    (wheel,) = dist.glob("policy_editor-*.whl")
    return wheel


def unpack(wheel: Path, staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(staging)


def pyinstaller(staging: Path, work: Path, dist: Path, icon: Path) -> Path:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--onedir",
        "--name",
        NAME,
        "--distpath",
        str(dist),
        "--workpath",
        str(work / "pyinstaller"),
        "--specpath",
        str(work),
        "--paths",
        str(staging),
        # Every module of the program (some are imported by name at run time)
        # and every data file inside it: clauses, resources, the icon.
        "--collect-submodules",
        "editor",
        "--collect-data",
        "editor",
        # python-docx reads its templates through its own folders (hooks/hook-docx.py).
        "--additional-hooks-dir",
        str(REPO / "packaging" / "hooks"),
        "--icon",
        str(icon),
        # UTF-8 mode: on Windows a redirected stdout (``check > rapport.txt``, a
        # pipe) is otherwise in the ANSI code page, and a shop name with a
        # character outside it would end the command in a UnicodeEncodeError.
        "--python-option",
        "X utf8",
    ]
    # Windows keeps its console: a windowed .exe would print nothing for
    # ``policy-editor check`` (so a console window shows behind the editor).
    if sys.platform == "darwin":
        command += ["--windowed", "--osx-bundle-identifier", "nl.policyeditor.app"]
    for module in (*UNUSED_QT, *UNUSED_PYTHON):
        command += ["--exclude-module", module]
    command.append(str(REPO / "packaging" / "launcher.py"))
    run(command, cwd=staging)
    return dist / NAME


def add_desktop_files(bundle: Path, icon: Path) -> None:
    """The icon next to the program; on Linux the .desktop file and its installer."""
    shutil.copy(icon, bundle / icon.name)
    if sys.platform.startswith("linux"):
        for name in LINUX_FILES:
            shutil.copy(REPO / "packaging" / "linux" / name, bundle / name)
        (bundle / "install-menu-entry.sh").chmod(0o755)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="where the folder goes")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "bundle")
    args = parser.parse_args(argv)
    work: Path = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    staging = work / "staging"
    unpack(build_wheel(work), staging)
    icon = staging / "editor" / "resources" / "icons" / "policy-editor.png"
    bundle = pyinstaller(staging, work, args.dist.resolve(), icon)
    add_desktop_files(bundle, icon)
    program = bundle / (NAME + (".exe" if sys.platform == "win32" else ""))
    if sys.platform == "darwin":
        program = args.dist.resolve() / f"{NAME}.app" / "Contents" / "MacOS" / NAME
    print(f"Gebouwd: {program}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
