"""One ``lxkit insights`` run: read new statements into the store, aggregate, write the results."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lxkit.insights.aggregate import aggregate
from lxkit.insights.data_files import read_cohorts, read_metrics
from lxkit.insights.learners import update_learner_facts
from lxkit.insights.results import Insights, write_results
from lxkit.insights.settings import InsightSettings, LrsAccess
from lxkit.insights.sources import read_file, read_lrs
from lxkit.insights.store import Ingested, open_store
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


def run_insights(portal: Portal, settings: InsightSettings, source: Source | None) -> RunResult:
    """Read ``source`` (nothing: only aggregate what the store has), aggregate, write the results file."""
    cohorts, cohort_problems = read_cohorts(portal)
    metrics, metric_problems = read_metrics(portal)
    spill = settings.store.parent / "incoming"
    with open_store(settings.store) as connection:
        ingested = Ingested(0, 0)
        if source is not None and source.file is not None:
            ingested = read_file(connection, source.file, spill)
        elif source is not None and source.lrs is not None:
            ingested = read_lrs(connection, source.lrs, spill, source.full)
        update_learner_facts(connection)
        insights = aggregate(connection, portal, settings, cohorts, metrics)
    write_results(insights, settings.output)
    return RunResult(ingested, insights, settings.output, len(cohort_problems) + len(metric_problems))
