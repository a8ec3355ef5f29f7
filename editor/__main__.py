"""Start Policy Editor: the window, or a command-line subcommand.

``policy-editor export ...``, ``check ...``, ``import ...`` and
``import-review ...`` (and options such as ``--version``) go to the command
line, which never imports Qt, so it runs on a server without a screen.
Anything else opens the window.
"""

from __future__ import annotations

import sys

CLI_COMMANDS = frozenset({"export", "check", "import", "import-review"})


def wants_cli(argv: list[str]) -> bool:
    """True when the arguments ask for the command line instead of the window."""
    return len(argv) > 1 and (argv[1] in CLI_COMMANDS or argv[1].startswith("-"))


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv if argv is None else argv)
    if wants_cli(args):
        from editor.cli import main as cli_main

        return cli_main(args[1:])
    # Imported here so the command line never loads Qt.
    from editor.ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    raise SystemExit(main())
