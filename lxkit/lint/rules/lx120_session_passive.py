"""LX120 session-passive: a session without active learning, or one that is mostly lecture."""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

from lxkit.findings import Finding, Severity
from lxkit.lint.context import ModuleContext
from lxkit.lint.options import OptionSpec
from lxkit.lint.rule import Area, Example, ModuleRule
from lxkit.model import ACTIVE_ACTIVITIES, Session


class SessionPassive(ModuleRule):
    """The live session must be for doing, not for listening."""

    code = "LX120"
    name = "session-passive"
    severity = Severity.WARNING
    area = Area.FLIPPED_CLASSROOM
    summary = (
        "A session has no active-learning activity (discussion, q-and-a, practice, teach-back, presentation, pitch), "
        "or lecture takes "
        "more than max_lecture_share of its minutes (default 0.5)."
    )
    rationale = (
        "The point of flipping is to spend live time on what learners cannot do alone: practising with "
        "feedback, arguing, teaching each other. Active learning reliably beats lecturing (Freeman et al., "
        "2014); a lecture-heavy session wastes the pre-work."
    )
    standard = "Quality Matters (HE Rubric, 6th ed.) 5.2: activities provide interaction that supports active learning"
    options = MappingProxyType(
        {"max_lecture_share": OptionSpec(0.5, "Largest share of a session's minutes that may be lecture (0 to 1).")}
    )
    example = Example(
        "yaml",
        bad="""\
session:
  minutes: 90
  activities:
    - {kind: lecture, title: Distributions, minutes: 60}
    - {kind: demo, title: Notebook walk-through, minutes: 30}""",
        good="""\
session:
  minutes: 90
  activities:
    - {kind: q-and-a, title: Muddiest point from the pre-work, minutes: 15}
    - {kind: lecture, title: Three habits, minutes: 15}
    - {kind: practice, title: "Pairs: bootstrap the error rate", minutes: 40}
    - {kind: discussion, title: Dashboards that mislead, minutes: 20}""",
    )

    def check(self, context: ModuleContext) -> Iterator[Finding]:
        """A finding for a session without active activities and one for too much lecture."""
        module, session = context.module, context.module.session
        if session is None:
            return
        if not any(activity.kind in ACTIVE_ACTIVITIES for activity in session.activities):
            kinds = ", ".join(sorted(ACTIVE_ACTIVITIES))
            yield self.at(
                module,
                ("session", "activities"),
                f"the session has no active-learning activity; plan at least one of: {kinds}",
            )
        share, limit = lecture_share(session), context.options.number("max_lecture_share")
        if share > limit:
            yield self.at(
                module,
                ("session",),
                f"lecture takes {share:.0%} of the session (at most {limit:.0%}); move explanations into the "
                "pre-work and use the time for practice",
            )


def lecture_share(session: Session) -> float:
    """Lecture minutes as a share of the session's minutes (0 when untimed)."""
    total = session.minutes or session.activity_minutes
    lecture = sum(activity.minutes or 0 for activity in session.activities if activity.kind == "lecture")
    return lecture / total if total else 0.0
