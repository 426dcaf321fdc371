"""LX121 session-untimed: session or activity minutes missing, or activities longer than the session."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import ModuleContext
from lxkit.lint.locate import item_key, value_at
from lxkit.lint.rule import Area, Example, ModuleRule


class SessionUntimed(ModuleRule):
    """A session plan is a timed plan."""

    code = "LX121"
    name = "session-untimed"
    severity = Severity.WARNING
    area = Area.FLIPPED_CLASSROOM
    summary = "The session or one of its activities has no minutes, or the activities add up to more than the session."
    rationale = (
        "Trainers run the session from this plan and the facilitator guide prints it. Without minutes the "
        "practice at the end is what gets cut; activities longer than the session will overrun."
    )
    example = Example(
        "yaml",
        bad="""\
session:
  minutes: 60
  activities:
    - {kind: practice, title: Pairs exercise, minutes: 45}
    - {kind: discussion, title: Debrief, minutes: 30}""",
        good="""\
session:
  minutes: 90
  activities:
    - {kind: practice, title: Pairs exercise, minutes: 45}
    - {kind: discussion, title: Debrief, minutes: 30}""",
    )

    def check(self, context: ModuleContext) -> Iterator[Finding]:
        """Findings for an untimed session, untimed activities and overfull plans."""
        module, session = context.module, context.module.session
        if session is None:
            return
        data = module.source.data
        if session.minutes is None and value_at(data, ("session", "minutes")) is None:  # else LX100 says what is wrong
            yield self.at(module, ("session",), "the session has no minutes; add 'minutes:' with its length")
        for activity in session.activities:
            key = item_key(module.source, ("session", "activities"), activity.line)
            if activity.minutes is None and value_at(data, (*key, "minutes")) is None:
                message = f"activity '{activity.title}' has no minutes; add 'minutes:' with its length"
                yield self.at(module, key, message)
        if session.minutes is not None and session.activity_minutes > session.minutes:
            yield self.at(
                module,
                ("session", "minutes"),
                f"the activities add up to {session.activity_minutes} minutes but the session has {session.minutes}",
            )
