"""Regenerate the translation template from every tr() in the package.

    python packaging/update_translations.py

Writes resources/translations/infointerview.ts with pyside6-lupdate (shipped
with PySide6). Translators copy it to infointerview_<lang>.ts and translate it
in Qt Linguist (pyside6-linguist).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "resources" / "translations" / "infointerview.ts"


def main() -> int:
    tool = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "infointerview").rglob("*.py"))
    TEMPLATE.parent.mkdir(parents=True, exist_ok=True)
    # -no-obsolete: a template carries no translations, so vanished texts go.
    args = [tool, *sources, "-no-obsolete", "-ts", str(TEMPLATE.relative_to(ROOT))]
    return subprocess.call(args, cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
