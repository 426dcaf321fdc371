"""One export end to end: course -> learner pages -> self-contained files -> manifest -> zip.

Errors are :class:`~lxkit.exceptions.LxkitError` with the author's fix in the message: an unknown
course (exit 2), a course with loader errors (exit 1, every problem listed), an output that exists
without ``--force`` or cannot be written (exit 2). Nothing is written until the package is complete.
"""

from __future__ import annotations

import tempfile
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxkit.exceptions import BuildError, ContentError, UsageError
from lxkit.export.archive import check_output, write_zip
from lxkit.export.cmi5_xml import cmi5_xml
from lxkit.export.learner import build_learner_course
from lxkit.export.plan import PackagePlan, Unit, plan_package
from lxkit.export.runtime import runtime_files
from lxkit.export.scorm_xml import scorm_manifest
from lxkit.export.selfcontained import rewrite_page, stylesheet_uses, with_runtime
from lxkit.findings import Severity
from lxkit.model import Course, Portal

MANIFESTS = {"cmi5": "cmi5.xml", "scorm12": "imsmanifest.xml"}


@dataclass(frozen=True, slots=True)
class ExportResult:
    """A written package: where, how many files, its size and the uncompressed size of its files."""

    course: str
    kind: str
    output: Path
    files: int
    size: int
    content_size: int


def find_course(portal: Portal, course_id: str) -> Course:
    """The course with this id, or an error that lists the portal's courses."""
    course = portal.course(course_id)
    if course is None:
        known = ", ".join(c.folder for c in portal.courses) or "none"
        raise UsageError(f"there is no course '{course_id}' in {portal.config.courses_dir}/ (courses: {known})")
    return course


def check_exportable(course: Course) -> None:
    """Stop on loader errors in the course's files (every one is printed with its path and line)."""
    errors = [p for p in course.all_problems() if p.severity is Severity.ERROR]
    if errors:
        raise ContentError(
            errors, f"course '{course.folder}' cannot be exported: fix the {len(errors)} problem(s) above"
        )


def default_output(course: Course, kind: str, folder: Path | None = None) -> Path:
    """``<course>-<version>-<kind>.zip`` in ``folder`` (default: the current folder)."""
    version = f"-{course.version}" if course.version else ""
    return (folder or Path(".")) / f"{course.folder}{version}-{kind}.zip"


def unit_settings(plan: PackagePlan, kind: str, unit: Unit) -> dict[str, Any]:
    """What the LMS runtime of one page needs: the package kind, the IRIs' base and the module's pass rule."""
    mastery = float(unit.rule.mastery) if unit.rule.mastery is not None else None
    rule = {"moveOn": unit.rule.move_on, "graded": unit.rule.graded, "mastery": mastery}
    return {"kind": kind, "site": plan.site, **rule}


def package_files(site: Path, plan: PackagePlan, kind: str) -> dict[str, bytes]:
    """The package's files (path -> bytes): its pages, self-contained and with the LMS runtime, and all they use."""

    def is_file(path: str) -> bool:
        return not path.startswith("..") and (site / path).is_file()

    runtime = runtime_files(kind)
    pages = {unit.launch: unit for unit in plan.units}
    files: dict[str, bytes] = {}
    queue: list[str] = []
    for page, unit in pages.items():
        done = rewrite_page(page, (site / page).read_text(encoding="utf-8"), set(pages), is_file)
        _refuse_outside(page, done.outside)
        text = with_runtime(done.text, page, [p for p in runtime if p.endswith(".js")], unit_settings(plan, kind, unit))
        files[page] = text.encode("utf-8")
        queue.extend(sorted(done.used))
    while queue:
        path = queue.pop(0)
        if path in files:
            continue
        files[path] = (site / path).read_bytes()
        if path.endswith(".css"):
            uses = stylesheet_uses(path, files[path].decode("utf-8", "replace"), is_file)
            _refuse_outside(path, uses.outside)
            queue.extend(sorted(uses.used))
    return {**files, **runtime}


def _refuse_outside(path: str, outside: Collection[str]) -> None:
    if outside:
        raise BuildError(f"{path} of the package uses files outside it: {', '.join(sorted(set(outside)))}")


def manifest(plan: PackagePlan, kind: str, files: Collection[str]) -> bytes:
    """The package's manifest document."""
    if kind == "cmi5":
        return cmi5_xml(plan)
    launches = {unit.launch for unit in plan.units}
    return scorm_manifest(plan, sorted(path for path in files if path not in launches))


def export_course(portal: Portal, course: Course, kind: str, output: Path, force: bool = False) -> ExportResult:
    """Write the ``kind`` package (cmi5 or scorm12) of ``course`` to ``output``."""
    check_exportable(course)
    plan = plan_package(portal, course, kind)
    check_output(output, force)
    with tempfile.TemporaryDirectory(prefix="lxkit-export-") as work:
        site = build_learner_course(portal, course, Path(work))
        files = package_files(site, plan, kind)
    entries = [(MANIFESTS[kind], manifest(plan, kind, files)), *sorted(files.items())]
    size = write_zip(output, entries)
    return ExportResult(course.folder, kind, output, len(entries), size, sum(len(data) for _, data in entries))
