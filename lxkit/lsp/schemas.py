"""What lxkit's JSON Schemas allow at a YAML path: the keys of a mapping, the values of a field.

Follows ``$ref``, ``oneOf``/``anyOf`` (the object branches) and ``items`` through the shipped
schemas (:func:`lxkit.validation.load_schema`), so completion and hover always say what
``lxkit lint`` checks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from lxkit.lsp.cursor import ITEM
from lxkit.validation import load_schema

Node = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Field:
    """One key a mapping allows: its name, what it is, whether it is required, its description."""

    name: str
    summary: str
    required: bool
    description: str
    container: str
    """``object``, ``array`` or '' (a scalar): how a completion inserts it."""


def node_at(kind: str, path: Sequence[str]) -> list[Node]:
    """The schema nodes a value at ``path`` may match ([] when the schema does not allow the path)."""
    root = load_schema(kind)
    nodes = _alternatives(root, root)
    for component in path:
        nodes = [found for node in nodes for found in _step(root, node, component)]
        if not nodes:
            return []
    return nodes


def _step(root: Node, node: Node, component: str) -> list[Node]:
    if component == ITEM:
        items = node.get("items")
        return _alternatives(root, items) if isinstance(items, Mapping) else []
    properties = node.get("properties")
    if isinstance(properties, Mapping) and isinstance(properties.get(component), Mapping):
        return _alternatives(root, properties[component])
    return []


def _alternatives(root: Node, node: Node) -> list[Node]:
    """``node`` with its ``$ref`` resolved, or each branch of its ``oneOf``/``anyOf``."""
    reference = node.get("$ref")
    if isinstance(reference, str) and reference.startswith("#/"):
        target: Any = root
        for part in reference[2:].split("/"):
            target = target.get(part, {}) if isinstance(target, Mapping) else {}
        merged = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
        return _alternatives(root, merged)
    branches = node.get("oneOf") or node.get("anyOf")
    if isinstance(branches, list):
        extra = {k: v for k, v in node.items() if k not in ("oneOf", "anyOf")}
        return [found for branch in branches for found in _alternatives(root, {**extra, **branch})]
    return [node]


def fields(kind: str, path: Sequence[str]) -> list[Field]:
    """The keys the mapping at ``path`` allows, required ones first, then in the schema's order."""
    found: dict[str, Field] = {}
    root = load_schema(kind)
    for node in node_at(kind, path):
        properties = node.get("properties")
        if not isinstance(properties, Mapping):
            continue
        required = set(node.get("required", ()))
        for name, sub in properties.items():
            if name not in found and isinstance(sub, Mapping):
                alternatives = _alternatives(root, sub)
                found[name] = Field(
                    name, summary(alternatives), name in required, description(alternatives), _container(alternatives)
                )
    return sorted(found.values(), key=lambda field: not field.required)


def values(kind: str, path: Sequence[str]) -> list[str]:
    """The values a field allows when the schema lists them (enums, booleans), else []."""
    allowed: list[str] = []
    for node in node_at(kind, path):
        if isinstance(node.get("enum"), list):
            allowed.extend(str(value) for value in node["enum"])
        elif node.get("type") == "boolean":
            allowed.extend(["true", "false"])
    return list(dict.fromkeys(allowed))


def description(nodes: Sequence[Node]) -> str:
    """The first description among the alternatives of a field ('' when none has one)."""
    return next((str(node["description"]) for node in nodes if node.get("description")), "")


def summary(nodes: Sequence[Node]) -> str:
    """A short statement of what a field holds: ``one of: a, b``, ``list of ...``, ``text``."""
    parts = [_describe(node) for node in nodes]
    return " or ".join(dict.fromkeys(part for part in parts if part)) or "any value"


_TYPE_WORDS = {"string": "text", "integer": "whole number", "number": "number", "boolean": "true or false"}


def _describe(node: Node) -> str:
    if isinstance(node.get("enum"), list):
        return "one of: " + ", ".join(str(value) for value in node["enum"])
    kind = node.get("type")
    if kind == "array":
        return "list"
    if kind == "object":
        properties = node.get("properties")
        keys = ", ".join(properties) if isinstance(properties, Mapping) else ""
        return f"group of fields ({keys})" if keys else "group of fields"
    if isinstance(kind, list):
        return " or ".join(_TYPE_WORDS.get(str(k), str(k)) for k in kind)
    return _TYPE_WORDS.get(str(kind), "")


def _container(nodes: Sequence[Node]) -> str:
    kinds = {str(node.get("type")) for node in nodes}
    if kinds == {"object"}:
        return "object"
    if kinds == {"array"}:
        return "array"
    return ""
