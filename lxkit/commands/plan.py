"""``lxkit new plan``, ``lxkit new course --from PLAN`` and ``lxkit export plan``: courses and spreadsheets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from lxkit.commands.new import create_course
from lxkit.console import Console
from lxkit.exceptions import UsageError
from lxkit.loader import courses_root, load_course
from lxkit.plan.course import course_files
from lxkit.plan.export import plan_of
from lxkit.plan.workbook import read_plan, write_workbook
from lxkit.portal_loading import open_config
from lxkit.scaffold.variables import check_slug

PLAN_SUFFIXES = (".xlsx", ".csv")


def new_plan_command(console: Console, path: Path, force: bool) -> None:
    """Write an empty plan workbook with instructions and drop-down lists."""
    _writable(path, force)
    write_workbook(path)
    console.info(f"Wrote the plan template {path}; fill it in, then run 'lxkit new course ID --from {path.name}'.")


def course_from_plan_command(
    console: Console, config_file: Path | None, course_id: str, plan_file: Path, force: bool
) -> None:
    """Write a course folder from a plan; nothing is written when the plan has problems (exit 1)."""
    check_slug(course_id, "course id")
    if plan_file.suffix.lower() not in PLAN_SUFFIXES or not plan_file.is_file():
        raise UsageError(f"{plan_file}: no such plan; give an .xlsx workbook or a .csv of the Weeks sheet")
    config = open_config(config_file)
    plan = read_plan(plan_file)
    files = course_files(course_id, plan, dt.date.today().isoformat(), plan_file.name)
    next_step = "replace the remaining 'Replace with ...' texts"
    create_course(console, config, course_id, files, force, plan_file.name, next_step)


def export_plan_command(
    console: Console, config_file: Path | None, course_id: str, output: Path | None, force: bool
) -> None:
    """Write a course's plan into a workbook (default ``<course>-plan.xlsx`` here)."""
    check_slug(course_id, "course id")
    config = open_config(config_file)
    folder = courses_root(config) / course_id
    if not (folder / "index.md").is_file():
        raise UsageError(f"no course '{course_id}' in {courses_root(config)}")
    course, _ = load_course(config, folder)
    if course is None:
        raise UsageError(f"the course '{course_id}' cannot be read; run 'lxkit lint {folder}'")
    target = output or Path(f"{course_id}-plan.xlsx")
    _writable(target, force)
    write_workbook(target, plan_of(course))
    console.info(f"Wrote the plan of '{course_id}' to {target}.")


def _writable(path: Path, force: bool) -> None:
    if path.suffix.lower() != ".xlsx":
        raise UsageError(f"{path}: a plan is an Excel workbook; give a file name ending in .xlsx")
    if path.exists() and not force:
        raise UsageError(f"{path} already exists; use --force to replace it")
    if not path.parent.resolve().is_dir():
        raise UsageError(f"{path.parent}: no such folder")
