"""Which packages the wheel holds; everything else is in pyproject.toml.

``clauses/`` and ``resources/`` stay at the top of the repository, where a
lawyer or translator finds them, but they install inside the program's own
namespace as ``editor.clauses`` and ``editor.resources``: generic top-level
names in site-packages would collide with any other project's. pyproject.toml
can list packages or find them, not both, and the two mapped packages are not
found under ``editor/``; this file finds the rest and adds those two, so a new
subpackage of ``editor`` never has to be listed by hand.
"""

from setuptools import find_namespace_packages, find_packages, setup

DATA_PACKAGES = {"editor.clauses": "clauses", "editor.resources": "resources"}


def data_packages() -> list[str]:
    """The two data packages and their folders (``editor.clauses.nl``), which hold no code."""
    names = []
    for package, folder in DATA_PACKAGES.items():
        names.append(package)
        names += [f"{package}.{sub}" for sub in find_namespace_packages(where=folder)]
    return names


setup(
    packages=[*find_packages(include=["editor", "editor.*"]), *data_packages()],
    package_dir=DATA_PACKAGES,
)
