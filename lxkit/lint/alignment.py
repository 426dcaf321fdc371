"""Constructive alignment: which objectives the session, the exercise and the check refer to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lxkit.lint.locate import item_key
from lxkit.model import Module, Objective
from lxkit.sourcefile import KeyPath, SourceFile
from lxkit.values import fields, items, text


@dataclass(frozen=True, slots=True)
class Reference:
    """An objective id listed by an activity, the exercise or a question, with its key path."""

    key: KeyPath
    objective: str
    owner: str


def objective_references(source: SourceFile) -> list[Reference]:
    """Every ``objectives: [...]`` entry of the session's activities, the exercise and the check."""
    data = fields(source.data)
    found: list[Reference] = []
    for index, activity in enumerate(items(fields(data.get("session")).get("activities"))):
        key: KeyPath = ("session", "activities", index, "objectives")
        found.extend(_references(fields(activity).get("objectives"), key, f"session activity {index + 1}"))
    found.extend(
        _references(fields(data.get("exercise")).get("objectives"), ("exercise", "objectives"), "the exercise")
    )
    for index, question in enumerate(items(data.get("check"))):
        found.extend(
            _references(fields(question).get("objectives"), ("check", index, "objectives"), f"question {index + 1}")
        )
    return found


def _references(value: Any, key: KeyPath, owner: str) -> list[Reference]:
    return [Reference((*key, index), text(entry), owner) for index, entry in enumerate(items(value)) if text(entry)]


def objective_key(module: Module, objective: Objective) -> KeyPath:
    """Key path of an objective's text (the list item itself for a plain-sentence objective)."""
    return item_key(module.source, ("objectives",), objective.line, "text")
