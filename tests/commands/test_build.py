"""``lxkit build`` from the command line: incremental by default, --clean, --no-trainer, --jobs, errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from lxkit.__main__ import cli
from lxkit.builder.engine.progress import Progress
from tests.builder import portal_factory as factory
from tests.helpers import nested_folders, remove_nested_folders


@pytest.fixture
def portal(tmp_path: Path) -> Path:
    """A one-course portal's mkdocs.yml."""
    return factory.write_portal(tmp_path / "portal", [factory.course("alpha")])


def run(*args: str) -> Result:
    """``lxkit ARGS`` through click's runner (stderr kept apart)."""
    return CliRunner().invoke(cli, list(args))


def rendered(result: Result) -> int:
    """The number of rendered pages the build reports."""
    found = re.search(r"\((\d+) rendered\)", result.output)
    assert found, result.output
    return int(found.group(1))


def test_build_then_rebuild_renders_only_what_changed(portal: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    first = run("build", "-f", str(portal), "-d", str(site), "-j", "1")
    assert first.exit_code == 0, first.output
    assert "Built 1 course(s)" in first.output and rendered(first) > 0
    assert (site / "courses" / "alpha" / "01-week-1" / "index.html").is_file()
    again = run("build", "-f", str(portal), "-d", str(site), "-j", "1")
    assert again.exit_code == 0 and rendered(again) == 0
    clean = run("build", "-f", str(portal), "-d", str(site), "-j", "1", "--clean")
    assert clean.exit_code == 0 and rendered(clean) == rendered(first)


def test_build_in_parallel_and_without_trainer_view(portal: Path, tmp_path: Path) -> None:
    result = run("build", "-f", str(portal), "-d", str(tmp_path / "site"), "--jobs", "2", "--no-trainer")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "site" / "index.html").is_file()
    assert not (tmp_path / "site" / "trainer").exists()


def test_bad_content_exits_1_with_the_place_of_the_problem(portal: Path, tmp_path: Path) -> None:
    module = portal.parent / "courses" / "alpha" / "01-week-1.md"
    module.write_text(module.read_text("utf-8").replace("week: 1", "week: [1", 1), "utf-8")
    result = run("build", "-f", str(portal), "-d", str(tmp_path / "site"), "-j", "1")
    assert result.exit_code == 1
    assert re.search(r"courses/alpha/01-week-1\.md:\d+:\d+: LX207", result.output), result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "site" / "index.html").exists()


def test_refuses_to_build_over_the_sources(portal: Path) -> None:
    result = run("build", "-f", str(portal), "-d", str(portal.parent / "courses"))
    assert result.exit_code == 2
    assert "refusing to build" in result.output


def test_a_linked_site_folder_is_refused_and_links_inside_it_are_taken_out(portal: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "sub").mkdir(parents=True)
    (elsewhere / "precious.txt").write_text("precious", "utf-8")
    (elsewhere / "sub" / "keep.md").write_text("keep", "utf-8")
    site = portal.parent / "site"  # the default site folder, committed as a link
    site.symlink_to(elsewhere, target_is_directory=True)
    result = run("build", "-f", str(portal), "-j", "1")
    assert result.exit_code == 2 and "it is a link to" in result.output, result.output
    site.unlink()
    site.mkdir()
    (site / "index.html").symlink_to(elsewhere / "precious.txt")
    (site / "courses").symlink_to(elsewhere / "sub", target_is_directory=True)
    result = run("build", "-f", str(portal), "-j", "1")
    assert result.exit_code == 0, result.output
    assert not (site / "courses").is_symlink() and (site / "courses" / "alpha" / "index.html").is_file()
    assert not (site / "index.html").is_symlink() and (site / "index.html").is_file()
    assert sorted(p.name for p in elsewhere.rglob("*")) == ["keep.md", "precious.txt", "sub"]
    assert (elsewhere / "precious.txt").read_text("utf-8") == "precious"


def test_a_site_folder_nested_thousands_of_levels_deep_is_swept(portal: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    nested_folders(site, 1100, "stale.html")  # deeper than Python's recursion limit
    try:
        result = run("build", "-f", str(portal), "-d", str(site), "-j", "1")
        assert result.exit_code == 0, result.output
        assert not (site / "a").exists() and (site / "index.html").is_file()
    finally:
        remove_nested_folders(site)


def test_files_left_out_of_the_site_are_named_with_the_fix(portal: Path, tmp_path: Path) -> None:
    images = portal.parent / "courses" / "alpha" / "images"
    images.mkdir()
    (images / "chart\nold.png").write_bytes(b"x")
    result = run("build", "-f", str(portal), "-d", str(tmp_path / "site"), "-j", "1")
    assert result.exit_code == 0, result.output
    line = "warning: courses/alpha/images/chart\\nold.png:1:1: LX014 'chart\\nold.png' has a line break"
    assert line in result.output and "rename the file, e.g. to 'chart-old.png'" in result.output
    assert not (tmp_path / "site" / "courses" / "alpha" / "images").exists()


def test_jobs_must_be_positive(portal: Path) -> None:
    assert run("build", "-f", str(portal), "--jobs", "0").exit_code == 2


def test_progress_is_reported_only_for_slow_builds() -> None:
    lines: list[str] = []
    quick = Progress(lines.append)
    quick.update("Building courses", 10, 10)
    assert lines == []
    slow = Progress(lines.append, started=0.0)
    slow.update("Building courses", 1, 10)
    slow.update("Building courses", 2, 10)
    slow.update("Building courses", 10, 10)
    assert lines == ["Building courses: 1/10 (10%)", "Building courses: 10/10 (100%)"]


def test_a_build_with_tracking_on_and_no_insights_says_to_run_insights(portal: Path, tmp_path: Path) -> None:
    text = portal.read_text("utf-8").replace(
        "lxkit:\n",
        "lxkit:\n  tracking:\n    enabled: true\n    endpoint: https://lrs.example/xAPI/\n    credential: portal:w\n",
    )
    portal.write_text(text, "utf-8")
    result = run("build", "-f", str(portal), "--site-dir", str(tmp_path / "site"))
    assert result.exit_code == 0, result.output
    assert "the trainer view has no Insights pages yet: run 'lxkit insights'" in result.stderr
    insights = portal.parent / ".lxkit-cache" / "insights" / "insights.json"
    assert not insights.exists()
    result = run("build", "-f", str(portal), "--site-dir", str(tmp_path / "site"), "--no-trainer")
    assert "Insights pages" not in result.stderr
