"""The one writer of YAML: staged pages' front-matter, planned courses, scaffolded files.

Everything lxkit writes as YAML reads back as the same values (tested with hostile text):
:func:`dump` for whole documents (libyaml's emitter when PyYAML has it: six times faster, same
text), :func:`scalar` for one value placed into a template.
"""

from __future__ import annotations

import json
from typing import Any

import yaml

_DUMPER: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
WIDTH = 100_000  # long texts stay on one line


def dump(data: Any, *, sort_keys: bool = False) -> str:
    """``data`` as a YAML document in block style, Unicode kept, keys sorted only when asked."""
    return yaml.dump(
        data, Dumper=_DUMPER, allow_unicode=True, sort_keys=sort_keys, width=WIDTH, default_flow_style=False
    )


def scalar(value: Any) -> str:
    """A value as a double-quoted YAML scalar that reads back as the same text (None as '')."""
    return json.dumps("" if value is None else str(value), ensure_ascii=False)
