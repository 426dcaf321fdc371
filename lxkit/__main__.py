"""The ``lxkit`` command line: the top-level group of the commands in :mod:`lxkit.cli`, and :func:`main`.

Exit codes: 0 success, 1 content problems (or lint errors), 2 usage or environment errors.
"""

from __future__ import annotations

import sys

import click

from lxkit import __version__
from lxkit.cli import authoring, checking, exporting, reviewing, site
from lxkit.exceptions import EXIT_USAGE


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="lxkit")
def cli() -> None:
    """lxkit: write flipped-classroom courses in Markdown, lint their pedagogy and build a portal.

    Exit codes: 0 ok, 1 content problems, 2 usage or environment errors.
    """


for _command in (
    authoring.new,
    authoring.templates,
    authoring.schema,
    checking.lint,
    checking.fix,
    checking.rules,
    checking.lsp,
    site.build,
    site.serve,
    site.publish,
    site.versions,
    reviewing.insights,
    reviewing.review,
    reviewing.codeowners,
    exporting.export,
):
    cli.add_command(_command)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code (for ``python -m lxkit`` and the console script)."""
    try:
        cli.main(args=argv, prog_name="lxkit", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        return 1
    except click.ClickException as error:
        error.show()
        return EXIT_USAGE
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
