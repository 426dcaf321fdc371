"""LX201 broken-internal-link: a relative link, image or anchor that does not resolve inside the portal."""

from __future__ import annotations

import posixpath
from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import BodyContext
from lxkit.lint.hints import closest
from lxkit.lint.rule import Area, BodyRule, Example
from lxkit.lint.targets import Target, local_target, missing_file, sections
from lxkit.weburls import scheme


class BrokenInternalLink(BodyRule):
    """Links between course pages, to images and to headings must arrive somewhere."""

    code = "LX201"
    name = "broken-internal-link"
    severity = Severity.ERROR
    area = Area.CONTENT
    summary = (
        "A relative link or image (02-x.md, ../other-course/index.md, chart.png) or an anchor (#heading) does "
        "not resolve to a file or heading inside the portal, or leads to the course picture, which is not published; "
        "or a link is a path on a computer (file:, /home/...) that learners cannot open."
    )
    rationale = (
        "A broken link in a course is a dead end in the middle of learning. Anchors are checked against the "
        "ids the portal gives headings (levels 2 to 4, lower case, punctuation removed, spaces as dashes) and "
        "the sections of lxkit's pages (#objectives, #pre-work, #capstone...)."
    )
    example = Example(
        "markdown",
        bad="""\
Revisit [the interval habit](02-variation.md#habit-two) and the [chart](img/latency.png).""",
        good="""\
Revisit [the interval habit](02-variation-noise-and-uncertainty.md#habit-2-put-an-interval-on-it) and the
[latency chart](latency-histogram.png).""",
    )

    def check(self, context: BodyContext) -> Iterator[Finding]:
        """A finding per relative link whose file or heading does not exist."""
        document = context.document
        for link in context.body.links:
            target = local_target(document.path, link.url)
            problem = _off_portal(link.url) if target is None else self._problem(context, target)
            if problem:
                yield self.finding(document.path, link.line, link.column, f"'{link.url}' {problem}")

    def _problem(self, context: BodyContext, target: Target) -> str:
        if target.path.startswith("../") or target.path == "..":
            return "points outside the portal; link a file in the course folder or a web page (https://...)"
        courses_dir = posixpath.dirname(posixpath.dirname(context.document.path))
        if target.path and courses_dir and not target.path.startswith(courses_dir + "/"):
            return (
                f"points to {target.path}, outside the courses folder, which the site does not publish; "
                "copy the file into the course folder and link it by its name"
            )
        if missing_file(target, context.files):
            return f"points to {target.path}, which does not exist"
        if target.path and target.path == _picture_of(context, target.path):
            return (
                "points to the course picture (image: in index.md), which the portal does not publish: the "
                "original may hold the camera's GPS position; link a copy saved without that data under another name"
            )
        if not target.fragment:
            return ""
        anchors = _anchors(context, target.path or context.document.path)
        if anchors is None or target.fragment in anchors:
            return ""
        page = "this page" if not target.path else posixpath.basename(target.path)
        hint = closest(target.fragment, sorted(anchors))
        return f"points to '#{target.fragment}', which is no heading on {page}{hint}"


def _off_portal(url: str) -> str:
    """Why a link to a path on a computer, or an absolute path, leads nowhere for learners ('' for others)."""
    if scheme(url) == "file":
        return (
            "points to a file on a computer, which learners cannot open; copy the file into the course folder "
            "and link it by its name (e.g. checklist.pdf), or link a web page (https://...)"
        )
    if url.startswith("/") and not url.startswith("//"):
        return (
            "starts with '/', so it leads to a different place on every web server and breaks when the portal "
            "is published under a version folder; link relative to this page instead (e.g. 02-next-module.md or "
            "../other-course/index.md)"
        )
    return ""


def _picture_of(context: BodyContext, path: str) -> str:
    """The portal-relative path of the picture of the course whose folder holds ``path`` ('' when none)."""
    courses_dir = posixpath.dirname(posixpath.dirname(context.document.path))
    prefix = courses_dir + "/" if courses_dir else ""
    if not path.startswith(prefix):
        return ""
    course = context.portal.course(path[len(prefix) :].split("/", 1)[0])
    if course is None or course.image is None or not course.image.file:
        return ""
    return posixpath.normpath(posixpath.join(posixpath.dirname(course.path), course.image.file))


def _anchors(context: BodyContext, path: str) -> frozenset[str] | None:
    """Anchors of the Markdown page at ``path`` (None when it is no Markdown page or cannot be read)."""
    if not path.endswith(".md"):
        return None
    course = context.portal.course(posixpath.basename(posixpath.dirname(path)))
    documents = (course, *course.modules) if course is not None else ()
    document = next((d for d in documents if d.path == path), None)
    body = context.bodies.of(document) if document is not None else context.bodies.of_file(path)
    return body.anchors | sections(path) if body is not None else None
