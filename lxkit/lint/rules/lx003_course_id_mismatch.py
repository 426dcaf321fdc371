"""LX003 course-id-mismatch: the course id differs from its folder name."""

from __future__ import annotations

from lxkit.lint.rule import Area, Example, LoaderRule, loader_metadata


class CourseIdMismatch(LoaderRule):
    """The ``id`` in ``index.md`` is not the folder's name."""

    code = "LX003"
    name, severity = loader_metadata(code)
    area = Area.STRUCTURE
    summary = "The course id differs from the name of the course folder."
    rationale = (
        "The id is the course's address in the portal and the key of learners' saved progress. When it differs "
        "from the folder, links, URLs and progress disagree about which course is meant."
    )
    example = Example(
        "yaml",
        bad="""\
# courses/data-for-engineers/index.md
id: data-science""",
        good="""\
# courses/data-for-engineers/index.md
id: data-for-engineers""",
    )
