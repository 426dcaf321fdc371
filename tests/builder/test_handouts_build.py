"""The handouts in a real build (``lxkit.handouts: true``): in the site, linked, made again only on change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from lxkit.exceptions import ContentError
from tests.builder import portal_factory as factory
from tests.builder.engine.test_incremental import assert_same_tree, build, fixed_build_date
from tests.helpers_links import BrokenLink, broken_links

__all__ = ["fixed_build_date"]
pytestmark = pytest.mark.slow
WORKBOOK = "courses/alpha/alpha-workbook.pdf"
GUIDE = "trainer/courses/alpha/alpha-facilitator-guide.pdf"
PDFS = {WORKBOOK, GUIDE, "courses/beta/beta-workbook.pdf", "trainer/courses/beta/beta-facilitator-guide.pdf"}


def set_handouts(root: Path, value: bool) -> None:
    config = root / "mkdocs.yml"
    settings = yaml.safe_load(config.read_text("utf-8"))
    settings["lxkit"]["handouts"] = value
    config.write_text(yaml.safe_dump(settings, sort_keys=False), "utf-8")


def pdfs(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.pdf")}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A two-course portal with handouts, built once (site and cache), copied by each test."""
    base = tmp_path_factory.mktemp("handouts")
    factory.write_portal(base / "portal", [factory.course("alpha"), factory.course("beta")])
    set_handouts(base / "portal", True)
    build(base / "portal", base / "site", base / "cache")
    return base


def copy(built: Path, target: Path) -> Path:
    for name in ("portal", "site", "cache"):
        shutil.copytree(built / name, target / name)
    return target


def test_the_site_has_the_handouts_and_the_course_pages_link_them(built: Path) -> None:
    site = built / "site"
    assert pdfs(site) == PDFS
    assert PdfReader(site / GUIDE).metadata.title == "Facilitator guide: Course alpha"  # type: ignore[union-attr]
    learner = (site / "courses/alpha/index.html").read_text("utf-8")
    trainer = (site / "trainer/courses/alpha/index.html").read_text("utf-8")
    assert 'href="alpha-workbook.pdf"' in learner and "Facilitator guide (PDF)" not in learner
    assert 'href="../../../courses/alpha/alpha-workbook.pdf"' in trainer
    assert 'href="alpha-facilitator-guide.pdf"' in trainer
    broken: list[BrokenLink] = broken_links(site)
    assert not [link for link in broken if link.target.endswith(".pdf")]


def test_a_facilitator_note_edit_makes_the_guide_again_and_not_the_workbook(built: Path, tmp_path: Path) -> None:
    work = copy(built, tmp_path)
    module = work / "portal/courses/alpha/01-week-1.md"
    module.write_text(module.read_text("utf-8").replace(factory.FACILITATOR_NOTE, "Bring markers."), "utf-8")
    workbook = (work / "site" / WORKBOOK).stat().st_mtime_ns
    result = build(work / "portal", work / "site", work / "cache")
    assert result.rendered == 3  # the trainer's module page, the guide page and the guide's PDF
    assert (work / "site" / WORKBOOK).stat().st_mtime_ns == workbook
    guide = " ".join(page.extract_text() for page in PdfReader(work / "site" / GUIDE).pages)
    assert "Bring markers." in guide


def test_an_edit_of_one_course_leaves_the_other_courses_handouts(built: Path, tmp_path: Path) -> None:
    work = copy(built, tmp_path)
    module = work / "portal/courses/beta/01-week-1.md"
    module.write_text(module.read_text("utf-8") + "\nA new paragraph for learners.\n", "utf-8")
    before = {name: (work / "site" / name).stat().st_mtime_ns for name in PDFS}
    result = build(work / "portal", work / "site", work / "cache")
    assert result.rendered == 3  # beta's module page in both views and beta's workbook
    after = {name: (work / "site" / name).stat().st_mtime_ns for name in PDFS}
    assert [name for name in PDFS if before[name] != after[name]] == ["courses/beta/beta-workbook.pdf"]
    build(work / "portal", tmp_path / "cold-site", tmp_path / "cold-cache")
    assert_same_tree(work / "site", tmp_path / "cold-site")


def test_handouts_turned_off_leave_the_site(built: Path, tmp_path: Path) -> None:
    work = copy(built, tmp_path)
    set_handouts(work / "portal", False)
    build(work / "portal", work / "site", work / "cache")
    assert pdfs(work / "site") == set()
    assert "workbook (PDF)" not in (work / "site/courses/alpha/index.html").read_text("utf-8")


def test_the_full_mkdocs_build_writes_the_same_handouts(built: Path, tmp_path: Path) -> None:
    build(built / "portal", tmp_path / "site", tmp_path / "cache", full_mkdocs=True)
    assert pdfs(tmp_path / "site") == PDFS
    for name in PDFS:
        assert (tmp_path / "site" / name).read_bytes() == (built / "site" / name).read_bytes()


def test_courses_whose_ids_look_alike_keep_their_own_handouts(tmp_path: Path) -> None:
    factory.write_portal(tmp_path / "portal", [factory.course("data"), factory.course("data-workbook")])
    set_handouts(tmp_path / "portal", True)
    site = tmp_path / "site"
    build(tmp_path / "portal", site, tmp_path / "cache")
    titles = {path: PdfReader(site / path).metadata.title for path in pdfs(site)}  # type: ignore[union-attr]
    assert titles == {
        "courses/data/data-workbook.pdf": "Learner workbook: Course data",
        "trainer/courses/data/data-facilitator-guide.pdf": "Facilitator guide: Course data",
        "courses/data-workbook/data-workbook-workbook.pdf": "Learner workbook: Course data-workbook",
        "trainer/courses/data-workbook/data-workbook-facilitator-guide.pdf": "Facilitator guide: Course data-workbook",
    }


@pytest.mark.parametrize("full_mkdocs", [False, True], ids=["incremental", "full-mkdocs"])
def test_a_course_file_named_like_a_handout_stops_the_build_once_handouts_are_on(
    tmp_path: Path, full_mkdocs: bool
) -> None:
    factory.write_portal(tmp_path / "portal", [factory.course("data")])
    own = tmp_path / "portal/courses/data/data-workbook.pdf"
    own.write_bytes(b"%PDF-1.4 the author's own workbook")
    site = tmp_path / "site"
    build(tmp_path / "portal", site, tmp_path / "cache", full_mkdocs=full_mkdocs)
    assert (site / "courses/data/data-workbook.pdf").read_bytes() == own.read_bytes()  # handouts off: it is a file
    set_handouts(tmp_path / "portal", True)
    with pytest.raises(ContentError) as stopped:
        build(tmp_path / "portal", site, tmp_path / "cache", full_mkdocs=full_mkdocs)
    assert [(f.path, f.code) for f in stopped.value.findings] == [("courses/data/data-workbook.pdf", "LX019")]
