"""``lxkit new portal|course|module`` through click's CliRunner, as a user runs them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from lxkit.__main__ import cli
from lxkit.config import load_config
from lxkit.loader import load_portal
from lxkit.scaffold.templates import available_templates
from tests.helpers import write_portal


@pytest.fixture
def in_portal(tmp_path: Path) -> Path:
    root = write_portal(tmp_path / "portal", {})
    previous = os.getcwd()
    os.chdir(root)
    yield root
    os.chdir(previous)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_new_course_from_every_template_loads_without_problems(in_portal: Path) -> None:
    for template in available_templates():
        code, output = run("new", "course", f"t-{template.name}", "--template", template.name, "--owner", "Ada")
        assert code == 0, output
        assert "Created" in output
    portal = load_portal(load_config(in_portal / "mkdocs.yml"))
    assert len(portal.courses) == len(available_templates()) >= 3
    assert portal.all_problems() == ()
    for course in portal.courses:
        assert course.owners[0].name == "Ada"
        assert course.modules, course.id
    code, output = run("lint")  # no errors; only the guidance still to replace (LX212 warnings)
    assert code == 0 and "0 errors" in output, output
    assert {line.split(": ")[1].split()[0] for line in output.splitlines() if ": LX" in line} == {"LX212"}


def test_new_course_uses_title_and_the_portals_first_capability(in_portal: Path) -> None:
    code, _ = run("new", "course", "sql-basics", "--title", 'SQL: "the basics"', "--github", "@ada")
    assert code == 0
    course = load_portal(load_config(in_portal / "mkdocs.yml")).course("sql-basics")
    assert course is not None
    assert course.title == 'SQL: "the basics"'
    assert course.capabilities == ("data-literacy",)
    assert course.owners[0].github == "ada"


@pytest.mark.parametrize("bad_id", ["Data Science", "../escape", "a/b", "-x", "x--y", "UPPER", "a" * 65])
def test_new_course_refuses_ids_that_are_not_slugs(in_portal: Path, bad_id: str) -> None:
    code, output = run("new", "course", "--", bad_id)
    assert code == 2
    assert "is not a valid id" in output
    assert sorted(p.name for p in (in_portal / "courses").iterdir()) == []


def test_new_course_never_overwrites_without_force(in_portal: Path) -> None:
    assert run("new", "course", "demo")[0] == 0
    index = in_portal / "courses/demo/index.md"
    index.write_text(index.read_text() + "\nMy own words.\n")
    code, output = run("new", "course", "demo")
    assert code == 2 and "already exists" in output
    assert "My own words." in index.read_text()
    code, output = run("new", "course", "demo", "--force")
    assert code == 0 and "moved to" in output
    assert "My own words." not in index.read_text()
    kept = list((in_portal / ".lxkit-cache/replaced").glob("demo-*/index.md"))
    assert kept and "My own words." in kept[0].read_text()


def test_unknown_template_lists_the_available_ones(in_portal: Path) -> None:
    code, output = run("new", "course", "demo", "--template", "nope")
    assert code == 2
    assert "flipped-classroom" in output


def test_new_module_adds_the_next_number(in_portal: Path) -> None:
    run("new", "course", "demo")
    before = sorted(p.name for p in (in_portal / "courses/demo").glob("[0-9]*.md"))
    code, output = run("new", "module", "demo", "wrap-up", "--stage", "reinforcement")
    assert code == 0, output
    number = int(before[-1][:2]) + 1
    created = in_portal / f"courses/demo/{number:02d}-wrap-up.md"
    assert created.is_file()
    course = load_portal(load_config(in_portal / "mkdocs.yml")).course("demo")
    assert course is not None and course.all_problems() == ()
    assert course.modules[-1].journey_stage == "reinforcement"
    assert course.schedule is not None and course.modules[-1].week == course.schedule.weeks == 5
    assert "schedule.weeks in index.md is now 5" in output  # no week of the four had room for it
    code, output = run("lint")  # the course stays clean: no budget or schedule warning, only guidance to replace
    codes = {line.split(": ")[1].split()[0] for line in output.splitlines() if ": LX" in line}
    assert code == 0 and codes == {"LX212"}, output
    assert run("new", "module", "missing-course", "x")[0] == 2


def test_new_portal_creates_a_working_portal_and_keeps_existing_files(tmp_path: Path) -> None:
    target = tmp_path / "academy"
    code, output = run("new", "portal", str(target), "--name", "Acme: Academy")
    assert code == 0, output
    config = load_config(target / "mkdocs.yml")
    assert config.site_name == "Acme: Academy"
    portal = load_portal(config)
    assert [c.id for c in portal.courses] == ["example-course"] and portal.all_problems() == ()
    assert (target / ".gitignore").read_text().startswith("/site/")
    assert run("new", "portal", str(target))[0] == 2  # not empty
    (target / "README.md").write_text("mine")
    code, output = run("new", "portal", str(target), "--force")
    assert code == 0 and "kept existing README.md" in output
    assert (target / "README.md").read_text() == "mine"


def test_commands_outside_a_portal_exit_2(tmp_path: Path) -> None:
    os.chdir(tmp_path)
    code, output = run("new", "course", "demo")
    assert code == 2 and "no mkdocs.yml found" in output
