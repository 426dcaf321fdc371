"""The flags several commands share, and how a command's lxkit errors become messages and exit codes."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from lxkit.console import Console
from lxkit.exceptions import ConfigError, ContentError, LxkitError

F = TypeVar("F", bound=Callable[..., Any])

config_option = click.option(
    "-f",
    "--config-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The portal's mkdocs.yml (default: the nearest one from the current folder upwards).",
)


def verbosity_options(function: F) -> F:
    """Add -q/--quiet and -v/--verbose and pass a :class:`Console` as ``console``."""

    @click.option("-q", "--quiet", is_flag=True, help="Print only problems and results.")
    @click.option("-v", "--verbose", is_flag=True, help="Print more about what lxkit does.")
    @functools.wraps(function)
    def wrapper(*args: Any, quiet: bool, verbose: bool, **kwargs: Any) -> Any:
        console = Console(-1 if quiet else (1 if verbose else 0))
        return report_errors(function, console, *args, console=console, **kwargs)

    return wrapper  # type: ignore[return-value]


def report_errors(function: Callable[..., Any], reporter: Console, *args: Any, **kwargs: Any) -> Any:
    """Run a command; lxkit errors become messages and exit codes, never tracebacks."""
    try:
        result = function(*args, **kwargs)
    except (ContentError, ConfigError) as error:
        reporter.findings(error.findings)
        reporter.error(error.message)
        sys.exit(error.exit_code)
    except LxkitError as error:
        reporter.error(error.message)
        sys.exit(error.exit_code)
    except KeyboardInterrupt:
        reporter.error("interrupted")
        sys.exit(130)
    if isinstance(result, int) and result:
        sys.exit(result)
    return result


jobs_option = click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    help="Worker processes for building pages (default: one per CPU core).",
)


deploy_target_options = [
    click.option("--to", type=click.Path(file_okay=False, path_type=Path), help="Deploy tree in a folder."),
    click.option("--branch", help="Deploy tree on a Git branch, e.g. gh-pages (the work tree is not touched)."),
]
push_options = [
    click.option("--push", is_flag=True, help="Push the branch to the remote afterwards (with --branch)."),
    click.option("--remote", default="origin", show_default=True, help="Remote to fetch from and push to."),
]


def apply_options(options: list[Callable[[F], F]]) -> Callable[[F], F]:
    """Apply a list of click options in order."""

    def apply(function: F) -> F:
        for option in reversed(options):
            function = option(function)
        return function

    return apply
