"""LX207 front-matter-invalid: front-matter that is not valid YAML or not a mapping."""

from __future__ import annotations

from lxkit.lint.rule import Area, Example, LoaderRule, loader_metadata


class FrontMatterInvalid(LoaderRule):
    """The front-matter cannot be read as 'key: value' fields."""

    code = "LX207"
    name, severity = loader_metadata(code)
    area = Area.STRUCTURE
    summary = (
        "The front-matter is missing, not closed, not valid YAML, not a mapping, or gives a key twice; the line "
        "is the YAML error's line in the file."
    )
    rationale = (
        "Everything lxkit knows about a course or module comes from its front-matter; when it cannot be read, "
        "the file is published without its objectives, pre-work or session plan."
    )
    example = Example(
        "yaml",
        bad="""\
---
title: Variation and noise
objectives: [Explain the median, Interpret an interval
---""",
        good="""\
---
title: Variation and noise
objectives: [Explain the median, Interpret an interval]
---""",
    )
