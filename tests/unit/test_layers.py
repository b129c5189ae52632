"""The layers of STYLE.md hold: the import contracts in pyproject.toml, no import
cycle between any two modules, and no Qt loaded by the model layers at run time."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import grimp
import pytest
from importlinter import api

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "infointerview"
CONTRACTS = {
    contract["id"]: contract["name"]
    for contract in api.read_configuration(str(ROOT / "pyproject.toml"))["contracts_options"]
}

# Breaks that exist today and are being removed on other branches. Each is listed
# exactly: a new break fails at once, and so does a fixed one still listed here
# (delete it from this table when its fix lands).
KNOWN_BREAKS: dict[str, set[tuple[str, str]]] = {}
"""Imports a contract allows for now, by contract id (none: every contract holds)."""
KNOWN_CYCLES: list[list[str]] = []


_BROKEN_IMPORT = re.compile(r"^-\s+(\S+) -> (\S+) \((?:l\.\d+|\d+ imports?)\)", re.MULTILINE)


def lint_imports(contract_id: str) -> subprocess.CompletedProcess[str]:
    """``lint-imports`` for one contract, with this interpreter, on this checkout."""
    code = (
        "import sys\n"
        "from importlinter.cli import lint_imports_command\n"
        "sys.argv[0] = 'lint-imports'\n"
        "lint_imports_command()\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, "--no-cache", "--no-logo", "--contract", contract_id,
         str(ROOT / "pyproject.toml")],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )


def test_the_contracts_cover_every_layer() -> None:
    assert set(CONTRACTS) == {
        "domain-pure", "model-no-qt", "services-no-ui", "ui-through-services", "no-cycles",
    }


@pytest.mark.parametrize("contract_id", sorted(CONTRACTS))
def test_import_contract(contract_id: str) -> None:
    run = lint_imports(contract_id)
    report = run.stdout + run.stderr
    assert f"{CONTRACTS[contract_id]} " in report, report  # the contract was checked
    broken = set(_BROKEN_IMPORT.findall(report))
    assert broken == KNOWN_BREAKS.get(contract_id, set()), report
    assert run.returncode == (1 if broken else 0), report


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Groups of modules that import each other, directly or through others (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return sorted(groups)


def test_no_import_cycle_between_any_modules() -> None:
    """Finer than the no-cycles contract: it names every module in a cycle, and also
    sees a package's ``__init__`` importing one of its own modules and back."""
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 5000))
    cycles = _cycles(grimp.build_graph("infointerview", cache_dir=None))
    assert cycles == KNOWN_CYCLES


def test_cycle_finder_finds_a_cycle() -> None:
    graph = grimp.ImportGraph()
    for importer, imported in [("p.a", "p.b"), ("p.b", "p.c"), ("p.c", "p.a"), ("p.c", "p.d"),
                               ("p.d", "p.e"), ("p.e", "p.d"), ("p.f", "p.a")]:
        graph.add_import(importer=importer, imported=imported)
    assert _cycles(graph) == [["p.a", "p.b", "p.c"], ["p.d", "p.e"]]


def test_importing_domain_and_store_loads_no_qt() -> None:
    """At run time too (the contracts read import statements; this also sees what
    the modules load by other means)."""
    code = (
        "import sys, pkgutil, importlib\n"
        "import infointerview.domain, infointerview.store, infointerview.services\n"
        "import infointerview.interchange\n"
        "for pkg in (infointerview.domain, infointerview.store, infointerview.services,\n"
        "            infointerview.interchange):\n"
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
