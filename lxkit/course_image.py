"""Checking a course's picture (``image: {file, alt}``): where the file is, and whether it is a usable image.

The IO edge of course images: the loader calls :func:`check_course_image` once per course; lint
rules (LX030-LX033) turn what it found into findings, and the build makes its pictures only from
an image whose :class:`~lxkit.model.ImageFacts` are set. The file must be inside the course folder
(no ``..``, no absolute path, no web address, no link leading out of the folder); it is read once,
with a size limit, and identified by Pillow among the formats a browser shows (JPEG, PNG, WebP,
GIF) without decoding its pixels. An image with more pixels than Pillow's decompression-bomb
limit (:data:`PIL.Image.MAX_IMAGE_PIXELS`) is refused before anything is decoded.
"""

from __future__ import annotations

import hashlib
import io
import os
import warnings
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Any

from lxkit.boundary import LINK_CODE, RefusedFile, read_limited
from lxkit.model import CourseImage, ImageFacts, ImageProblem

IMAGE_BYTES = 10 * 1024 * 1024
"""Largest course image file, in bytes (a photo from a phone is 2-5 MiB)."""

IMAGE_FORMATS = ("JPEG", "PNG", "WEBP", "GIF")
"""Formats a course image may have: what every browser shows and Pillow reads safely."""

_ORIENTATION = 0x0112
_TURNED = frozenset({5, 6, 7, 8})  # EXIF orientations that swap width and height


def max_pixels() -> int:
    """Pillow's decompression-bomb limit: the most pixels a course image may have."""
    from PIL import Image

    return int(Image.MAX_IMAGE_PIXELS or 0) or 89_478_485


def path_problem(file: str) -> str:
    """Why a written image path cannot be inside the course folder ('' when it may be)."""
    if "://" in file or file.lower().startswith(("data:", "www.")):
        return "a web address"
    if file.startswith(("/", "\\", "~")) or (len(file) > 1 and file[1] == ":"):
        return "an absolute path"
    parts = PurePosixPath(file.replace("\\", "/")).parts
    if ".." in parts:
        return "a path with '..'"
    if any(part.startswith(".") for part in parts):
        return "a path into a hidden folder"
    return ""


def check_course_image(courses: Path, folder: Path, image: CourseImage) -> CourseImage:
    """``image`` with its facts (a usable image) or its problem; ``courses`` is the portal's courses folder."""
    outside = path_problem(image.file)
    if outside:
        return replace(image, problem=ImageProblem.OUTSIDE, detail=outside)
    if not image.file.isprintable():
        return replace(image, problem=ImageProblem.NOT_FOUND, detail="a name with an invisible character")
    path = folder / image.file
    try:
        return _checked_file(courses, folder, path, image)
    except (OSError, ValueError) as error:  # a name the file system refuses (too long, ...)
        return replace(image, problem=ImageProblem.NOT_FOUND, detail=error.__class__.__name__)


def _checked_file(courses: Path, folder: Path, path: Path, image: CourseImage) -> CourseImage:
    """``image`` with its facts or problem, for a path already known to stay inside the folder by its words."""
    real, home = os.path.realpath(path), os.path.realpath(folder)
    if os.path.lexists(path) and os.path.commonpath([real, home]) != home:
        return replace(image, problem=ImageProblem.OUTSIDE, detail="a link to a file outside the course folder")
    if not os.path.exists(path) or os.path.isdir(path):
        detail = "a folder" if os.path.isdir(path) else "a link to nothing" if os.path.islink(path) else ""
        return replace(image, problem=ImageProblem.NOT_FOUND, detail=detail)
    try:
        data = read_limited(courses, path, IMAGE_BYTES)
    except RefusedFile as refused:
        if refused.code == LINK_CODE:
            return replace(image, problem=ImageProblem.OUTSIDE, detail="a link to a file outside the course folder")
        if refused.code == "LX211":
            return replace(image, problem=ImageProblem.TOO_LARGE, detail=f"more than {IMAGE_BYTES >> 20} MiB")
        return replace(image, problem=ImageProblem.UNREADABLE, detail="not a regular file")
    except OSError as error:
        return replace(image, problem=ImageProblem.UNREADABLE, detail=str(error.strerror or error))
    return _identified(image, data)


def _identified(image: CourseImage, data: bytes) -> CourseImage:
    """The image's facts from its bytes, or why Pillow cannot use them (pixels are not decoded)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=IMAGE_FORMATS) as opened:
                width, height, kind = opened.width, opened.height, str(opened.format)
                turned = width * height <= max_pixels() and _turned(opened)
    except Image.DecompressionBombError:
        return replace(image, problem=ImageProblem.TOO_LARGE, detail="more pixels than lxkit decodes")
    except UnidentifiedImageError:
        return replace(image, problem=ImageProblem.NOT_AN_IMAGE, detail=_kind_of(image.file))
    except Exception as error:  # a damaged header: Pillow raises many kinds of errors
        return replace(image, problem=ImageProblem.NOT_AN_IMAGE, detail=f"damaged ({error.__class__.__name__})")
    if width < 1 or height < 1:
        return replace(image, problem=ImageProblem.NOT_AN_IMAGE, detail="an image without pixels")
    if width * height > max_pixels():
        return replace(image, problem=ImageProblem.TOO_LARGE, detail=f"{width} x {height} pixels")
    if turned:
        width, height = height, width
    facts = ImageFacts(hashlib.sha256(data).hexdigest(), width, height, kind)
    return replace(image, facts=facts, problem=None, detail="")


def _turned(opened: Any) -> bool:
    """Whether the picture's EXIF orientation swaps its width and height (False when it has none, or no EXIF)."""
    try:
        return opened.getexif().get(_ORIENTATION) in _TURNED
    except Exception:  # EXIF in a damaged or cut-off file: the picture is shown as stored
        return False


def _kind_of(file: str) -> str:
    suffix = PurePosixPath(file).suffix.lower()
    if suffix == ".svg":
        return "an SVG drawing"
    if suffix in {".heic", ".heif", ".avif", ".tif", ".tiff", ".bmp"}:
        return f"a {suffix[1:].upper()} file"
    return "not a JPEG, PNG, WebP or GIF image"
