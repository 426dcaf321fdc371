"""Small builders of portals on disk for tests (valid by default, easy to break on purpose), and the
running environment's programs (tests never find programs through ``PATH``).
"""

from __future__ import annotations

import os
import sys
import textwrap
from collections.abc import Mapping
from pathlib import Path

PORTAL_YML = """\
site_name: Test Academy
repo_url: https://github.com/acme/academy
edit_uri: edit/main/
lxkit:
  courses_dir: courses
  capabilities:
    - id: data-literacy
      name: Data literacy
      description: Read and explain data.
"""

COURSE_INDEX = """\
---
id: {id}
title: {title}
summary: A short course about data for engineers.
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
    github: bob
audience: [Engineers]
capabilities: [data-literacy]
business_goal:
  outcome: Fewer wrong decisions from misread dashboards.
  metric: Dashboard questions escalated per month
  baseline: 40
  target: 20
learner_value: You read any dashboard with confidence.
schedule:
  weeks: 1
  hours_per_week: 4
capstone:
  title: Team proposal
  deliverable: A one-page proposal pitched to senior management.
changelog:
  - version: 1.0.0
    date: 2026-01-15
    changes: First run.
---

## How this course works

Each week: pre-work on a MOOC, a live session, an exercise in your own work.
"""

MODULE = """\
---
title: {title}
week: 1
journey_stage: application
objectives:
  - id: explain-charts
    text: Explain what a chart shows and what it hides.
pre_work:
  - id: intro-video
    kind: video
    title: Reading charts
    provider: YouTube
    url: https://www.youtube.com/watch?v=abc
    minutes: 20
session:
  minutes: 60
  mode: in-person
  activities:
    - kind: discussion
      title: Charts we misread
      minutes: 30
      objectives: [explain-charts]
exercise:
  title: Your dashboard
  context: Take a dashboard you use at work.
  deliverable: Three notes on what it hides.
  minutes: 40
  objectives: [explain-charts]
check:
  - id: q1
    question: What does a truncated axis do?
    kind: single
    objectives: [explain-charts]
    options:
      - text: It exaggerates differences.
        correct: true
        feedback: Right, small differences look big.
      - text: Nothing.
        correct: false
        feedback: Look at where the axis starts.
reflection: Which chart will you look at differently?
---

## Reading charts

Body text of the module.
"""


def write_portal(root: Path, courses: dict[str, dict[str, str]] | None = None, config: str = PORTAL_YML) -> Path:
    """Write ``mkdocs.yml`` and course files (``{course_id: {file_name: text}}``); returns root."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    (root / "courses").mkdir(exist_ok=True)
    for course_id, files in (courses if courses is not None else {"demo": valid_course("demo")}).items():
        folder = root / "courses" / course_id
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def valid_course(course_id: str, title: str = "Data for engineers") -> dict[str, str]:
    """Files of a small course that loads, lints and builds cleanly."""
    return {
        "index.md": COURSE_INDEX.format(id=course_id, title=title),
        "01-reading-charts.md": MODULE.format(title="Reading charts"),
    }


# Markdown blocks of every kind lxkit parses, to be combined at random (hypothesis tests of the parsers).
MARKDOWN_BLOCKS = [
    "Title\n===", "Sub\n---", "> quote\n> ---", "- item\n  ---", "---", "***", "| a | b |\n| - | - |\n| 1 | 2 |",
    '!!! note "x"\n    body', "???+ tip\n    body", "Term\n: definition", "> Term\n> : def", "text[^1]\n\n[^1]: note",
    "```\ncode\n```", "~~~\ncode\n~~~", "<div>\nhtml\n</div>", "<!-- c -->", "> a quote", "    indented code",
    "1. one\n2. two", "# heading", "plain text", "[ref]: 02-x.md", "a | b", "~ tilde", "\t- tab item",
]  # fmt: skip


SCRIPTS_DIR = Path(sys.executable).parent  # the running environment's programs (lxkit, mike), not PATH's


def program(name: str) -> str:
    """Full path of a program installed in the running interpreter's environment."""
    return str(SCRIPTS_DIR / name)


def environment_with_scripts(base: Mapping[str, str]) -> dict[str, str]:
    """``base`` with the running environment's scripts folder first on ``PATH`` (for shell scripts)."""
    return {**base, "PATH": os.pathsep.join([str(SCRIPTS_DIR), base.get("PATH", os.defpath)])}


def nested_folders(base: Path, depth: int, file_name: str) -> None:
    """``depth`` folders named ``a`` inside each other in ``base``, with one file in the deepest.

    Made folder by folder (``Path.mkdir(parents=True)`` recurses and fails thousands of levels deep).
    """
    folder = os.open(base, os.O_RDONLY)
    try:
        for _ in range(depth):
            os.mkdir("a", dir_fd=folder)
            inner = os.open("a", os.O_RDONLY, dir_fd=folder)
            os.close(folder)
            folder = inner
        os.close(os.open(file_name, os.O_WRONLY | os.O_CREAT, dir_fd=folder))
    finally:
        os.close(folder)


def remove_nested_folders(base: Path) -> None:
    """Delete what :func:`nested_folders` made in ``base``, deepest first (``shutil.rmtree`` recurses and
    fails thousands of levels deep, here and in pytest's clean-up of old temporary folders)."""
    deepest = base
    while (deepest / "a").is_dir():
        deepest = deepest / "a"
    while deepest != base:
        for name in os.listdir(deepest):
            if not (deepest / name).is_dir():
                os.unlink(deepest / name)
        os.rmdir(deepest)
        deepest = deepest.parent
