"""``lxkit fix [PATHS] [--diff]`` (and ``lxkit lint --fix``): apply the safe fixes to course files, or show them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import click

from lxkit.commands.selection import Selection, select
from lxkit.console import Console
from lxkit.fix.files import FileFix, course_documents, fix_file, unified_diff, write_fix
from lxkit.limits import file_size_limit
from lxkit.lint.engine import within
from lxkit.loader import courses_root, relative
from lxkit.model import PortalConfig
from lxkit.portal_loading import open_config


def fix_command(console: Console, config_file: Path | None, paths: Sequence[Path], diff: bool) -> int:
    """Fix the portal's course files (or those under PATHS); with ``diff``, only print the changes.

    Returns 1 with ``diff`` when something would change (like ``git diff --exit-code``), else 0.
    """
    config = open_config(config_file)
    fixes = portal_fixes(config, select(config, paths, Path.cwd()))
    if diff:
        for fix in fixes:
            click.echo(unified_diff(fix), nl=False)
        if not fixes:
            console.info("nothing to fix")
        return 1 if fixes else 0
    apply_fixes(console, fixes)
    if fixes:
        console.info(f"fixed {len(fixes)} file(s); run 'lxkit lint' for what is left to do by hand")
    return 0


def portal_fixes(config: PortalConfig, selection: Selection) -> list[FileFix]:
    """The safe fixes of every selected course file that has any (nothing is written)."""
    root = courses_root(config)
    fixes: list[FileFix] = []
    for path in course_documents(root, selection.courses) if root.is_dir() else ():
        rel = relative(config, path)
        if within(rel, selection.paths):
            fix = fix_file(path, rel, file_size_limit(config.raw))
            if fix is not None and fix.edits:
                fixes.append(fix)
    return fixes


def apply_fixes(console: Console, fixes: Sequence[FileFix]) -> None:
    """Write the fixes and say what each one changed, at ``path:line:col``."""
    for fix in fixes:
        write_fix(fix)
        for edit in fix.edits:
            console.info(f"{fix.relative}:{edit.line}:{edit.column}: fixed: {edit.title}")
    if not fixes:
        console.info("nothing to fix")
