"""Estimated timings of a live session: a clock per activity and the slack against the session length.

Trainers see these in the trainer view and in the facilitator guide; learners see the agenda
with minutes only.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxkit.model import Module


@dataclass(frozen=True, slots=True)
class AgendaRow:
    """One activity of the session with its estimated start and end (``0:15``)."""

    start: str
    end: str
    kind: str
    title: str
    minutes: int | None


@dataclass(frozen=True, slots=True)
class SessionTiming:
    """The session's agenda and how its planned minutes compare with its length."""

    rows: tuple[AgendaRow, ...]
    planned: int
    length: int | None

    @property
    def slack(self) -> int | None:
        """Minutes left for overrun and breaks (negative when the plan is too long)."""
        return None if self.length is None else self.length - self.planned


def clock(minutes: int) -> str:
    """Elapsed time as ``h:mm`` (``75`` -> ``1:15``)."""
    return f"{minutes // 60}:{minutes % 60:02d}"


def session_timing(module: Module) -> SessionTiming:
    """The timed agenda of a module's session (empty when the module has no session)."""
    rows = []
    elapsed = 0
    activities = module.session.activities if module.session else ()
    for activity in activities:
        end = elapsed + (activity.minutes or 0)
        rows.append(AgendaRow(clock(elapsed), clock(end), activity.kind, activity.title, activity.minutes))
        elapsed = end
    length = module.session.minutes if module.session else None
    return SessionTiming(tuple(rows), elapsed, length)
