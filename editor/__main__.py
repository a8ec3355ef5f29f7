"""Start Policy Editor: the window, or a command-line subcommand.

``policy-editor export ...``, ``check ...``, ``import ...`` and
``import-review ...`` (and options such as ``--version``) go to the command
line, which never imports Qt, so it runs on a server without a screen.
No argument, an existing file or a name ending in ``.policy.toml`` (a new
project) opens the window. Any other word is a typo of a command
(``policy-editor exprot x``): it ends with one line naming the commands and
exit code 2, and never starts the window (without a screen Qt would abort).
"""

from __future__ import annotations

import os
import sys

# In the order the one-line message names them.
CLI_COMMANDS = ("export", "check", "import", "import-review")
PROJECT_SUFFIX = ".policy.toml"
EXIT_USAGE = 2


def wants_cli(argv: list[str]) -> bool:
    """True when the arguments ask for the command line instead of the window."""
    return len(argv) > 1 and (argv[1] in CLI_COMMANDS or argv[1].startswith("-"))


def opens_window(argv: list[str]) -> bool:
    """True when the arguments ask for the window: none, or a project to open."""
    if len(argv) < 2:
        return True
    target = argv[1]
    return target.lower().endswith(PROJECT_SUFFIX) or os.path.isfile(target)


def unknown_command(word: str) -> str:
    from editor.core.display import shown

    commands = ", ".join(CLI_COMMANDS[:-1]) + " of " + CLI_COMMANDS[-1]
    return (
        f"policy-editor: “{shown(word)}” is geen opdracht en geen bestand; "
        f"kies {commands}, of geef een projectbestand (.policy.toml). Meer: policy-editor --help"
    )


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv if argv is None else argv)
    if wants_cli(args):
        from editor.cli import main as cli_main

        return cli_main(args[1:])
    if not opens_window(args):
        print(unknown_command(args[1]), file=sys.stderr)
        return EXIT_USAGE
    # Imported here so the command line never loads Qt.
    from editor.ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    raise SystemExit(main())
