"""The course picture in staged pages: rendition sizes and names, the ``<img>`` data, alt text escaped."""

from __future__ import annotations

from pathlib import Path

from lxkit.builder.content.course_image import rendition_size, renditions, shown_image
from lxkit.builder.content.pages import Flavour
from lxkit.builder.content.stage import stage_portal
from lxkit.config import load_config
from lxkit.loader import load_portal
from lxkit.model import ImageFacts
from tests.helpers_images import image_portal, picture

HOSTILE = "\"><script>alert(1)</script><img src=x onerror=alert(2)> & 'q'"


def test_rendition_sizes_fit_their_box_and_never_enlarge() -> None:
    assert rendition_size(1600, 900, 640) == (640, 360)
    assert rendition_size(300, 200, 640) == (300, 200)
    assert rendition_size(1000, 5000, 640) == (128, 640)  # a tall strip fits the square
    assert rendition_size(50_000, 1, 640) == (640, 1)


def test_renditions_are_named_by_digest_and_size() -> None:
    facts = ImageFacts("ab" * 32, 1600, 900, "JPEG")
    card, page = renditions(facts)
    assert card.name == f"image-{'ab' * 8}-640x360.webp" and page.name == f"image-{'ab' * 8}-1280x720.webp"


def test_alt_text_reaches_the_catalog_and_course_page_escaped(tmp_path: Path) -> None:
    root = image_portal(tmp_path, f"image:\n  file: cover.jpg\n  alt: '{HOSTILE.replace(chr(39), chr(39) * 2)}'\n")
    (root / "courses/demo/cover.jpg").write_bytes(picture())
    portal = load_portal(load_config(root / "mkdocs.yml"))
    course = portal.courses[0]
    assert course.image is not None and course.image.alt == HOSTILE
    shown = shown_image(course, "", large=False)
    assert shown is not None and shown.src.startswith("courses/demo/image-")
    assert (shown.width, shown.height) == (640, 360)
    pages = {page.path: page.content for page in stage_portal(portal, Flavour.LEARNER)}
    for path in ("index.md", "courses/demo/index.md"):
        text = pages[path]
        assert "<script>alert(1)" not in text and "onerror=alert(2)>" not in text
        escaped = "&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &amp; &#39;q&#39;"
        assert f'alt="{escaped}"' in text


def test_no_picture_no_image_element(tmp_path: Path) -> None:
    root = image_portal(tmp_path, "image:\n  file: missing.jpg\n  alt: A chart\n")
    portal = load_portal(load_config(root / "mkdocs.yml"))
    pages = {page.path: page.content for page in stage_portal(portal, Flavour.LEARNER)}
    assert "<img" not in pages["index.md"] and "lxkit-hero__image" not in pages["courses/demo/index.md"]
