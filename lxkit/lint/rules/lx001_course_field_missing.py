"""LX001 course-field-missing: a required course field is missing (found by the loader)."""

from __future__ import annotations

from lxkit.lint.rule import Area, Example, LoaderRule, loader_metadata


class CourseFieldMissing(LoaderRule):
    """A required field of ``index.md`` is missing."""

    code = "LX001"
    name, severity = loader_metadata(code)
    area = Area.STRUCTURE
    summary = (
        "A required course field is missing: id, title, summary, version, status, owners, business_goal or "
        "learner_value."
    )
    rationale = (
        "These fields are what the catalog, the course page and reviewers rely on: without a business goal or "
        "the learner's gain a course cannot be judged, found or trusted, and without owners nobody is asked to "
        "review changes."
    )
    standard = "Quality Matters (HE Rubric, 6th ed.) 1.2: learners are introduced to the purpose and structure"
    example = Example(
        "yaml",
        bad="""\
---
id: data-for-engineers
title: Data for engineers
version: 1.0.0
status: published
---""",
        good="""\
---
id: data-for-engineers
title: Data for engineers
summary: Six weeks from "I have data somewhere" to a pilot proposal.
version: 1.0.0
status: published
owners:
  - {name: Priya Raman, role: sme, github: priya-raman}
  - {name: Marcus Okafor, role: business, github: mokafor}
business_goal:
  outcome: Teams bring their own evidence to roadmap reviews.
  metric: Share of proposals with a data-backed business case
  baseline: 22%
  target: 60% by H2
learner_value: You answer "is this real or noise?" about your own service's data.
---""",
    )
