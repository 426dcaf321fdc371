"""``lxkit insights``: read learning records into the local store and write the insights the build shows."""

from __future__ import annotations

from pathlib import Path

from lxkit.console import Console
from lxkit.exceptions import EXIT_OK, UsageError
from lxkit.insights.run import RunResult, Source, run_insights
from lxkit.insights.settings import InsightSettings, insight_settings, lrs_access
from lxkit.portal_loading import open_portal

EXIT_INTERRUPTED = 130  # as a shell reports Ctrl+C


def insights_command(
    console: Console,
    config_file: Path | None,
    from_file: Path | None,
    lrs: str | None,
    store: Path | None,
    output: Path | None,
    no_read: bool,
    full: bool = False,
) -> int:
    """Read new statements (a file, or the LRS), aggregate, and say what was written."""
    if from_file is not None and lrs is not None:
        raise UsageError("read from a file (--from) or from an LRS (--lrs), not both")
    portal = open_portal(config_file)
    configured = insight_settings(portal.config)
    settings = configured.with_paths(store, output)
    if no_read:
        source = None
    elif from_file is not None:
        source = Source(file=from_file)
    else:
        source = Source(lrs=lrs_access(lrs), full=full)
    try:
        result = run_insights(portal, settings, source)
    except KeyboardInterrupt:
        console.error(
            "interrupted: the store keeps every part it had read before, nothing twice; "
            "run the same command again to go on from there"
        )
        return EXIT_INTERRUPTED
    _report(console, result, settings, configured.output)
    return EXIT_OK


def _report(console: Console, result: RunResult, settings: InsightSettings, built: Path) -> None:
    """What a run read, what the trainer should change, and where the results are (``built``: the file
    ``lxkit build`` reads)."""
    if result.started_again:
        console.info(
            f"The insights store {settings.store} was made by another version of lxkit: it was started again "
            "and this run read its source from the start; read any other file again with --from "
            "(an LRS is read in full on its next run)"
        )
    if result.ingested.note:
        console.warning(result.ingested.note)
    added = result.ingested.added
    console.info(f"Read {added} new statement{'s' if added != 1 else ''}; the store holds {result.insights.statements}")
    if not result.insights.statements:
        console.info(
            "No learning records yet, so the Insights pages will be empty: they arrive when learners use the "
            "portal built with 'tracking: enabled: true', sent to the LRS named in tracking.endpoint in mkdocs.yml"
        )
    if result.data_problems:
        console.info(
            f"{result.data_problems} problem(s) in metrics/ or cohorts/ were skipped: run 'lxkit lint' to see them"
        )
    for note in result.notes:
        console.warning(note)
    hidden = result.insights.hidden_teams
    if hidden:
        console.info(f"{hidden} team(s) with fewer than {settings.min_group} learners are not shown")
    if result.output.resolve() == built.resolve():
        console.info(f"Wrote the insights to {result.output}; 'lxkit build' puts them into the trainer view")
    else:
        console.info(
            f"Wrote the insights to {result.output}; 'lxkit build' reads {built} instead: leave out -o, "
            f"or set 'output: {result.output}' under 'insights:' in the lxkit section of mkdocs.yml"
        )
