"""`python -m infointerview` runs the same CLI as the `infointerview` command."""

from __future__ import annotations

import sys

from infointerview.cli import main

sys.exit(main())
