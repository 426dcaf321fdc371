"""Making the course pictures' renditions with Pillow: resized, turned upright, without EXIF, as WebP.

Shared by the incremental engine and the full MkDocs build. A rendition's name holds the
source's content digest and its size (:mod:`lxkit.builder.content.course_image`), so a file of
that name, once made, is reused: from the cache folder (``.lxkit-cache/images/``) or from the
site itself. The source is read again within the portal boundary and the size limit, and its
pixels are decoded only when they are within Pillow's decompression-bomb limit; JPEG sources are
decoded at a reduced scale (Pillow's ``draft``), so a 24-megapixel photo costs little memory.
"""

from __future__ import annotations

import io
import os
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from lxkit.boundary import read_limited
from lxkit.builder.content.course_image import Rendition, course_renditions, rendition_path
from lxkit.course_image import IMAGE_BYTES, IMAGE_FORMATS, max_pixels
from lxkit.model import Course, ImageProblem

QUALITY = 80
"""WebP quality of the renditions (Pillow's scale, 0-100)."""


class ImageFailed(Exception):
    """A course picture could not be made into a rendition (changed or damaged since it was checked)."""


_TRUNCATION_GUARD = threading.Lock()


@contextmanager
def _cut_off_files_refused() -> Iterator[None]:
    """Pillow refuses cut-off files while this runs, whatever another library set.

    WeasyPrint sets Pillow's process-wide ``LOAD_TRUNCATED_IMAGES`` when it is imported (``lxkit
    export pdf`` and handouts in the build), after which a picture cut off half-way would be
    decoded with grey pixels instead of being reported as damaged.
    """
    from PIL import ImageFile

    with _TRUNCATION_GUARD:
        before = ImageFile.LOAD_TRUNCATED_IMAGES
        ImageFile.LOAD_TRUNCATED_IMAGES = False
        try:
            yield
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = before


def render(source: bytes, rendition: Rendition) -> bytes:
    """The WebP bytes of one rendition of a picture: upright, resized, with no EXIF or XMP metadata."""
    from PIL import Image, ImageOps

    try:
        with warnings.catch_warnings(), _cut_off_files_refused():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(source), formats=IMAGE_FORMATS) as opened:
                if opened.width * opened.height > max_pixels():
                    raise ImageFailed(f"{opened.width} x {opened.height} pixels is more than lxkit decodes")
                side = max(rendition.width, rendition.height)  # the source may be stored turned
                opened.draft("RGB", (side, side))
                icc = opened.info.get("icc_profile")
                upright = ImageOps.exif_transpose(opened)
                mode = "RGBA" if upright.has_transparency_data else "RGB"
                resized = upright.convert(mode).resize((rendition.width, rendition.height), Image.Resampling.LANCZOS)
    except ImageFailed:
        raise
    except Exception as error:  # Pillow raises many kinds of errors for damaged files
        raise ImageFailed(f"{error.__class__.__name__}: {error}") from error
    resized.info = {}
    out = io.BytesIO()
    resized.save(out, "WEBP", quality=QUALITY, method=4, exif=b"", xmp=b"", icc_profile=icc or b"")
    return out.getvalue()


def source_path(courses: Path, course: Course) -> Path:
    """The picture file of a course (call only when the course has a checked image)."""
    assert course.image is not None
    return courses / course.folder / course.image.file


def rendition_files(courses: Path, course: Course, cache: Path | None) -> Iterator[tuple[str, bytes]]:
    """(site path, bytes) of each rendition of a course's picture, made or taken from ``cache``.

    Raises :class:`ImageFailed` when the picture cannot be read or decoded.
    """
    made = course_renditions(course)
    source: bytes | None = None
    for rendition in made:
        cached = cache / rendition.name if cache is not None else None
        if cached is not None and cached.is_file():
            yield rendition_path(course, rendition), cached.read_bytes()
            continue
        if source is None:
            try:
                source = read_limited(courses, source_path(courses, course), IMAGE_BYTES)
            except Exception as error:
                raise ImageFailed(str(error)) from error
        data = render(source, rendition)
        if cached is not None:
            _store(cached, data)
        yield rendition_path(course, rendition), data


def with_renditions(courses: Path, course: Course, cache: Path | None) -> tuple[Course, tuple[tuple[str, bytes], ...]]:
    """The course and its pictures' renditions (site path, bytes), made before its pages are staged.

    A picture that passed the loader's check but cannot be decoded (a damaged or cut-off file) is
    left out of the pages: the course comes back with the image's problem set, and no renditions.
    """
    if not course_renditions(course):
        return course, ()
    try:
        return course, tuple(rendition_files(courses, course, cache))
    except ImageFailed as failed:
        assert course.image is not None
        damaged = replace(course.image, facts=None, problem=ImageProblem.NOT_AN_IMAGE, detail=f"damaged ({failed})")
        return replace(course, image=damaged), ()


def _store(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
