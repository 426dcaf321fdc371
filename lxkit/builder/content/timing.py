"""Estimated timings of a live session: a clock per activity and the slack against the session length.

Trainers see these in the trainer view and in the facilitator guide; learners see the agenda
with minutes only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxkit.model import Module

CLOCK_TIME = re.compile(r"([01]?[0-9]|2[0-3]):[0-5][0-9]")
"""A session's ``starts`` as the module schema allows it."""


@dataclass(frozen=True, slots=True)
class AgendaRow:
    """One activity of the session with its estimated start and end (``0:15``)."""

    start: str
    end: str
    kind: str
    title: str
    minutes: int | None
    note: str = ""


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


def wall_clock(starts: str, minutes: int) -> str:
    """The clock time ``minutes`` after ``starts`` (``14:00``, 75 -> ``15:15``), wrapping at midnight."""
    hours, _, mins = starts.partition(":")
    total = (int(hours) * 60 + int(mins) + minutes) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"


def _time(starts: str, minutes: int) -> str:
    """Clock time when the session's start is a valid ``HH:MM``, elapsed time otherwise."""
    return wall_clock(starts, minutes) if CLOCK_TIME.fullmatch(starts) else clock(minutes)


def session_timing(module: Module) -> SessionTiming:
    """The timed agenda of a module's session (empty when the module has no session)."""
    rows = []
    elapsed = 0
    activities = module.session.activities if module.session else ()
    starts = module.session.starts if module.session else ""
    for activity in activities:
        end = elapsed + (activity.minutes or 0)
        start_text, end_text = _time(starts, elapsed), _time(starts, end)
        rows.append(AgendaRow(start_text, end_text, activity.kind, activity.title, activity.minutes, activity.note))
        elapsed = end
    length = module.session.minutes if module.session else None
    return SessionTiming(tuple(rows), elapsed, length)
