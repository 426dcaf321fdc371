"""LX211 limit-exceeded: a course file beyond one of lxkit's size limits."""

from __future__ import annotations

from lxkit.limits import FILE_SIZE_KB, LIST_ITEMS, NAME_LENGTH, NUMBER_DIGITS, YAML_DEPTH, YAML_NODES
from lxkit.lint.rule import Area, Example, LoaderRule, loader_metadata


class LimitExceeded(LoaderRule):
    """A course file, its front-matter or a name is beyond one of lxkit's limits."""

    code = "LX211"
    name, severity = loader_metadata(code)
    area = Area.STRUCTURE
    summary = (
        f"A course file is larger than lxkit.limits.file_size_kb ({FILE_SIZE_KB:,} KiB unless set), or its "
        f"front-matter has more than {YAML_NODES:,} values (each use of a YAML alias counts), nests more than "
        f"{YAML_DEPTH} levels, has a list of more than {LIST_ITEMS:,} items or a number of more than "
        f"{NUMBER_DIGITS} characters, or a course folder or module name is longer than {NAME_LENGTH} characters."
    )
    rationale = (
        "The limits are far above any real course; they stop a mistaken or hostile file (a YAML alias "
        "bomb expands a few lines into billions of values) from using all memory or time of a build."
    )
    example = Example(
        "yaml",
        bad="""\
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]""",
        good="""\
objectives:
  - Explain the difference between a metric and a target""",
    )
