"""One ``lxkit insights`` run: read new statements into the store, aggregate, write the results.

When the facts (:mod:`lxkit.insights.learners`), the courses, cohorts, metrics and settings are the
ones the results file was computed from, the run aggregates nothing: it keeps the results (with the
store's new statement count). New statements that change no learner's facts (a module opened again,
a repeated answer) cost only their read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import duckdb

from lxkit.exceptions import UsageError
from lxkit.insights.aggregate import aggregate
from lxkit.insights.coverage import uncovered_learners
from lxkit.insights.data_files import Cohort, DataProblem, MetricPoint, orphan_files, read_cohorts, read_metrics
from lxkit.insights.learners import facts_digest, prepare_store
from lxkit.insights.results import FORMAT, Insights, read_results, write_results
from lxkit.insights.settings import InsightSettings, LrsAccess
from lxkit.insights.sources import read_file, read_lrs
from lxkit.insights.store import Ingested, count, open_store
from lxkit.loader import courses_root
from lxkit.model import Portal


@dataclass(frozen=True, slots=True)
class Source:
    """Where to read statements: a JSON-lines file, or an LRS (exactly one of them)."""

    file: Path | None = None
    lrs: LrsAccess | None = None
    full: bool = False


@dataclass(frozen=True, slots=True)
class RunResult:
    """What a run read and what it wrote."""

    ingested: Ingested
    insights: Insights
    output: Path
    data_problems: int
    started_again: bool = False  # the store was made by another lxkit and was emptied before the read
    notes: tuple[str, ...] = ()  # what the trainer should change in the co-created data (cohorts)


def run_insights(portal: Portal, settings: InsightSettings, source: Source | None) -> RunResult:
    """Read ``source`` (nothing: only aggregate what the store has), aggregate, write the results file."""
    cohorts, cohort_problems = read_cohorts(portal)
    metrics, metric_problems = read_metrics(portal)
    spill = settings.store.parent / "incoming"
    with open_store(settings.store) as connection:
        started_again = prepare_store(connection)
        ingested = Ingested(0, 0)
        if source is not None and source.file is not None:
            ingested = read_file(connection, source.file, spill)
        elif source is not None and source.lrs is not None:
            ingested = read_lrs(connection, source.lrs, spill, source.full)
        inputs = _inputs_digest(connection, portal, settings, cohorts, metrics)
        insights = _kept(connection, settings.output, inputs)
        if insights is None:
            insights = aggregate(connection, portal, settings, cohorts, metrics)
        _write(connection, insights, settings.output, inputs)
        notes = uncovered_learners(connection, portal, cohorts, settings.min_group)
    problems = len(cohort_problems) + len(metric_problems) + len(_orphans(portal))
    return RunResult(ingested, insights, settings.output, problems, started_again, notes)


def _orphans(portal: Portal) -> list[DataProblem]:
    """Data files named after no course folder (lxkit lint reports them as LX022; this run reads none)."""
    folder = courses_root(portal.config)
    courses = [p.name for p in folder.iterdir() if p.is_dir()] if folder.is_dir() else []
    return orphan_files(Path(portal.config.root), courses)


def _inputs_digest(
    connection: duckdb.DuckDBPyConnection,
    portal: Portal,
    settings: InsightSettings,
    cohorts: Mapping[str, Sequence[Cohort]],
    metrics: Mapping[str, Sequence[MetricPoint]],
) -> str:
    """A digest of everything the aggregation reads (the facts, not the statements) and of its code."""
    text = repr((FORMAT, facts_digest(connection), portal.courses, cohorts, metrics, settings.min_group))
    return hashlib.sha256((text + repr(settings.thresholds) + _code_digest()).encode("utf-8")).hexdigest()


def _code_digest() -> str:
    """A digest of the code that turns facts into results (this package, its SQL, the week rules)."""
    package = Path(__file__).parent
    files = sorted([*package.glob("*.py"), *package.glob("sql/*.sql"), package.parent / "schedule.py"])
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode("utf-8") + path.read_bytes())
    return digest.hexdigest()


def _kept(connection: duckdb.DuckDBPyConnection, output: Path, inputs: str) -> Insights | None:
    """The results file's insights, when this store wrote it from the same inputs (else None)."""
    row = connection.execute("SELECT inputs, written FROM aggregated WHERE output = ?", [str(output)]).fetchone()
    if row is None or row[0] != inputs or not output.is_file():
        return None
    if hashlib.sha256(output.read_bytes()).hexdigest() != row[1]:
        return None  # written by another run (another store) since
    try:
        kept = read_results(output)
    except UsageError:
        return None
    return replace(kept, statements=count(connection)) if kept is not None else None


def _write(connection: duckdb.DuckDBPyConnection, insights: Insights, output: Path, inputs: str) -> None:
    written = write_results(insights, output)
    connection.execute("INSERT OR REPLACE INTO aggregated VALUES (?, ?, ?)", [str(output), inputs, written])
