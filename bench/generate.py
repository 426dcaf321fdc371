"""Generate a synthetic lxkit portal of N courses x M modules for benchmarks.

    python bench/generate.py OUT --courses 100 --modules 10 [--words 1000] [--seed 7]

Every module has realistic front-matter (objectives, pre-work, a timed session, an exercise, a
knowledge check, a reflection) and about ``words`` words of Markdown: headings, lists, a table,
an admonition, a code block, an image with alt text, internal and external links. The output is
deterministic for a given seed and lints (almost) clean, so a benchmark measures the linter's
normal path, not its error reporting. Shared by the lint and the build benchmarks.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import textwrap
from pathlib import Path

_WORDS = (
    "data team metric decision pilot customer latency dashboard baseline variance sample model feature "
    "release incident roadmap budget signal noise review experiment cohort interval median percentile "
    "trend forecast pipeline quality process workflow stakeholder proposal evidence outcome measure "
    "result service request ticket backlog error rate conversion retention churn quarter week manager "
    "engineer analyst product owner sponsor question answer example practice feedback habit change"
)
VOCABULARY = tuple(_WORDS.split())
VERBS = ("explain", "compare", "apply", "analyse", "evaluate", "design", "interpret", "present", "draft", "judge")
STAGES = ("awareness", "capability-building", "application", "reinforcement")
CAPABILITIES = ("data-literacy", "statistics", "experimentation", "communication")
PROVIDERS = ("coursera.org", "hbr.org", "youtube.com", "khanacademy.org", "kaggle.com")
SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60">'
    '<rect width="120" height="60" fill="#eef"/><polyline points="0,50 30,35 60,40 90,15 120,20" '
    'fill="none" stroke="#33a" stroke-width="3"/></svg>\n'
)


def mkdocs_yml() -> str:
    """The portal's ``mkdocs.yml`` with an lxkit section."""
    capabilities = "\n".join(
        f"    - id: {cap}\n      name: {cap.replace('-', ' ').capitalize()}\n      description: Synthetic capability."
        for cap in CAPABILITIES
    )
    providers = "\n".join(f"    - {host}" for host in PROVIDERS)
    return (
        "site_name: Benchmark Academy\nsite_url: https://academy.bench.example/\n"
        "theme:\n  name: material\n"
        f"lxkit:\n  courses_dir: courses\n  capabilities:\n{capabilities}\n  providers:\n{providers}\n"
        "  lint:\n    options:\n      max_objectives: 5\n      max_lecture_share: 0.4\n"
    )


def sentence(rng: random.Random, low: int = 8, high: int = 18) -> str:
    """One sentence of plausible filler."""
    words = [rng.choice(VOCABULARY) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize() + "."


def paragraph(rng: random.Random, words: int) -> str:
    """A paragraph of about ``words`` words, wrapped like an author's editor would."""
    sentences: list[str] = []
    while sum(len(s.split()) for s in sentences) < words:
        sentences.append(sentence(rng))
    return textwrap.fill(" ".join(sentences), width=80)


def slug(rng: random.Random) -> str:
    """A module slug of three words."""
    return "-".join(rng.sample(VOCABULARY, 3))


def stage(index: int, count: int) -> str:
    """Journey stage of module ``index`` (0-based) of ``count``: awareness first, reinforcement last."""
    if index == 0:
        return STAGES[0]
    if index == count - 1 and count >= 3:
        return STAGES[3]
    if index == count - 2 and count >= 3:
        return STAGES[2]
    return STAGES[1]


COURSE_TEMPLATE = """\
---
id: {id}
title: {title}
summary: {summary}
version: 1.{minor}.0
status: published
format: flipped-classroom
language: en
owners:
  - name: Sam Expert
    role: sme
    email: sam@bench.example
    github: sam-expert
  - name: Bea Business
    role: business
    email: bea@bench.example
    github: bea-business
audience: [Engineers, Analysts]
capabilities: [{capabilities}]
business_goal:
  outcome: {outcome}
  metric: Share of roadmap proposals with a data-backed business case
  baseline: 20% (last review)
  target: 50% by next year
learner_value: {learner_value}
schedule:
  weeks: {weeks}
  hours_per_week: 4
capstone:
  title: Team project proposal
  deliverable: A two-page proposal pitched to the leadership team.
  audience: Leadership team
changelog:
  - version: 1.0.0
    date: 2026-01-15
    changes: First run.
---

## How the course works

{overview}

## The capstone

{capstone}
"""

MODULE_TEMPLATE = """\
---
title: {title}
week: {week}
journey_stage: {stage}
objectives:
{objectives}
pre_work:
  - id: w{week}-mooc
    kind: mooc
    title: {mooc_title}
    provider: Coursera
    url: https://www.coursera.org/learn/{topic}-{week}
    minutes: 45
  - id: w{week}-reading
    kind: reading
    title: {reading_title}
    provider: Harvard Business Review
    url: https://hbr.org/{year}/0{month}/{topic}
    minutes: 15
    required: false
session:
  minutes: 90
  mode: in-person
  activities:
    - {{kind: q-and-a, title: Questions from the pre-work, minutes: 15, objectives: [{first}]}}
    - {{kind: practice, title: {practice}, minutes: 45, objectives: [{second}]}}
    - {{kind: discussion, title: {discussion}, minutes: 25, objectives: [{third}]}}
exercise:
  id: w{week}-exercise
  title: {exercise_title}
  context: {context}
  deliverable: {deliverable}
  minutes: 60
  objectives: [{second}, {third}]
check:
  - id: w{week}-q1
    question: {question}
    kind: single
    objectives: [{first}]
    options:
      - {{text: {right}, correct: true, feedback: {right_feedback}}}
      - {{text: {wrong}, correct: false, feedback: {wrong_feedback}}}
  - id: w{week}-q2
    question: {open_question}
    kind: text
    objectives: [{third}]
    answer: {answer}
    feedback: {feedback}
reflection: {reflection}
---
"""


def course_index(course_id: str, rng: random.Random, modules: int) -> str:
    """``index.md``: complete course front-matter and an overview."""
    return COURSE_TEMPLATE.format(
        id=course_id,
        title=course_id.replace("-", " ").capitalize(),
        summary=sentence(rng),
        minor=rng.randint(0, 9),
        capabilities=", ".join(rng.sample(CAPABILITIES, 2)),
        outcome=sentence(rng),
        learner_value=sentence(rng),
        weeks=modules,
        overview=paragraph(rng, 120),
        capstone=paragraph(rng, 60),
    )


def module_front_matter(title: str, week: int, journey: str, rng: random.Random) -> str:
    """A module's front-matter with aligned objectives, pre-work, session, exercise and check."""
    ids = [f"{verb}-{rng.choice(VOCABULARY)}" for verb in rng.sample(VERBS, 3)]
    objectives = "\n".join(
        f"  - id: {oid}\n    text: {oid.split('-')[0].capitalize()} {sentence(rng, 6, 12).lower()}" for oid in ids
    )
    short = [sentence(rng, 4, 8) for _ in range(5)]
    plain = [sentence(rng) for _ in range(7)]
    feedback = [sentence(rng, 5, 10) for _ in range(3)]
    return MODULE_TEMPLATE.format(
        title=title, week=week, stage=journey, objectives=objectives, topic=rng.choice(VOCABULARY),
        year=2020 + week % 6, month=1 + week % 9, first=ids[0], second=ids[1], third=ids[2],
        mooc_title=short[0], reading_title=short[1], practice=short[2], discussion=short[3], exercise_title=short[4],
        context=plain[0], deliverable=plain[1], question=plain[2], open_question=plain[3], answer=plain[4],
        reflection=plain[5], right=sentence(rng, 3, 6), wrong=sentence(rng, 3, 6),
        right_feedback=feedback[0], wrong_feedback=feedback[1], feedback=feedback[2],
    )  # fmt: skip


def module_body(rng: random.Random, words: int, next_page: str | None, next_title: str) -> str:
    """About ``words`` words of Markdown with the constructs course authors use."""
    share = max(words // 10, 10)
    link = f"[{next_title}]({next_page})" if next_page else "[the course overview](index.md#how-the-course-works)"
    parts = [
        f"## Why this matters\n\n{paragraph(rng, share * 2)}",
        f"## Key ideas\n\n{paragraph(rng, share)}\n\n- {sentence(rng)}\n- {sentence(rng)}\n- {sentence(rng)}",
        f"### A worked example\n\n{paragraph(rng, share)}\n\n![Run chart of a weekly metric with one spike](chart.svg)",
        "| Summary | Good for | Misleads when |\n| --- | --- | --- |\n"
        + "\n".join(f"| {rng.choice(VOCABULARY)} | {sentence(rng, 3, 5)} | {sentence(rng, 3, 5)} |" for _ in range(4)),
        f"## In practice\n\n{paragraph(rng, share * 2)}\n\nRead the "
        f"[Coursera course page](https://www.coursera.org/learn/{rng.choice(VOCABULARY)}) before the session, "
        f"revisit [the key ideas](#key-ideas), then continue with {link}.",
        '!!! tip "Before the session"\n    ' + textwrap.fill(sentence(rng), 96).replace("\n", "\n    "),
        "```python\nimport pandas as pd\n\nweekly = pd.read_csv('metric.csv')\nprint(weekly.describe())\n```",
        f"## Going further\n\n{paragraph(rng, share * 2)}\n\n1. {sentence(rng)}\n2. {sentence(rng)}",
        '!!! facilitator "Running this session"\n    '
        + textwrap.fill(paragraph(rng, share), 76).replace("\n", "\n    "),
    ]
    return "\n\n".join(parts) + "\n"


def write_course(root: Path, index: int, modules: int, words: int, rng: random.Random) -> None:
    """One course folder with ``modules`` modules and an image."""
    course_id = f"course-{index + 1:03d}-{rng.choice(VOCABULARY)}"
    folder = root / "courses" / course_id
    folder.mkdir(parents=True)
    (folder / "index.md").write_text(course_index(course_id, rng, modules), encoding="utf-8")
    (folder / "chart.svg").write_text(SVG, encoding="utf-8")
    names = [f"{number + 1:02d}-{slug(rng)}" for number in range(modules)]
    titles = [sentence(rng, 3, 5).rstrip(".") for _ in range(modules)]
    for number, name in enumerate(names):
        following = number + 1 < modules
        body = module_body(
            rng, words, f"{names[number + 1]}.md" if following else None, titles[number + 1] if following else ""
        )
        front = module_front_matter(titles[number], number + 1, stage(number, modules), rng)
        (folder / f"{name}.md").write_text(front + "\n" + body, encoding="utf-8")


def generate_portal(out: Path, courses: int, modules: int, words: int = 1000, seed: int = 7) -> None:
    """Write a portal of ``courses`` x ``modules`` modules into ``out`` (replacing its courses)."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    (out / "mkdocs.yml").write_text(mkdocs_yml(), encoding="utf-8")
    shutil.rmtree(out / "courses", ignore_errors=True)
    for index in range(courses):
        write_course(out, index, modules, words, rng)


def main(argv: list[str] | None = None) -> int:
    """Command line: ``generate.py OUT --courses N --modules M [--words W] [--seed S]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path, help="folder to write the portal into")
    parser.add_argument("--courses", type=int, default=100, help="number of courses (default 100)")
    parser.add_argument("--modules", type=int, default=10, help="modules per course (default 10)")
    parser.add_argument("--words", type=int, default=1000, help="about this many words per module (default 1000)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    args = parser.parse_args(argv)
    generate_portal(args.out, args.courses, args.modules, args.words, args.seed)
    print(f"wrote {args.courses} courses x {args.modules} modules to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
