"""LX301 version-not-bumped: a course changed without a higher version and a changelog entry (review mode)."""

from __future__ import annotations

from lxkit.findings import Severity
from lxkit.lint.rule import Area, EngineRule, Example


class VersionNotBumped(EngineRule):
    """Checked by ``lxkit review`` (:func:`lxkit.review.checks.version_not_bumped`), which compares two refs.

    A lint run sees one version of the files only, so its check finds nothing; the rule is here so
    that ``lxkit rules`` documents it and suppressions and settings know its code.
    """

    code = "LX301"
    name = "version-not-bumped"
    severity = Severity.ERROR
    area = Area.STRUCTURE
    tags = ("review",)
    summary = (
        "A pull request changes a course's content but its version does not increase, or increases without "
        "a changelog entry for the new version (checked by 'lxkit review')."
    )
    rationale = (
        "Learners, trainers and owners need to know that a course changed and what changed: the version in the "
        "catalog and the version selector, and the changelog on the course page, are how they find out. A change "
        "that keeps the version is invisible to them."
    )
    example = Example(
        "yaml",
        bad="""\
# week 2 gained a practice block, but:
version: 1.2.0
changelog:
  - version: 1.2.0
    date: 2026-01-15
    changes: [Shorter pre-work.]""",
        good="""\
version: 1.3.0
changelog:
  - version: 1.3.0
    date: 2026-03-02
    changes: [New practice block in week 2.]
  - version: 1.2.0
    date: 2026-01-15
    changes: [Shorter pre-work.]""",
    )
