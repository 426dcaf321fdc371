"""A new portal's example course is a finished flipped-classroom course: it lints clean and builds.

The commands run as an author runs them (``python -m lxkit`` in the new folder); ``lxkit new
course`` next to it still writes the guided template, whose guidance lint reports (LX212).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from lxkit.config import load_config
from lxkit.loader import load_portal
from lxkit.model import Course
from lxkit.placeholders import placeholders
from lxkit.scaffold.example import COURSE_ID, example_course_files
from lxkit.sourcefile import parse_source


def lxkit(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "lxkit", *args], cwd=root, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def portal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("example") / "academy"
    done = lxkit(root.parent, "new", "portal", "academy", "--no-git")
    assert done.returncode == 0, done.stderr
    return root


@pytest.fixture(scope="module")
def course(portal: Path) -> Course:
    return load_portal(load_config(portal / "mkdocs.yml")).course(COURSE_ID)


def test_the_new_portal_lints_clean_strictly_with_no_findings(portal: Path) -> None:
    done = lxkit(portal, "lint", "--strict", "--format", "json")
    assert done.returncode == 0, done.stdout
    report = json.loads(done.stdout)
    assert report["findings"] == [] and report["summary"]["files"] == 4
    todo = lxkit(portal, "lint", "--todo")
    assert todo.returncode == 0 and "nothing left to write" in todo.stdout


def test_the_new_portal_builds(portal: Path) -> None:
    done = lxkit(portal, "build", "--jobs", "1")
    assert done.returncode == 0, done.stderr
    page = (portal / "site/courses" / COURSE_ID / "index.html").read_text("utf-8")
    assert "Read a dashboard before you decide" in page and "One decision, argued from the data" in page
    assert 'data-md-color-media="(prefers-color-scheme: dark)"' in page, "no switch to the dark scheme"


def test_the_example_is_a_whole_flipped_classroom_course(course: Course) -> None:
    assert course.status == "published" and course.schedule is not None and course.schedule.weeks == 3
    goal = course.business_goal
    assert goal is not None and goal.metric and goal.baseline and goal.target
    assert course.capstone is not None and course.capstone.deliverable and course.capstone.audience
    assert {o.role for o in course.owners} == {"sme", "business"}
    assert [m.week for m in course.modules] == [1, 2, 3]
    assert [m.journey_stage for m in course.modules] == ["capability-building", "application", "reinforcement"]
    for module in course.modules:
        assert module.objectives and module.pre_work and module.reflection, module.slug
        assert module.session is not None and module.session.activities, module.slug
        assert module.exercise is not None and module.exercise.context and module.exercise.deliverable
        assert len(module.check) >= 2, module.slug
    kinds = {a.kind for m in course.modules for a in m.session.activities if m.session is not None}
    assert {"practice", "pitch"} <= kinds


def test_the_example_has_no_guidance_left_and_teaches_with_comments() -> None:
    files = example_course_files()
    assert next(iter(files)) == "index.md" and len(files) == 4
    for name, text in files.items():
        assert placeholders(parse_source(name, text)) == (), name
        assert "{{" not in text and "{%" not in text, name  # copied as it is, not a template
    assert "# The example course of a new portal" in files["index.md"]


def test_a_new_course_next_to_it_is_still_the_guided_template(portal: Path) -> None:
    done = lxkit(portal, "new", "course", "my-course", "--owner", "Ada Lovelace", "--github", "ada")
    assert done.returncode == 0, done.stderr
    linted = lxkit(portal, "lint", "--format", "json")
    assert linted.returncode == 0, linted.stdout  # guidance is a warning while the course is a draft
    findings = json.loads(linted.stdout)["findings"]
    assert findings and {f["code"] for f in findings} == {"LX212"}
    assert {f["path"].split("/")[1] for f in findings} == {"my-course"}


def test_guidance_left_ends_the_text_report_with_a_pointer_to_the_checklist(portal: Path) -> None:
    lxkit(portal, "new", "course", "second-course", "--owner", "Ada Lovelace", "--github", "ada")
    linted = lxkit(portal, "lint")
    left = linted.stdout.count(" LX212 ")
    assert left > 10
    assert f"{left} things are still template guidance (LX212)" in linted.stderr
    assert "'lxkit lint --todo'" in linted.stderr
    todo = lxkit(portal, "lint", "--todo")
    assert todo.returncode == 1
    assert todo.stdout.count("  [ ] courses/") == left  # the checklist holds every one of them
    assert "nothing left to write" in todo.stdout  # the finished example course
    as_json = lxkit(portal, "lint", "--format", "json")
    assert "--todo" not in as_json.stderr  # machine-readable reports stay as they are
