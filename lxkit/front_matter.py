"""Front-matter -> the typed model (:mod:`lxkit.model`): a course or module from a parsed course file.

Called by the loader (:mod:`lxkit.loader`) after validation.

Tolerant by design: a value of the wrong type (already reported by validation) is treated as
absent, so one broken field never hides the rest of a course from the linter.
"""

from __future__ import annotations

import hashlib
from typing import Any

from lxkit.findings import Finding
from lxkit.limits import DAYS_AFTER_COURSE, HOURS_PER_WEEK, WEEKS
from lxkit.model import (
    Activity,
    BusinessGoal,
    Capstone,
    ChangelogEntry,
    Course,
    CourseImage,
    Exercise,
    Module,
    Objective,
    Option,
    Owner,
    PreWork,
    Question,
    Schedule,
    Session,
)
from lxkit.sourcefile import SourceFile
from lxkit.values import fields, items, text, texts, whole


def stable_id(*parts: str) -> str:
    """A short id derived from content, stable when items are reordered."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:10]


def course_from_source(
    source: SourceFile,
    folder: str,
    problems: tuple[Finding, ...],
    modules: tuple[Module, ...],
    folder_problems: tuple[Finding, ...],
) -> Course:
    """The :class:`Course` of an ``index.md``."""
    data = fields(source.data)
    line = source.line
    return Course(
        source=source,
        problems=problems,
        folder=folder,
        id=text(data.get("id")) or folder,
        title=text(data.get("title")) or folder.replace("-", " ").capitalize(),
        summary=text(data.get("summary")),
        version=text(data.get("version")),
        status=text(data.get("status")) or "draft",
        format=text(data.get("format")) or "flipped-classroom",
        language=text(data.get("language")) or "en",
        owners=_owners(data.get("owners"), line),
        audience=texts(data.get("audience")),
        capabilities=texts(data.get("capabilities")),
        business_goal=_business_goal(data.get("business_goal"), line("business_goal")),
        learner_value=text(data.get("learner_value")),
        schedule=_schedule(data.get("schedule"), line("schedule")),
        capstone=_capstone(data.get("capstone"), line("capstone")),
        prerequisites=texts(data.get("prerequisites")),
        tags=texts(data.get("tags")),
        changelog=_changelog(data.get("changelog"), line),
        image=course_image_field(data.get("image"), line("image")),
        modules=modules,
        extra_problems=folder_problems,
    )


def course_image_field(value: Any, line: int) -> CourseImage | None:
    """The course's ``image:`` as written (``{file, alt}``, or only a file name), not yet checked."""
    if isinstance(value, str):
        return CourseImage(value.strip(), "", line) if value.strip() else None
    data = fields(value)
    image_file = text(data.get("file"))
    return CourseImage(image_file, text(data.get("alt")), line) if image_file else None


def _owners(value: Any, line: Any) -> tuple[Owner, ...]:
    owners = []
    for index, raw in enumerate(items(value)):
        entry = fields(raw)
        if text(entry.get("name")):
            owners.append(
                Owner(
                    name=text(entry.get("name")),
                    role=text(entry.get("role")),
                    email=text(entry.get("email")),
                    github=text(entry.get("github")).lstrip("@"),
                    line=line("owners", index),
                )
            )
    return tuple(owners)


def _business_goal(value: Any, line: int) -> BusinessGoal | None:
    data = fields(value)
    if not data:
        return None
    return BusinessGoal(
        text(data.get("outcome")), text(data.get("metric")), text(data.get("baseline")), text(data.get("target")), line
    )


def _schedule(value: Any, line: int) -> Schedule | None:
    data = fields(value)
    if not data:
        return None
    hours = data.get("hours_per_week")
    usable = isinstance(hours, int | float) and not isinstance(hours, bool) and 0 <= hours <= HOURS_PER_WEEK
    return Schedule(whole(data.get("weeks"), WEEKS), float(hours) if usable and hours is not None else None, line)


def _capstone(value: Any, line: int) -> Capstone | None:
    data = fields(value)
    if not text(data.get("title")):
        return None
    return Capstone(text(data.get("title")), text(data.get("deliverable")), text(data.get("audience")), line)


def _changelog(value: Any, line: Any) -> tuple[ChangelogEntry, ...]:
    entries = []
    for index, raw in enumerate(items(value)):
        entry = fields(raw)
        changes = entry.get("changes")
        change_list = texts(changes) if isinstance(changes, list) else (text(changes),) if text(changes) else ()
        if text(entry.get("version")):
            entries.append(
                ChangelogEntry(
                    text(entry.get("version")), text(entry.get("date")), change_list, line("changelog", index)
                )
            )
    return tuple(entries)


def module_from_source(source: SourceFile, number: int, slug: str, problems: tuple[Finding, ...]) -> Module:
    """The :class:`Module` of an ``NN-slug.md`` file."""
    data = fields(source.data)
    line = source.line
    return Module(
        source=source,
        problems=problems,
        number=number,
        slug=slug,
        title=text(data.get("title")) or slug.replace("-", " ").capitalize(),
        week=whole(data.get("week"), WEEKS),
        journey_stage=text(data.get("journey_stage")),
        objectives=_objectives(data.get("objectives"), line),
        pre_work=_pre_work(data.get("pre_work"), line),
        session=_session(data.get("session"), line),
        exercise=_exercise(data.get("exercise"), line("exercise")),
        check=_questions(data.get("check"), line),
        reflection=text(data.get("reflection")),
        days_after_course=_days_after_course(data.get("days_after_course")),
    )


def _days_after_course(value: Any) -> int | None:
    """The days of a follow-up module, None when absent or out of the schema's range (reported there)."""
    days = whole(value, DAYS_AFTER_COURSE)
    return days if days is not None and days >= 1 else None


def _objectives(value: Any, line: Any) -> tuple[Objective, ...]:
    objectives = []
    for index, raw in enumerate(items(value)):
        if isinstance(raw, dict):
            objective_id, body, explicit = text(raw.get("id")), text(raw.get("text")), True
        else:
            objective_id, body, explicit = "", text(raw), False
        if body:
            objectives.append(
                Objective(objective_id or f"objective-{index + 1}", body, line("objectives", index), explicit)
            )
    return tuple(objectives)


def _pre_work(value: Any, line: Any) -> tuple[PreWork, ...]:
    result = []
    for index, raw in enumerate(items(value)):
        entry = fields(raw)
        title, url = text(entry.get("title")), text(entry.get("url"))
        if not (title or url):
            continue
        required = entry.get("required")
        result.append(
            PreWork(
                id=text(entry.get("id")) or f"pw-{stable_id(url, title)}",
                kind=text(entry.get("kind")) or "reading",
                title=title or url,
                provider=text(entry.get("provider")),
                url=url,
                minutes=whole(entry.get("minutes")),
                required=required if isinstance(required, bool) else True,
                line=line("pre_work", index),
                note=text(entry.get("note")),
            )
        )
    return tuple(result)


def _session(value: Any, line: Any) -> Session | None:
    data = fields(value)
    if not data:
        return None
    activities = []
    for index, raw in enumerate(items(data.get("activities"))):
        entry = fields(raw)
        if entry:
            activities.append(
                Activity(
                    kind=text(entry.get("kind")),
                    title=text(entry.get("title")),
                    minutes=whole(entry.get("minutes")),
                    objectives=texts(entry.get("objectives")),
                    line=line("session", "activities", index),
                    note=text(entry.get("note")),
                )
            )
    mode = text(data.get("mode")) or "in-person"
    return Session(
        whole(data.get("minutes")),
        mode,
        tuple(activities),
        line("session"),
        starts=text(data.get("starts")),
        materials=texts(data.get("materials")),
    )


def _exercise(value: Any, line: int) -> Exercise | None:
    data = fields(value)
    if not data:
        return None
    return Exercise(
        id=text(data.get("id")) or "exercise",
        title=text(data.get("title")),
        context=text(data.get("context")),
        deliverable=text(data.get("deliverable")),
        minutes=whole(data.get("minutes")),
        objectives=texts(data.get("objectives")),
        line=line,
    )


def _questions(value: Any, line: Any) -> tuple[Question, ...]:
    questions = []
    for index, raw in enumerate(items(value)):
        entry = fields(raw)
        prompt = text(entry.get("question"))
        if not prompt:
            continue
        options = tuple(
            Option(
                text(fields(o).get("text")),
                fields(o).get("correct") is True,
                text(fields(o).get("feedback")),
                line("check", index, "options", position),
            )
            for position, o in enumerate(items(entry.get("options")))
            if text(fields(o).get("text"))
        )
        questions.append(
            Question(
                id=text(entry.get("id")) or f"q-{stable_id(prompt)}",
                question=prompt,
                kind=text(entry.get("kind")) or "single",
                options=options,
                answer=text(entry.get("answer")),
                feedback=text(entry.get("feedback")),
                objectives=texts(entry.get("objectives")),
                line=line("check", index),
            )
        )
    return tuple(questions)
