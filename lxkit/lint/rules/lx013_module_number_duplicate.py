"""LX013 module-number-duplicate: two module files share a number."""

from __future__ import annotations

from lxkit.lint.rule import Area, Example, LoaderRule, loader_metadata


class ModuleNumberDuplicate(LoaderRule):
    """Two modules of a course start with the same ``NN-``."""

    code = "LX013"
    name, severity = loader_metadata(code)
    area = Area.STRUCTURE
    summary = "Two module files of a course use the same number (e.g. 02-a.md and 02-b.md)."
    rationale = "The number orders the learning journey; with two modules on one number the order is a guess."
    example = Example(
        "markdown",
        bad="""\
courses/data-for-engineers/02-variation.md
courses/data-for-engineers/02-first-model.md""",
        good="""\
courses/data-for-engineers/02-variation.md
courses/data-for-engineers/03-first-model.md""",
    )
