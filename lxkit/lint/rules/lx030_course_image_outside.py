"""LX030 course-image-outside: the course's ``image:`` points outside the course folder."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity, escape
from lxkit.lint.context import CourseContext
from lxkit.lint.rule import Area, CourseRule, Example
from lxkit.model import ImageProblem


class CourseImageOutside(CourseRule):
    """The course image is a web address, an absolute path, a path with '..', or a link leading out of the folder."""

    code = "LX030"
    name = "course-image-outside"
    severity = Severity.ERROR
    area = Area.CONTENT
    summary = (
        "The course's image: file is not inside the course folder: a web address, an absolute path such as "
        "/home/ada/cover.jpg, a path with '..', a hidden folder, or a link (symlink) that leads out of the folder."
    )
    rationale = (
        "The portal shows only pictures that travel with the course: a file elsewhere on the author's computer is "
        "missing on every other computer, a web address may change or track learners, and a link out of the "
        "course folder could publish a file that was never meant to be public. lxkit reads nothing outside it."
    )
    example = Example(
        "yaml",
        bad="""\
image:
  file: ../shared/cover.jpg
  alt: Two engineers reading a sales chart on a laptop""",
        good="""\
image:
  file: cover.jpg          # a copy of the picture, in the course folder
  alt: Two engineers reading a sales chart on a laptop""",
    )

    def check(self, context: CourseContext) -> Iterator[Finding]:
        """One finding when the image's path leaves the course folder."""
        course = context.course
        image = course.image
        if image is None or image.problem is not ImageProblem.OUTSIDE:
            return
        yield self.at(
            course,
            ("image", "file"),
            f"the course image '{escape(image.file)}' is {image.detail}, not a file in the course folder; "
            f"copy the picture into the folder {course.folder}/ and write only its name, e.g. 'file: cover.jpg'",
        )
