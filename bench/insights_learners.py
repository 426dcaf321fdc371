"""The learners of bench/insights_generate.py: realistic xAPI statements, with the answers the insights must find.

Learners (pseudonymous account ids) in teams take a course in cohorts; each cohort's week ``w``
session is on ``start + 7 * (w - 1)`` days. Learners open a module, do its pre-work (some of them
after the session: late), answer the check (first attempt right with the question's known
difficulty, wrong answers spread over the wrong options or drawn to a planted misleading
distractor), pass or fail the module check, complete the exercise, and drop out along the way.
Each course gets one planted too-hard question, one planted misleading distractor and one planted
too-easy question; a team of four learners is planted to test small-group suppression.
:class:`Truth` keeps the counts the insights must find, computed here while generating
(independently of lxkit's SQL). Deterministic for a seed; nothing here writes files.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from lxkit.model import Course, Portal
from lxkit.schedule import calendar_week

VERB = "http://adlnet.gov/expapi/verbs/"
EXT = "https://lxkit.dev/xapi/ext/"
TEAM_NAMES = (
    "payments",
    "checkout",
    "search",
    "platform",
    "mobile",
    "data-platform",
    "sre",
    "support",
    "billing",
    "logistics",
    "pricing",
    "identity",
    "growth",
    "catalog",
    "warehouse",
    "fleet",
    "claims",
    "onboarding",
    "risk",
    "fraud",
    "analytics",
    "content",
    "web",
    "ops",
)
SMALL_TEAM = "tiny-lab"
LATE_TEAM = "support"
STATEMENTS_PER_LEARNER = 27  # measured on the sample courses; sizes the learner count


@dataclass(frozen=True, slots=True)
class QuestionShape:
    """A choice question as the generator needs it."""

    id: str
    kind: str
    options: int
    correct: frozenset[int]  # 1-based option ids
    line: int


@dataclass(frozen=True, slots=True)
class ModuleShape:
    """A module's trackable items."""

    slug: str
    week: int
    stage: str
    pre_work: tuple[tuple[str, bool, int], ...]  # (id, required, minutes)
    exercise: bool
    questions: tuple[QuestionShape, ...]


@dataclass(frozen=True, slots=True)
class Planted:
    """The planted questions of a course (ids), and the misleading option's 1-based id."""

    hard: str
    easy: str
    misleading: str
    distractor: int


@dataclass
class Truth:
    """What the insights must find, counted while generating.

    ``funnel[(course, cohort, week)]`` = [opened, pre-work on time, exercise done, check passed]
    (distinct learners); ``reached[(capability, team, stage)]`` = learners who completed a
    module (passed its check or completed its exercise) of that stage in a course with that
    capability; ``team_sizes`` counts learners per team ("" = no team chosen).
    """

    planted: dict[str, Planted] = field(default_factory=dict)
    funnel: dict[tuple[str, str, int], list[int]] = field(default_factory=dict)
    reached: dict[tuple[str, str, str], int] = field(default_factory=dict)
    team_sizes: dict[str, int] = field(default_factory=dict)
    cohorts: dict[str, list[tuple[str, date]]] = field(default_factory=dict)
    statements: int = 0


def course_shape(course: Course) -> tuple[ModuleShape, ...]:
    """The trackable items of a course's modules (modules without a week are placed in order, a follow-up
    in the week its day falls in: lxkit.schedule.calendar_week)."""
    shapes = []
    for module in course.modules:
        questions = tuple(
            QuestionShape(
                q.id,
                q.kind,
                len(q.options),
                frozenset(i for i, o in enumerate(q.options, start=1) if o.correct),
                q.line,
            )
            for q in module.check
            if q.kind in ("single", "multiple") and q.options
        )
        shapes.append(
            ModuleShape(
                module.slug,
                calendar_week(course, module),
                module.journey_stage,
                tuple((p.id, p.required, p.minutes or 20) for p in module.pre_work),
                module.exercise is not None,
                questions,
            )
        )
    return tuple(shapes)


def plant(shapes: tuple[ModuleShape, ...]) -> Planted:
    """Pick the planted questions: a multiple-choice one is too hard, single-choice ones mislead or are easy."""
    questions = [q for m in shapes for q in m.questions]
    multiple = [q for q in questions if q.kind == "multiple"]
    single = [q for q in questions if q.kind == "single" and q.options - len(q.correct) >= 1]
    hard = (multiple or questions)[0]
    rest = [q for q in single if q.id != hard.id]
    misleading = rest[0]
    easy = rest[-1] if len(rest) > 1 else next(q for q in questions if q.id not in (hard.id, misleading.id))
    distractor = min(i for i in range(1, misleading.options + 1) if i not in misleading.correct)
    return Planted(hard.id, easy.id, misleading.id, distractor)


class Generator:
    """Statements of one portal, learner by learner (deterministic for a seed)."""

    def __init__(self, portal: Portal, *, seed: int = 7, first_start: date = date(2026, 1, 7)) -> None:
        self.rng = random.Random(seed)
        self.site = (portal.config.site_url or "https://academy.example/").rstrip("/")
        self.courses = [c for c in portal.courses if c.status != "retired" and c.modules]
        self.shapes = {c.folder: course_shape(c) for c in self.courses}
        self.capabilities = {c.folder: c.capabilities for c in self.courses}
        self.versions = {c.folder: c.version for c in self.courses}
        self.first_start = first_start
        self.truth = Truth(planted={c: plant(s) for c, s in self.shapes.items()})
        self._seen: dict[tuple[str, str, int, int], set[str]] = defaultdict(set)

    def teams(self, learners: int) -> list[tuple[str, int]]:
        """Team names and sizes (the last one is the planted team of four)."""
        count = max(3, min(len(TEAM_NAMES), learners // 25))
        names = TEAM_NAMES[:count]
        weights = [self.rng.uniform(0.5, 2.0) for _ in names]
        total = sum(weights)
        rest = learners - 4
        sizes = [max(6, round(rest * w / total)) for w in weights]
        return [*zip(names, sizes, strict=True), (SMALL_TEAM, 4)]

    def cohorts(self, course: str, learners: int) -> list[tuple[str, date, int]]:
        """Cohorts of a course: one every four weeks, about 20 to 400 learners each."""
        count = max(2, min(60, learners // 20))
        size, extra = divmod(learners, count)
        offset = 7 * (self.courses.index(next(c for c in self.courses if c.folder == course)) % 3)
        starts = [self.first_start + timedelta(days=offset + 28 * i) for i in range(count)]
        return [(f"{start:%Y-%m-%d}", start, size + (1 if i < extra else 0)) for i, start in enumerate(starts)]

    def statements(self, total: int) -> Iterator[dict[str, Any]]:
        """About ``total`` statements (whole learners), in no particular time order per course."""
        learners = max(30, total // STATEMENTS_PER_LEARNER)
        team_slots = [name for name, size in self.teams(learners) for _ in range(size)]
        self.rng.shuffle(team_slots)
        per_course = learners // len(self.courses)
        slot = 0
        for course in self.courses:
            cohorts = self.cohorts(course.folder, per_course)
            self.truth.cohorts[course.folder] = [(cid, start) for cid, start, _ in cohorts]
            for cohort_id, start, size in cohorts:
                for _ in range(size):
                    team = team_slots[slot % len(team_slots)]
                    if team != SMALL_TEAM and self.rng.random() < 0.08:
                        team = ""
                    slot += 1
                    self.truth.team_sizes[team] = self.truth.team_sizes.get(team, 0) + 1
                    yield from self.learner(course.folder, cohort_id, start, team)

    def _uuid(self) -> str:
        h = f"{self.rng.getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"

    def learner(self, course: str, cohort: str, start: date, team: str) -> Iterator[dict[str, Any]]:
        """One learner's statements in one course."""
        rng = self.rng
        actor = {"objectType": "Agent", "account": {"homePage": self.site + "/", "name": self._uuid()}}
        keep = rng.uniform(0.78, 0.97)
        late_share = 0.5 if team == LATE_TEAM else 0.15
        reached: set[tuple[str, str]] = set()
        for module in self.shapes[course]:
            session = datetime.combine(start + timedelta(days=7 * (module.week - 1)), datetime.min.time(), UTC)
            session += timedelta(hours=9)
            emit = _Emitter(self, actor, course, module.slug, team)
            late = rng.random() < late_share
            shift = timedelta(days=rng.randint(1, 3)) if late else -timedelta(days=rng.randint(1, 5))
            day = session + shift
            opened = day.replace(hour=rng.randint(8, 18), minute=rng.randint(0, 59))
            yield emit.statement("experienced", "", opened)
            self._count(course, cohort, module.week, 0, actor)
            yield from self._pre_work(emit, module, opened, session, course, cohort, actor)
            passed = yield from self._check(emit, module, session, course)
            if passed:
                self._count(course, cohort, module.week, 3, actor)
            done = module.exercise and rng.random() < 0.8
            if done:
                when = session + timedelta(days=rng.randint(1, 5), hours=rng.randint(0, 8))
                yield emit.statement("completed", "/exercise", when)
                self._count(course, cohort, module.week, 2, actor)
            if passed or done:
                reached.update((cap, module.stage) for cap in self.capabilities[course])
            if rng.random() > keep:
                break
        for capability, stage in reached:
            key = (capability, team, stage)
            self.truth.reached[key] = self.truth.reached.get(key, 0) + 1

    def _count(self, course: str, cohort: str, week: int, step: int, actor: dict[str, Any]) -> None:
        name = actor["account"]["name"]
        seen = self._seen[(course, cohort, week, step)]
        if name not in seen:
            seen.add(name)
            self.truth.funnel.setdefault((course, cohort, week), [0, 0, 0, 0])[step] += 1

    def _pre_work(
        self,
        emit: _Emitter,
        module: ModuleShape,
        opened: datetime,
        session: datetime,
        course: str,
        cohort: str,
        actor: dict[str, Any],
    ) -> Iterator[dict[str, Any]]:
        when = opened
        counted = {item_id for item_id, required, _ in module.pre_work if required}
        counted = counted or {item_id for item_id, _, _ in module.pre_work}
        on_time = set()
        for item_id, required, minutes in module.pre_work:
            if self.rng.random() > (0.9 if required else 0.4):
                continue
            when += timedelta(minutes=minutes * self.rng.uniform(0.6, 1.4))
            yield emit.statement("completed", f"/pre-work/{item_id}", when)
            if when < session.replace(hour=0):
                on_time.add(item_id)
        if counted and counted <= on_time:
            self._count(course, cohort, module.week, 1, actor)

    def _check(self, emit: _Emitter, module: ModuleShape, session: datetime, course: str) -> Iterator[dict[str, Any]]:
        if not module.questions:
            return False
        planted = self.truth.planted[course]
        when = session + timedelta(hours=3, minutes=self.rng.randint(0, 600))
        right = 0
        for question in module.questions:
            when += timedelta(minutes=self.rng.randint(1, 4))
            chosen = self._first_answer(question, planted)
            success = chosen == question.correct
            right += success
            yield emit.answer(question, chosen, success, when)
            if not success and self.rng.random() < 0.7:
                when += timedelta(minutes=1)
                yield emit.answer(question, question.correct, True, when)
        scaled = right / len(module.questions)
        passed = scaled >= 0.5
        yield emit.statement("passed" if passed else "failed", "/check", when + timedelta(minutes=1), scaled=scaled)
        if not passed and self.rng.random() < 0.6:
            yield emit.statement("passed", "/check", when + timedelta(days=1), scaled=1.0)
            passed = True
        return passed

    def _first_answer(self, question: QuestionShape, planted: Planted) -> frozenset[int]:
        rng = self.rng
        wrong = [i for i in range(1, question.options + 1) if i not in question.correct]
        if question.id == planted.hard:
            return _hard_wrong(question, rng) if rng.random() < 0.8 else question.correct
        if question.id == planted.easy:
            return question.correct if rng.random() < 0.985 else frozenset({rng.choice(wrong or [1])})
        if question.id == planted.misleading:
            roll = rng.random()
            if roll < 0.55:
                return frozenset({planted.distractor})
            return question.correct if roll < 0.96 else frozenset({rng.choice(wrong)})
        if rng.random() < 0.72 or not wrong:
            return question.correct
        if question.kind == "multiple":
            return _hard_wrong(question, rng)
        return frozenset({rng.choice(wrong)})


def _hard_wrong(question: QuestionShape, rng: random.Random) -> frozenset[int]:
    """A wrong answer spread thinly: a correct option missed, or a wrong one added."""
    correct = sorted(question.correct)
    wrong = [i for i in range(1, question.options + 1) if i not in question.correct]
    if len(correct) > 1 and rng.random() < 0.75:
        return frozenset(correct) - {rng.choice(correct)}
    if wrong:
        return frozenset(correct) | {rng.choice(wrong)} if len(correct) > 1 else frozenset({rng.choice(wrong)})
    return frozenset()


class _Emitter:
    """Builds the statements of one learner in one module."""

    def __init__(self, gen: Generator, actor: dict[str, Any], course: str, slug: str, team: str) -> None:
        self.gen = gen
        self.actor = actor
        self.course_iri = f"{gen.site}/xapi/courses/{course}"
        self.module_iri = f"{self.course_iri}/modules/{slug}"
        extensions = {EXT + "course-version": gen.versions[course], EXT + "portal-version": "dev"}
        if team:
            extensions[EXT + "team"] = team
        self.extensions = extensions

    def statement(
        self,
        verb: str,
        suffix: str,
        when: datetime,
        scaled: float | None = None,
        result: dict[str, Any] | None = None,
        definition: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """One statement about the module (``suffix`` ''), or one of its items."""
        self.gen.truth.statements += 1
        context: dict[str, Any] = {
            "contextActivities": {"grouping": [{"id": self.course_iri}]},
            "extensions": self.extensions,
        }
        if suffix:
            context["contextActivities"]["parent"] = [{"id": self.module_iri}]
        obj: dict[str, Any] = {"objectType": "Activity", "id": self.module_iri + suffix}
        if definition:
            obj["definition"] = definition
        out: dict[str, Any] = {
            "id": self.gen._uuid(),
            "timestamp": when.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "actor": self.actor,
            "verb": {"id": VERB + verb, "display": {"en-US": verb}},
            "object": obj,
            "context": context,
        }
        if scaled is not None:
            result = {**(result or {}), "score": {"scaled": round(scaled, 3)}, "success": verb == "passed"}
        if result is not None:
            out["result"] = result
        return out

    def answer(self, question: QuestionShape, chosen: frozenset[int], success: bool, when: datetime) -> dict[str, Any]:
        """An ``answered`` statement with the chosen option ids joined by ``[,]``."""
        definition = {"type": "http://adlnet.gov/expapi/activities/cmi.interaction", "interactionType": "choice"}
        result = {"success": success, "response": "[,]".join(str(i) for i in sorted(chosen))}
        return self.statement("answered", f"/questions/{question.id}", when, result=result, definition=definition)
