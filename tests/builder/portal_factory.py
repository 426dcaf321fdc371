"""Small portals written to disk for the portal tests: valid by default, any field overridable.

``write_portal(root, [course(...), ...])`` writes ``mkdocs.yml`` and a ``courses/`` folder;
``load(root)`` reads it back into the model and ``build(root, site)`` builds both views.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from lxkit.model import Portal

CAPABILITIES = (
    {"id": "data-literacy", "name": "Data literacy", "description": "Read and explain data and charts."},
    {"id": "statistics", "name": "Statistical thinking", "description": "Reason about variation."},
    {"id": "facilitation", "name": "Facilitation", "description": "Run sessions where colleagues learn."},
)
FACILITATOR_NOTE = "SECRET-TRAINER-NOTE: bring sticky notes and watch the clock in the practice block."


@dataclass(frozen=True)
class ModuleFiles:
    """One module file: its name (``01-slug``), front-matter and Markdown body."""

    name: str
    front: Mapping[str, Any]
    body: str


@dataclass(frozen=True)
class CourseFiles:
    """One course folder: the ``index.md`` front-matter and body, and its modules."""

    front: Mapping[str, Any]
    body: str = "## How this course works\n\nPre-work online, a live session, an exercise at work.\n"
    modules: tuple[ModuleFiles, ...] = field(default_factory=tuple)


PRE_WORK = (
    {
        "id": "intro-mooc",
        "kind": "mooc",
        "title": "Data literacy unit 1",
        "provider": "Coursera",
        "url": "https://www.coursera.org/learn/data",
        "minutes": 45,
        "required": True,
    },
    {
        "id": "hbr-article",
        "kind": "reading",
        "title": "Dashboards that mislead",
        "provider": "HBR",
        "url": "https://hbr.org/dashboards",
        "minutes": 15,
        "required": False,
    },
)
SESSION = {
    "minutes": 90,
    "mode": "in-person",
    "activities": [
        {"kind": "q-and-a", "title": "Questions from the pre-work", "minutes": 15},
        {"kind": "practice", "title": "Read three team dashboards", "minutes": 45},
        {"kind": "teach-back", "title": "Groups explain one chart", "minutes": 20},
    ],
}
EXERCISE = {
    "id": "own-dashboard",
    "title": "Audit one dashboard you use",
    "context": "Pick a dashboard your team looks at every week.",
    "deliverable": "A half-page note shared with your group.",
    "minutes": 60,
}
CHECK = (
    {
        "id": "axis",
        "question": "What should you check first on a bar chart?",
        "kind": "single",
        "options": [
            {"text": "Where the value axis starts", "correct": True, "feedback": "Yes: a cut axis exaggerates."},
            {"text": "The colour of the bars", "correct": False, "feedback": "Colour rarely changes the story."},
        ],
    },
    {
        "id": "misleading",
        "question": "Which of these can mislead?",
        "kind": "multiple",
        "options": [
            {"text": "A truncated axis", "correct": True, "feedback": "Right."},
            {"text": "Missing units", "correct": True, "feedback": "Right."},
            {"text": "A clear title", "correct": False, "feedback": "A clear title helps."},
        ],
    },
    {
        "id": "own-words",
        "question": "Where could you use this at work?",
        "kind": "text",
        "answer": "A good answer names a concrete dashboard.",
        "feedback": "Compare with a colleague.",
    },
)


def module(number: int, week: int, stage: str = "capability-building", **overrides: Any) -> ModuleFiles:
    """A complete module (objectives, two pre-work items, session, exercise, three questions)."""
    front: dict[str, Any] = copy.deepcopy(
        {
            "title": f"Week {week}: reading charts",
            "week": week,
            "journey_stage": stage,
            "objectives": [{"id": "explain-charts", "text": "Explain what a chart shows and what it hides."}],
            "pre_work": list(PRE_WORK),
            "session": SESSION,
            "exercise": EXERCISE,
            "check": list(CHECK),
            "reflection": "What will you check next time you read a dashboard?",
        }
    )
    front.update(overrides)
    body = (
        "## Key ideas\n\nCharts compress data; every chart hides something.\n\n"
        f'!!! facilitator "Running this session"\n    {FACILITATOR_NOTE}\n'
    )
    return ModuleFiles(f"{number:02d}-week-{number}", front, body)


def course(course_id: str, modules: Sequence[ModuleFiles] | None = None, **overrides: Any) -> CourseFiles:
    """A complete course with two weekly modules unless others are given."""
    front: dict[str, Any] = {
        "id": course_id,
        "title": f"Course {course_id}",
        "summary": "Read dashboards and charts with confidence.",
        "version": "1.2.0",
        "status": "published",
        "format": "flipped-classroom",
        "language": "en",
        "owners": [
            {"name": "Ada Lovelace", "role": "sme", "email": "ada@acme.example", "github": "ada"},
            {"name": "Grace Hopper", "role": "trainer", "email": "grace@acme.example"},
            {"name": "Bob Business", "role": "business", "email": "bob@acme.example"},
        ],
        "audience": ["Engineers", "Product managers"],
        "capabilities": ["data-literacy"],
        "business_goal": {
            "outcome": "Fewer wrong decisions from misread dashboards.",
            "metric": "Escalated dashboard questions per month",
            "baseline": 40,
            "target": 20,
        },
        "learner_value": "You read any dashboard with confidence.",
        "schedule": {"weeks": 2, "hours_per_week": 4},
        "capstone": {"title": "Team proposal", "deliverable": "A one-page proposal.", "audience": "Leadership"},
        "prerequisites": ["Basic spreadsheet skills"],
        "changelog": [{"version": "1.2.0", "date": "2026-01-15", "changes": ["Shorter pre-work."]}],
    }
    front.update(overrides)
    chosen = tuple(modules) if modules is not None else (module(1, 1, "awareness"), module(2, 2, "application"))
    return CourseFiles(front, modules=chosen)


def standard_courses() -> list[CourseFiles]:
    """Three active courses (one pilot, one blended) and one retired course."""
    return [
        course("data-basics", title="Data basics", capabilities=["data-literacy", "statistics"]),
        course(
            "facilitation",
            title="Facilitation",
            capabilities=["facilitation", "unknown-skill"],
            status="pilot",
            format="blended",
            audience=["Team leads"],
            owners=[
                {"name": "Ada Lovelace", "role": "trainer", "email": "ADA@acme.example"},
                {"name": "Carol Coach", "role": "sme", "email": "carol@acme.example"},
            ],
            business_goal={
                "outcome": "fewer wrong decisions from misread dashboards",
                "metric": "Workshops run",
                "baseline": "2",
                "target": "10",
            },
        ),
        course("no-goal", title="Another course", capabilities=[], business_goal={"outcome": "Faster onboarding"}),
        course("old", title="Old course", status="retired", capabilities=["data-literacy"]),
    ]


def write_portal(
    root: Path, courses: Sequence[CourseFiles], capabilities: Sequence[Mapping[str, str]] = CAPABILITIES
) -> Path:
    """Write ``mkdocs.yml`` and the course folders under ``root``; returns the config file."""
    settings = {
        "site_name": "Test Academy",
        "site_url": "https://academy.example/",
        "repo_url": "https://github.com/acme/academy",
        "edit_uri": "edit/main/",
        "lxkit": {"courses_dir": "courses", "capabilities": [dict(c) for c in capabilities]},
    }
    root.mkdir(parents=True, exist_ok=True)
    config_file = root / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump(settings, sort_keys=False), "utf-8")
    for entry in courses:
        folder = root / "courses" / str(entry.front["id"])
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "index.md").write_text(_document(entry.front, entry.body), "utf-8")
        for item in entry.modules:
            (folder / f"{item.name}.md").write_text(_document(item.front, item.body), "utf-8")
    return config_file


def _document(front: Mapping[str, Any], body: str) -> str:
    return f"---\n{yaml.safe_dump(dict(front), sort_keys=False, allow_unicode=True)}---\n\n{body}"


def load(root: Path) -> Portal:
    """The model of a portal written by :func:`write_portal`."""
    from lxkit.config import load_config
    from lxkit.loader import load_portal

    return load_portal(load_config(root / "mkdocs.yml"))


def build(root: Path, site: Path) -> Path:
    """Build a written portal (learner view and ``trainer/``) into ``site``."""
    from lxkit.builder.api import BuildOptions, build_portal
    from lxkit.config import load_config
    from lxkit.console import Console

    config = load_config(root / "mkdocs.yml")
    build_portal(config, BuildOptions(site_dir=site, cache_dir=root / ".cache"), Console(-1))
    return site


SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
QUOTE = '" onmouseover="alert(1)'


def hostile_module() -> ModuleFiles:
    """A module whose texts, links and questions try to inject HTML or script."""
    front = dict(module(1, 1, "awareness").front)
    front.update(
        title=f"Week {SCRIPT}",
        objectives=[{"id": "evil", "text": f"Explain {SCRIPT} {IMG}"}],
        reflection=f"Reflect {IMG}",
        pre_work=[
            {
                "id": "bad-link",
                "kind": "video",
                "title": f"Watch {IMG}",
                "provider": SCRIPT,
                "url": "javascript:alert(1)",
                "minutes": 10,
                "required": True,
            }
        ],
        check=[
            {
                "id": "evil-q",
                "question": f"Pick {SCRIPT}",
                "kind": "single",
                "options": [
                    {"text": IMG, "correct": True, "feedback": SCRIPT},
                    {"text": "Safe", "correct": False, "feedback": IMG},
                ],
            }
        ],
    )
    return ModuleFiles("01-week-1", front, f"## Body {SCRIPT}\n\n{IMG}\n\n<b>raw</b>\n")


def hostile_course(course_id: str = "hostile") -> CourseFiles:
    """A course whose every free-text field tries to inject HTML or script."""
    return course(
        course_id,
        modules=[hostile_module()],
        title=f"Evil {SCRIPT} course",
        summary=f"Summary {IMG} {QUOTE}",
        learner_value=f"Value {SCRIPT}",
        audience=[f"Hackers {IMG}"],
        owners=[{"name": f"Mallory {SCRIPT}", "role": "sme", "email": "mallory@acme.example"}],
        business_goal={"outcome": f"Outcome {IMG}", "metric": SCRIPT, "baseline": IMG, "target": QUOTE},
        prerequisites=[SCRIPT],
        capstone={"title": SCRIPT, "deliverable": IMG, "audience": SCRIPT},
        changelog=[{"version": "1.2.0", "date": "2026-01-15", "changes": [IMG]}],
    )
