"""Renditions of course pictures (lxkit.builder.images): WebP, resized, upright, without EXIF, cached by name."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from lxkit.builder.content.course_image import Rendition, renditions
from lxkit.builder.images import render, rendition_files, with_renditions
from lxkit.config import load_config
from lxkit.loader import courses_root, load_portal
from lxkit.model import Course
from tests.helpers_images import ALT, gps_exif, image_portal, picture


def opened(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def loaded_course(root: Path) -> tuple[Path, Course]:
    config = load_config(root / "mkdocs.yml")
    return courses_root(config), load_portal(config).courses[0]


def test_a_rendition_is_webp_of_its_size_without_exif_or_gps() -> None:
    source = picture(1600, 900, exif=gps_exif())
    assert b"SecretPhone" in source
    data = render(source, Rendition("x.webp", 640, 360))
    image = opened(data)
    assert (image.format, image.size) == ("WEBP", (640, 360))
    assert not image.getexif() and "exif" not in image.info and "xmp" not in image.info
    assert b"SecretPhone" not in data and b"PhoneMaker" not in data and b"Exif" not in data


def test_the_exif_orientation_is_applied_before_resizing(tmp_path: Path) -> None:
    turned = picture(1600, 900, exif=gps_exif(orientation=6))  # stored landscape, shown portrait
    root = image_portal(tmp_path, f"image:\n  file: cover.jpg\n  alt: {ALT}\n", {"cover.jpg": turned})
    _courses, course = loaded_course(root)
    assert course.image is not None and course.image.facts is not None
    assert (course.image.facts.width, course.image.facts.height) == (900, 1600)
    card, page = renditions(course.image.facts)
    assert (card.width, card.height) == (360, 640) and (page.width, page.height) == (720, 1280)
    image = opened(render(turned, card)).convert("RGB")
    assert image.size == (360, 640)
    red = image.getpixel((image.width - 20, 20))  # the red block, top left as stored, is top right when upright
    assert isinstance(red, tuple) and red[0] > 150 and red[1] < 110


def test_renditions_are_made_once_and_then_taken_from_the_cache(tmp_path: Path) -> None:
    root = image_portal(tmp_path, f"image:\n  file: cover.png\n  alt: {ALT}\n", {"cover.png": picture(kind="PNG")})
    courses, course = loaded_course(root)
    cache = tmp_path / "cache"
    first = dict(rendition_files(courses, course, cache))
    assert sorted(first) == sorted(f"courses/demo/{r.name}" for r in renditions(course.image.facts))  # type: ignore[union-attr]
    assert all(opened(data).format == "WEBP" for data in first.values())
    for made in cache.iterdir():
        made.write_bytes(b"cached")  # the name stands for the content: a cached file is used as it is
    assert set(dict(rendition_files(courses, course, cache)).values()) == {b"cached"}


def test_a_picture_damaged_after_its_header_is_left_out_of_the_pages(tmp_path: Path) -> None:
    whole = picture(1600, 900)
    root = image_portal(tmp_path, f"image:\n  file: cover.jpg\n  alt: {ALT}\n", {"cover.jpg": whole[: len(whole) // 2]})
    courses, course = loaded_course(root)
    assert course.image is not None and course.image.facts is not None  # the header is fine
    checked, files = with_renditions(courses, course, None)
    assert files == () and checked.image is not None and checked.image.facts is None
    assert "damaged" in checked.image.detail


def test_a_cut_off_picture_is_damaged_even_when_another_library_lets_pillow_load_cut_off_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PIL import ImageFile

    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)  # what importing WeasyPrint does
    whole = picture(1600, 900)
    root = image_portal(tmp_path, f"image:\n  file: cover.jpg\n  alt: {ALT}\n", {"cover.jpg": whole[: len(whole) // 2]})
    courses, course = loaded_course(root)
    checked, files = with_renditions(courses, course, None)
    assert files == () and checked.image is not None and "damaged" in checked.image.detail
    assert ImageFile.LOAD_TRUNCATED_IMAGES is True  # left as the other library set it


def test_a_picture_swapped_for_a_bomb_after_the_check_is_not_decoded(tmp_path: Path) -> None:
    root = image_portal(tmp_path, f"image:\n  file: cover.png\n  alt: {ALT}\n", {"cover.png": picture(kind="PNG")})
    courses, course = loaded_course(root)
    from tests.lint.test_course_image_rules import png_header

    (courses / "demo" / "cover.png").write_bytes(png_header(60_000, 60_000))
    assert course.image is not None
    fresh = replace(course, image=replace(course.image))
    checked, files = with_renditions(courses, fresh, None)
    assert files == () and checked.image is not None and checked.image.facts is None
