"""The pass rule of a module: moveOn and mastery score from its knowledge check."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lxkit.export.rules import mastery_score, pass_rule
from lxkit.model import Module, Option, Question
from lxkit.sourcefile import parse_source


def question(kind: str, correct: bool = True) -> Question:
    options = (Option("yes", correct, "", 1), Option("no", False, "", 1)) if kind != "text" else ()
    return Question("q", "Why?", kind, options, "", "", (), 1)


def module(*questions: Question) -> Module:
    return Module(source=parse_source("m.md", "---\ntitle: M\n---\n"), problems=(), check=questions)


@pytest.mark.parametrize(
    ("graded", "mastery"),
    [(1, "1.00"), (3, "1.00"), (4, "1.00"), (5, "0.80"), (6, "0.83"), (7, "0.85"), (10, "0.80"), (11, "0.81")],
)
def test_mastery_is_eighty_percent_rounded_up_to_whole_questions(graded: int, mastery: str) -> None:
    score = mastery_score(graded)
    assert score == Decimal(mastery)
    needed = next(right for right in range(graded + 1) if Decimal(right) / graded >= score)
    assert needed / graded >= 0.8 and (needed - 1) / graded < 0.8


def test_a_module_with_choice_questions_must_be_completed_and_passed() -> None:
    rule = pass_rule(module(question("single"), question("multiple"), question("text")))
    assert (rule.move_on, rule.graded, rule.mastery, rule.mastery_percent) == ("CompletedAndPassed", 2, 1, 100)


def test_a_module_without_graded_questions_must_be_completed() -> None:
    for questions in [(), (question("text"),), (question("single", correct=False),)]:
        rule = pass_rule(module(*questions))
        assert (rule.move_on, rule.mastery, rule.mastery_percent) == ("Completed", None, None)
