"""``lxkit review``: a review report of the change between two Git refs, to post on a pull request."""

from __future__ import annotations

from pathlib import Path

import click

from lxkit import git
from lxkit.console import Console
from lxkit.exceptions import EXIT_CONTENT, EXIT_OK, UsageError
from lxkit.insights.results import read_results
from lxkit.insights.settings import insight_settings
from lxkit.portal_loading import open_config
from lxkit.review.api import default_base, review_change
from lxkit.review.report import json_report, markdown_report


def review_command(
    console: Console,
    config_file: Path | None,
    base: str | None,
    head: str,
    output_format: str,
    output: Path | None,
) -> int:
    """Write the report; exit 1 when the change introduces lint errors or misses a version bump (LX301)."""
    config = open_config(config_file)
    config_path = Path(config.config_file).resolve()
    repo = git.repo_root(config_path.parent)
    base = base or default_base(repo, head)
    console.detail(f"comparing {base} with {head} in {repo}")
    insights = read_results(insight_settings(config).output)
    review = review_change(repo, config_path.relative_to(repo).as_posix(), base, head, insights)
    text = json_report(review) if output_format == "json" else markdown_report(review)
    if output is None:
        click.echo(text, nl=False)
    else:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as error:
            raise UsageError(f"cannot write the report to {output}: {error.strerror or error}") from error
        console.info(f"Wrote the review report to {output}")
    for finding in review.blocking:
        console.detail(f"blocking: {finding.location()} {finding.code} {finding.message}")
    if review.failed:
        console.error(f"the change needs work: {len(review.blocking)} blocking finding(s) (see the report)")
        return EXIT_CONTENT
    return EXIT_OK
