"""A plan -> the files of a course folder: what the plan holds, and guidance text for the rest.

Texts the plan does not hold are the course templates' guidance ("Replace with ..."), so the
course lints without errors when the plan is complete. Ids are derived from the week and the
position (``w2-objective-1``), so the same plan always gives the same files.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from lxkit import yamlemit
from lxkit.exceptions import UsageError
from lxkit.plan.layout import WEEKS_SHEET, Plan, PlanRow, Value
from lxkit.plan.workbook import PlanError, column_letter

REPLACE = "Replace with "
DEFAULT_STAGE = "capability-building"


def course_files(course_id: str, plan: Plan, today: str, source: str) -> dict[str, str]:
    """``index.md`` and one ``NN-slug.md`` per week; raises :class:`PlanError` for weeks without a title."""
    weeks = _weeks(plan.rows)
    problems = [
        f"{source}:{WEEKS_SHEET}!{column_letter(2)}{rows[0].row}: week {week} has no module title; write it on this row"
        for week, rows in weeks.items()
        if _first(rows, "title") is None
    ]
    if problems:
        raise PlanError(problems)
    if not weeks:
        raise UsageError(f"{source}: the {WEEKS_SHEET} sheet has no rows; plan at least one week")
    course_weeks = sum(1 for rows in weeks.values() if _first(rows, "after_days") is None)
    files = {"index.md": _document(_course(course_id, plan, course_weeks, today), _COURSE_BODY)}
    used: set[str] = set()
    for number, (week, rows) in enumerate(sorted(weeks.items()), start=1):
        slug = _slug(str(_first(rows, "title")), used)
        files[f"{number:02d}-{slug}.md"] = _document(_module(week, rows), _MODULE_BODY)
    return files


def _weeks(rows: Sequence[PlanRow]) -> dict[int, list[PlanRow]]:
    weeks: dict[int, list[PlanRow]] = {}
    for row in rows:
        weeks.setdefault(int(row.get("week") or 0), []).append(row)
    return weeks


def _first(rows: Sequence[PlanRow], field: str) -> Value | None:
    return next((value for row in rows if (value := row.get(field)) is not None), None)


def _all(rows: Sequence[PlanRow], field: str) -> list[Value]:
    return [value for row in rows if (value := row.get(field)) is not None]


def _text(plan: Plan, key: str, guidance: str) -> Value:
    value = plan.field(key)
    return value if value is not None else REPLACE + guidance


def _course(course_id: str, plan: Plan, weeks: int, today: str) -> dict[str, Any]:
    owner_email = "replace-me@acme.example"
    data: dict[str, Any] = {
        "id": course_id,
        "title": _text(plan, "title", "the course title"),
        "summary": _text(plan, "summary", "one or two sentences for the catalog"),
        "version": "0.1.0",
        "status": plan.field("status") or "draft",
        "format": "flipped-classroom",
        "owners": [
            {
                "name": _text(plan, "sme_name", "your name"),
                "role": "sme",
                "email": plan.field("sme_email") or owner_email,
            },
            {
                "name": _text(plan, "business_name", "the business co-owner's name"),
                "role": "business",
                "email": plan.field("business_email") or owner_email,
            },
        ],
        "business_goal": {
            "outcome": _text(plan, "outcome", "the business result your co-owner wants"),
            "metric": _text(plan, "metric", "how that result is measured"),
            "baseline": _text(plan, "baseline", "today's value and where it comes from"),
            "target": _text(plan, "target", "the value you aim for, and by when"),
        },
        "learner_value": _text(plan, "learner_value", "what learners personally gain"),
        "schedule": {"weeks": plan.field("weeks") or weeks, "hours_per_week": plan.field("hours_per_week") or 4},
        "capstone": {
            "title": _text(plan, "capstone", "the name of the capstone"),
            "deliverable": _text(plan, "capstone_deliverable", "what learners hand in or present, and to whom"),
        },
        "changelog": [{"version": "0.1.0", "date": today, "changes": "First draft from the course plan."}],
    }
    return data


def _module(week: int, rows: Sequence[PlanRow]) -> dict[str, Any]:
    objectives = [{"id": f"w{week}-objective-{n}", "text": text} for n, text in enumerate(_all(rows, "objective"), 1)]
    ids = [str(objective["id"]) for objective in objectives]
    data: dict[str, Any] = {
        "title": _first(rows, "title"),
        **({"days_after_course": days} if (days := _first(rows, "after_days")) is not None else {"week": week}),
        "journey_stage": _first(rows, "stage") or DEFAULT_STAGE,
        "objectives": objectives,
        "pre_work": [_pre_work(week, n, row) for n, row in enumerate(_having(rows, "pre_title"), 1)],
        "session": {
            "minutes": sum(int(row.get("activity_minutes") or 0) for row in rows),
            "mode": "in-person",
            "activities": [_activity(row, ids) for row in _having(rows, "activity")],
        },
        "exercise": {
            "title": _first(rows, "exercise") or REPLACE + "what learners do in their own work this week",
            "context": REPLACE + "where in their own work learners do the exercise",
            "deliverable": REPLACE + "what learners hand in or bring to the next session",
            "minutes": _first(rows, "exercise_minutes") or 60,
            "objectives": ids,
        },
        "check": [_question(week, n, text, ids) for n, text in enumerate(_all(rows, "question"), 1)],
        "reflection": "What will you do differently next week because of this module, and what might stop you?",
    }
    return {key: value for key, value in data.items() if value != []}


def _having(rows: Sequence[PlanRow], field: str) -> list[PlanRow]:
    return [row for row in rows if row.get(field) is not None]


def _pre_work(week: int, number: int, row: PlanRow) -> dict[str, Any]:
    url = str(row.get("pre_url") or "https://www.coursera.org/")
    host = re.sub(r"^www\.", "", url.split("//", 1)[-1].split("/", 1)[0]) or "the provider"
    item: dict[str, Any] = {"id": f"w{week}-pre-work-{number}", "kind": row.get("pre_kind") or "reading"}
    item.update({"title": row.get("pre_title"), "provider": host, "url": url, "minutes": row.get("pre_minutes") or 15})
    return item


def _activity(row: PlanRow, objectives: list[str]) -> dict[str, Any]:
    activity: dict[str, Any] = {"kind": row.get("activity_kind") or "practice", "title": row.get("activity")}
    activity["minutes"] = row.get("activity_minutes") or 0
    if objectives:
        activity["objectives"] = objectives
    return activity


def _question(week: int, number: int, text: Value, objectives: list[str]) -> dict[str, Any]:
    question: dict[str, Any] = {"id": f"w{week}-question-{number}", "question": text, "kind": "text"}
    question["answer"] = REPLACE + "what a good answer contains"
    question["feedback"] = "Compare your answer with a colleague's in the next session."
    if objectives:
        question["objectives"] = objectives
    return question


def _slug(title: str, used: set[str]) -> str:
    base = "-".join(re.findall(r"[a-z0-9]+", title.lower())[:6]) or "week"
    slug, counter = base, 2
    while slug in used:
        slug, counter = f"{base}-{counter}", counter + 1
    used.add(slug)
    return slug


def _document(data: dict[str, Any], body: str) -> str:
    text = yamlemit.dump(data)
    return f"---\n{text}---\n\n{body}"


_COURSE_BODY = """\
## Who this course is for

Replace this paragraph with two or three sentences about your learners and why this course helps them now.

## How the course works

Each week: pre-work before the session, a live session for practice, and an exercise in your own work.
"""

_MODULE_BODY = """\
## What learners will do this week

Replace with two or three sentences that connect this week to the previous one and to the capstone.
"""
