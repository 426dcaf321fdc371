"""``lxkit fix [PATHS] [--diff]``: apply the safe fixes to course files, or show them as a diff."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import click

from lxkit.commands.lint import select
from lxkit.console import Console
from lxkit.fix.files import FileFix, course_documents, fix_file, unified_diff, write_fix
from lxkit.lint.engine import within
from lxkit.loader import courses_root, relative
from lxkit.portal_loading import open_config


def fix_command(console: Console, config_file: Path | None, paths: Sequence[Path], diff: bool) -> int:
    """Fix the portal's course files (or those under PATHS); with ``diff``, only print the changes.

    Returns 1 with ``diff`` when something would change (like ``git diff --exit-code``), else 0.
    """
    config = open_config(config_file)
    selection = select(config, paths, Path.cwd())
    root = courses_root(config)
    fixes: list[FileFix] = []
    for path in course_documents(root, selection.courses) if root.is_dir() else ():
        rel = relative(config, path)
        if within(rel, selection.paths):
            fix = fix_file(path, rel)
            if fix is not None and fix.edits:
                fixes.append(fix)
    for fix in fixes:
        if diff:
            click.echo(unified_diff(fix), nl=False)
            continue
        write_fix(fix)
        for edit in fix.edits:
            console.info(f"{fix.relative}:{edit.line}:{edit.column}: fixed: {edit.title}")
    if not fixes:
        console.info("nothing to fix")
    elif not diff:
        console.info(f"fixed {len(fixes)} file(s); run 'lxkit lint' for what is left to do by hand")
    return 1 if diff and fixes else 0
