"""The layers as the code states them: views never build SQL nor touch the database package, the database
package never reaches up into services or views, services never reach views, no module borrows another's
private names, and the database modules import each other one way."""

from __future__ import annotations

import ast
from pathlib import Path

import mediator_desk

PACKAGE = Path(mediator_desk.__file__).parent


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        name = ".".join(("mediator_desk", *path.relative_to(PACKAGE).with_suffix("").parts))
        yield name.removesuffix(".__init__"), ast.parse(path.read_text(encoding="utf-8"))


def _imports(tree: ast.AST):
    """(module imported, names taken) for every import, top level or inside a function."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, ()
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module, tuple(alias.name for alias in node.names)


MODULES = dict(_modules())


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_views_build_no_sql_and_never_open_the_database_package():
    wrong = [(name, imported) for name, tree in MODULES.items() if _layer(name) == "views"
             for imported, _ in _imports(tree)
             if imported.split(".")[0] == "sqlalchemy" or imported.startswith("mediator_desk.db")]
    assert wrong == []


def test_lower_layers_never_import_upper_ones():
    above = {"db": ("mediator_desk.services", "mediator_desk.views", "mediator_desk.cli"),
             "services": ("mediator_desk.views", "mediator_desk.cli")}
    wrong = [(name, imported) for name, tree in MODULES.items() if _layer(name) in above
             for imported, _ in _imports(tree) if imported.startswith(above[_layer(name)])]
    assert wrong == []


def test_no_module_takes_another_modules_private_names():
    wrong = [(name, imported, taken) for name, tree in MODULES.items()
             for imported, names in _imports(tree) if imported.startswith("mediator_desk")
             for taken in names if taken.startswith("_") and not taken.startswith("__")]
    assert wrong == []


def test_the_database_modules_import_each_other_one_way():
    graph = {name: {imported for imported, _ in _imports(tree) if imported in MODULES and imported != name}
             for name, tree in MODULES.items() if _layer(name) == "db"}
    seen: dict[str, int] = {}

    def visit(node: str, path: tuple[str, ...]) -> list[tuple[str, ...]]:
        if node in path:
            return [path[path.index(node):] + (node,)]
        if seen.get(node):
            return []
        seen[node] = 1
        return [cycle for nxt in sorted(graph.get(node, ())) for cycle in visit(nxt, path + (node,))]

    cycles = [cycle for start in sorted(graph) for cycle in visit(start, ())]
    assert cycles == []


def test_the_repository_module_states_the_rule_this_file_checks():
    doc = ast.get_docstring(MODULES["mediator_desk.db.repositories"]) or ""
    assert "never in a view" in doc and "only place" not in doc
    cited = [line for tree in MODULES.values() for line in (ast.get_docstring(tree) or "").splitlines()
             if "db/filters.py" in line or "DOMAIN.md" in line]
    assert cited == []
