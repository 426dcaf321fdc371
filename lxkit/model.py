"""The course model: portal -> courses -> modules, immutable, each part knowing its source line.

Built only by :mod:`lxkit.loader`; read by the linter, the stage compiler and the reviewer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType
from typing import Any

from lxkit.findings import Finding
from lxkit.sourcefile import SourceFile

JOURNEY_STAGES = ("awareness", "capability-building", "application", "reinforcement", "measurement")
ACTIVE_ACTIVITIES = frozenset({"discussion", "q-and-a", "practice", "teach-back", "presentation", "pitch"})
"""Activity kinds in which learners do the work (all but ``demo`` and ``lecture``)."""
OWNER_ROLES = ("sme", "business", "ld", "trainer")


@dataclass(frozen=True, slots=True)
class Objective:
    """A learning objective; ``id`` is given by the author or derived (``obj-1``)."""

    id: str
    text: str
    line: int
    explicit_id: bool = True


@dataclass(frozen=True, slots=True)
class PreWork:
    """Something learners do before the live session, usually on an external platform."""

    id: str
    kind: str
    title: str
    provider: str
    url: str
    minutes: int | None
    required: bool
    line: int
    note: str = ""


@dataclass(frozen=True, slots=True)
class Activity:
    """One timed block of the live session."""

    kind: str
    title: str
    minutes: int | None
    objectives: tuple[str, ...]
    line: int
    note: str = ""
    """A facilitator note for this activity: trainer view only."""


@dataclass(frozen=True, slots=True)
class Session:
    """The live session plan."""

    minutes: int | None
    mode: str
    activities: tuple[Activity, ...]
    line: int
    starts: str = ""
    """Clock time the session starts (``14:00``), empty when the author gave none."""
    materials: tuple[str, ...] = ()
    """What the trainer prepares or prints: trainer view only."""

    @property
    def activity_minutes(self) -> int:
        """Sum of the activities' minutes (untimed ones count as 0)."""
        return sum(activity.minutes or 0 for activity in self.activities)


@dataclass(frozen=True, slots=True)
class Exercise:
    """The work-context exercise: practice applied to the learner's own job."""

    id: str
    title: str
    context: str
    deliverable: str
    minutes: int | None
    objectives: tuple[str, ...]
    line: int


@dataclass(frozen=True, slots=True)
class Option:
    """A choice of a single or multiple choice question."""

    text: str
    correct: bool
    feedback: str
    line: int


@dataclass(frozen=True, slots=True)
class Question:
    """A knowledge-check question (formative self-check)."""

    id: str
    question: str
    kind: str
    options: tuple[Option, ...]
    answer: str
    feedback: str
    objectives: tuple[str, ...]
    line: int


@dataclass(frozen=True, slots=True)
class Owner:
    """A person responsible for a course: SME, business co-owner, L&D or trainer."""

    name: str
    role: str
    email: str
    github: str
    line: int


@dataclass(frozen=True, slots=True)
class BusinessGoal:
    """The business outcome a course serves, with the metric that shows it."""

    outcome: str
    metric: str
    baseline: str
    target: str
    line: int


@dataclass(frozen=True, slots=True)
class Schedule:
    """How long the course runs and the learner's weekly time budget."""

    weeks: int | None
    hours_per_week: float | None
    line: int


@dataclass(frozen=True, slots=True)
class Capstone:
    """The final application project."""

    title: str
    deliverable: str
    audience: str
    line: int


@dataclass(frozen=True, slots=True)
class ChangelogEntry:
    """One released version of a course."""

    version: str
    date: str
    changes: tuple[str, ...]
    line: int


class ImageProblem(str, Enum):
    """Why a course image cannot be used (found by :mod:`lxkit.course_image`, reported by lint)."""

    OUTSIDE = "outside"
    NOT_FOUND = "not-found"
    UNREADABLE = "unreadable"
    NOT_AN_IMAGE = "not-an-image"
    TOO_LARGE = "too-large"


@dataclass(frozen=True, slots=True)
class ImageFacts:
    """What the build needs of a usable course image: its content digest, size in pixels and format."""

    digest: str
    width: int
    height: int
    format: str


@dataclass(frozen=True, slots=True)
class CourseImage:
    """The course's picture (``image: {file, alt}``) and what was found when it was checked.

    ``facts`` is set when the file is a usable image; otherwise ``problem`` says why not and
    ``detail`` adds what was found (a size, the reader's words).
    """

    file: str
    alt: str
    line: int
    facts: ImageFacts | None = None
    problem: ImageProblem | None = None
    detail: str = ""


@dataclass(frozen=True)
class Document:
    """What every course file shares: its source and the problems the loader found in it."""

    source: SourceFile
    problems: tuple[Finding, ...]

    @property
    def path(self) -> str:
        """Path relative to the portal root (POSIX)."""
        return self.source.path

    @property
    def body(self) -> str:
        """The Markdown text after the front-matter."""
        return self.source.body

    @property
    def body_line(self) -> int:
        """File line on which the body starts."""
        return self.source.body_line

    def line(self, *key: str | int) -> int:
        """Line of a front-matter key (or of its nearest parent)."""
        return self.source.line(*key)


@dataclass(frozen=True)
class Module(Document):
    """One week/unit of a course, from ``NN-slug.md``."""

    number: int = 0
    slug: str = ""
    title: str = ""
    week: int | None = None
    journey_stage: str = ""
    objectives: tuple[Objective, ...] = ()
    pre_work: tuple[PreWork, ...] = ()
    session: Session | None = None
    exercise: Exercise | None = None
    check: tuple[Question, ...] = ()
    reflection: str = ""
    days_after_course: int | None = None
    """Set for a follow-up after the last week: days after the course; it counts in no week."""

    @property
    def page_name(self) -> str:
        """File stem used for the module's page, e.g. ``01-why-data``."""
        return f"{self.number:02d}-{self.slug}"

    @property
    def pre_work_minutes(self) -> int:
        """Minutes of pre-work (untimed items count as 0)."""
        return sum(item.minutes or 0 for item in self.pre_work)

    @property
    def session_minutes(self) -> int:
        """Minutes of the live session."""
        return (self.session.minutes or 0) if self.session else 0

    @property
    def exercise_minutes(self) -> int:
        """Minutes of the work-context exercise."""
        return (self.exercise.minutes or 0) if self.exercise else 0

    @property
    def total_minutes(self) -> int:
        """Pre-work + session + exercise minutes."""
        return self.pre_work_minutes + self.session_minutes + self.exercise_minutes


@dataclass(frozen=True)
class Course(Document):
    """A course folder: ``index.md`` front-matter and overview, plus its modules."""

    folder: str = ""
    id: str = ""
    title: str = ""
    summary: str = ""
    version: str = ""
    status: str = ""
    format: str = "flipped-classroom"
    language: str = "en"
    owners: tuple[Owner, ...] = ()
    audience: tuple[str, ...] = ()
    capabilities: tuple[str, ...] = ()
    business_goal: BusinessGoal | None = None
    learner_value: str = ""
    schedule: Schedule | None = None
    capstone: Capstone | None = None
    prerequisites: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    changelog: tuple[ChangelogEntry, ...] = ()
    image: CourseImage | None = None
    modules: tuple[Module, ...] = ()
    extra_problems: tuple[Finding, ...] = ()

    @property
    def total_minutes(self) -> int:
        """All modules' pre-work, session and exercise minutes."""
        return sum(module.total_minutes for module in self.modules)

    @property
    def total_hours(self) -> float:
        """Total learner time in hours, rounded to a tenth."""
        return round(self.total_minutes / 60, 1)

    def owners_with_role(self, role: str) -> tuple[Owner, ...]:
        """Owners of one role (``sme``, ``business``, ``ld``, ``trainer``)."""
        return tuple(owner for owner in self.owners if owner.role == role)

    def all_problems(self) -> tuple[Finding, ...]:
        """Loader problems of the course, its modules and its folder."""
        found = list(self.problems) + list(self.extra_problems)
        for module in self.modules:
            found.extend(module.problems)
        return tuple(found)


@dataclass(frozen=True, slots=True)
class Capability:
    """A skill of the portal's capability framework."""

    id: str
    name: str
    description: str


@dataclass(frozen=True)
class PortalConfig:
    """The portal's settings: site name and the ``lxkit`` section of ``mkdocs.yml``."""

    root: str
    config_file: str
    site_name: str
    courses_dir: str
    capabilities: tuple[Capability, ...] = ()
    providers: tuple[str, ...] = ()
    lint: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    repo_url: str = ""
    edit_uri: str = ""
    site_url: str = ""
    raw: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def capability(self, capability_id: str) -> Capability | None:
        """The framework entry for an id, if the framework defines it."""
        return next((c for c in self.capabilities if c.id == capability_id), None)


@dataclass(frozen=True)
class Portal:
    """Everything lxkit knows about a portal: settings, courses and problems outside any course."""

    config: PortalConfig
    courses: tuple[Course, ...]
    problems: tuple[Finding, ...] = ()

    def course(self, course_id: str) -> Course | None:
        """The course with this id (folder name), if any."""
        return next((c for c in self.courses if c.folder == course_id), None)

    def all_problems(self) -> tuple[Finding, ...]:
        """Every problem the loader found."""
        found = list(self.problems)
        for course in self.courses:
            found.extend(course.all_problems())
        return tuple(found)
