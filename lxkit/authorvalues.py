"""Values as authors write them, turned into what the course format wants.

``50 min`` -> ``50`` minutes, ``1.5 h`` -> ``90`` minutes, ``3 hours`` -> ``3`` hours per week,
``1.0`` or ``v2`` -> ``"1.0.0"``/``"2.0.0"``, ``90 days`` -> ``90`` days after the course, ``"3"`` or
``week 3`` -> week ``3``. Used for the
advice in messages (:mod:`lxkit.validation`) and by ``lxkit fix`` (:mod:`lxkit.fix`), so both always agree. Pure.
"""

from __future__ import annotations

import re

_DURATION = re.compile(
    r"^\s*(?P<amount>\d+(?:[.,]\d+)?)\s*(?:(?P<unit>m|min|mins|minute|minutes|h|hr|hrs|hour|hours)\.?)?\s*$",
    re.IGNORECASE,
)
_DAYS = re.compile(
    r"^\s*(?P<amount>\d+)\s*(?:(?P<unit>d|days?|w|wk|wks|weeks?)\.?(?:\s+after(?:\s+the)?\s+course)?)?\s*$",
    re.IGNORECASE,
)
_WEEK = re.compile(r"^\s*(?:weeks?\s*)?(?P<number>\d{1,6})(?:\.0+)?\s*(?:weeks?)?\s*$", re.IGNORECASE)
_VERSION = re.compile(r"^\s*[vV]?(?P<major>\d+)(?:\.(?P<minor>\d+))?(?:\.(?P<patch>\d+))?\s*$")


def _amount(text: str) -> tuple[float, bool | None] | None:
    """(amount, whether the unit is hours: None when no unit is written) of ``50 min``, ``1,5 h`` or ``20``."""
    match = _DURATION.match(text)
    if match is None:
        return None
    unit = match["unit"]
    return float(match["amount"].replace(",", ".")), unit.lower().startswith("h") if unit else None


def as_minutes(text: str) -> int | None:
    """``50 min`` -> 50, ``1.5 h`` -> 90, ``"20"`` -> 20; None when ``text`` is not a duration."""
    parsed = _amount(text)
    if parsed is None:
        return None
    amount, hours = parsed  # no unit: the field's own, minutes
    minutes = amount * 60 if hours else amount
    return int(minutes) if minutes == int(minutes) else None


def as_hours(text: str) -> int | float | None:
    """``3 hours`` -> 3, ``90 min`` -> 1.5; None when ``text`` is not a duration."""
    parsed = _amount(text)
    if parsed is None:
        return None
    amount, hours = parsed  # no unit: the field's own, hours
    value = amount if hours is not False else amount / 60
    return int(value) if value == int(value) else round(value, 2)


def as_days(text: str) -> int | None:
    """``90 days`` -> 90, ``12 weeks`` -> 84, ``90 days after the course`` -> 90; None otherwise."""
    match = _DAYS.match(text)
    if match is None:
        return None
    amount = int(match["amount"])  # no unit: the field's own, days
    return amount * 7 if (match["unit"] or "d").lower().startswith("w") else amount


def as_version(text: str) -> str | None:
    """``1.0`` -> ``1.0.0``, ``v2`` -> ``2.0.0``; None when ``text`` is no short version number."""
    match = _VERSION.match(text)
    if match is None:
        return None
    parts = (match["major"], match["minor"] or "0", match["patch"] or "0")
    return ".".join(str(int(part)) for part in parts)


def as_week(text: str) -> int | None:
    """``"3"``, ``week 3`` or ``3 weeks`` -> 3; None when ``text`` is no whole number of a week."""
    match = _WEEK.match(text)
    return int(match["number"]) if match is not None else None
