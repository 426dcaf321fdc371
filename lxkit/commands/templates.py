"""``lxkit templates`` and ``lxkit schema KIND``: what lxkit ships for authors and editors."""

from __future__ import annotations

import json

import click

from lxkit.scaffold.templates import available_templates
from lxkit.validation import load_schema


def templates_command() -> None:
    """Print each course template's name and description, one a line."""
    for template in available_templates():
        click.echo(f"{template.name:20} {template.description}")


def schema_command(kind: str) -> None:
    """Print the JSON Schema of ``kind`` (course, module or portal), indented."""
    click.echo(json.dumps(load_schema(kind), indent=2))
