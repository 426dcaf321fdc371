"""The week a module counts in (one rule for lint, review, the journey chart and plans), and a follow-up
after the course (``days_after_course``): in no week, and the same for lint, pages, review, export."""

from __future__ import annotations

from pathlib import Path

import pytest

from lxkit.authorvalues import as_days
from lxkit.builder.content.course_pages import course_page, module_page
from lxkit.builder.content.guide import guide_page
from lxkit.builder.content.pages import Flavour
from lxkit.config import load_config
from lxkit.export.plan import module_description, plan_package
from lxkit.fix import fixed_text
from lxkit.lint.engine import lint_portal
from lxkit.loader import load_portal
from lxkit.model import Course, Portal
from lxkit.review.diff import minutes_per_week, minutes_per_when
from lxkit.schedule import calendar_week, follow_up_loads, module_week, week_loads, when_text
from lxkit.sourcefile import parse_source
from lxkit.validation import validate
from tests.builder import portal_factory as factory
from tests.helpers import MODULE, valid_course, write_portal

SCHEDULE_CODES = {"LX008", "LX010", "LX100", "LX207"}


def follow_up_portal(root: Path, **overrides: object) -> Portal:
    """Two weeks of 4 hours and a follow-up 90 days after them that alone would fill a week over budget."""
    weeks = [factory.module(1, 1, "awareness"), factory.module(2, 2, "application")]
    front = {"days_after_course": 90, "title": "90 days on: did the saving land?", **overrides}
    follow = factory.module(3, 2, "measurement")
    front_data = {key: value for key, value in follow.front.items() if key != "week"}
    front_data.update(front)
    front_data["session"] = {**factory.SESSION, "minutes": 200}
    modules = [*weeks, factory.ModuleFiles("03-ninety-days-on", front_data, follow.body)]
    factory.write_portal(root, [factory.course("saving", modules)])
    return factory.load(root)


def course_of(portal: Portal) -> Course:
    course = portal.course("saving")
    assert course is not None
    return course


def test_a_follow_up_counts_in_no_week_and_lint_agrees(tmp_path: Path) -> None:
    portal = follow_up_portal(tmp_path)
    course = course_of(portal)
    follow = course.modules[2]
    assert follow.days_after_course == 90 and follow.week is None
    assert module_week(follow) is None and [module_week(m) for m in course.modules[:2]] == [1, 2]
    assert [load.week for load in week_loads(course)] == [1, 2]
    assert all(follow.page_name not in load.modules for load in week_loads(course))
    assert [(f.days_after_course, f.modules, f.total) for f in follow_up_loads(course)] == [
        (90, ("03-ninety-days-on",), follow.total_minutes)
    ]
    assert when_text(follow) == "90 days after the course" and when_text(course.modules[0]) == "Week 1"
    assert calendar_week(course, follow) == 2 + 13
    findings = [f for f in lint_portal(portal).findings if f.code in SCHEDULE_CODES]
    assert findings == [], [f.message for f in findings]


def test_review_counts_minutes_in_the_weeks_lint_counts(tmp_path: Path) -> None:
    course = course_of(follow_up_portal(tmp_path))
    totals = {(key.week, key.when): minutes for key, minutes in minutes_per_when(course.modules).items()}
    loads = {load.week: load.total for load in week_loads(course)}
    assert {week: minutes for (week, _), minutes in totals.items() if week is not None} == loads
    assert totals[(None, "90 days after the course")] == course.modules[2].total_minutes


def test_a_follow_up_that_also_names_a_week_is_reported_with_the_line_to_delete(tmp_path: Path) -> None:
    portal = follow_up_portal(tmp_path, week=3)
    findings = [f for f in lint_portal(portal).findings if f.code == "LX010"]
    assert len(findings) == 1
    lines = (tmp_path / findings[0].path).read_text("utf-8").splitlines()
    assert findings[0].path.endswith("03-ninety-days-on.md") and lines[findings[0].line - 1] == "week: 3"
    assert "delete the line 'week: 3'" in findings[0].message
    assert module_week(course_of(portal).modules[2]) is None


def test_a_module_after_the_last_week_is_told_about_days_after_course(tmp_path: Path) -> None:
    modules = [factory.module(1, 1, "awareness"), factory.module(2, 2), factory.module(3, 3, "measurement")]
    factory.write_portal(tmp_path, [factory.course("late", modules)])
    findings = [f for f in lint_portal(factory.load(tmp_path)).findings if f.code == "LX010"]
    assert len(findings) == 1 and "replace 'week:' with 'days_after_course:'" in findings[0].message


def test_course_page_chart_module_page_and_guide_say_90_days_after_the_course(tmp_path: Path) -> None:
    portal = follow_up_portal(tmp_path)
    course = course_of(portal)
    page = course_page(portal, course, Flavour.LEARNER).content
    assert 'data-lxkit-follow-up="90"' in page and "(follow-up, in no week's budget)" in page
    assert "Learner time per week and in the follow-up after the course: pre-work" in page
    assert "90 days after the course · Measurement" in page
    assert 'aria-label="90 days after the course: 90 days on: did the saving land?"' in page
    assert "Week 3" not in page
    module = module_page(portal, course, course.modules[2], Flavour.TRAINER, None, None).content
    assert '<span aria-current="page">90 days after the course</span>' in module
    assert 'lxkit-badge--primary">90 days after the course<' in module
    assert "90 days after the course: <a" in guide_page(portal, course).content


def test_export_lists_the_follow_up_last_and_says_when(tmp_path: Path) -> None:
    portal = follow_up_portal(tmp_path)
    course = course_of(portal)
    plan = plan_package(portal, course, "scorm12")
    assert plan.units[-1].title == "90 days on: did the saving land?"
    assert module_description(course.modules[2]).startswith("Follow-up 90 days after the course.\n")


@pytest.mark.parametrize(
    ("written", "days"), [("90 days", 90), ("90 d", 90), ("12 weeks", 84), ("90 days after the course", 90)]
)
def test_days_as_authors_write_them_are_advised_and_fixed(written: str, days: int) -> None:
    assert as_days(written) == days
    text = f"---\ntitle: Check-in\ndays_after_course: {written}\n---\n\nBody\n"
    issues = validate(parse_source("courses/c/05-check-in.md", text), "module")
    assert [issue.line for issue in issues] == [3]
    assert f"write it as:  days_after_course: {days}" in issues[0].message
    assert fixed_text("courses/c/05-check-in.md", text) == text.replace(written, str(days))


def test_a_number_in_quotes_is_that_many_days() -> None:
    text = '---\ntitle: Check-in\ndays_after_course: "90"\n---\n\nBody\n'
    assert fixed_text("courses/c/05-check-in.md", text) == text.replace('"90"', "90")


def test_not_days() -> None:
    assert as_days("three months") is None and as_days("90 min") is None


def weekless_portal(tmp_path: Path, hours_per_week: str = "4") -> Portal:
    """A three-week course whose module 02 has no ``week``."""
    files = valid_course("demo")
    files["index.md"] = files["index.md"].replace("weeks: 1", "weeks: 3").replace(
        "hours_per_week: 4", f"hours_per_week: {hours_per_week}"
    )
    files["02-more-charts.md"] = MODULE.format(title="More charts").replace("week: 1\n", "")
    files["03-last-charts.md"] = MODULE.format(title="Last charts").replace("week: 1\n", "week: 3\n")
    root = write_portal(tmp_path / "portal", {"demo": files})
    return load_portal(load_config(root / "mkdocs.yml"))


def test_a_module_without_a_week_counts_in_the_week_of_its_number(tmp_path: Path) -> None:
    course = weekless_portal(tmp_path).courses[0]
    assert [(m.number, m.week, module_week(m)) for m in course.modules] == [(1, 1, 1), (2, None, 2), (3, 3, 3)]
    loads = week_loads(course)
    assert [(load.week, load.modules) for load in loads] == [
        (1, ("01-reading-charts",)), (2, ("02-more-charts",)), (3, ("03-last-charts",))
    ]
    assert minutes_per_week(course.modules) == {load.week: load.total for load in loads}


def test_lint_and_review_agree_on_the_week_of_a_module_without_one(tmp_path: Path) -> None:
    portal = weekless_portal(tmp_path, hours_per_week="1")
    course, result = portal.courses[0], lint_portal(portal)
    over = sorted(f.message.split(" asks ")[0] for f in result.findings if f.code == "LX008")
    assert over == [f"week {week}" for week in sorted(minutes_per_week(course.modules))]
    assert not [f for f in result.findings if f.code == "LX010"], "no week is empty: week 2 holds module 02"


@pytest.mark.parametrize(
    ("written", "advice"),
    [
        ('"2"', "'week' must be a whole number alone; write it as:  week: 2"),
        ("week 2", "'week' must be a whole number alone; write it as:  week: 2"),
        ("1e999", "'week' is 1e999 but must be a whole number from 1 to 104; to count it in the week of its number"),
        ("999", "'week' is 999 but must be a whole number from 1 to 104; to count it in the week of its number"),
        ("0", "'week' is 0 but must be a whole number from 1 to 104; to count it in the week of its number"),
    ],
)
def test_a_week_that_is_no_week_is_advised_with_the_line_to_copy(written: str, advice: str) -> None:
    text = f"---\ntitle: Check-in\nweek: {written}\n---\n\nBody\n"
    issues = validate(parse_source("courses/c/03-check-in.md", text), "module")
    assert [issue.line for issue in issues] == [3]
    assert issues[0].message.startswith(advice), issues[0].message
    assert "write it as:  week: " in issues[0].message
    expected = "2" if "alone" in advice else "3"
    assert issues[0].message.endswith(f"write it as:  week: {expected}")


def test_schedule_weeks_beyond_the_limit_are_advised_with_the_nearest_allowed_number() -> None:
    text = "---\nid: c\nschedule:\n  weeks: 1e999\n---\n"
    issues = validate(parse_source("courses/c/index.md", text), "course")
    issues = [issue for issue in issues if issue.path == ("schedule", "weeks")]
    assert issues[0].message.endswith("must be a whole number from 1 to 104; write it as:  weeks: 104")
