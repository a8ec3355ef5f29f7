"""``policy-editor import-review``: a lawyer's edited Word file, read back into a project.

Without ``--accept`` it lists the changes and writes nothing; ``--accept all``
takes every change that can be a part's own text or a new section, writes the
new project and lists the rest (changes in tables of facts, to make in the
forms). Never imports Qt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor.core.display import printable
from editor.core.os_errors import describe_os_error

EXIT_OK = 0
EXIT_FAILURE = 2


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    review = commands.add_parser(
        "import-review",
        help="lees de wijzigingen van de jurist in een Word-bestand terug",
        description=(
            "Vergelijk een door de jurist bewerkt Word-bestand met de verklaring die het "
            "programma maakte, en neem de wijzigingen over in een nieuw projectbestand."
        ),
    )
    review.add_argument("lawyer", metavar="JURIST.docx", help="het bewerkte Word-bestand")
    review.add_argument("project", metavar="PROJECT", help="het projectbestand (.policy.toml)")
    review.add_argument("-o", "--output", metavar="NIEUW", help="het nieuwe projectbestand")
    review.add_argument(
        "--accept",
        choices=["all"],
        help="all: neem elke wijziging over die een eigen tekst of nieuw onderdeel kan worden",
    )


def run(args: argparse.Namespace) -> int:
    from editor.core.project_file import ProjectFileError, load_project, save_project
    from editor.export.review_import import ReviewError, accept_all, read_review

    if args.accept and not args.output:
        return _fail("--accept all schrijft een nieuw project: geef het met -o NIEUW.policy.toml.")
    try:
        project = load_project(args.project)
        lawyer = Path(args.lawyer).read_bytes()
        result = read_review(project, lawyer)
    except ProjectFileError as error:
        return _fail(str(error))
    except ReviewError as error:
        return _fail(f"{Path(args.lawyer).name}: {error}")
    except OSError as error:
        return _fail(f"{Path(args.lawyer).name}: {describe_os_error(error)}.")
    print(f"Vergeleken met {result.compared_with}: {_count(len(result.changes))}.")
    for warning in result.warnings:
        print(f"Let op: {warning}")
    for change in result.changes:
        title = change.title or change.new_title
        print(f"- {printable(title)} [{_KIND_WORDS[change.kind]}]")
        for note in change.notes:
            print(f"    {printable(note)}")
        for comment in change.comments:
            print(f"    opmerking van {printable(comment.author)}: {printable(comment.text)}")
    if not args.accept:
        if result.changes:
            print("Niets geschreven; neem alles over met --accept all -o NIEUW.policy.toml.")
        return EXIT_OK
    updated, done = accept_all(project, result)
    try:
        save_project(updated, args.output)
    except ProjectFileError as error:
        return _fail(str(error))
    for line in done:
        print(f"Overgenomen: {printable(line)}")
    print(f"Geschreven: {args.output}")
    return EXIT_OK


_KIND_WORDS = {
    "text": "tekst gewijzigd",
    "facts": "gegevens in tabellen: pas ze aan in de formulieren",
    "new": "nieuw onderdeel",
    "removed": "geschrapt",
    "comment": "alleen een opmerking",
}


def _count(changed: int) -> str:
    if changed == 0:
        return "geen wijzigingen"
    return f"{changed} {'onderdeel' if changed == 1 else 'onderdelen'} met wijzigingen"


def _fail(message: str) -> int:
    print(f"policy-editor: {printable(message)}", file=sys.stderr)
    return EXIT_FAILURE
