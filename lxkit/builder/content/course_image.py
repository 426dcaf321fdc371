"""The course picture as pages show it: its two renditions (card and course page) and the ``<img>`` data.

Pure: the sizes and file names follow from the image's :class:`~lxkit.model.ImageFacts` (content
digest, pixels), so a page can be staged before the pictures are made
(:mod:`lxkit.builder.images` makes them). A rendition's name holds the source's digest and its
size: a changed picture gets new names, so browsers never show a stale copy and a name already
made never needs making again. Pictures are never enlarged, and fit a square of the rendition's width.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxkit.builder.content.urls import course_url, relative_url
from lxkit.model import Course, ImageFacts

CARD_WIDTH = 640
"""Width of the catalog card's picture (twice the card's width on most screens)."""

PAGE_WIDTH = 1280
"""Width of the course page's picture (and the card's picture on high-density screens)."""

SUFFIX = "webp"
"""Renditions are WebP: smaller than JPEG at the same quality, shown by every current browser."""


@dataclass(frozen=True, slots=True)
class Rendition:
    """One resized copy of a course picture: its file name in the course's site folder and its size."""

    name: str
    width: int
    height: int


@dataclass(frozen=True, slots=True)
class ShownImage:
    """What an ``<img>`` needs: source, the renditions as a ``srcset``, its size and its alt text."""

    src: str
    srcset: str
    width: int
    height: int
    alt: str


def rendition_size(width: int, height: int, box: int) -> tuple[int, int]:
    """The size of a picture fitted into ``box`` pixels wide and tall, never enlarged (at least 1 x 1)."""
    scale = min(1.0, box / width, box / height)
    return max(1, round(width * scale)), max(1, round(height * scale))


def renditions(facts: ImageFacts) -> tuple[Rendition, Rendition]:
    """The card and the course-page renditions of a picture (the same one when the picture is small)."""
    made = []
    for box in (CARD_WIDTH, PAGE_WIDTH):
        width, height = rendition_size(facts.width, facts.height, box)
        made.append(Rendition(f"image-{facts.digest[:16]}-{width}x{height}.{SUFFIX}", width, height))
    return made[0], made[1]


def rendition_path(course: Course, rendition: Rendition) -> str:
    """Where a rendition goes, relative to a view's site folder (beside the course page)."""
    return f"{course_url(course.folder)}{rendition.name}"


def course_renditions(course: Course) -> tuple[Rendition, ...]:
    """The distinct renditions the build makes for a course (none without a usable picture)."""
    image = course.image
    if image is None or image.facts is None or not image.alt:
        return ()
    card, page = renditions(image.facts)
    return (card,) if card == page else (card, page)


def shown_image(course: Course, page_url: str, large: bool) -> ShownImage | None:
    """The course picture for a page at ``page_url``: the card size, or the course-page size when ``large``."""
    made = course_renditions(course)
    if not made or course.image is None:
        return None
    chosen = made[-1] if large else made[0]
    urls = [(relative_url(page_url, rendition_path(course, r)), r.width) for r in made]
    srcset = ", ".join(f"{url} {width}w" for url, width in urls)
    src = urls[-1][0] if large else urls[0][0]
    return ShownImage(src, srcset, chosen.width, chosen.height, course.image.alt)
