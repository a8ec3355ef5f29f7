"""The bundle's entry point: what ``policy-editor`` runs (PyInstaller starts this)."""

import sys

from editor.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
