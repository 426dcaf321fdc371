"""``lxkit export cmi5|scorm12``: LMS packages of one course or of every course; ``lxkit export pdf``: its handouts."""

from __future__ import annotations

from pathlib import Path

from lxkit.console import Console
from lxkit.exceptions import UsageError
from lxkit.export.api import check_exportable, default_output, export_course, find_course
from lxkit.export.archive import check_output
from lxkit.export.pdf import export_handouts
from lxkit.portal_loading import open_portal


def export_package_command(
    console: Console,
    config_file: Path | None,
    kind: str,
    course_id: str | None,
    all_courses: bool,
    output: Path | None,
    force: bool,
) -> None:
    """Export one course (COURSE_ID) or all of them (``--all``) as ``kind`` packages."""
    if all_courses == (course_id is not None):
        raise UsageError(f"give one course id or --all, e.g. 'lxkit export {kind} data-for-engineers'")
    portal = open_portal(config_file)
    if course_id is not None:
        courses = [find_course(portal, course_id)]
        targets = [output or default_output(courses[0], kind)]
    else:
        courses = list(portal.courses)
        if not courses:
            raise UsageError(f"the portal has no courses in {portal.config.courses_dir}/ to export")
        if output is not None and output.exists() and not output.is_dir():
            raise UsageError(f"with --all, -o names a folder for the zips, and {output} is a file")
        targets = [default_output(course, kind, output) for course in courses]
    for course, target in zip(courses, targets, strict=True):
        check_exportable(course)
        check_output(target, force)
    for course, target in zip(courses, targets, strict=True):
        console.detail(f"Building the learner pages of {course.folder}...")
        result = export_course(portal, course, kind, target, force)
        console.info(
            f"Wrote {result.output} ({kind}, {len(course.modules)} module(s), {result.files} files, "
            f"{result.size / 1024:.0f} KiB)"
        )


def export_pdf_command(
    console: Console, config_file: Path | None, course_id: str, out: Path | None, force: bool
) -> None:
    """Write the learner workbook and the facilitator guide of COURSE_ID as PDF files into ``out``."""
    portal = open_portal(config_file)
    course = find_course(portal, course_id)
    console.detail(f"Making the handouts of {course.folder}...")
    for written in export_handouts(portal, course, out or Path("."), force):
        console.info(f"Wrote {written.path} ({written.kind}, {written.size / 1024:.0f} KiB)")
