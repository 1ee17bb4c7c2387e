"""The import graph of Gatehouse's own modules (app/, db/, ui/) and the cycles in it.

    python3 -m tools.import_graph            print every cycle; exit 1 when there is one
    python3 -m tools.import_graph --edges    print the whole graph, one ``module -> module`` a line

Only the standard library's ``ast`` reads the sources; nothing is imported or executed.

What counts as an edge from module A to module B:
- every ``import B`` / ``from B import x`` in A, wherever it is: at module level, inside a function or
  a method (a function-local import is still a dependency of A on B; deferring it only hides a cycle
  until the function runs, so it is counted), and inside ``try`` blocks;
- ``from package import name`` points at ``package.name`` when that is a module, else at ``package``;
- relative imports are resolved against A's package.

What is not an edge:
- imports under ``if TYPE_CHECKING:`` (they never run; annotations only), the one accepted way to name
  a type from a module that depends on A;
- the packages above B (``import app.keys.rows`` runs ``app/keys/__init__.py`` too, but a package's
  ``__init__`` is counted only when it is imported by name, otherwise every re-exporting package would
  look like a cycle with its own modules);
- imports of anything outside app/, db/ and ui/ (the standard library, Qt, SQLAlchemy …).

A cycle is a strongly connected component of more than one module (Tarjan's algorithm); for each one
the report shows the modules and one shortest loop through them, so you can see which import to move.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("app", "db", "ui")

Graph = dict[str, set[str]]


def module_files(root: Path = ROOT, packages: Iterable[str] = PACKAGES) -> dict[str, Path]:
    """Every module of the packages by dotted name (a package by its own name, for its ``__init__``)."""
    found: dict[str, Path] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement, skipping the bodies of ``if TYPE_CHECKING:`` (their ``else`` still runs)."""
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
            continue
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        stack.extend(ast.iter_child_nodes(node))


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
    return ".".join([*base, node.module] if node.module else base)


def imports_of(module: str, path: Path, known: Iterable[str]) -> set[str]:
    """The modules of ``known`` that ``module`` (read from ``path``) imports, as edges are defined above."""
    names = set(known)
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    targets: set[str] = set()
    for node in _imports(tree):
        if isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        else:
            source = _resolve(module, is_package, node)
            candidates = [
                f"{source}.{alias.name}" if f"{source}.{alias.name}" in names else source for alias in node.names
            ]
        for candidate in candidates:
            # ``import app.keys.rows`` and ``from app.keys.rows.x import y`` both name the longest known prefix
            parts = candidate.split(".")
            while parts and ".".join(parts) not in names:
                parts.pop()
            if parts and ".".join(parts) != module:
                targets.add(".".join(parts))
    return targets


def build_graph(root: Path = ROOT, packages: Iterable[str] = PACKAGES) -> Graph:
    files = module_files(root, packages)
    return {module: imports_of(module, path, files) for module, path in files.items()}


def cycles(graph: Graph) -> list[list[str]]:
    """The strongly connected components of more than one module, each sorted, largest first."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in graph:
                    continue
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return sorted(found, key=lambda component: (-len(component), component))


def shortest_loop(graph: Graph, component: list[str]) -> list[str]:
    """One shortest path from the component's first module back to itself, inside the component."""
    members = set(component)
    start = component[0]
    previous: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for child in sorted(graph[node] & members):
            if child == start:
                path = [node]
                while path[-1] != start:
                    path.append(previous[path[-1]])
                return [start, *reversed(path[:-1]), start] if node != start else [start, start]
            if child not in previous:
                previous[child] = node
                queue.append(child)
    return [start]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--edges", action="store_true", help="print every edge instead of the cycles")
    args = parser.parse_args(argv)
    graph = build_graph()
    if args.edges:
        for module in sorted(graph):
            for target in sorted(graph[module]):
                print(f"{module} -> {target}")
        return 0
    found = cycles(graph)
    for component in found:
        print(f"cycle of {len(component)} modules: {', '.join(component)}")
        print(f"  for example: {' -> '.join(shortest_loop(graph, component))}")
    edges = sum(len(targets) for targets in graph.values())
    print(f"{len(graph)} modules, {edges} imports between them, {len(found)} cycles", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
