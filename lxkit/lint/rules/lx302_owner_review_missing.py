"""LX302 owner-review-missing: the owners who should approve a course change (review mode, information)."""

from __future__ import annotations

from lxkit.findings import Severity
from lxkit.lint.rule import Area, EngineRule, Example


class OwnerReviewMissing(EngineRule):
    """Reported by ``lxkit review`` (:func:`lxkit.review.checks.owner_review`) for each course a change touches.

    A lint run has no change to look at, so its check finds nothing; the rule is here so that
    ``lxkit rules`` documents it.
    """

    code = "LX302"
    name = "owner-review-missing"
    severity = Severity.INFO
    area = Area.STRUCTURE
    tags = ("review",)
    summary = (
        "A pull request changes a course: the review report names the course's owners (SME, business co-owner, "
        "L&D, trainers) who should approve it (reported by 'lxkit review')."
    )
    rationale = (
        "Courses are co-created: the subject-matter expert vouches for what is taught and the business co-owner "
        "for why. A change merged without them drifts from both. Owners with a github handle are also asked "
        "automatically through CODEOWNERS ('lxkit codeowners')."
    )
    example = Example(
        "yaml",
        bad="""\
owners:
  - name: Marcus Okafor
    role: business""",
        good="""\
owners:
  - name: Ada Lovelace
    role: sme
    github: ada
  - name: Marcus Okafor
    role: business
    github: mokafor""",
    )
