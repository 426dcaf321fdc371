"""The loader on good and bad portals: every problem as a finding with its line, nothing raised."""

from __future__ import annotations

from pathlib import Path

import pytest

from lxkit.config import load_config
from lxkit.exceptions import UsageError
from lxkit.loader import load_portal
from lxkit.model import Portal
from tests.helpers import MODULE, valid_course, write_portal


def load(root: Path) -> Portal:
    return load_portal(load_config(root / "mkdocs.yml"))


def problems(portal: Portal) -> list[tuple[str, int, str]]:
    return sorted((f.path, f.line, f.code) for f in portal.all_problems())


def test_valid_portal_loads_into_typed_model(tmp_path: Path) -> None:
    portal = load(write_portal(tmp_path))
    assert problems(portal) == []
    course = portal.courses[0]
    assert (course.id, course.version, course.status) == ("demo", "1.0.0", "published")
    assert [o.role for o in course.owners] == ["sme", "business"]
    assert course.business_goal is not None and course.business_goal.baseline == "40"
    module = course.modules[0]
    assert (module.number, module.slug, module.week, module.journey_stage) == (1, "reading-charts", 1, "application")
    assert module.pre_work[0].id == "intro-video" and module.pre_work[0].minutes == 20
    assert module.session is not None and module.session.activities[0].objectives == ("explain-charts",)
    assert module.check[0].options[0].correct is True
    assert module.total_minutes == 20 + 60 + 40
    assert module.line("pre_work", 0, "url") == 13


def test_bad_yaml_missing_field_wrong_type_and_unknown_key_all_reported(tmp_path: Path) -> None:
    course = valid_course("demo")
    course["index.md"] = course["index.md"].replace("version: 1.0.0\n", "version: one\ntitel: X\n", 1)
    course["index.md"] = course["index.md"].replace("summary: A short course about data for engineers.\n", "")
    course["02-broken.md"] = "---\ntitle: [broken\n---\n"
    course["03-types.md"] = MODULE.format(title="T").replace("minutes: 20", "minutes: twenty")
    portal = load(write_portal(tmp_path, {"demo": course}))
    found = {(f.path.split("/")[-1], f.line, f.code): f.message for f in portal.all_problems()}
    assert found[("index.md", 4, "LX002")].startswith("'version' is 'one' but must be a semantic version")
    assert found[("index.md", 5, "LX002")] == "unknown field 'titel' (did you mean 'title'?)"
    assert found[("index.md", 2, "LX001")] == "required field 'summary' is missing"
    assert ("02-broken.md", 2, "LX207") in found
    assert found[("03-types.md", 14, "LX100")] == "'minutes' in item 1 of 'pre_work' should be a whole number, not text"
    assert portal.course("demo") is not None  # the rest of the course still loads


def test_course_id_must_match_folder(tmp_path: Path) -> None:
    course = valid_course("other")
    portal = load(write_portal(tmp_path, {"demo": course}))
    [finding] = portal.all_problems()
    assert (finding.code, finding.line) == ("LX003", 2)
    assert "differs from its folder name 'demo'" in finding.message


def test_duplicate_module_numbers_and_stray_files(tmp_path: Path) -> None:
    course = valid_course("demo")
    course["01-again.md"] = MODULE.format(title="Again")
    course["notes.md"] = "scratch"
    course["02-slides.pptx.md"] = "x"
    course["02-handout.docx"] = "x"
    portal = load(write_portal(tmp_path, {"demo": course}))
    codes = {(f.path.split("/")[-1], f.code) for f in portal.all_problems()}
    assert ("01-reading-charts.md", "LX013") in codes
    assert ("notes.md", "LX014") in codes
    assert ("02-slides.pptx.md", "LX014") in codes
    assert all(c != "LX014" or n != "02-handout.docx" for n, c in codes)  # handouts are assets


def test_module_that_is_not_text(tmp_path: Path) -> None:
    root = write_portal(tmp_path)
    (root / "courses/demo/02-binary.md").write_bytes(b"\x00\x01PNG")
    [finding] = load(root).all_problems()
    assert finding.code == "LX208" and "not a text file" in finding.message


def test_course_without_index_and_without_front_matter(tmp_path: Path) -> None:
    root = write_portal(tmp_path, {"empty": {"01-a.md": MODULE.format(title="A")}, "plain": {"index.md": "# Hi\n"}})
    assert problems(load(root)) == [("courses/empty/index.md", 1, "LX015"), ("courses/plain/index.md", 1, "LX207")]


def test_missing_courses_folder_is_a_usage_error(tmp_path: Path) -> None:
    root = write_portal(tmp_path, {})
    (root / "courses").rmdir()
    with pytest.raises(UsageError, match="courses folder 'courses' does not exist"):
        load(root)


def test_every_command_reads_the_same_course_folders(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from lxkit.__main__ import cli
    from lxkit.fix.files import course_documents
    from lxkit.lint.parallel import lint_config
    from lxkit.loader import course_folders, courses_root

    courses = {name: valid_course(name) for name in ("beta", "alpha", "_drafts", ".hidden")}
    root = write_portal(tmp_path / "portal", courses)
    (root / "courses" / "notes.md").write_text("not a course", "utf-8")
    config = load_config(root / "mkdocs.yml")
    assert [p.name for p in course_folders(courses_root(config))] == ["alpha", "beta"]
    assert [c.folder for c in load_portal(config).courses] == ["alpha", "beta"]
    assert {f.path.split("/")[1] for f in lint_config(config, jobs=1).findings} <= {"alpha", "beta"}
    assert {p.parent.name for p in course_documents(courses_root(config))} == {"alpha", "beta"}
    built = CliRunner().invoke(cli, ["build", "-f", str(root / "mkdocs.yml"), "-d", str(tmp_path / "site"), "-j", "1"])
    assert built.exit_code == 0, built.output
    assert sorted(p.name for p in (tmp_path / "site" / "courses").iterdir()) == ["alpha", "beta"]
