"""The model layer stays free of Qt (STYLE.md): checked by source and at import."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "infointerview"


@pytest.mark.parametrize("layer", ["domain", "store", "services"])
def test_layer_source_never_imports_qt(layer: str) -> None:
    offenders = []
    for path in (PACKAGE / layer).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in names):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


def test_importing_domain_and_store_loads_no_qt() -> None:
    code = (
        "import sys, pkgutil, importlib\n"
        "import infointerview.domain, infointerview.store, infointerview.services\n"
        "for pkg in (infointerview.domain, infointerview.store, infointerview.services):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(pkg.__name__ + '.' + m.name)\n"
        "print(sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=PACKAGE.parent,
    )
    assert out.stdout.strip() == "[]"
