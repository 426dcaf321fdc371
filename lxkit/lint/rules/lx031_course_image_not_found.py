"""LX031 course-image-not-found: no file of the name the course's ``image:`` gives."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from pathlib import PurePosixPath

from lxkit.findings import Finding, Severity, escape
from lxkit.lint.context import CourseContext
from lxkit.lint.rule import Area, CourseRule, Example
from lxkit.model import Course, ImageProblem

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif")


class CourseImageNotFound(CourseRule):
    """The course image's file does not exist in the course folder (or is a folder)."""

    code = "LX031"
    name = "course-image-not-found"
    severity = Severity.ERROR
    area = Area.CONTENT
    summary = "The course's image: names a file that is not in the course folder (or names a folder)."
    rationale = (
        "The catalog card and the course page would show an empty box. Names are case-sensitive on the "
        "servers that build the portal: Cover.JPG and cover.jpg are different files."
    )
    example = Example(
        "yaml",
        bad="""\
image:
  file: Cover.JPG          # the file in the folder is cover.jpg
  alt: Two engineers reading a sales chart on a laptop""",
        good="""\
image:
  file: cover.jpg
  alt: Two engineers reading a sales chart on a laptop""",
    )

    def check(self, context: CourseContext) -> Iterator[Finding]:
        """One finding when the image's file is not there."""
        course = context.course
        image = course.image
        if image is None or image.problem is not ImageProblem.NOT_FOUND:
            return
        what = f" ({image.detail})" if image.detail else ""
        hint = _closest(course, image.file, context.files)
        fix = f"did you mean '{escape(hint)}'? " if hint else ""
        if "\\" in image.file:
            fix += "write '/' between folder names, not '\\'; "
        yield self.at(
            course,
            ("image", "file"),
            f"there is no picture '{escape(image.file)}'{what} in the course folder {course.folder}/; {fix}"
            "put the picture there or correct the name (capital letters count)",
        )


def _closest(course: Course, file: str, files: frozenset[str]) -> str:
    """The image of the course folder whose name is closest to ``file`` ('' when none is close)."""
    folder = str(PurePosixPath(course.path).parent) + "/"
    names = [f[len(folder) :] for f in files if f.startswith(folder) and f.lower().endswith(IMAGE_SUFFIXES)]
    lowered = {name.lower(): name for name in names}
    if file.lower() in lowered:
        return lowered[file.lower()]
    close = difflib.get_close_matches(file, names, n=1, cutoff=0.6)
    return close[0] if close else ""
