"""The shipped compiled validators are made from the current schemas."""

from __future__ import annotations

import importlib

import pytest

from lxkit.schema.compiled import KINDS, compiled_validator, generated_code, schema_digest


@pytest.mark.parametrize("kind", KINDS)
def test_compiled_validator_matches_the_schema(kind: str) -> None:
    module = importlib.import_module(f"lxkit.schema._fast_{kind}")
    assert schema_digest(kind) == module.SCHEMA_SHA256, (
        f"{kind}.schema.json changed: run `python -m lxkit.schema.compiled` and commit the result"
    )
    assert compiled_validator(kind) is module.validate


@pytest.mark.parametrize("kind", KINDS)
def test_generated_code_defines_a_validator(kind: str) -> None:
    namespace: dict[str, object] = {}
    exec(compile(generated_code(kind), f"_fast_{kind}.py", "exec"), namespace)
    assert callable(namespace["validate"])
    assert namespace["SCHEMA_SHA256"] == schema_digest(kind)
