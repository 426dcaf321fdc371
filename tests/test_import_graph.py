"""lxkit's import graph: no cycles (counting imports inside functions and ``TYPE_CHECKING`` blocks),
and the builder's layers depend one way only.

Every module is parsed with :mod:`ast` and every ``import``/``from ... import`` anywhere in it is an
edge, so a cycle hidden by a function-local import is found as well.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import REPO

PACKAGE = REPO / "lxkit"
LAYERS = ("lxkit.builder.content", "lxkit.builder.render", "lxkit.builder.engine", "lxkit.builder.api")


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in PACKAGE.rglob("*.py")}


def imported_names(name: str, path: Path) -> Iterator[str]:
    """Every module name ``path`` imports, at any depth of its code (relative imports resolved)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def import_graph() -> dict[str, set[str]]:
    """lxkit module -> the lxkit modules it imports (``from p import m`` counts as importing ``p.m``)."""
    known = modules()
    graph: dict[str, set[str]] = {}
    for name, path in known.items():
        targets = {target for target in imported_names(name, path) if target in known and target != name}
        graph[name] = {t for t in targets if not any(o.startswith(t + ".") and o in targets for o in targets)}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of ``graph`` as a list of modules (first repeated at the end), or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*stack[stack.index(target) :], target]
            if target not in state and (found := visit(target)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_graph_sees_function_local_imports() -> None:
    graph = {"a": {"b"}, "b": {"a"}}
    assert find_cycle(graph) == ["a", "b", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_lxkit_has_no_import_cycle() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_page_content_imports_no_mkdocs_or_material() -> None:
    content = [(n, p) for n, p in modules().items() if n.startswith("lxkit.builder.content")]
    assert content
    for name, path in content:
        bad = [t for t in imported_names(name, path) if t.split(".")[0] in ("mkdocs", "material", "pymdownx")]
        assert not bad, f"{name} imports {bad}: page content must not depend on MkDocs or Material"


def test_builder_layers_depend_one_way() -> None:
    graph = import_graph()
    for name, targets in graph.items():
        mine = next((i for i, layer in enumerate(LAYERS) if name.startswith(layer)), None)
        if mine is None:
            continue
        for target in targets:
            theirs = next((i for i, layer in enumerate(LAYERS) if target.startswith(layer)), None)
            assert theirs is None or theirs <= mine, f"{name} imports {target}, a layer above it"


def test_top_level_modules_import_no_package_but_the_schemas() -> None:
    graph = import_graph()
    packages = {name for name, path in modules().items() if path.name == "__init__.py" and name != "lxkit"}
    allowed = {"lxkit.schema"}
    for name, targets in graph.items():
        if name.count(".") != 1 or name == "lxkit.__main__" or name in packages:
            continue
        bad = [t for t in targets if any(t == p or t.startswith(p + ".") for p in packages - allowed)]
        assert not bad, f"{name} imports {bad}: lxkit's top-level modules are the base every package builds on"
