"""``lxkit export cmi5|scorm12`` from the command line: outputs, --all, --force and every error."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from lxkit.__main__ import cli
from tests.builder import portal_factory as factory

pytestmark = pytest.mark.slow


@pytest.fixture
def portal(tmp_path: Path) -> Path:
    """A two-course portal's mkdocs.yml."""
    return factory.write_portal(tmp_path / "portal", [factory.course("alpha"), factory.course("beta")])


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def test_export_writes_a_zip_that_opens_from_its_root(portal: Path, tmp_path: Path) -> None:
    output = tmp_path / "alpha.zip"
    result = run("export", "scorm12", "alpha", "-f", str(portal), "-o", str(output))
    assert result.exit_code == 0, result.output
    assert f"Wrote {output} (scorm12, 2 module(s)" in result.output
    with zipfile.ZipFile(output) as archive:
        names = archive.namelist()
    assert "imsmanifest.xml" in names and "courses/alpha/01-week-1/index.html" in names
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_export_all_writes_one_zip_per_course_with_default_names(portal: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    result = run("export", "cmi5", "--all", "-f", str(portal), "-o", str(folder))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in folder.iterdir()) == ["alpha-1.2.0-cmi5.zip", "beta-1.2.0-cmi5.zip"]


def test_unknown_course_lists_the_courses(portal: Path, tmp_path: Path) -> None:
    result = run("export", "cmi5", "gamma", "-f", str(portal), "-o", str(tmp_path / "g.zip"))
    assert result.exit_code == 2
    assert "there is no course 'gamma' in courses/ (courses: alpha, beta)" in result.output
    assert not (tmp_path / "g.zip").exists()


def test_course_or_all_is_required(portal: Path) -> None:
    for args in ([], ["alpha", "--all"]):
        result = run("export", "cmi5", *args, "-f", str(portal))
        assert result.exit_code == 2 and "give one course id or --all" in result.output


def test_a_course_with_loader_errors_is_not_exported(portal: Path, tmp_path: Path) -> None:
    module = portal.parent / "courses" / "alpha" / "01-week-1.md"
    module.write_text(module.read_text("utf-8").replace("week: 1", "week: [oops"), "utf-8")
    output = tmp_path / "alpha.zip"
    result = run("export", "cmi5", "alpha", "-f", str(portal), "-o", str(output))
    assert result.exit_code == 1, result.output
    assert "courses/alpha/01-week-1.md:" in result.output
    assert "course 'alpha' cannot be exported" in result.output and "Traceback" not in result.output
    assert not output.exists()


def test_an_existing_output_is_kept_without_force(portal: Path, tmp_path: Path) -> None:
    output = tmp_path / "alpha.zip"
    output.write_bytes(b"old")
    result = run("export", "cmi5", "alpha", "-f", str(portal), "-o", str(output))
    assert result.exit_code == 2 and "already exists: add --force" in result.output
    assert output.read_bytes() == b"old"
    forced = run("export", "cmi5", "alpha", "-f", str(portal), "-o", str(output), "--force")
    assert forced.exit_code == 0, forced.output
    assert zipfile.is_zipfile(output)


@pytest.mark.parametrize(
    ("output", "message"),
    [("missing/alpha.zip", "does not exist (create it first)"), ("/proc/alpha.zip", "cannot write /proc/alpha.zip")],
)
def test_an_output_that_cannot_be_written_is_a_usage_error(
    portal: Path, tmp_path: Path, output: str, message: str
) -> None:
    target = output if output.startswith("/") else str(tmp_path / output)
    result = run("export", "scorm12", "alpha", "-f", str(portal), "-o", target)
    assert result.exit_code == 2, result.output
    assert message in result.output and "Traceback" not in result.output


def test_a_cmi5_package_needs_the_site_url(portal: Path, tmp_path: Path) -> None:
    portal.write_text(portal.read_text("utf-8").replace("site_url: https://academy.example/\n", ""), "utf-8")
    result = run("export", "cmi5", "alpha", "-f", str(portal), "-o", str(tmp_path / "a.zip"))
    assert result.exit_code == 2 and "add a line like 'site_url: https://academy.example.com/'" in result.output
    assert run("export", "scorm12", "alpha", "-f", str(portal), "-o", str(tmp_path / "s.zip")).exit_code == 0


def test_export_pdf_writes_the_workbook_and_the_guide(portal: Path, tmp_path: Path) -> None:
    folder = tmp_path / "handouts"
    result = run("export", "pdf", "alpha", "-f", str(portal), "--out", str(folder))
    assert result.exit_code == 0, result.output
    assert f"Wrote {folder / 'alpha-workbook.pdf'} (workbook, " in result.output
    assert f"Wrote {folder / 'alpha-facilitator-guide.pdf'} (facilitator-guide, " in result.output
    assert sorted(p.name for p in folder.iterdir()) == ["alpha-facilitator-guide.pdf", "alpha-workbook.pdf"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["gamma"], "there is no course 'gamma' in courses/ (courses: alpha, beta)"),
        (["alpha", "--out", "{portal}"], "is a file: --out names the folder the PDFs go into"),
        (["alpha", "--out", "/proc/handouts"], "cannot write the PDFs into /proc/handouts"),
    ],
)
def test_export_pdf_usage_errors(portal: Path, args: list[str], message: str) -> None:
    result = run("export", "pdf", *[a.format(portal=portal) for a in args], "-f", str(portal))
    assert result.exit_code == 2, result.output
    assert message in result.output and "Traceback" not in result.output


def test_export_pdf_keeps_existing_files_without_force(portal: Path, tmp_path: Path) -> None:
    (tmp_path / "alpha-facilitator-guide.pdf").write_bytes(b"old")
    result = run("export", "pdf", "alpha", "-f", str(portal), "--out", str(tmp_path))
    assert result.exit_code == 2 and "alpha-facilitator-guide.pdf already exists: add --force" in result.output
    assert (tmp_path / "alpha-facilitator-guide.pdf").read_bytes() == b"old"
    assert run("export", "pdf", "alpha", "-f", str(portal), "--out", str(tmp_path), "--force").exit_code == 0


def test_export_pdf_of_a_course_with_loader_errors_is_a_content_error(portal: Path, tmp_path: Path) -> None:
    module = portal.parent / "courses" / "alpha" / "01-week-1.md"
    module.write_text(module.read_text("utf-8").replace("week: 1", "week: [oops"), "utf-8")
    result = run("export", "pdf", "alpha", "-f", str(portal), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1, result.output
    assert "courses/alpha/01-week-1.md:" in result.output and "course 'alpha' cannot be exported" in result.output
    assert not (tmp_path / "out").exists()
