"""Entry script for the PyInstaller bundle: the same CLI as the ``infointerview`` command."""

from __future__ import annotations

import sys

from infointerview.cli import main

if __name__ == "__main__":
    sys.exit(main())
