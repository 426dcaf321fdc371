"""Course pictures in incremental builds: renditions written beside the course page, cached by
content digest, and a changed picture re-renders its own course's pages and the catalog only."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
import yaml
from PIL import Image

from lxkit.builder.engine.cache import CacheLayout
from tests.builder import portal_factory as factory
from tests.builder.engine.test_incremental import assert_same_tree, build, tree
from tests.helpers_images import ALT, picture

ALPHA = "courses/alpha/"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """alpha: a JPEG in a subfolder; beta: a small PNG beside index.md; gamma: no picture. Built once."""
    base = tmp_path_factory.mktemp("pictures")
    courses = [
        factory.course("alpha", image={"file": "images/cover.jpg", "alt": ALT}),
        factory.course("beta", image={"file": "cover.png", "alt": "A whiteboard with three sticky notes"}),
        factory.course("gamma"),
    ]
    factory.write_portal(base / "portal", courses)
    (base / "portal/courses/alpha/images").mkdir()
    (base / "portal/courses/alpha/images/cover.jpg").write_bytes(picture(1600, 900))
    (base / "portal/courses/beta/cover.png").write_bytes(picture(400, 300, "PNG"))
    build(base / "portal", base / "site", base / "cache")
    return base


@pytest.fixture(autouse=True)
def fixed_build_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")


def copy_of(built: Path, target: Path) -> Path:
    for name in ("portal", "site", "cache"):
        shutil.copytree(built / name, target / name)
    return target


def renditions(site: Path, prefix: str = ALPHA) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((site / prefix).glob("image-*.webp"))}


@pytest.mark.slow
def test_each_view_gets_the_card_and_page_renditions_as_webp(built: Path) -> None:
    site = built / "site"
    alpha = renditions(site)
    assert len(alpha) == 2 and alpha == renditions(site, "trainer/" + ALPHA)
    sizes = sorted(Image.open(io.BytesIO(data)).size for data in alpha.values())
    assert sizes == [(640, 360), (1280, 720)]
    assert {Image.open(io.BytesIO(data)).format for data in alpha.values()} == {"WEBP"}
    beta = renditions(site, "courses/beta/")
    assert [Image.open(io.BytesIO(d)).size for d in beta.values()] == [(400, 300)]  # small: never enlarged
    assert not renditions(site, "courses/gamma/")
    catalog = (site / "index.html").read_text("utf-8")
    assert catalog.count('class="lxkit-card__image"') == 2
    gamma = (site / "courses/gamma/index.html").read_text("utf-8")
    assert "lxkit-hero__image" not in gamma and "lxkit-hero--with-image" not in gamma  # no empty box


@pytest.mark.slow
def test_a_rebuild_without_changes_makes_no_picture_again(built: Path, tmp_path: Path) -> None:
    work = copy_of(built, tmp_path)
    cached = CacheLayout(work / "cache", work / "site").images
    before = {p.name: p.stat().st_mtime_ns for p in cached.iterdir()}
    assert len(before) == 3
    result = build(work / "portal", work / "site", work / "cache")
    assert result.rendered == 0
    assert {p.name: p.stat().st_mtime_ns for p in cached.iterdir()} == before


@pytest.mark.slow
def test_a_changed_picture_rerenders_only_its_course_page_and_the_catalog(built: Path, tmp_path: Path) -> None:
    work = copy_of(built, tmp_path)
    old = renditions(work / "site")
    before = tree(work / "site")
    (work / "portal/courses/alpha/images/cover.jpg").write_bytes(picture(1200, 1200))
    result = build(work / "portal", work / "site", work / "cache")
    after = tree(work / "site")
    changed = sorted(name for name in after if before.get(name) != after[name])
    pages = [name for name in changed if name.endswith(".html")]
    assert pages == [
        "courses/alpha/index.html",
        "index.html",
        "trainer/courses/alpha/index.html",
        "trainer/index.html",
    ]
    assert result.rendered == 4
    new = renditions(work / "site")
    assert not set(new) & set(old)  # new names: no browser shows a stale copy
    assert sorted(Image.open(io.BytesIO(d)).size for d in new.values()) == [(640, 640), (1200, 1200)]
    assert not any(name.startswith("courses/beta/") for name in changed)
    build(work / "portal", tmp_path / "cold-site", tmp_path / "cold-cache")
    assert_same_tree(work / "site", tmp_path / "cold-site")


@pytest.mark.slow
def test_a_removed_picture_removes_its_renditions(built: Path, tmp_path: Path) -> None:
    work = copy_of(built, tmp_path)
    index = work / "portal/courses/beta/index.md"
    _, front, body = index.read_text("utf-8").split("---\n", 2)
    data = yaml.safe_load(front)
    del data["image"]
    index.write_text(f"---\n{yaml.safe_dump(data, sort_keys=False)}---\n{body}", "utf-8")
    build(work / "portal", work / "site", work / "cache")
    assert not renditions(work / "site", "courses/beta/")
    assert "lxkit-hero__image" not in (work / "site/courses/beta/index.html").read_text("utf-8")


@pytest.mark.slow
def test_the_full_mkdocs_build_writes_the_same_renditions(built: Path, tmp_path: Path) -> None:
    work = copy_of(built, tmp_path)
    build(work / "portal", tmp_path / "full-site", tmp_path / "full-cache", full_mkdocs=True)
    assert renditions(tmp_path / "full-site") == renditions(work / "site")
    assert renditions(tmp_path / "full-site", "trainer/" + ALPHA) == renditions(work / "site")
    card = (tmp_path / "full-site/index.html").read_text("utf-8")
    assert card.count('class="lxkit-card__image"') == 2
