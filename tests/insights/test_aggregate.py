"""The aggregations on generated data with known answers: funnel, flags, heat map, privacy, re-runs."""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections import Counter
from pathlib import Path

import duckdb
import pytest

from lxkit.insights.figures import course_figures
from lxkit.insights.results import Insights, read_results
from lxkit.insights.run import Source, run_insights
from lxkit.insights.settings import insight_settings
from lxkit.insights.structure import RESPONSE_SEPARATOR, option_id, option_label
from lxkit.model import JOURNEY_STAGES
from tests.insights.conftest import GeneratedPortal, generator


def run(generated: GeneratedPortal, cache: Path, source: Path | None) -> Insights:
    settings = insight_settings(generated.portal.config)
    settings = dataclasses.replace(settings, store=cache / "store.duckdb", output=cache / "insights.json")
    result = run_insights(generated.portal, settings, Source(file=source) if source else None)
    return result.insights


@pytest.fixture(scope="module")
def insights(generated: GeneratedPortal, tmp_path_factory: pytest.TempPathFactory) -> Insights:
    return run(generated, tmp_path_factory.mktemp("cache"), generated.statements)


def test_funnel_counts_are_the_generated_ones_with_small_counts_hidden(
    insights: Insights, generated: GeneratedPortal
) -> None:
    rows = [(c.course, r) for c in insights.courses for r in c.funnel]
    assert len(rows) == len(generated.truth.funnel)
    for course, row in rows:
        expected = generated.truth.funnel[(course, row.cohort, row.week)]
        shown = [n if n >= 5 else None for n in expected]
        assert [row.opened, row.on_time, row.exercise, row.passed] == shown, (course, row)
    assert any(row.on_time is not None and row.opened is not None and row.on_time < row.opened for _, row in rows)


def test_planted_questions_are_flagged_and_no_other(insights: Insights, generated: GeneratedPortal) -> None:
    for course in insights.courses:
        planted = generated.truth.planted[course.course]
        flagged = {q.question: q.flags for q in course.questions if q.flags}
        assert flagged == {
            planted.hard: ("too-hard",),
            planted.misleading: ("misleading-distractor",),
            planted.easy: ("too-easy",),
        }
        misleading = next(q for q in course.questions if q.question == planted.misleading)
        assert misleading.wrong_option == "ABCDEFGH"[planted.distractor - 1]
        assert misleading.wrong_share is not None and misleading.wrong_share > 0.4
        assert misleading.line > 1 and misleading.path.endswith(".md")


def test_heat_map_counts_learners_per_capability_team_and_stage(insights: Insights, generated: GeneratedPortal) -> None:
    assert insights.heatmap
    for row in insights.heatmap:
        expected = [generated.truth.reached.get((row.capability, row.team, stage), 0) for stage in JOURNEY_STAGES]
        assert list(row.stages) == [n if n >= 5 else None for n in expected], row


def test_a_team_of_four_never_appears(insights: Insights, generated: GeneratedPortal, tmp_path: Path) -> None:
    small = generator().SMALL_TEAM
    assert generated.truth.team_sizes[small] == 4
    assert all(row.team != small for row in insights.heatmap)
    assert insights.hidden_teams == 1
    text = json.dumps(dataclasses.asdict(insights))
    assert small not in text


def test_learner_ids_never_leave_the_store(insights: Insights, generated: GeneratedPortal) -> None:
    text = json.dumps(dataclasses.asdict(insights))
    with generated.statements.open() as handle:
        names = {json.loads(next(handle))["actor"]["account"]["name"] for _ in range(200)}
    assert not any(name in text for name in names)


def test_time_on_pre_work_is_measured_against_the_plan(insights: Insights) -> None:
    rows = [row for course in insights.courses for row in course.time]
    assert rows and all(row.planned > 0 for row in rows)
    measured = [row for row in rows if row.measured is not None]
    assert measured and all(0 < row.measured <= 4 * 60 for row in measured)


def test_a_rerun_reads_only_new_statements_and_equals_a_run_from_scratch(
    generated: GeneratedPortal, tmp_path: Path
) -> None:
    lines = generated.statements.read_bytes().splitlines(keepends=True)
    growing = tmp_path / "export.jsonl"
    cut = len(lines) * 9 // 10
    growing.write_bytes(b"".join(lines[:cut]) + lines[cut][:40])  # a line still being written
    first = run(generated, tmp_path / "incremental", growing)
    assert first.statements == cut
    growing.write_bytes(b"".join(lines))
    settings = dataclasses.replace(
        insight_settings(generated.portal.config),
        store=tmp_path / "incremental" / "store.duckdb",
        output=tmp_path / "incremental" / "insights.json",
    )
    again = run_insights(generated.portal, settings, Source(file=growing))
    assert again.ingested.added == len(lines) - cut
    scratch = run(generated, tmp_path / "scratch", growing)
    assert again.insights == scratch
    assert read_results(tmp_path / "incremental" / "insights.json") == scratch


def test_the_same_statements_twice_are_stored_once(generated: GeneratedPortal, tmp_path: Path) -> None:
    copy = tmp_path / "copy.jsonl"
    shutil.copy(generated.statements, copy)
    once = run(generated, tmp_path / "cache", generated.statements)
    twice = run(generated, tmp_path / "cache", copy)
    assert twice.statements == once.statements


def test_pre_work_items_done_and_done_before_the_session(insights: Insights, generated: GeneratedPortal) -> None:
    items = {p.id for c in generated.portal.courses for m in c.modules for p in m.pre_work}
    rows = [row for course in insights.courses for row in course.pre_work]
    assert rows and {row.item for row in rows} <= items
    for row in rows:
        assert row.completed is not None and 0 < row.completed <= 1
        assert row.on_time is None or row.on_time <= row.completed
    required = [r for r in rows if r.completed is not None and r.completed > 0.6]
    assert required and all(r.on_time is not None and r.on_time < r.completed for r in required)


def test_the_wrong_option_shown_is_the_most_chosen_and_ties_go_to_the_first_option(
    generated: GeneratedPortal, tmp_path: Path
) -> None:
    shown = run(generated, tmp_path, generated.statements)
    with duckdb.connect(str(tmp_path / "store.duckdb"), read_only=True) as connection:
        answers = connection.execute("SELECT course, question, response FROM learner_answer").fetchall()
    chosen: Counter[tuple[str, str, str]] = Counter()
    for course, question, response in answers:
        for option in (response or "").split(RESPONSE_SEPARATOR):
            chosen[(course, question, option)] += 1 if option else 0
    ties = 0
    for course in generated.portal.courses:
        stats = {q.question: q for c in shown.courses if c.course == course.folder for q in c.questions}
        for question in (q for module in course.modules for q in module.check):
            right = {option_id(i) for i, o in enumerate(question.options, start=1) if o.correct}
            mine = ((o, n) for (c, q, o), n in chosen.items() if (c, q) == (course.folder, question.id))
            counts = {o: n for o, n in mine if o not in right}
            stat = stats.get(question.id)
            if not counts or stat is None or not stat.wrong_option:
                continue
            most = max(counts.values())
            first = min(o for o, n in counts.items() if n == most)
            ties += sum(1 for n in counts.values() if n == most) > 1
            assert stat.wrong_option == option_label(first), (course.folder, question.id, counts)
    assert ties, "the generated answers no longer hold a tie between wrong options: this test checks nothing"


def test_a_follow_up_module_is_shown_by_its_days_after_the_course_not_a_week_number(
    insights: Insights, generated: GeneratedPortal
) -> None:
    modules = [(c.folder, m) for c in generated.portal.courses for m in c.modules]
    follow_ups = {(folder, m.slug): m.days_after_course for folder, m in modules if m.days_after_course}
    assert follow_ups, "the sample courses no longer hold a follow-up module: this test checks nothing"
    seen = 0
    for course in insights.courses:
        for row in (*course.funnel, *course.time):
            days = follow_ups.get((course.course, row.module))
            assert row.when == (f"{days} days after the course" if days else f"Week {row.week}"), row
            seen += days is not None
        for figure in course_figures(course, insights.min_group):
            assert not any(cell.startswith("Week 18") for line in figure.table.rows for cell in line)
    assert seen
