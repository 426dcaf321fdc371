"""Figures so far for the questions and pre-work items a change edits (from ``lxkit insights``), so the
author sees, in the pull request, how learners did with what they are changing (pure)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxkit.insights.figures import FLAG_NAMES, share_text
from lxkit.insights.results import CourseInsights, Insights
from lxkit.model import Module, Portal, PreWork, Question


@dataclass(frozen=True, slots=True)
class ItemFigures:
    """One edited question or pre-work item and what learners did with it before the change."""

    course: str
    module: str
    kind: str
    item: str
    path: str
    line: int
    figures: str


def _question_key(question: Question) -> tuple[object, ...]:
    options = tuple((o.text, o.correct) for o in question.options)
    return (question.question, question.kind, options, question.answer)


def _pre_work_key(item: PreWork) -> tuple[object, ...]:
    return (item.title, item.url, item.kind, item.minutes, item.required)


def changed_item_figures(before: Portal, after: Portal, insights: Insights) -> tuple[ItemFigures, ...]:
    """Figures of every question and pre-work item that exists on both sides and changed."""
    found: list[ItemFigures] = []
    for course in after.courses:
        old_course, stats = before.course(course.folder), insights.course(course.folder)
        if old_course is None or stats is None:
            continue
        old_modules = {m.slug: m for m in old_course.modules}
        for module in course.modules:
            old = old_modules.get(module.slug)
            if old is not None:
                found.extend(_module_items(course.folder, old, module, stats, insights.min_group))
    return tuple(found)


def _module_items(course: str, old: Module, new: Module, stats: CourseInsights, small: int) -> Iterator[ItemFigures]:
    old_questions = {q.id: _question_key(q) for q in old.check}
    questions = {q.question: q for q in stats.questions if q.module == new.slug}
    for question in new.check:
        stat = questions.get(question.id)
        if question.id in old_questions and old_questions[question.id] != _question_key(question) and stat:
            text = f"right first time {share_text(stat.right_first, small)} of {stat.answered} learners"
            if stat.wrong_option:
                text += f"; option {stat.wrong_option} chosen first by {share_text(stat.wrong_share, small)}"
            if stat.flags:
                text += "; flagged " + ", ".join(FLAG_NAMES[f] for f in stat.flags)
            yield ItemFigures(course, new.slug, "question", question.id, new.path, question.line, text)
    old_items = {p.id: _pre_work_key(p) for p in old.pre_work}
    items = {p.item: p for p in stats.pre_work if p.module == new.slug}
    for item in new.pre_work:
        done = items.get(item.id)
        if item.id in old_items and old_items[item.id] != _pre_work_key(item) and done:
            text = (
                f"done by {share_text(done.completed, small)} of the {done.opened} learners who opened the module; "
                f"before the session by {share_text(done.on_time, small)}"
            )
            yield ItemFigures(course, new.slug, "pre-work", item.id, new.path, item.line, text)
