"""LX151 check-feedback-missing: a knowledge-check option or answer without feedback."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import ModuleContext
from lxkit.lint.locate import item_index, item_key
from lxkit.lint.rule import Area, Example, ModuleRule


class CheckFeedbackMissing(ModuleRule):
    """Every choice explains itself; every open question has a model answer or feedback."""

    code = "LX151"
    name = "check-feedback-missing"
    severity = Severity.INFO
    area = Area.ALIGNMENT
    summary = (
        "A knowledge-check option has no feedback, or an open (text) question has neither a model answer nor feedback."
    )
    rationale = (
        "A self-check teaches through its feedback: saying why a wrong option is tempting and why the right one "
        "is right. Without it, learners only learn that they were wrong."
    )
    standard = "Quality Matters (HE Rubric, 6th ed.) 3.5: timely feedback"
    example = Example(
        "yaml",
        bad="""\
check:
  - question: Which summary best describes a skewed metric?
    kind: single
    options:
      - {text: The mean, correct: false}
      - {text: The median, correct: true}""",
        good="""\
check:
  - question: Which summary best describes a skewed metric?
    kind: single
    options:
      - {text: The mean, correct: false, feedback: A few extreme values pull it up.}
      - {text: The median, correct: true, feedback: Right, it shows the typical case.}""",
    )

    def check(self, context: ModuleContext) -> Iterator[Finding]:
        """Findings for options without feedback and open questions without answer or feedback."""
        module = context.module
        source = module.source
        for question in module.check:
            index = item_index(source, ("check",), question.line)
            if question.kind == "text":
                if not (question.answer or question.feedback):
                    yield self.at(
                        module,
                        item_key(source, ("check",), question.line),
                        "this open question has no model answer or feedback; add 'answer:' or 'feedback:'",
                    )
                continue
            for option in question.options:
                if not option.feedback:
                    prefix = ("check", index, "options") if index is not None else ("check",)
                    yield self.at(
                        module,
                        item_key(source, prefix, option.line),
                        f"option '{option.text}' has no feedback; say why it is right or why it is tempting but wrong",
                    )
