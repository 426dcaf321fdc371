"""Incremental builds write exactly what a cold build of the same sources writes, for every kind of edit."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from lxkit.builder.api import BuildOptions, BuildResult, build_portal, engine_settings
from lxkit.builder.engine.engine import Engine
from lxkit.config import load_config
from lxkit.console import Console
from lxkit.exceptions import ContentError
from tests.builder import portal_factory as factory

Edit = Callable[[Path], None]


def build(root: Path, site: Path, cache: Path, jobs: int = 1, **options: object) -> BuildResult:
    """Build the portal at ``root`` into ``site`` with the cache ``cache``."""
    config = load_config(root / "mkdocs.yml")
    return build_portal(config, BuildOptions(site_dir=site, cache_dir=cache, jobs=jobs, **options), Console(-1))  # type: ignore[arg-type]


def tree(site: Path) -> dict[str, bytes]:
    """Every file of a site folder and its bytes."""
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def assert_same_tree(incremental: Path, cold: Path) -> None:
    """Both sites hold the same files with the same bytes (names of differing files in the message)."""
    left, right = tree(incremental), tree(cold)
    assert sorted(left) == sorted(right), f"files differ: {sorted(set(left) ^ set(right))[:10]}"
    differing = [name for name in left if left[name] != right[name]]
    assert not differing, f"contents differ: {differing[:10]}"


def _module_file(root: Path, course: str = "alpha", name: str = "01-week-1.md") -> Path:
    return root / "courses" / course / name


def _edit_front(path: Path, **changes: object) -> None:
    _, front, body = path.read_text("utf-8").split("---\n", 2)
    data = yaml.safe_load(front)
    data.update(changes)
    path.write_text(f"---\n{yaml.safe_dump(data, sort_keys=False)}---\n{body}", "utf-8")


def edit_module_body(root: Path) -> None:
    path = _module_file(root)
    path.write_text(path.read_text("utf-8") + "\n## A new section\n\nAdded by the SME.\n", "utf-8")


def edit_module_title(root: Path) -> None:
    _edit_front(_module_file(root), title="Week 1: a better title")


def edit_course_title(root: Path) -> None:
    _edit_front(root / "courses" / "alpha" / "index.md", title="Alpha, renamed")


def add_module(root: Path) -> None:
    shutil.copy(_module_file(root), _module_file(root, name="03-week-3.md"))


def delete_module(root: Path) -> None:
    _module_file(root, name="02-week-2.md").unlink()


def rename_module(root: Path) -> None:
    _module_file(root, name="02-week-2.md").rename(_module_file(root, name="02-dashboards.md"))


def add_course(root: Path) -> None:
    shutil.copytree(root / "courses" / "beta", root / "courses" / "delta")
    _edit_front(root / "courses" / "delta" / "index.md", id="delta", title="Delta")


def delete_course(root: Path) -> None:
    shutil.rmtree(root / "courses" / "beta")


def rename_course(root: Path) -> None:
    (root / "courses" / "beta").rename(root / "courses" / "gamma")
    _edit_front(root / "courses" / "gamma" / "index.md", id="gamma")


def add_asset(root: Path) -> None:
    (root / "courses" / "alpha" / "images").mkdir()
    (root / "courses" / "alpha" / "images" / "chart.png").write_bytes(b"\x89PNG fake image")


def edit_config(root: Path) -> None:
    path = root / "mkdocs.yml"
    path.write_text(path.read_text("utf-8").replace("Test Academy", "Renamed Academy"), "utf-8")


EDITS: dict[str, Edit] = {
    "nothing": lambda root: None,
    "module body": edit_module_body,
    "module front-matter": edit_module_title,
    "course title": edit_course_title,
    "add module": add_module,
    "delete module": delete_module,
    "rename module": rename_module,
    "add course": add_course,
    "delete course": delete_course,
    "rename course": rename_course,
    "add asset": add_asset,
    "portal settings": edit_config,
}


@pytest.fixture(scope="module")
def built_portal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A three-course portal, built once (site and cache), copied by each test."""
    base = tmp_path_factory.mktemp("incremental")
    courses = [factory.course("alpha"), factory.course("beta"), factory.course("zeta", status="pilot")]
    factory.write_portal(base / "portal", courses)
    (base / "portal" / "courses" / "zeta" / "handout.pdf").write_bytes(b"%PDF-1.4 fake")
    build(base / "portal", base / "site", base / "cache")
    return base


@pytest.fixture(autouse=True)
def fixed_build_date(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sitemap holds the build date: pin it so that builds on either side of midnight compare."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")


def _copy(built: Path, target: Path) -> Path:
    for name in ("portal", "site", "cache"):
        shutil.copytree(built / name, target / name)
    return target


@pytest.mark.slow
@pytest.mark.parametrize("kind", list(EDITS))
def test_rebuild_after_edit_equals_cold_build(kind: str, built_portal: Path, tmp_path: Path) -> None:
    work = _copy(built_portal, tmp_path)
    EDITS[kind](work / "portal")
    result = build(work / "portal", work / "site", work / "cache")
    build(work / "portal", tmp_path / "cold-site", tmp_path / "cold-cache")
    assert_same_tree(work / "site", tmp_path / "cold-site")
    if kind == "nothing":
        assert result.rendered == 0


@pytest.mark.slow
def test_body_edit_renders_only_the_edited_page(built_portal: Path, tmp_path: Path) -> None:
    work = _copy(built_portal, tmp_path)
    edit_module_body(work / "portal")
    result = build(work / "portal", work / "site", work / "cache")
    assert result.rendered == 2  # the module page, in the learner and the trainer view
    assert "Added by the SME" in (work / "site" / "courses/alpha/01-week-1/index.html").read_text("utf-8")


@pytest.mark.slow
def test_course_title_edit_changes_the_catalog(built_portal: Path, tmp_path: Path) -> None:
    work = _copy(built_portal, tmp_path)
    edit_course_title(work / "portal")
    build(work / "portal", work / "site", work / "cache")
    assert "Alpha, renamed" in (work / "site" / "index.html").read_text("utf-8")
    assert "Alpha, renamed" in (work / "site" / "catalog.json").read_text("utf-8")


@pytest.mark.slow
def test_parallel_build_equals_in_process_build(built_portal: Path, tmp_path: Path) -> None:
    work = _copy(built_portal, tmp_path)
    rename_course(work / "portal")
    build(work / "portal", work / "site", work / "cache", jobs=2)
    build(work / "portal", tmp_path / "cold-site", tmp_path / "cold-cache", jobs=2)
    build(work / "portal", tmp_path / "serial-site", tmp_path / "serial-cache", jobs=1)
    assert_same_tree(work / "site", tmp_path / "cold-site")
    assert_same_tree(tmp_path / "serial-site", tmp_path / "cold-site")


@pytest.mark.slow
def test_no_trainer_build_removes_the_trainer_view(built_portal: Path, tmp_path: Path) -> None:
    work = _copy(built_portal, tmp_path)
    build(work / "portal", work / "site", work / "cache", trainer=False)
    build(work / "portal", tmp_path / "cold-site", tmp_path / "cold-cache", trainer=False)
    assert not (work / "site" / "trainer").exists()
    assert_same_tree(work / "site", tmp_path / "cold-site")


# Edits as ``lxkit serve``'s watcher reports them: with the course folders they touched.
WATCHED_EDITS: list[tuple[Edit, set[str]]] = [
    (edit_module_body, {"alpha"}),
    (add_asset, {"alpha"}),
    (delete_module, {"alpha"}),
    (edit_course_title, {"alpha"}),
    (add_course, {"delta"}),
    (delete_course, {"beta"}),
]


def _warm_engine(work: Path) -> Engine:
    config = load_config(work / "portal" / "mkdocs.yml")
    return Engine(engine_settings(config, BuildOptions(site_dir=work / "site", cache_dir=work / "cache", jobs=1)))


@pytest.mark.slow
def test_a_warm_engine_told_what_changed_equals_cold_builds(built_portal: Path, tmp_path: Path) -> None:
    """The serve path: one engine, each rebuild limited to the folders that changed, outputs taken on trust."""
    work = _copy(built_portal, tmp_path / "work")
    engine = _warm_engine(work)
    engine.build()
    for number, (edit, folders) in enumerate(WATCHED_EDITS):
        edit(work / "portal")
        engine.build(changed=folders)
        cold = tmp_path / f"cold-{number}"
        build(work / "portal", cold / "site", cold / "cache")
        assert_same_tree(work / "site", cold / "site")


@pytest.mark.slow
def test_a_failed_build_leaves_no_stale_page_behind(built_portal: Path, tmp_path: Path) -> None:
    """A build that fails on one course, after writing another's pages, is made good by the next build."""
    work = _copy(built_portal, tmp_path / "work")
    engine = _warm_engine(work)
    engine.build()
    index = work / "portal" / "courses" / "beta" / "index.md"
    good = index.read_text("utf-8")
    original = _module_file(work / "portal").read_text("utf-8")
    edit_module_body(work / "portal")
    index.write_text("---\ntitle: [unclosed\n---\n", "utf-8")
    with pytest.raises(ContentError):
        engine.build(changed={"alpha", "beta"})
    _module_file(work / "portal").write_text(original, "utf-8")  # the SME takes the edit back...
    index.write_text(good, "utf-8")  # ...and repairs the broken course
    engine.build(changed={"beta"})
    build(work / "portal", tmp_path / "cold" / "site", tmp_path / "cold" / "cache")
    assert_same_tree(work / "site", tmp_path / "cold" / "site")
