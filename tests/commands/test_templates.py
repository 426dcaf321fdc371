"""``lxkit templates`` and ``lxkit schema KIND`` from the command line."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from lxkit.__main__ import cli
from lxkit.scaffold.templates import available_templates
from lxkit.validation import load_schema


def test_templates_lists_every_shipped_template_with_its_description() -> None:
    result = CliRunner().invoke(cli, ["templates"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines == [f"{t.name:20} {t.description}" for t in available_templates()]
    assert any(line.startswith("flipped-classroom ") for line in lines)


@pytest.mark.parametrize("kind", ["course", "module", "portal"])
def test_schema_prints_the_shipped_json_schema(kind: str) -> None:
    result = CliRunner().invoke(cli, ["schema", kind])
    assert result.exit_code == 0
    assert json.loads(result.output) == load_schema(kind)


def test_schema_of_an_unknown_kind_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["schema", "lesson"])
    assert result.exit_code == 2
    assert "'lesson' is not one of 'course', 'module', 'portal'" in result.output
