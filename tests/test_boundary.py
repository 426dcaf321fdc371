"""The portal boundary: links out of the courses folder and special files are refused everywhere."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lxkit.boundary import RefusedFile, read_limited, refusal, refused_below
from lxkit.builder.content.assets import folder_assets
from lxkit.builder.engine.digests import FileDigests
from lxkit.config import load_config
from lxkit.loader import load_portal
from lxkit.model import Portal
from tests.helpers import nested_folders, remove_nested_folders, write_portal

MARKER = "OUTSIDE-MARKER-7f3a9c"


def load(root: Path) -> Portal:
    return load_portal(load_config(root / "mkdocs.yml"))


def codes(portal: Portal) -> dict[str, str]:
    return {f.path: f.code for f in portal.all_problems()}


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(MARKER, encoding="utf-8")
    return secret


def test_links_out_of_the_courses_folder_are_findings_and_never_read(tmp_path: Path, outside: Path) -> None:
    root = write_portal(tmp_path / "portal")
    folder = root / "courses" / "demo"
    (folder / "chart.png").symlink_to(outside)
    (folder / "env.txt").symlink_to("/proc/self/environ")
    (folder / "02-linked.md").symlink_to(outside)
    (folder / "img").mkdir()
    (folder / "img" / "x.png").symlink_to("/etc/passwd")
    (folder / "gone.png").symlink_to(folder / "nothing-here.png")
    portal = load(root)
    found = codes(portal)
    for name in ("chart.png", "env.txt", "02-linked.md", "img/x.png", "gone.png"):
        assert found[f"courses/demo/{name}"] == "LX017", name
    course = portal.course("demo")
    assert course is not None and [m.slug for m in course.modules] == ["reading-charts"]
    assert all(MARKER not in m.source.text for m in course.modules)
    assets = [docs for _, docs in folder_assets(root / "courses", course)]
    assert assets == []


def test_a_linked_course_folder_and_a_link_into_git_are_refused(tmp_path: Path, outside: Path) -> None:
    root = write_portal(tmp_path / "portal")
    elsewhere = write_portal(tmp_path / "elsewhere", {"linked": {}}) / "courses" / "linked"
    (root / "courses" / "linked").symlink_to(elsewhere, target_is_directory=True)
    (root / "courses" / ".git").mkdir()
    (root / "courses" / ".git" / "config").write_text(MARKER, encoding="utf-8")
    (root / "courses" / "demo" / "config.txt").symlink_to(root / "courses" / ".git" / "config")
    portal = load(root)
    found = {f.path: f for f in portal.all_problems()}
    assert found["courses/linked"].code == "LX017"
    assert "link to a folder outside the courses folder" in found["courses/linked"].message
    assert "hidden folder" in found["courses/demo/config.txt"].message
    assert portal.course("linked") is None
    assert FileDigests().folder_digest(root / "courses" / "linked") == FileDigests().folder_digest(
        root / "courses" / "linked"
    )


def test_links_inside_the_courses_folder_are_used(tmp_path: Path) -> None:
    root = write_portal(tmp_path / "portal")
    folder = root / "courses" / "demo"
    (folder / "shared").mkdir()
    (folder / "shared" / "logo.png").write_bytes(b"\x89PNG")
    (folder / "logo.png").symlink_to("shared/logo.png")
    portal = load(root)
    assert codes(portal) == {}
    assets = sorted(docs for _, docs in folder_assets(root / "courses", portal.courses[0]))
    assert assets == ["courses/demo/logo.png", "courses/demo/shared/logo.png"]


def test_a_linked_module_is_reported_at_its_own_relative_path(tmp_path: Path) -> None:
    root = write_portal(tmp_path / "portal")
    folder = root / "courses" / "demo"
    (folder / "real").mkdir()
    (folder / "real" / "module.md").write_text("---\ntitle: [broken\n---\n", encoding="utf-8")
    (folder / "02-linked.md").symlink_to("real/module.md")
    found = codes(load(root))
    assert found == {"courses/demo/02-linked.md": "LX207"}


def test_named_pipes_and_devices_are_refused_without_opening_them(tmp_path: Path) -> None:
    root = write_portal(tmp_path / "portal")
    folder = root / "courses" / "demo"
    os.mkfifo(folder / "02-pipe.md")
    os.mkfifo(folder / "notes.txt")
    (folder / "zero.csv").symlink_to("/dev/zero")
    portal = load(root)  # would hang on the pipe if it were opened
    found = codes(portal)
    assert found["courses/demo/02-pipe.md"] == "LX018"
    assert found["courses/demo/notes.txt"] == "LX018"
    assert found["courses/demo/zero.csv"] == "LX017"
    assert folder_assets(root / "courses", portal.courses[0]) == []
    FileDigests().folder_digest(folder)  # must not open the pipe either


def test_read_limited_refuses_and_limits(tmp_path: Path, outside: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "big.md").write_bytes(b"x" * 5000)
    (tmp_path / "in" / "link.md").symlink_to(outside)
    assert read_limited(tmp_path / "in", tmp_path / "in" / "big.md", 5000) == b"x" * 5000
    with pytest.raises(RefusedFile, match="more than the limit"):
        read_limited(tmp_path / "in", tmp_path / "in" / "big.md", 4999)
    with pytest.raises(RefusedFile, match="outside the courses folder"):
        read_limited(tmp_path / "in", tmp_path / "in" / "link.md", 5000)
    assert refusal(tmp_path / "in", tmp_path / "in" / "big.md") is None
    assert [Path(p).name for p, _ in refused_below(tmp_path / "in", tmp_path / "in")] == ["link.md"]


def test_an_oversized_course_file_is_a_limit_finding(tmp_path: Path) -> None:
    config = "site_name: T\nlxkit:\n  courses_dir: courses\n  limits:\n    file_size_kb: 4\n"
    root = write_portal(tmp_path / "portal", config=config)
    (root / "courses" / "demo" / "02-huge.md").write_text("---\ntitle: Huge\n---\n" + "x" * 8000, encoding="utf-8")
    portal = load(root)
    [finding] = [f for f in portal.all_problems() if f.path.endswith("02-huge.md")]
    assert finding.code == "LX211"
    assert "more than the limit of 4 KiB" in finding.message and "file_size_kb" in finding.message


def test_names_with_a_line_break_are_refused_at_every_depth(tmp_path: Path) -> None:
    root = write_portal(tmp_path / "portal")
    folder = root / "courses" / "demo"
    (folder / "img" / "deep").mkdir(parents=True)
    (folder / "img" / "bad\nfolder").mkdir()
    for name in ("top\nname.png", "img/sub\nname.png", "img/deep/a\tb.pdf", "img/ edge.png", "img/bad\nfolder/x.png"):
        (folder / name).write_bytes(b"x")
    (folder / "img" / "fine.png").write_bytes(b"x")
    portal = load(root)
    found = {f.path: f for f in portal.all_problems()}
    for name in ("top\nname.png", "img/sub\nname.png", "img/deep/a\tb.pdf", "img/ edge.png", "img/bad\nfolder"):
        finding = found[f"courses/demo/{name}"]
        assert finding.code == "LX014" and (finding.line, finding.column) == (1, 1), name
        assert "rename the" in finding.message and "\n" not in finding.message and "\t" not in finding.message
    assert "rename the file, e.g. to 'sub-name.png'" in found["courses/demo/img/sub\nname.png"].message
    assert "rename the folder" in found["courses/demo/img/bad\nfolder"].message
    course = portal.course("demo")
    assert course is not None
    assert [docs for _, docs in folder_assets(root / "courses", course)] == ["courses/demo/img/fine.png"]
    FileDigests().folder_digest(folder)


def test_a_courses_folder_that_links_out_of_the_portal_is_refused_by_lint_build_and_fix(
    tmp_path: Path, outside: Path
) -> None:
    from click.testing import CliRunner

    from lxkit.__main__ import cli

    elsewhere = write_portal(tmp_path / "elsewhere", {"linked": {}}) / "courses"
    root = tmp_path / "portal"
    root.mkdir()
    (root / "mkdocs.yml").write_text((elsewhere.parent / "mkdocs.yml").read_text("utf-8"), "utf-8")
    (root / "courses").symlink_to(elsewhere, target_is_directory=True)
    before = sorted((p, p.read_bytes()) for p in elsewhere.rglob("*") if p.is_file())
    for command in (["lint"], ["build", "-j", "1"], ["fix"]):
        result = CliRunner().invoke(cli, [*command, "-f", str(root / "mkdocs.yml")])
        assert result.exit_code == 2, (command, result.output)
        assert "is a link to" in result.output and "outside the portal folder" in result.output
    assert sorted((p, p.read_bytes()) for p in elsewhere.rglob("*") if p.is_file()) == before


def test_folders_nested_too_deep_are_one_limit_finding_and_never_walked(tmp_path: Path) -> None:
    from lxkit.lint.engine import lint_portal

    root = write_portal(tmp_path / "portal")
    folder = root / "courses" / "demo"
    nested_folders(folder, 1100, "x.png")  # deeper than Python's recursion limit
    try:
        (folder / "a" / "ok.png").write_bytes(b"x")
        portal = load(root)
        found = [f for f in portal.all_problems() if f.code == "LX211"]
        assert [f.path for f in found] == ["courses/demo/" + "/".join(["a"] * 17)]
        assert "more than 16 folders deep" in found[0].message
        course = portal.course("demo")
        assert course is not None
        assert [docs for _, docs in folder_assets(root / "courses", course)] == ["courses/demo/a/ok.png"]
        FileDigests().folder_digest(folder)
        assert any(f.code == "LX211" for f in lint_portal(portal).findings)
    finally:
        remove_nested_folders(folder)
