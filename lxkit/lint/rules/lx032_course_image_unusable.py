"""LX032 course-image-unusable: the course's ``image:`` is not a picture lxkit can show, or is too large."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.course_image import IMAGE_BYTES
from lxkit.findings import Finding, Severity, escape
from lxkit.lint.context import CourseContext
from lxkit.lint.rule import Area, CourseRule, Example
from lxkit.model import ImageProblem

_FIXES = {
    ImageProblem.NOT_AN_IMAGE: "save the picture as JPEG or PNG (File > Save as / Export) and give that file's name",
    ImageProblem.UNREADABLE: "replace it with an ordinary copy of the picture that you can open",
    ImageProblem.TOO_LARGE: (
        f"save a smaller copy, e.g. 2000 pixels wide as JPEG (under {IMAGE_BYTES >> 20} MiB), and give its name"
    ),
}


class CourseImageUnusable(CourseRule):
    """The course image is not a JPEG, PNG, WebP or GIF picture, cannot be read, or is too large."""

    code = "LX032"
    name = "course-image-unusable"
    severity = Severity.ERROR
    area = Area.CONTENT
    summary = (
        "The course's image: file is not a JPEG, PNG, WebP or GIF picture (or is damaged), cannot be read, "
        "or is too large: more than 10 MiB, or more pixels than the build decodes (Pillow's "
        "decompression-bomb limit, about 89 million)."
    )
    rationale = (
        "The build makes a small card picture and a course-page picture from the file. A file that is not a "
        "picture cannot be resized, and a huge one (a 'decompression bomb' of billions of pixels) would take the "
        "build's memory: lxkit checks the size before it decodes anything."
    )
    example = Example(
        "yaml",
        bad="""\
image:
  file: cover.heic         # a phone's HEIC photo, or a 12000 x 9000 scan
  alt: Two engineers reading a sales chart on a laptop""",
        good="""\
image:
  file: cover.jpg          # saved as JPEG, 2000 pixels wide
  alt: Two engineers reading a sales chart on a laptop""",
    )

    def check(self, context: CourseContext) -> Iterator[Finding]:
        """One finding when the image cannot be used."""
        course = context.course
        image = course.image
        if image is None or image.problem not in _FIXES:
            return
        if image.problem is ImageProblem.NOT_AN_IMAGE:
            what = f"is {image.detail}"
        else:
            what = "cannot be read" if image.problem is ImageProblem.UNREADABLE else "is too large"
            what += f" ({image.detail})" if image.detail else ""
        yield self.at(
            course,
            ("image", "file"),
            f"the course image '{escape(image.file)}' {what}; {_FIXES[image.problem]}",
        )
