"""LX015 course-index-missing: a course folder without ``index.md``."""

from __future__ import annotations

from lxkit.lint.rule import Area, Example, LoaderRule, loader_metadata


class CourseIndexMissing(LoaderRule):
    """A folder in the courses folder has no ``index.md``."""

    code = "LX015"
    name, severity = loader_metadata(code)
    area = Area.STRUCTURE
    summary = "A course folder has no index.md with the course's front-matter."
    rationale = "Without index.md lxkit cannot tell what the course is, so none of its modules are published."
    example = Example(
        "markdown",
        bad="""\
courses/data-for-engineers/01-why-data.md""",
        good="""\
courses/data-for-engineers/index.md
courses/data-for-engineers/01-why-data.md""",
    )
