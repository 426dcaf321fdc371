"""A course picture's original never leaves the course folder: it may carry EXIF with a GPS position.

Only its resized renditions without metadata are published: no file of a built site (learner
view and ``trainer/``, incremental and full MkDocs build) or of an exported package (its module pages)
holds the original's bytes or its EXIF, and the pages still show the picture.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from lxkit.builder.api import BuildOptions, build_portal
from lxkit.config import load_config
from lxkit.console import Console
from lxkit.export.api import export_course, find_course
from lxkit.loader import load_portal
from tests.helpers_images import ALT, gps_exif, image_portal, picture

MARKERS = (b"Exif\x00\x00", b"SecretPhone", b"PhoneMaker")
"""The EXIF block's header and the camera written beside the GPS position (tests.helpers_images.gps_exif)."""


@pytest.fixture(scope="module")
def portal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One course whose picture is a phone photo with GPS, also reachable through a link in a subfolder."""
    original = picture(1600, 900, exif=gps_exif())
    assert all(marker in original for marker in MARKERS)
    root = image_portal(
        tmp_path_factory.mktemp("privacy"), f"image:\n  file: cover.jpg\n  alt: {ALT}\n", {"cover.jpg": original}
    )
    (root / "courses/demo/images").mkdir()
    (root / "courses/demo/images/same-picture.jpg").symlink_to("../cover.jpg")
    (root / "courses/demo/images/chart.png").write_bytes(picture(300, 200, "PNG"))  # other files are still copied
    return root


def files(folder: Path) -> Iterator[tuple[str, bytes]]:
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            yield path.relative_to(folder).as_posix(), path.read_bytes()


def leaks(found: Iterator[tuple[str, bytes]], original: bytes) -> list[str]:
    return [name for name, data in found if data == original or any(marker in data for marker in MARKERS)]


@pytest.mark.parametrize("full_mkdocs", [False, True], ids=["incremental", "full-mkdocs"])
def test_no_site_file_holds_the_original_picture_or_its_exif(portal: Path, tmp_path: Path, full_mkdocs: bool) -> None:
    site = tmp_path / "site"
    options = BuildOptions(site_dir=site, cache_dir=tmp_path / "cache", jobs=1, full_mkdocs=full_mkdocs)
    build_portal(load_config(portal / "mkdocs.yml"), options, Console(-1))
    assert leaks(files(site), (portal / "courses/demo/cover.jpg").read_bytes()) == []
    for view in ("", "trainer/"):
        assert not list((site / view / "courses/demo").glob("cover.*"))
        assert not (site / view / "courses/demo/images/same-picture.jpg").exists()
        assert (site / view / "courses/demo/images/chart.png").is_file()
        shown = [p.name for p in (site / view / "courses/demo").glob("image-*.webp")]
        assert len(shown) == 2, shown
        course_page = (site / view / "courses/demo/index.html").read_text("utf-8")
        assert all(name in course_page for name in shown) and ALT in course_page
    assert ALT in (site / "index.html").read_text("utf-8")  # the catalog card


def test_an_exported_package_holds_no_original_picture_or_exif(portal: Path, tmp_path: Path) -> None:
    loaded = load_portal(load_config(portal / "mkdocs.yml"))
    package = tmp_path / "demo.zip"
    export_course(loaded, find_course(loaded, "demo"), "scorm12", package)
    with zipfile.ZipFile(package) as archive:
        entries = [(name, archive.read(name)) for name in archive.namelist()]
    assert leaks(iter(entries), (portal / "courses/demo/cover.jpg").read_bytes()) == []
    assert not [name for name, _ in entries if name.endswith(("cover.jpg", "same-picture.jpg"))]
