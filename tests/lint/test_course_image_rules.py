"""LX030-LX033: the course's ``image:`` outside the folder, not found, unusable, without alt text.

Pictures are made at test time with Pillow (tests/helpers_images.py); each case is a finding at
the right ``path:line:column`` whose message says what to change.
"""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

import pytest

from lxkit.config import load_config
from lxkit.findings import Finding
from lxkit.lint.engine import lint_portal
from lxkit.loader import load_portal
from tests.helpers_images import ALT, image_line, image_portal, picture

IMAGE_CODES = ("LX030", "LX031", "LX032", "LX033")


def image_findings(root: Path) -> list[Finding]:
    result = lint_portal(load_portal(load_config(root / "mkdocs.yml")))
    return [f for f in result.findings if f.code in IMAGE_CODES]


def one(root: Path, code: str) -> Finding:
    found = image_findings(root)
    assert [f.code for f in found] == [code], [f.location() + " " + f.message for f in found]
    assert found[0].path == "courses/demo/index.md"
    return found[0]


def png_header(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width`` x ``height`` pixels (a decompression bomb's first bytes)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0")) + chunk(b"IEND", b"")


def grouped(file: str, alt: str = ALT) -> str:
    return f"image:\n  file: {file}\n  alt: {alt}\n"


def test_a_picture_in_the_course_folder_with_alt_text_has_no_findings(tmp_path: Path) -> None:
    root = image_portal(tmp_path, grouped("cover.jpg"), {"cover.jpg": picture()})
    assert image_findings(root) == []
    root = image_portal(tmp_path / "b", grouped("images/cover.png"), {"images/cover.png": picture(kind="PNG")})
    assert image_findings(root) == []


@pytest.mark.parametrize(
    ("file", "what"),
    [
        ("../other-course/cover.jpg", "a path with '..'"),
        ("images/../../cover.jpg", "a path with '..'"),
        ("/etc/passwd", "an absolute path"),
        ("C:/Users/ada/cover.jpg", "an absolute path"),
        ("https://images.example.com/cover.jpg", "a web address"),
        (".git/cover.jpg", "a path into a hidden folder"),
    ],
)
def test_a_path_that_leaves_the_course_folder_is_lx030(tmp_path: Path, file: str, what: str) -> None:
    root = image_portal(tmp_path, grouped(file), {"cover.jpg": picture()})
    finding = one(root, "LX030")
    assert (finding.line, finding.column) == (image_line(root) + 1, 3)
    assert what in finding.message
    assert "copy the picture into the folder demo/ and write only its name" in finding.message


def test_a_link_leading_out_of_the_course_folder_is_lx030_and_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.jpg"
    secret.write_bytes(picture())
    root = image_portal(tmp_path / "portal", grouped("cover.jpg"))
    os.symlink(secret, root / "courses" / "demo" / "cover.jpg")
    assert "a link to a file outside the course folder" in one(root, "LX030").message
    course = load_portal(load_config(root / "mkdocs.yml")).courses[0]
    assert course.image is not None and course.image.facts is None  # nothing of the file was used


def test_a_linked_folder_leading_out_of_the_course_folder_is_lx030(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "cover.jpg").write_bytes(picture())
    root = image_portal(tmp_path / "portal", grouped("images/cover.jpg"))
    os.symlink(elsewhere, root / "courses" / "demo" / "images")
    assert one(root, "LX030").line == image_line(root) + 1


def test_a_missing_picture_is_lx031_with_the_closest_name(tmp_path: Path) -> None:
    root = image_portal(tmp_path, grouped("Cover.JPG"), {"cover.jpg": picture()})
    finding = one(root, "LX031")
    assert (finding.line, finding.column) == (image_line(root) + 1, 3)
    assert "there is no picture 'Cover.JPG' in the course folder demo/" in finding.message
    assert "did you mean 'cover.jpg'?" in finding.message


def test_a_folder_or_a_backslash_path_is_lx031(tmp_path: Path) -> None:
    root = image_portal(tmp_path, grouped("images"), {"images/x.jpg": picture()})
    assert "(a folder)" in one(root, "LX031").message
    root = image_portal(tmp_path / "b", grouped("images\\\\cover.jpg"), {"images/cover.jpg": picture()})
    assert "write '/' between folder names" in one(root, "LX031").message


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("cover.png", b"these are my notes, not a picture\n", "is not a JPEG, PNG, WebP or GIF image"),
        ("cover.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>', "is an SVG drawing"),
        ("cover.jpg", b"\xff\xd8\xff\xe0" + b"\0" * 40, "is not a JPEG, PNG, WebP or GIF image"),
        ("bomb.png", png_header(50_000, 50_000), "is too large"),
        ("wide.png", png_header(10_000, 9_000), "is too large (10000 x 9000 pixels)"),
    ],
    ids=["text", "svg", "damaged-jpeg", "bomb", "over-the-pixel-limit"],
)
def test_a_file_that_is_no_usable_picture_is_lx032(tmp_path: Path, name: str, data: bytes, words: str) -> None:
    root = image_portal(tmp_path, grouped(name), {name: data})
    finding = one(root, "LX032")
    assert (finding.line, finding.column) == (image_line(root) + 1, 3)
    assert words in finding.message
    assert "save" in finding.message  # the fix: save it as JPEG/PNG, or a smaller copy


def test_a_picture_over_ten_mebibytes_is_lx032_without_being_read_whole(tmp_path: Path) -> None:
    root = image_portal(tmp_path, grouped("huge.jpg"), {"huge.jpg": picture() + b"\0" * (10 * 1024 * 1024)})
    finding = one(root, "LX032")
    assert "is too large (more than 10 MiB)" in finding.message
    assert "2000 pixels wide" in finding.message


def test_a_named_pipe_as_picture_is_lx032_and_never_opened(tmp_path: Path) -> None:
    root = image_portal(tmp_path, grouped("cover.jpg"))
    os.mkfifo(root / "courses" / "demo" / "cover.jpg")
    assert "cannot be read (not a regular file)" in one(root, "LX032").message


def test_a_picture_without_alt_text_is_lx033(tmp_path: Path) -> None:
    root = image_portal(tmp_path, "image:\n  file: cover.jpg\n", {"cover.jpg": picture()})
    finding = one(root, "LX033")
    assert (finding.line, finding.column) == (image_line(root) + 1, 3)
    assert "add a line 'alt:' under 'file:'" in finding.message


def test_the_short_form_without_alt_text_is_lx033_with_the_two_lines_to_write(tmp_path: Path) -> None:
    root = image_portal(tmp_path, "image: cover.jpg\n", {"cover.jpg": picture()})
    finding = one(root, "LX033")
    assert (finding.line, finding.column) == (image_line(root), 1)
    assert "'file: cover.jpg' and 'alt: ...'" in finding.message


@pytest.mark.parametrize("alt", ["image", "Cover image.", "cover.jpg", "cover", "TODO", '"Replace with what it shows"'])
def test_placeholder_alt_text_is_lx033(tmp_path: Path, alt: str) -> None:
    root = image_portal(tmp_path, grouped("cover.jpg", alt), {"cover.jpg": picture()})
    finding = one(root, "LX033")
    assert (finding.line, finding.column) == (image_line(root) + 2, 3)
    assert "does not say what the picture shows" in finding.message


def test_an_image_of_the_wrong_shape_is_a_schema_finding(tmp_path: Path) -> None:
    root = image_portal(tmp_path, "image:\n  file: cover.jpg\n  alt: x\n  width: 300\n", {"cover.jpg": picture()})
    result = lint_portal(load_portal(load_config(root / "mkdocs.yml")))
    assert [f.code for f in result.findings if f.line == image_line(root) + 3] == ["LX002"]


@pytest.mark.parametrize("file", ['"cover\\0.jpg"', '"cover\\u202e.jpg"', "x" * 400, "d/" * 120 + "a.jpg"])
def test_names_the_file_system_refuses_are_lx031_never_a_crash(tmp_path: Path, file: str) -> None:
    root = image_portal(tmp_path, grouped(file), {"cover.jpg": picture()})
    assert [f.code for f in image_findings(root)] == ["LX031"]


def test_a_module_showing_the_course_picture_is_told_it_is_not_published(tmp_path: Path) -> None:
    root = image_portal(tmp_path, grouped("images/cover.jpg"), {"images/cover.jpg": picture(), "chart.png": picture()})
    module = root / "courses/demo/01-reading-charts.md"
    module.write_text(
        module.read_text("utf-8") + "\n![The chart](chart.png)\n\n![Our team](images/cover.jpg)\n", "utf-8"
    )
    result = lint_portal(load_portal(load_config(root / "mkdocs.yml")))
    found = [f for f in result.findings if f.code == "LX201"]
    lines = module.read_text("utf-8").splitlines()
    assert [(f.path, f.line) for f in found] == [("courses/demo/01-reading-charts.md", len(lines))]
    assert "the course picture" in found[0].message and "GPS position" in found[0].message
