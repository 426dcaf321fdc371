"""``lxkit build``: build the static portal (incrementally, with the cache in ``.lxkit-cache/``)."""

from __future__ import annotations

from pathlib import Path

from lxkit.builder.api import BuildOptions, build_portal, default_site_dir
from lxkit.console import Console
from lxkit.insights.settings import insight_settings
from lxkit.model import PortalConfig
from lxkit.portal_loading import open_config
from lxkit.review.contributors import portal_contributors


def build_command(
    console: Console,
    config_file: Path | None,
    site_dir: Path | None,
    clean: bool = False,
    trainer: bool = True,
    jobs: int | None = None,
) -> None:
    """Build the portal and say where it is."""
    config = open_config(config_file)
    target = site_dir or default_site_dir(config)
    options = BuildOptions(site_dir=target, clean=clean, trainer=trainer, jobs=jobs)
    result = build_portal(config, options, console, contributors=portal_contributors(config))
    console.info(
        f"Built {result.courses} course(s), {result.pages} page(s) ({result.rendered} rendered) "
        f"into {result.site_dir} in {result.seconds:.1f} s"
    )
    if trainer and _insights_missing(config):
        console.info(
            "Learning records are on, but the trainer view has no Insights pages yet: run 'lxkit insights' "
            "(from the LRS, or --from an LRS export), then 'lxkit build' again"
        )


def _insights_missing(config: PortalConfig) -> bool:
    """Whether tracking is on and no ``lxkit insights`` run has written its results yet."""
    tracking = config.raw.get("tracking")
    enabled = isinstance(tracking, dict) and bool(tracking.get("enabled"))
    return enabled and not insight_settings(config).output.is_file()
