"""``lxkit new portal|course|module``: scaffolding that never overwrites an author's work."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from lxkit.console import Console
from lxkit.exceptions import UsageError
from lxkit.loader import courses_root, load_course
from lxkit.model import Course
from lxkit.portal_loading import open_config
from lxkit.resources import templates_dir
from lxkit.scaffold.course import next_module_number, write_course, write_new_file
from lxkit.scaffold.portal import portal_files, write_portal
from lxkit.scaffold.templates import MODULE_TEMPLATE, find_template, render_file, render_template
from lxkit.scaffold.variables import check_slug, course_variables, title_from_slug


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
    root = courses_root(config)
    kept = write_course(root, course_id, files, force, Path(config.root))
    if kept is not None:
        console.info(f"The previous '{course_id}' was moved to {kept}")
    console.info(f"Created {root / course_id} from the '{chosen.name}' template ({len(files)} files).")
    console.info("Next: replace the guidance text with your content, then run 'lxkit lint' and 'lxkit serve'.")


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
    chosen_week = week if week is not None else default_week(course)
    variables = {
        "title": title or title_from_slug(slug),
        "week": chosen_week,
        "stage": stage,
        "course_title": course.title if course else course_id,
    }
    path = folder / f"{number:02d}-{slug}.md"
    write_new_file(path, render_file(templates_dir(), MODULE_TEMPLATE, variables))
    console.info(f"Created {path} (week {chosen_week})")


def default_week(course: Course | None) -> int:
    """The week after the last module's, kept within ``schedule.weeks`` when the course sets it."""
    if course is None:
        return 1
    last = max((m.week or 0 for m in course.modules), default=0)
    scheduled = course.schedule.weeks if course.schedule and course.schedule.weeks else None
    return min(last + 1, scheduled) if scheduled else last + 1


def new_portal_command(console: Console, directory: Path, site_name: str, force: bool) -> None:
    """Start a portal repository in a folder (existing files are never overwritten)."""
    if directory.exists() and not directory.is_dir():
        raise UsageError(f"{directory} exists and is not a folder")
    if directory.is_dir() and any(directory.iterdir()) and not force:
        raise UsageError(f"{directory} is not empty; use --force to add the portal files next to what is there")
    written, kept = write_portal(directory, portal_files(site_name, dt.date.today()))
    for relative in kept:
        console.info(f"kept existing {relative}")
    console.info(f"Created a portal in {directory} ({len(written)} files).")
    console.info(f"Next: cd {directory} && lxkit lint && lxkit serve")
