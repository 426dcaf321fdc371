"""LX002 course-field-invalid: a course field of the wrong type or value, or an unknown key."""

from __future__ import annotations

from lxkit.lint.rule import Area, Example, LoaderRule, loader_metadata


class CourseFieldInvalid(LoaderRule):
    """A course field has the wrong type or value, or is not part of the format."""

    code = "LX002"
    name, severity = loader_metadata(code)
    area = Area.STRUCTURE
    summary = (
        "A course field has the wrong type or value (version not semver, status or format outside its set), "
        "or a key is not part of the format; the message suggests the closest known key."
    )
    rationale = (
        "A misspelt key is silently ignored by most tools, so a course would quietly lose its schedule or "
        "capstone. The version drives the changelog and learners' saved progress, so it must be a semantic version."
    )
    example = Example(
        "yaml",
        bad="""\
version: "1.2"
status: live
shedule:
  weeks: 6""",
        good="""\
version: 1.2.0
status: published
schedule:
  weeks: 6""",
    )
