"""What a date or a row of ``metrics/`` or ``cohorts/`` should have been, for the person who typed it:
the exact value to write (``31.03.2026`` -> ``2026-03-31``), not only the format.
"""

from __future__ import annotations

import calendar
import difflib
import re
from collections.abc import Mapping
from datetime import date

_DAY_FIRST = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_YEAR_FIRST = re.compile(r"^(\d{4})[./-](\d{1,2})[./-](\d{1,2})(?:[T ]\d{1,2}:\d{2}.*)?$")
_MONTHS = calendar.month_name


def date_fix(text: str) -> str:
    """The change that makes ``text`` a YYYY-MM-DD date ("" when there is nothing better to say than
    the format)."""
    text = text.strip()
    year_first = _YEAR_FIRST.match(text)
    if year_first:
        return _year_first(text, *(int(part) for part in year_first.groups()))
    day_first = _DAY_FIRST.match(text)
    if day_first:
        first, second, year = (int(part) for part in day_first.groups())
        return _day_or_month_first(first, second, year)
    return ""


def _year_first(text: str, year: int, month: int, day: int) -> str:
    found = _valid(year, month, day)
    if found is not None:
        return f"write {found.isoformat()}" + (" (the day only, no time)" if len(text) > 10 else "")
    if 1 <= day <= 12 < month and _valid(year, day, month):
        return f"there is no month {month}: the order is year-month-day, so write {year:04d}-{day:02d}-{month:02d}"
    if not 1 <= month <= 12:
        return f"there is no month {month}: the order is year-month-day"
    last = calendar.monthrange(year, month)[1]
    return f"{_MONTHS[month]} {year} has {last} days: correct the day"


def _day_or_month_first(first: int, second: int, year: int) -> str:
    as_day_first, as_month_first = _valid(year, second, first), _valid(year, first, second)
    if as_day_first and as_month_first and first != second:
        return (
            f"write {as_day_first.isoformat()} if it is {_spoken(as_day_first)}, "
            f"or {as_month_first.isoformat()} if it is {_spoken(as_month_first)}"
        )
    found = as_day_first or as_month_first
    return f"write {found.isoformat()}" if found else ""


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _spoken(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month]} {day.year}"


def extra_cells(row: list[str], names: list[str]) -> tuple[int, str]:
    """The cell (1-based) and message for a line with more cells than the first line names: most often
    a comma decimal (``12,5``) or a text with a comma that is not in quotes."""
    start = f"this line has {len(row)} cells but the first line names {len(names)} ({','.join(names)})"
    for index in range(min(len(row), len(names)) - 1, -1, -1):
        cell, after = row[index].strip(), row[index + 1].strip()
        if re.fullmatch(r"-?\d+", cell) and re.fullmatch(r"\d+", after):
            return index + 1, f"{start}: '{cell},{after}' is one number, so write {cell}.{after} (a dot for decimals)"
    quote = 'put a text with a comma in double quotes ("Spring, 2026") or delete the extra cells'
    return len(names) + 1, f"{start}: {quote}"


def team_problem(team: str, teams: Mapping[str, str]) -> str:
    """What is wrong with a metric row's team ("" when it is one of the portal's team ids, or the portal
    lists no teams): the id to write instead."""
    if not team or not teams or team in teams:
        return ""
    listed = ", ".join(teams)
    for team_id, name in teams.items():
        if team.casefold() in (team_id.casefold(), name.casefold()):
            return f"write the team's id '{team_id}' (as in tracking.teams in mkdocs.yml), not '{team}'"
    close = difflib.get_close_matches(team, list(teams), n=1)
    fix = f"write '{close[0]}'" if close else "write one of the ids of tracking.teams in mkdocs.yml"
    return f"there is no team '{team}' in tracking.teams of mkdocs.yml ({listed}): {fix}"


def other_separator(header: list[str]) -> str:
    """The separator of a file saved with semicolons or tabs instead of commas ("" when none)."""
    if len(header) != 1:
        return ""
    return next((separator for separator in (";", "\t") if separator in header[0]), "")


def separator_message(separator: str, header: str) -> str:
    """How to save a file with commas: its first line as it should read."""
    name = "semicolons (;)" if separator == ";" else "tabs"
    return (
        f"the cells are separated by {name}, not commas: save the file as 'CSV UTF-8 (comma delimited)', or "
        f"replace each {'; with a comma' if separator == ';' else 'tab with a comma'} and each decimal comma with a "
        f"dot (9,5 -> 9.5), so that the first line reads {header.replace(separator, ',').strip()}"
    )
