"""The edited page first: when an SME saves a module or a course's ``index.md``, its page is staged
and rendered before the rest.

A full incremental build follows at once and is what makes the site correct (it restages the
whole course, the portal-wide pages and the search index); the pages rendered here are handed
to it, so it does not render them twice. If the early page differs from what the full build
stages, the full build renders it again and the browser reloads once more.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path

from lxkit.builder.content.course_pages import course_page, module_page, neighbours
from lxkit.builder.content.deps import watched_portal
from lxkit.builder.content.pages import Flavour, StagedPage
from lxkit.builder.engine.reuse import reusing_reader
from lxkit.findings import Severity
from lxkit.loader import load_course
from lxkit.markdown import ParsedTexts
from lxkit.model import Course, PortalConfig


def edited_pages(
    config: PortalConfig, folder: Path, changed: Collection[str], previous: Course | None, flavours: Sequence[str]
) -> dict[str, list[StagedPage]]:
    """Staged pages of the edited files of one course (its course page, its module pages), in each view.

    Empty unless the course still loads cleanly with the same list of modules. ``previous`` is
    the course's model before the edit.
    """
    if previous is None:
        return {}
    course, problems = load_course(config, folder, reusing_reader(previous))
    if course is None or problems or any(p.severity is Severity.ERROR for p in course.all_problems()):
        return {}
    if [m.path for m in course.modules] != [m.path for m in previous.modules]:
        return {}
    root = Path(config.root)
    edited = [i for i, m in enumerate(course.modules) if str(root / m.path) in changed]
    overview = str(root / course.path) in changed
    portal, watched = watched_portal(config, (course,))
    texts, modules = ParsedTexts(), course.modules
    pages: dict[str, list[StagedPage]] = {}
    for flavour in flavours:
        view = Flavour(flavour)
        pages[flavour] = [course_page(portal, course, view, (), texts)] if overview else []
        pages[flavour] += [
            module_page(portal, course, modules[i], view, *neighbours(modules, i), texts) for i in edited
        ]
    return {} if watched.read or not (edited or overview) else pages
