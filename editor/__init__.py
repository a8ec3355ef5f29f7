"""Policy Editor: drafts a Dutch webshop's privacy statement, offline."""

__version__ = "0.1.0"
