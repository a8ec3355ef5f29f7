"""Large projects for the benchmarks: many processors, kinds of data and cookies.

``python benchmarks/large_project.py OUT.policy.toml --processors 200`` writes
one; the benchmark script calls :func:`large_project` directly.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from editor.core.model import (
    Address,
    Cookie,
    CookieKind,
    DataCategory,
    LegalBasis,
    Processor,
    Project,
    Relationship,
    ServiceKind,
    TransferSafeguard,
)
from editor.core.project_file import save_project

_BASES = [
    LegalBasis.CONTRACT,
    LegalBasis.CONSENT,
    LegalBasis.LEGAL_OBLIGATION,
    LegalBasis.LEGITIMATE_INTERESTS,
]
_COUNTRIES = [
    ("NL", TransferSafeguard.NONE),
    ("DE", TransferSafeguard.NONE),
    ("US", TransferSafeguard.DPF),
    ("GB", TransferSafeguard.ADEQUACY),
    ("IN", TransferSafeguard.SCC),
]
_SERVICES = list(ServiceKind)
_KINDS = list(CookieKind)


def large_project(
    processors: int = 200, categories: int = 60, items: int = 8, cookies: int = 150
) -> Project:
    project = Project()
    project.document.address = Address.FORMAL
    project.document.effective_date = dt.date(2026, 1, 1)
    project.document.version = "9.9"
    org = project.organisation
    org.name, org.address, org.postal_code, org.city = (
        "Groot Warenhuis",
        "Markt 1",
        "1011 AB",
        "Amsterdam",
    )
    org.email, org.phone, org.website = "privacy@groot.nl", "020 123 4567", "https://groot.nl"
    project.privacy_contact.email = "fg@groot.nl"
    project.privacy_contact.is_dpo = True
    for i in range(categories):
        basis = _BASES[i % len(_BASES)]
        project.data_categories.append(
            DataCategory(
                name=f"Gegevenssoort {i + 1}",
                items=[f"Gegeven {i + 1}.{j + 1}" for j in range(items)],
                purposes=[f"Doel {i + 1}a van deze verwerking", f"Doel {i + 1}b"],
                legal_basis=basis,
                legitimate_interest="Een goed werkende winkel"
                if basis is LegalBasis.LEGITIMATE_INTERESTS
                else "",
                retention=f"{i % 7 + 1} jaar",
                required=i % 3 == 0,
            )
        )
    for i in range(processors):
        country, safeguard = _COUNTRIES[i % len(_COUNTRIES)]
        project.processors.append(
            Processor(
                name=f"Dienstverlener {i + 1}",
                service=_SERVICES[i % len(_SERVICES)],
                purpose=f"Ondersteuning bij taak {i + 1}",
                data=["Naam", "E-mailadres", f"Kenmerk {i + 1}"],
                country=country,
                transfer_safeguard=safeguard,
                agreement=True,
                relationship=Relationship.PROCESSOR if i % 4 else Relationship.CONTROLLER,
                privacy_url=f"https://dienst{i + 1}.example/privacy",
            )
        )
    for i in range(cookies):
        kind = _KINDS[i % len(_KINDS)]
        project.cookies.append(
            Cookie(
                name=f"cookie_{i + 1}",
                provider=f"Dienstverlener {i % processors + 1}"
                if processors
                else "Groot Warenhuis",
                kind=kind,
                description=f"Onthoudt instelling {i + 1}",
                retention="1 jaar",
                consent=kind is not CookieKind.FUNCTIONAL,
            )
        )
    project.options.newsletter = True
    project.options.security_measures = ["TLS", "Back-ups", "Toegangsbeheer"]
    return project


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", type=Path)
    parser.add_argument("--processors", type=int, default=200)
    parser.add_argument("--categories", type=int, default=60)
    parser.add_argument("--items", type=int, default=8)
    parser.add_argument("--cookies", type=int, default=150)
    args = parser.parse_args()
    save_project(
        large_project(args.processors, args.categories, args.items, args.cookies), args.output
    )


if __name__ == "__main__":
    main()
