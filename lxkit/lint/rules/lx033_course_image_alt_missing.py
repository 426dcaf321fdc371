"""LX033 course-image-alt-missing: the course's picture has no alt text, or only a placeholder."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePosixPath

from lxkit.findings import Finding, Severity, escape
from lxkit.lint.context import CourseContext
from lxkit.lint.rule import Area, CourseRule, Example
from lxkit.placeholders import MARKER

GENERIC_ALT = frozenset(
    {
        "alt",
        "alt text",
        "banner",
        "course image",
        "course picture",
        "cover",
        "cover image",
        "cover picture",
        "description",
        "graphic",
        "header",
        "illustration",
        "image",
        "img",
        "logo",
        "photo",
        "photograph",
        "pic",
        "picture",
        "placeholder",
        "tbd",
        "todo",
        "xxx",
    }
)


def placeholder_alt(alt: str, file: str) -> bool:
    """Whether alt text says nothing about the picture: a generic word, the file's name, or template guidance."""
    words = re.sub(r"[^\w]+", " ", alt.casefold()).strip()
    name = PurePosixPath(file.replace("\\", "/"))
    names = {re.sub(r"[^\w]+", " ", n.casefold()).strip() for n in (name.name, name.stem)}
    return not words or words in GENERIC_ALT or words in names or MARKER.search(alt) is not None


class CourseImageAltMissing(CourseRule):
    """The course image has no ``alt`` text, or alt text that only stands in for one."""

    code = "LX033"
    name = "course-image-alt-missing"
    severity = Severity.ERROR
    area = Area.ACCESSIBILITY
    summary = (
        "The course's image: has no alt text, or alt text that says nothing about the picture ('image', "
        "'cover', the file name, template guidance)."
    )
    rationale = (
        "Screen-reader users hear the alt text where others see the picture, on the catalog card and the course "
        "page. 'Image' or 'cover.jpg' tells them nothing: say in one sentence what the picture shows."
    )
    standard = "WCAG 2.2 success criterion 1.1.1 (non-text content)"
    example = Example(
        "yaml",
        bad="""\
image:
  file: cover.jpg
  alt: image""",
        good="""\
image:
  file: cover.jpg
  alt: Two engineers reading a chart of weekly sales on a laptop""",
    )

    def check(self, context: CourseContext) -> Iterator[Finding]:
        """One finding when the alt text is missing or a placeholder."""
        course = context.course
        image = course.image
        if image is None or not placeholder_alt(image.alt, image.file):
            return
        fix = "say in one sentence what the picture shows, e.g. 'alt: Two engineers reading a sales chart'"
        if not image.alt:
            data = course.source.data
            grouped = isinstance(data, dict) and isinstance(data.get("image"), dict)
            where = ("image", "file") if grouped else ("image",)
            message = (
                f"the course image '{escape(image.file)}' has no alt text; add a line 'alt:' under 'file:' "
                f"(indented like it) and {fix}"
            )
            if where == ("image",):
                message = (
                    f"the course image '{escape(image.file)}' has no alt text; write it as two lines under "
                    f"'image:', 'file: {escape(image.file)}' and 'alt: ...', and {fix}"
                )
            yield self.at(course, where, message)
            return
        yield self.at(
            course,
            ("image", "alt"),
            f"the alt text '{escape(image.alt)}' does not say what the picture shows; {fix}",
        )
