"""The command line: ``export`` and ``check``. Never imports Qt.

Exit codes: 0 success; 1 ``check`` found an error-level finding; 2 the project
could not be read or the output could not be written (one clear line on
stderr, no traceback, no output file left behind).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import re
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from editor import __version__

if TYPE_CHECKING:
    from editor.core.model import Project

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_FAILURE = 2


# argparse's own words (headings, help of -h and --version, errors) in Dutch, like
# ours. Only the texts this parser can show; any other stays as argparse has it.
DUTCH_ARGPARSE = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "expected one argument": "hier hoort een waarde achter",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "ambiguous option: %(option)s could match %(matches)s": (
        "onduidelijke optie: %(option)s kan %(matches)s zijn"
    ),
}


@contextlib.contextmanager
def dutch_argparse() -> Iterator[None]:
    """argparse in Dutch while the parser is built and used.

    argparse looks each text up through its module's gettext alias ``_`` when it
    needs it, so replacing that alias for the run is enough; it is put back
    afterwards for whoever uses argparse next in the same process.
    """
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: DUTCH_ARGPARSE.get(text) or original(text)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


# argparse writes the values in its errors as Python reprs ('pdf'); the program
# quotes with “…” everywhere, so the error line does too.
_REPR_QUOTED = re.compile(r"'([^'\n]*)'")


class _DutchParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        super().error(_REPR_QUOTED.sub(r"“\1”", message))


def build_parser() -> argparse.ArgumentParser:
    parser = _DutchParser(
        prog="policy-editor",
        description=(
            "Policy Editor: schrijf de privacyverklaring van een webwinkel. Zonder opdracht "
            "start het venster; met een bestand opent het venster dat project."
        ),
        epilog=(
            "Voorbeelden:\n"
            "  policy-editor winkel.policy.toml            het venster met dit project\n"
            "  policy-editor export winkel.policy.toml -o privacy.docx\n"
            "  policy-editor export winkel.policy.toml -o privacy.html --fragment\n"
            "  policy-editor export winkel.policy.toml -o nieuw.docx --compare-to-version 1.0\n"
            "  policy-editor check winkel.policy.toml --json\n"
            "  policy-editor check winkels/                  elke winkel in de map, en een totaal\n"
            "  policy-editor export winkels/ -o uit/ --format docx\n"
            "  policy-editor import oude-verklaring.html -o winkel.policy.toml"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Policy Editor {__version__}",
        help="toon het versienummer en stop",
    )
    commands = parser.add_subparsers(dest="command", metavar="OPDRACHT")

    export = commands.add_parser(
        "export",
        help="schrijf de verklaring als Word, HTML of Markdown",
        description="Schrijf de verklaring van een project naar een bestand.",
    )
    export.add_argument(
        "project",
        nargs="+",
        metavar="PROJECT",
        help="het projectbestand (.policy.toml), of meerdere, of een map met projecten",
    )
    export.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="UIT",
        help=(
            "het doelbestand; de extensie (.docx, .html, .md) bepaalt het formaat. Bij "
            "meerdere projecten of een map: de map voor de bestanden (standaard Word)"
        ),
    )
    export.add_argument(
        "--recursive",
        action="store_true",
        help="bij een map: ook de projecten in de mappen eronder",
    )
    export.add_argument(
        "--format", choices=["docx", "html", "md"], help="het formaat, los van de extensie"
    )
    export.add_argument(
        "--fragment",
        action="store_true",
        help="HTML: alleen de verklaring zelf, om in een webwinkelsysteem te plakken",
    )
    export.add_argument(
        "--review",
        action="store_true",
        help="Word: met elke open bevinding van de controle als opmerking, voor de jurist",
    )
    compare = export.add_mutually_exclusive_group()
    compare.add_argument(
        "--compare-to",
        metavar="OUD",
        help="Word: de verschillen met een ouder projectbestand als bijgehouden wijzigingen",
    )
    compare.add_argument(
        "--compare-to-version",
        metavar="NR",
        help="Word: de verschillen met een vastgelegde versie als bijgehouden wijzigingen",
    )
    export.add_argument(
        "--recorded",
        metavar="NR",
        help="schrijf een vastgelegde versie precies zoals die toen was",
    )

    from editor import cli_review

    cli_review.add_parser(commands)

    check = commands.add_parser(
        "check",
        help="controleer wat de wet nog vraagt",
        description="Controleer een project op wat de AVG van de verklaring vraagt.",
    )
    check.add_argument(
        "project",
        nargs="+",
        metavar="PROJECT",
        help="het projectbestand (.policy.toml), of meerdere, of een map met projecten",
    )
    check.add_argument(
        "--json",
        action="store_true",
        help="uitvoer als één JSON-lijst (bij meerdere projecten: één object per project)",
    )
    check.add_argument(
        "--recursive",
        action="store_true",
        help="bij een map: ook de projecten in de mappen eronder",
    )

    importer = commands.add_parser(
        "import",
        help="maak een project van een oude privacyverklaring",
        description=(
            "Lees een oude privacyverklaring (.txt, .md, .html, .docx of .pdf met tekst) en "
            "schrijf een nieuw project met wat erin staat. Elke overgenomen waarde staat als "
            "“te controleren” in het project tot je die bevestigt."
        ),
    )
    importer.add_argument("old", metavar="OUD", help="de oude verklaring")
    importer.add_argument(
        "-o", "--output", required=True, metavar="NIEUW", help="het nieuwe projectbestand"
    )
    importer.add_argument(
        "--overschrijven",
        action="store_true",
        help="schrijf over een bestaand bestand heen (er blijft een reservekopie)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    with dutch_argparse():
        parser = build_parser()
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
        if args.command not in ("export", "check", "import", "import-review"):
            parser.print_help()
            return EXIT_OK
    # One short run over a file of at most 5 MB builds tens of thousands of
    # small objects and hardly any cycles: the cycle collector would only
    # rescan them (about 5 % of a large export). Reference counting still frees
    # memory; the collector comes back on for a caller that runs us in-process.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        if args.command == "import":
            return _import(args)
        if args.command == "import-review":
            from editor import cli_review

            return cli_review.run(args)
        return _many_or_one(args)
    finally:
        if was_enabled:
            gc.enable()


def _many_or_one(args: argparse.Namespace) -> int:
    """``export`` or ``check``: over many shops (cli_batch), or one as it always was."""
    from editor import cli_batch

    if cli_batch.is_batch(args.project):
        try:
            if args.command == "export":
                return cli_batch.export_many(args)
            return cli_batch.check_many(args.project, as_json=args.json, recursive=args.recursive)
        except cli_batch.BatchError as error:
            return _fail(str(error))
    args.project = args.project[0]
    return _export(args) if args.command == "export" else _check(args)


def emit(text: str) -> None:
    """Print ``text`` to stdout; a reader that went away (``| head -1``) is no error.

    Python ignores SIGPIPE, so a closed pipe is a BrokenPipeError here and again
    when the interpreter flushes stdout at exit. Pointing stdout at /dev/null
    silences both; the command still ends with its own exit code.
    """
    try:
        print(text, flush=True)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _fail(message: str) -> int:
    from editor.core.display import printable

    # Messages quote values through shown() already; this keeps any other
    # control character (a file name typed with one) off the terminal.
    print(f"policy-editor: {printable(message)}", file=sys.stderr)
    return EXIT_FAILURE


def _export(args: argparse.Namespace) -> int:
    from editor.core.project_file import ProjectFileError, load_project
    from editor.export.exporter import ExportError, export_file

    if args.fragment and (args.format or "html") != "html" and not args.output.endswith("html"):
        return _fail("--fragment hoort bij HTML-uitvoer.")
    from editor.export.versions import VersionError

    try:
        project = load_project(args.project)
        statement, compare_to = _chosen_statements(project, args)
        written = export_file(
            project,
            args.output,
            args.format,
            fragment=args.fragment,
            review=args.review,
            statement=statement,
            compare_to=compare_to,
        )
    except (ProjectFileError, ExportError, VersionError) as error:
        return _fail(str(error))
    emit(f"Geschreven: {written}")
    return EXIT_OK


def _chosen_statements(project: Project, args: argparse.Namespace) -> tuple[Any, Any]:
    """The statement to write (a recorded one or None for the current) and the one to compare to."""
    from editor.core.project_file import load_project
    from editor.export.assemble import assemble
    from editor.export.versions import find_version, version_statement

    statement = version_statement(find_version(project, args.recorded)) if args.recorded else None
    compare_to = None
    if args.compare_to:
        compare_to = assemble(load_project(args.compare_to))
    elif args.compare_to_version:
        compare_to = version_statement(find_version(project, args.compare_to_version))
    return statement, compare_to


def _check(args: argparse.Namespace) -> int:
    from pathlib import Path

    from editor.core.checks import Severity, check, findings_to_json, format_report
    from editor.core.project_file import ProjectFileError, load_project

    try:
        project = load_project(args.project)
    except ProjectFileError as error:
        return _fail(str(error))
    findings = check(project)
    if args.json:
        emit(findings_to_json(findings))
    else:
        emit(format_report(findings, Path(args.project).name))
    has_error = any(finding.severity == Severity.ERROR for finding in findings)
    return EXIT_FINDINGS if has_error else EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from editor.core.importing import ImportFailed, import_file
    from editor.core.os_errors import describe_os_error
    from editor.core.project_file import ProjectFileError, save_project

    output = Path(args.output)
    if output.exists() and not args.overschrijven:
        return _fail(f"{output.name} bestaat al; kies een andere naam of gebruik --overschrijven.")
    try:
        result = import_file(args.old)
    except ImportFailed as error:
        return _fail(str(error))
    try:
        save_project(result.project, output)
    except ProjectFileError as error:  # the usual failure: says why, in Dutch
        return _fail(str(error))
    except OSError as error:
        return _fail(
            f"{output.name} is niet te schrijven ({describe_os_error(error, writing=True)})."
        )
    emit(f"{output.name}: {result.summary()}")
    return EXIT_OK
