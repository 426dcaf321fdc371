"""LX160 question-flagged: learners' first answers say a question is too easy, too hard or misleading."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.insights.figures import FLAG_NAMES, share_text
from lxkit.insights.results import QuestionStat
from lxkit.lint.context import PortalContext
from lxkit.lint.rule import Area, Example, PortalRule

ADVICE = {
    "too-easy": "ask learners to apply the idea to a case instead of recalling it",
    "too-hard": "check the wording and the answer key, or teach this point in the session",
    "misleading-distractor": "rewrite that option, or take up the misconception it reveals in the session",
}


class QuestionFlagged(PortalRule):
    """What learners answered the first time says a question needs another look."""

    code = "LX160"
    name = "question-flagged"
    severity = Severity.INFO
    area = Area.ALIGNMENT
    needs_insights = True
    summary = (
        "Only with `lxkit lint --insights`, after `lxkit insights`: a knowledge-check question that almost "
        "every learner gets right the first time (too easy), that few get right (too hard), or whose wrong "
        "option is chosen first by many learners (a misleading distractor). Thresholds: lxkit.insights.flags."
    )
    rationale = (
        "A formative check helps only when it tells learners and trainers something: a question everyone "
        "passes teaches nothing, and one that most fail or that one option misleads points at the wording or "
        "at a misconception worth taking up in the live session."
    )
    example = Example(
        "yaml",
        bad="""\
- id: w2-latency-summary
  question: Which summary tells what most users experience?
  options:
    - text: The mean latency            # chosen first by 61%: misleading
      correct: false""",
        good="""\
- id: w2-latency-summary
  question: Latency has a long right tail. Which summary tells what most users experience?
  options:
    - text: The mean latency (pulled up by a few slow requests)
      correct: false""",
    )

    def check(self, context: PortalContext) -> Iterator[Finding]:
        """An info finding on each flagged question's line."""
        insights = context.insights
        if insights is None:
            return
        for course in context.portal.courses:
            found = insights.course(course.folder)
            stats = {q.question: q for q in found.questions} if found else {}
            for module in course.modules:
                for question in module.check:
                    stat = stats.get(question.id)
                    if stat is not None and stat.flags:
                        line, column = module.source.position("check", module.check.index(question), "id")
                        message = _message(stat, insights.min_group)
                        yield self.finding(module.path, line, column, message)


_SAID = {
    "too-easy": "looks too easy",
    "too-hard": "looks too hard",
    "misleading-distractor": "has a misleading distractor",
}


def _message(stat: QuestionStat, small: int) -> str:
    flags = " and ".join(_SAID.get(flag, f"is flagged {FLAG_NAMES[flag]}") for flag in stat.flags)
    said = f"right first time {share_text(stat.right_first, small)} of {stat.answered} learners"
    if stat.wrong_option:
        said += f"; option {stat.wrong_option} chosen first by {share_text(stat.wrong_share, small)}"
    advice = "; ".join(ADVICE[flag] for flag in stat.flags)
    return f"question '{stat.question}' {flags} ({said}): {advice}"
