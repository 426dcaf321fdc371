"""A small valid portal in a real Git repository, for the publish, review, codeowners and CI tests.

``make_portal_repo(path)`` writes ``mkdocs.yml`` and one course (``data-basics``) with two modules
that load, lint and build cleanly, and commits them on ``main``. Tests change the texts with plain
string replacement (``edit(...)``) and commit again with ``commit_all(...)``. Git runs with a fixed
identity and without the user's global settings.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import PORTAL_YML as BASE_PORTAL_YML
from tests.helpers import program

COURSE = "data-basics"
SITE_URL = "https://academy.example.com/learn/"

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Ada Lovelace",
    "GIT_AUTHOR_EMAIL": "ada@acme.example",
    "GIT_COMMITTER_NAME": "Ada Lovelace",
    "GIT_COMMITTER_EMAIL": "ada@acme.example",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}

PORTAL_YML = BASE_PORTAL_YML.replace("site_name: Test Academy\n", f"site_name: Test Academy\nsite_url: {SITE_URL}\n")

COURSE_INDEX = """\
---
id: data-basics
title: Data basics
summary: Read dashboards and charts with confidence.
version: 1.0.0
status: published
format: flipped-classroom
language: en
owners:
  - name: Ada Lovelace
    role: sme
    email: ada@acme.example
    github: ada
  - name: Bob Business
    role: business
    email: bob@acme.example
    github: bob-biz
audience: [Engineers]
capabilities: [data-literacy]
business_goal:
  outcome: Fewer wrong decisions from misread dashboards.
  metric: Dashboard questions escalated per month
  baseline: 40
  target: 20
learner_value: You read any dashboard with confidence.
schedule:
  weeks: 2
  hours_per_week: 4
capstone:
  title: Team proposal
  deliverable: A one-page proposal pitched to senior management.
  audience: Leadership
changelog:
  - version: 1.0.0
    date: 2026-01-15
    changes: [First run.]
---

## How this course works

Each week starts with pre-work online: a short video and an article, about half an hour in total.
Then we meet for a live session where we practise on real dashboards and explain charts to each other.
After the session you apply the week's idea in an exercise with a dashboard from your own work.
The course ends with a capstone: a one-page proposal for a better dashboard, pitched to leadership.
"""

MODULE = """\
---
title: {title}
week: {week}
journey_stage: {stage}
objectives:
  - id: {objective_id}
    text: {objective}
pre_work:
  - id: intro-video
    kind: video
    title: Reading charts
    provider: YouTube
    url: {url}
    minutes: 20
    required: true
  - id: hbr-article
    kind: reading
    title: Dashboards that mislead
    provider: HBR
    url: https://hbr.org/dashboards
    minutes: 15
    required: false
session:
  minutes: {session_minutes}
  mode: in-person
  activities:
    - kind: q-and-a
      title: Questions from the pre-work
      minutes: 15
    - kind: practice
      title: Read three team dashboards
      minutes: 30
      objectives: [{objective_id}]
    - kind: teach-back
      title: Groups explain one chart
      minutes: 15
      objectives: [{objective_id}]
exercise:
  id: own-dashboard
  title: Audit one dashboard you use
  context: Pick a dashboard your team looks at every week.
  deliverable: A half-page note shared with your group.
  minutes: 40
  objectives: [{objective_id}]
check:
  - id: axis
    question: What should you check first on a bar chart?
    kind: single
    objectives: [{objective_id}]
    options:
      - text: Where the value axis starts
        correct: true
        feedback: Yes, a cut axis exaggerates differences.
      - text: The colour of the bars
        correct: false
        feedback: Colour rarely changes the story.
reflection: What will you check next time you read a dashboard?
---

## Key ideas

{body}
"""


# The two modules of the fixture course: 1 is in the application stage, 2 in reinforcement.
MODULE_FIELDS = {
    1: {
        "title": "Reading charts",
        "week": 1,
        "stage": "application",
        "objective_id": "explain-charts",
        "objective": "Explain what a chart shows and what it hides.",
        "url": "https://www.youtube.com/watch?v=abc",
        "session_minutes": 60,
        "body": "Charts compress data. Next week we [apply this](02-apply.md).",
    },
    2: {
        "title": "Applying it",
        "week": 2,
        "stage": "reinforcement",
        "objective_id": "critique-dashboard",
        "objective": "Critique a dashboard your team uses.",
        "url": "https://www.youtube.com/watch?v=def",
        "session_minutes": 60,
        "body": "Bring your own dashboard. Go back to [week 1](01-charts.md) if needed.",
    },
}


def module_text(number: int) -> str:
    """One of the two modules of the fixture course (1: application, 2: reinforcement)."""
    return MODULE.format(**MODULE_FIELDS[1 if number == 1 else 2])


def write_portal(root: Path) -> Path:
    """Write the fixture portal into ``root``; returns ``root``."""
    folder = root / "courses" / COURSE
    folder.mkdir(parents=True, exist_ok=True)
    (root / "mkdocs.yml").write_text(PORTAL_YML, encoding="utf-8")
    (root / ".gitignore").write_text("/site/\n.lxkit-cache/\n", encoding="utf-8")
    (folder / "index.md").write_text(COURSE_INDEX, encoding="utf-8")
    (folder / "01-charts.md").write_text(module_text(1), encoding="utf-8")
    (folder / "02-apply.md").write_text(module_text(2), encoding="utf-8")
    return root


def git(repo: Path, *args: str, check: bool = True) -> str:
    """Run git in ``repo`` with the test identity (unless the environment sets another); returns its output."""
    done = subprocess.run(
        ["git", *args], cwd=repo, env={**GIT_ENV, **os.environ}, capture_output=True, text=True, check=False
    )
    if check and done.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed: {done.stderr}")
    return done.stdout.strip()


def mike_versions(repo: Path, branch: str = "gh-pages") -> list[str]:
    """The versions as ``mike list`` reads them from ``branch`` on the remote origin, one line each."""
    listed = subprocess.run(
        [program("mike"), "list", "--remote", "origin", "--branch", branch, "--config-file", "no-mkdocs.yml"],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    )
    return listed.stdout.splitlines()


def commit_all(repo: Path, message: str) -> str:
    """Commit every change of the work tree; returns the new commit."""
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "HEAD")


def make_portal_repo(root: Path) -> Path:
    """The fixture portal committed on ``main`` of a new repository at ``root``."""
    write_portal(root)
    git(root, "init", "-q", "-b", "main")
    commit_all(root, "Add the data-basics course")
    return root


def edit(path: Path, old: str, new: str) -> None:
    """Replace one text in a file (the text must be there)."""
    text = path.read_text("utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def changelog_entry(version: str, change: str) -> str:
    """A changelog item to insert after ``changelog:`` in the course's ``index.md``."""
    return f"  - version: {version}\n    date: 2026-03-01\n    changes: [{change}]\n"


def course_file(root: Path, name: str) -> Path:
    """A file of the fixture course."""
    return root / "courses" / COURSE / name


def tree_snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (relative POSIX path -> bytes), to compare a tree before and after."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def set_git_identity(patch: pytest.MonkeyPatch) -> None:
    """Git (and lxkit's git calls) run with the test identity and no user or system settings."""
    for name, value in GIT_ENV.items():
        patch.setenv(name, value)


@contextlib.contextmanager
def git_identity_env() -> Iterator[None]:
    """:func:`set_git_identity` for the block only (for fixtures wider than one test)."""
    with pytest.MonkeyPatch.context() as patch:
        set_git_identity(patch)
        yield


@pytest.fixture
def git_identity(monkeypatch: pytest.MonkeyPatch) -> None:
    """Git (and lxkit's git calls) run with the test identity and no user or system settings."""
    set_git_identity(monkeypatch)


@pytest.fixture
def portal_repo(tmp_path: Path, git_identity: None) -> Path:
    """The fixture portal committed on ``main`` of a fresh repository."""
    return make_portal_repo(tmp_path / "portal")


@pytest.fixture
def in_repo(portal_repo: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The portal repository as the current folder (restored after the test)."""
    monkeypatch.chdir(portal_repo)
    return portal_repo


def invoke(*args: str) -> tuple[int, str, str]:
    """Run ``lxkit ARGS`` with click's CliRunner: (exit code, stdout, stderr)."""
    from click.testing import CliRunner

    from lxkit.__main__ import cli

    result = CliRunner().invoke(cli, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr
