"""LX112 pre-work-untimed: a pre-work item without minutes."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import ModuleContext
from lxkit.lint.locate import item_key, value_at
from lxkit.lint.rule import Area, Example, ModuleRule


class PreWorkUntimed(ModuleRule):
    """Learners plan their week by the minutes of each item."""

    code = "LX112"
    name = "pre-work-untimed"
    severity = Severity.WARNING
    area = Area.FLIPPED_CLASSROOM
    summary = "A pre-work item has no minutes."
    rationale = (
        "Learners fit pre-work into a working week and need to know what an item costs before they start it; "
        "the weekly budget check (LX008) can only count timed items."
    )
    example = Example(
        "yaml",
        bad="""\
pre_work:
  - title: "Kaggle Learn: Intro to Machine Learning, lessons 1-3"
    url: https://www.kaggle.com/learn/intro-to-machine-learning""",
        good="""\
pre_work:
  - title: "Kaggle Learn: Intro to Machine Learning, lessons 1-3"
    url: https://www.kaggle.com/learn/intro-to-machine-learning
    minutes: 60""",
    )

    def check(self, context: ModuleContext) -> Iterator[Finding]:
        """A finding per pre-work item without minutes."""
        module = context.module
        for item in module.pre_work:
            key = item_key(module.source, ("pre_work",), item.line)
            if item.minutes is None and value_at(module.source.data, (*key, "minutes")) is None:  # else LX100 tells
                yield self.at(
                    module,
                    key,
                    f"pre-work '{item.title}' has no minutes; add 'minutes:' so learners can plan their week",
                )
