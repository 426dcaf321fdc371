"""The one YAML writer: whatever it writes reads back as the same values, for PyYAML and for lxkit."""

from __future__ import annotations

import pytest
import yaml

from lxkit import yamlemit
from lxkit.sourcefile import parse_yaml

HOSTILE = ["No", "2026-01-15", "a: b", "- x", "# not a comment", "'quoted'", '"', "\\", "line\nbreak", "\u2028",
           "&anchor", "*alias", "!ENV X", "{a: 1}", "  spaces  ", "", "é 中文", "---", "...", "1e400"]  # fmt: skip


@pytest.mark.parametrize("text", HOSTILE)
def test_a_scalar_reads_back_as_the_same_text(text: str) -> None:
    written = f"value: {yamlemit.scalar(text)}\n"
    assert yaml.safe_load(written) == {"value": text}
    data, _, problems = parse_yaml(written)
    assert not problems and data == {"value": text}


def test_a_document_reads_back_as_the_same_values() -> None:
    data = {"title": "x", "items": [{"text": t, "n": i} for i, t in enumerate(HOSTILE)], "long": "w " * 20_000}
    written = yamlemit.dump(data)
    assert yaml.safe_load(written) == data
    assert "\n  " not in written.split("long:")[1].split("\n", 1)[0]  # long text on one line
    assert list(yaml.safe_load(yamlemit.dump({"b": 1, "a": 2}, sort_keys=True))) == ["a", "b"]
