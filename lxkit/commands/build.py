"""``lxkit build``: build the static portal (incrementally, with the cache in ``.lxkit-cache/``)."""

from __future__ import annotations

from pathlib import Path

from lxkit.boundary import refusal, refused_below
from lxkit.builder.api import BuildOptions, build_portal, default_site_dir
from lxkit.console import Console
from lxkit.findings import escape
from lxkit.insights.settings import insight_settings
from lxkit.loader import course_folders, courses_root, relative
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
    for line in left_out(config):
        console.warning(line)
    if trainer and _insights_missing(config):
        console.info(
            "Learning records are on, but the trainer view has no Insights pages yet: run 'lxkit insights' "
            "(from the LRS, or --from an LRS export), then 'lxkit build' again"
        )


def left_out(config: PortalConfig) -> list[str]:
    """``path:1:1: CODE message`` of each file of a course folder the build left out of the site (a
    link out of the portal, a special file, a name with a line break, a script...), as lint reports it."""
    root = courses_root(config)
    lines = []
    for folder in course_folders(root) if root.is_dir() else []:
        if refusal(root, folder) is None:
            for path, refused in refused_below(root, folder):
                lines.append(f"{escape(relative(config, Path(path)))}:1:1: {refused.code} {refused.message}")
    return lines


def _insights_missing(config: PortalConfig) -> bool:
    """Whether tracking is on and no ``lxkit insights`` run has written its results yet."""
    tracking = config.raw.get("tracking")
    enabled = isinstance(tracking, dict) and bool(tracking.get("enabled"))
    return enabled and not insight_settings(config).output.is_file()
