"""``review_change`` on a real repository: a branch that edits an objective, changes minutes, breaks a
link and forgets the version bump; then the same branch done right.
"""

from __future__ import annotations

import json
from pathlib import Path

from lxkit.review.api import default_base, review_change
from lxkit.review.diff import Status
from lxkit.review.report import json_report, markdown_report
from tests.helpers_portal import COURSE, changelog_entry, commit_all, course_file, edit, git

OLD_OBJECTIVE = "Explain what a chart shows and what it hides."
NEW_OBJECTIVE = "Explain what a chart shows, hides and exaggerates."


def _careless_branch(repo: Path) -> None:
    git(repo, "checkout", "-q", "-b", "careless")
    module = course_file(repo, "01-charts.md")
    edit(module, OLD_OBJECTIVE, NEW_OBJECTIVE)
    edit(module, "  minutes: 60\n", "  minutes: 90\n")
    edit(module, "[apply this](02-apply.md)", "[apply this](02-aply.md)")
    edit(module, "url: https://www.youtube.com/watch?v=abc", "url: https://www.youtube.com/watch?v=xyz")
    commit_all(repo, "Sharper objective, longer session")


def test_the_report_names_every_change_and_fails_the_review(portal_repo: Path) -> None:
    _careless_branch(portal_repo)
    review = review_change(portal_repo, "mkdocs.yml", default_base(portal_repo, "HEAD"), "HEAD")

    assert review.failed
    [course] = review.courses
    assert (course.id, course.status, course.version_before, course.version_after) == (
        COURSE,
        Status.CHANGED,
        "1.0.0",
        "1.0.0",
    )
    assert [(m.name, m.status) for m in course.modules] == [("01-charts", Status.CHANGED)]
    [objective] = course.objectives
    assert (objective.module, objective.id, objective.before, objective.after) == (
        "01-charts",
        "explain-charts",
        OLD_OBJECTIVE,
        NEW_OBJECTIVE,
    )
    [link] = course.pre_work_links
    assert (link.id, link.before, link.after) == (
        "intro-video",
        "https://www.youtube.com/watch?v=abc",
        "https://www.youtube.com/watch?v=xyz",
    )
    assert [(w.week, w.before, w.after) for w in course.minutes] == [(1, 135, 165)]
    assert [f.code for f in review.checks] == ["LX301", "LX302"]
    assert [(f.code, f.path) for f in review.lint.introduced] == [("LX201", f"courses/{COURSE}/01-charts.md")]
    assert review.lint.fixed == ()

    report = markdown_report(review)
    assert report.startswith("<!-- lxkit-review -->\n## lxkit review: 1 course touched, changes needed")
    assert f"~~{OLD_OBJECTIVE}~~ → {NEW_OBJECTIVE}" in report
    assert "Week 1: 135 → 165 minutes" in report
    assert "watch?v=abc~~ → https://www.youtube.com/watch?v=xyz" in report
    assert "`LX301` version-not-bumped" in report and "version stayed 1.0.0; raise it (e.g. to 1.0.1)" in report
    assert "@ada" in report and "@bob-biz" in report
    assert "`LX201` broken-internal-link" in report and "02-aply.md" in report
    data = json.loads(json_report(review))
    assert data["failed"] is True
    assert data["courses"][0]["minutes"] == [{"week": 1, "before": 135, "after": 165, "when": "Week 1"}]
    assert data["lint"]["introduced"][0]["severity"] == "error"


def test_a_change_done_right_passes_and_lists_the_fix(portal_repo: Path) -> None:
    _careless_branch(portal_repo)
    careless = git(portal_repo, "rev-parse", "HEAD")
    index = course_file(portal_repo, "index.md")
    edit(index, "version: 1.0.0", "version: 1.1.0")
    edit(index, "changelog:\n", "changelog:\n" + changelog_entry("1.1.0", "Sharper objective."))
    edit(course_file(portal_repo, "01-charts.md"), "(02-aply.md)", "(02-apply.md)")
    commit_all(portal_repo, "Bump and fix the link")
    review = review_change(portal_repo, "mkdocs.yml", careless, "HEAD")
    assert not review.failed
    assert [f.code for f in review.lint.fixed] == ["LX201"]
    assert [f.code for f in review.checks] == ["LX302"]
    assert "ready for the owners' review" in markdown_report(review)


def test_a_bump_without_a_changelog_entry_is_lx301(portal_repo: Path) -> None:
    git(portal_repo, "checkout", "-q", "-b", "half")
    edit(course_file(portal_repo, "02-apply.md"), "Bring your own dashboard.", "Bring two dashboards.")
    edit(course_file(portal_repo, "index.md"), "version: 1.0.0", "version: 1.0.1")
    commit_all(portal_repo, "half done")
    review = review_change(portal_repo, "mkdocs.yml", "main", "HEAD")
    [lx301] = [f for f in review.checks if f.code == "LX301"]
    assert "changelog has no 1.0.1 entry" in lx301.message
    assert review.failed


def test_old_findings_are_counted_not_listed(portal_repo: Path) -> None:
    edit(course_file(portal_repo, "02-apply.md"), "(01-charts.md)", "(01-chart.md)")
    commit_all(portal_repo, "old debt")
    git(portal_repo, "checkout", "-q", "-b", "feature")
    index = course_file(portal_repo, "index.md")
    edit(index, "## How this course works\n", "## How this course works\n\nA new first line moves every finding.\n")
    commit_all(portal_repo, "typo")
    review = review_change(portal_repo, "mkdocs.yml", "main", "HEAD")
    assert review.lint.introduced == () and review.lint.fixed == ()
    assert review.lint.unchanged == 1
    assert "1 already there before this change (not listed)" in markdown_report(review)


def test_courses_added_and_removed(portal_repo: Path) -> None:
    git(portal_repo, "checkout", "-q", "-b", "reorg")
    courses = portal_repo / "courses"
    (courses / COURSE).rename(courses / "data-advanced")
    edit(courses / "data-advanced" / "index.md", f"id: {COURSE}", "id: data-advanced")
    commit_all(portal_repo, "rename")
    review = review_change(portal_repo, "mkdocs.yml", "main", "HEAD")
    assert [(c.id, c.status) for c in review.courses] == [("data-advanced", Status.ADDED), (COURSE, Status.REMOVED)]
    assert [m.status for m in review.courses[0].modules] == [Status.ADDED, Status.ADDED]
    assert [f.code for f in review.checks] == ["LX302", "LX302"]
    assert "removes course" in review.checks[1].message
    assert not review.failed


def test_a_portal_added_by_the_change_compares_with_nothing(portal_repo: Path) -> None:
    git(portal_repo, "checkout", "-q", "--orphan", "empty")
    git(portal_repo, "rm", "-rqf", ".")
    (portal_repo / "README.md").write_text("nothing yet", encoding="utf-8")
    commit_all(portal_repo, "empty")
    review = review_change(portal_repo, "mkdocs.yml", "empty", "main")
    assert [(c.id, c.status) for c in review.courses] == [(COURSE, Status.ADDED)]
