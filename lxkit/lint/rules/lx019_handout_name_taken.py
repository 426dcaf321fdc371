"""LX019 handout-name-taken: a course file has the name of a handout the build writes."""

from __future__ import annotations

from lxkit.lint.rule import Area, Example, LoaderRule, loader_metadata


class HandoutNameTaken(LoaderRule):
    """A file in a course folder has the name of the course's printed workbook or facilitator guide."""

    code = "LX019"
    name, severity = loader_metadata(code)
    area = Area.STRUCTURE
    summary = (
        "With handouts on (handouts: true under lxkit: in mkdocs.yml), a course folder holds a file named like "
        "the PDF the build writes beside the course page: <course>-workbook.pdf or <course>-facilitator-guide.pdf."
    )
    rationale = (
        "The course folder's files are copied next to the course page, where the build writes the handouts: "
        "one would overwrite the other, and learners or trainers would print the wrong document."
    )
    example = Example(
        "markdown",
        bad="""\
courses/data-for-engineers/data-for-engineers-workbook.pdf""",
        good="""\
courses/data-for-engineers/data-for-engineers-workbook-handout.pdf""",
    )
