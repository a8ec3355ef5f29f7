"""The wider measure as a table: ``python -m tests.core.importing.fact_report``.

One row per measured statement (the seeds and the statements written for the
tests), with facts found / stated per kind and the facts the import invented.
The table in docs/performance.md is this script's output.
"""

from __future__ import annotations

from editor.core.importing import import_file
from tests.core.importing.fact_cases import CASES
from tests.core.importing.facts import KINDS, FactScore, load_expected, score_facts


def score_case(name: str) -> FactScore:
    source, facts = CASES[name]
    return score_facts(import_file(source).project, load_expected(facts))


def main() -> None:
    print("| statement | " + " | ".join(KINDS) + " | found | invented |")
    print("|---" * (len(KINDS) + 3) + "|")
    total_found = total_stated = total_invented = 0
    for name in CASES:
        score = score_case(name)
        cells = [f"{s.found}/{s.stated}" if s.stated else "–" for s in score.kinds.values()]
        invented = len(score.invented)
        total_found += score.found
        total_stated += score.stated
        total_invented += invented
        print(
            f"| {name} | " + " | ".join(cells) + f" | {score.found}/{score.stated} | {invented} |"
        )
        for line in score.invented:
            print(f"|   invented: {line} |")
    print(
        f"| **all** | {'| ' * len(KINDS)}**{total_found}/{total_stated}** | **{total_invented}** |"
    )


if __name__ == "__main__":
    main()
