"""LX100 module-field-invalid: a module field is missing, of the wrong type, or unknown."""

from __future__ import annotations

from lxkit.lint.rule import Area, Example, LoaderRule, loader_metadata


class ModuleFieldInvalid(LoaderRule):
    """A module's front-matter does not follow the module format."""

    code = "LX100"
    name, severity = loader_metadata(code)
    area = Area.STRUCTURE
    summary = (
        "A module field is missing (title), has the wrong type or value (week not a number, unknown activity "
        "kind), or is not part of the format; the message suggests the closest known key."
    )
    rationale = (
        "A misspelt key such as 'pre-work' instead of 'pre_work' is ignored, so the module silently loses its "
        "pre-work, session plan or knowledge check."
    )
    example = Example(
        "yaml",
        bad="""\
title: Variation and noise
week: two
pre-work:
  - title: Khan Academy, summarising data
    url: https://www.khanacademy.org/math/statistics-probability""",
        good="""\
title: Variation and noise
week: 2
pre_work:
  - title: Khan Academy, summarising data
    url: https://www.khanacademy.org/math/statistics-probability""",
    )
