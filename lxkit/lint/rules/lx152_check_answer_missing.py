"""LX152 check-answer-missing: a choice question without a correct option (or with too few options)."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import ModuleContext
from lxkit.lint.locate import item_key
from lxkit.lint.rule import Area, Example, ModuleRule
from lxkit.model import Question


class CheckAnswerMissing(ModuleRule):
    """A choice question must be answerable."""

    code = "LX152"
    name = "check-answer-missing"
    severity = Severity.ERROR
    area = Area.ALIGNMENT
    summary = (
        "A single or multiple choice question has fewer than two options, no correct option, or (single choice) "
        "more than one correct option."
    )
    rationale = (
        "The self-check marks answers in the browser. A question without a correct option marks every answer "
        "wrong; a single-choice question with two correct options cannot be answered right."
    )
    example = Example(
        "yaml",
        bad="""\
check:
  - question: Which summary best describes a skewed metric?
    kind: single
    options:
      - {text: The mean, feedback: A few extreme values pull it up.}
      - {text: The median, feedback: It shows the typical case.}""",
        good="""\
check:
  - question: Which summary best describes a skewed metric?
    kind: single
    options:
      - {text: The mean, correct: false, feedback: A few extreme values pull it up.}
      - {text: The median, correct: true, feedback: It shows the typical case.}""",
    )

    def check(self, context: ModuleContext) -> Iterator[Finding]:
        """A finding per unanswerable choice question."""
        module = context.module
        for question in module.check:
            problem = answer_problem(question)
            if problem:
                yield self.at(module, item_key(module.source, ("check",), question.line), problem)


def answer_problem(question: Question) -> str:
    """Why a choice question cannot be answered right ('' when it can, or for open questions)."""
    if question.kind not in ("single", "multiple"):
        return ""
    correct = sum(1 for option in question.options if option.correct)
    if len(question.options) < 2:
        return f"this {question.kind}-choice question has fewer than two options; add options learners choose from"
    if correct == 0:
        return "no option of this question is marked 'correct: true'; write 'correct: true' in the right option"
    if question.kind == "single" and correct > 1:
        return f"this single-choice question has {correct} correct options; make it 'kind: multiple' or keep one"
    return ""
