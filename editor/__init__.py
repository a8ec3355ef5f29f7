"""Policy Editor: drafts a Dutch webshop's privacy statement, offline."""

from editor import source_tree

__version__ = "0.1.0"

source_tree.install()  # a checkout run without installing finds its clauses/ and resources/
