"""How a module's knowledge check becomes an LMS's pass rule (cmi5 ``moveOn``/``masteryScore``).

The rule, also in README.md ("LMS packages"):

- Graded questions are the single- and multiple-choice questions of the module's check (free-text
  questions are compared with a model answer by the learner and never scored).
- A module with graded questions moves on when it is **completed and passed**
  (``moveOn="CompletedAndPassed"``); its mastery score is 80 % of its graded questions, rounded up
  to whole questions (3 questions: all 3; 5: 4 of 5; 10: 8 of 10), written as a decimal rounded
  down to hundredths so that exactly that many right answers pass (5 of 6 -> 0.83).
- A module without graded questions moves on when it is **completed** (``moveOn="Completed"``,
  no mastery score).
- Completed means every required pre-work item and the exercise are ticked off as done.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal

from lxkit.model import Module, Question

MASTERY_SHARE = Decimal("0.8")
GRADED_KINDS = frozenset({"single", "multiple"})


@dataclass(frozen=True, slots=True)
class PassRule:
    """What the LMS asks of one module: ``move_on`` (a cmi5 value) and the mastery score (0..1, or None)."""

    move_on: str
    graded: int
    mastery: Decimal | None

    @property
    def mastery_percent(self) -> int | None:
        """The mastery score as SCORM 1.2's ``adlcp:masteryscore`` (0..100), or None."""
        return None if self.mastery is None else int(self.mastery * 100)


def is_graded(question: Question) -> bool:
    """Whether a question has a right answer the page can score (single or multiple choice with a correct option)."""
    return question.kind in GRADED_KINDS and any(option.correct for option in question.options)


def mastery_score(graded: int) -> Decimal:
    """80 % of ``graded`` questions rounded up to whole questions, as a decimal rounded down to hundredths."""
    needed = math.ceil(MASTERY_SHARE * graded)
    return (Decimal(needed) / Decimal(graded)).quantize(Decimal("0.01"), rounding=ROUND_FLOOR)


def pass_rule(module: Module) -> PassRule:
    """The pass rule of one module (see the module docstring)."""
    graded = sum(1 for question in module.check if is_graded(question))
    if not graded:
        return PassRule("Completed", 0, None)
    return PassRule("CompletedAndPassed", graded, mastery_score(graded))
