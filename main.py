"""Run Policy Editor from the source tree: ``python main.py [FILE]``."""

from editor.__main__ import main

if __name__ == "__main__":
    raise SystemExit(main())
