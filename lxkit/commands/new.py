"""``lxkit new portal|course|module``: scaffolding that never overwrites an author's work."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from lxkit.console import Console
from lxkit.exceptions import UsageError
from lxkit.front_matter import module_from_source
from lxkit.loader import courses_root, load_course
from lxkit.model import Course, PortalConfig
from lxkit.portal_loading import open_config
from lxkit.resources import templates_dir
from lxkit.scaffold.course import next_module_number, write_course, write_new_file
from lxkit.scaffold.portal import portal_files, write_portal
from lxkit.scaffold.repository import no_repository, start_repository
from lxkit.scaffold.templates import MODULE_TEMPLATE, find_template, render_file, render_template
from lxkit.scaffold.variables import check_slug, course_variables, title_from_slug
from lxkit.schedule import module_week, week_loads, weekly_budget
from lxkit.sourcefile import parse_source
from lxkit.yamlwords import split_value


def new_course_command(
    console: Console,
    config_file: Path | None,
    course_id: str,
    template: str,
    title: str | None,
    owner: str | None,
    github: str | None,
    force: bool,
) -> None:
    """Create a course folder from a template in the portal's courses folder."""
    check_slug(course_id, "course id")
    config = open_config(config_file)
    chosen = find_template(template)
    capability = config.capabilities[0].id if config.capabilities else ""
    variables = course_variables(course_id, title, owner, github, capability, dt.date.today())
    files = render_template(chosen, variables)
    next_step = "replace the guidance text with your content"
    create_course(console, config, course_id, files, force, f"the '{chosen.name}' template", next_step)


def create_course(
    console: Console,
    config: PortalConfig,
    course_id: str,
    files: dict[str, str],
    force: bool,
    origin: str,
    next_step: str,
) -> None:
    """Write a new course folder (a replaced one is moved aside, never lost) and say what to do next."""
    root = courses_root(config)
    kept = write_course(root, course_id, files, force, Path(config.root))
    if kept is not None:
        console.info(f"The previous '{course_id}' was moved to {kept}")
    console.info(f"Created {root / course_id} from {origin} ({len(files)} files).")
    console.info(f"Next: {next_step}, then run 'lxkit lint' and 'lxkit serve'.")


def new_module_command(
    console: Console,
    config_file: Path | None,
    course_id: str,
    slug: str,
    title: str | None,
    week: int | None,
    stage: str,
) -> None:
    """Add the next-numbered module to a course."""
    check_slug(course_id, "course id")
    check_slug(slug, "module slug")
    config = open_config(config_file)
    folder = courses_root(config) / course_id
    if not (folder / "index.md").is_file():
        raise UsageError(f"there is no course '{course_id}' in {courses_root(config)}")
    number = next_module_number(folder)
    course, _ = load_course(config, folder)
    variables: dict[str, object] = {
        "title": title or title_from_slug(slug),
        "week": week or 1,
        "stage": stage,
        "course_title": course.title if course else course_id,
    }
    path = folder / f"{number:02d}-{slug}.md"
    chosen = week if week is not None else default_week(course, _minutes(path, number, slug, variables))
    variables["week"] = chosen
    write_new_file(path, render_file(templates_dir(), MODULE_TEMPLATE, variables))
    console.info(f"Created {path} (week {chosen})")
    if course is not None and not _fits(course, chosen):
        if _extend_schedule(folder / "index.md", course, chosen):
            console.info(f"No week of the schedule had room for it: schedule.weeks in index.md is now {chosen}")
        else:
            console.info(f"Set schedule.weeks to {chosen} in index.md so that week {chosen} is part of the course")


def _minutes(path: Path, number: int, slug: str, variables: dict[str, object]) -> int:
    """Minutes the new module asks of learners (pre-work, session and exercise of the template)."""
    draft = parse_source(path.name, render_file(templates_dir(), MODULE_TEMPLATE, variables))
    module = module_from_source(draft, number, slug, ())
    return module.pre_work_minutes + module.session_minutes + module.exercise_minutes


def default_week(course: Course | None, minutes: int = 0) -> int:
    """A week that keeps the course clean: the first scheduled week without a module, else the first
    week whose budget has room for ``minutes`` more, else the week after the last module."""
    if course is None:
        return 1
    last = max((module_week(m) or 0 for m in course.modules), default=0)
    scheduled = course.schedule.weeks if course.schedule and course.schedule.weeks else 0
    loads = {load.week: load for load in week_loads(course)}
    for week in range(1, scheduled + 1):
        if week not in loads or not loads[week].modules:
            return week
    budget = weekly_budget(course)
    for week in range(1, scheduled + 1):
        if budget is not None and loads[week].total + minutes <= budget:
            return week
    return max(last, scheduled) + 1


def _extend_schedule(index: Path, course: Course, weeks: int) -> bool:
    """Set ``schedule.weeks`` to ``weeks`` by editing that one line of ``index.md``; whether it could."""
    if ("schedule", "weeks") not in course.source.positions:
        return False
    line = course.source.positions[("schedule", "weeks")][0]
    lines = course.source.text.splitlines(keepends=True)
    parts = split_value(lines[line - 1].rstrip("\r\n"))
    if parts is None or parts[2] != "weeks" or not parts[1].isdigit():
        return False
    ending = lines[line - 1][len(lines[line - 1].rstrip("\r\n")) :]
    lines[line - 1] = f"{parts[0]}{weeks}{ending}"
    index.write_text("".join(lines), encoding="utf-8")
    return True


def _fits(course: Course, week: int) -> bool:
    scheduled = course.schedule.weeks if course.schedule and course.schedule.weeks else None
    return scheduled is None or week <= scheduled


def new_portal_command(console: Console, directory: Path, site_name: str, force: bool, git: bool = True) -> None:
    """Start a portal repository in a folder (existing files are never overwritten), with ``git init``."""
    if directory.exists() and not directory.is_dir():
        raise UsageError(f"{directory} exists and is not a folder")
    if directory.is_dir() and any(directory.iterdir()) and not force:
        raise UsageError(f"{directory} is not empty; use --force to add the portal files next to what is there")
    written, kept = write_portal(directory, portal_files(site_name))
    for relative in kept:
        console.info(f"kept existing {relative}")
    console.info(f"Created a portal in {directory} ({len(written)} files).")
    console.info(start_repository(directory, written) if git else no_repository(directory))
    console.info(f"Next: cd {directory} && lxkit lint && lxkit serve")
