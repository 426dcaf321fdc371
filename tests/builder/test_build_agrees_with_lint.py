"""What ``lxkit lint`` reports cleanly, ``lxkit build`` survives: both read URLs through :mod:`lxkit.weburls`."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from lxkit.__main__ import cli
from tests.helpers import PORTAL_YML, valid_course, write_portal

GOOD_URL = "url: https://www.youtube.com/watch?v=abc"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def portal_with(tmp_path: Path, module_change: tuple[str, str], config: str = PORTAL_YML) -> Path:
    files = valid_course("demo")
    old, new = module_change
    assert old in files["01-reading-charts.md"]
    files["01-reading-charts.md"] = files["01-reading-charts.md"].replace(old, new)
    return write_portal(tmp_path / "portal", {"demo": files}, config) / "mkdocs.yml"


@pytest.mark.parametrize("url", ['"http://[x"', '"https://[::1/video"'])
def test_a_malformed_pre_work_url_is_lx111_for_lint_and_no_link_for_build(tmp_path: Path, url: str) -> None:
    config = portal_with(tmp_path, (GOOD_URL, f"url: {url}"))
    lint = run("lint", "-f", str(config))
    assert lint.exit_code == 1 and "01-reading-charts.md:13:5: LX111" in lint.output, lint.output
    assert "is not a valid address" in lint.output
    site = tmp_path / "site"
    build = run("build", "-f", str(config), "-d", str(site), "-j", "1")
    assert build.exit_code == 0 and build.exception is None, build.output
    page = (site / "courses" / "demo" / "01-reading-charts" / "index.html").read_text("utf-8")
    assert "Reading charts" in page and 'href="http://[' not in page


def test_a_malformed_link_in_a_module_body_builds(tmp_path: Path) -> None:
    config = portal_with(tmp_path, ("Body text of the module.", "See [the video](http://[x) and [next](//[y)."))
    site = tmp_path / "site"
    build = run("build", "-f", str(config), "-d", str(site), "-j", "1")
    assert build.exit_code == 0 and build.exception is None, build.output
    assert "the video" in (site / "courses" / "demo" / "01-reading-charts" / "index.html").read_text("utf-8")


def test_a_malformed_tracking_endpoint_is_a_settings_message(tmp_path: Path) -> None:
    tracking = "  tracking:\n    enabled: true\n    endpoint: 'http://[x'\n    credential: portal:pw\n"
    config = portal_with(tmp_path, ("", ""), PORTAL_YML + tracking)
    build = run("build", "-f", str(config), "-d", str(tmp_path / "site"), "-j", "1")
    assert build.exit_code == 2 and isinstance(build.exception, SystemExit), build.output
    assert "'endpoint' is not a valid address ('http://[x')" in build.output, build.output


@pytest.mark.parametrize(
    "change",
    [
        ("minutes: 20", "minutes: 1e400"),
        ("minutes: 20", "minutes: 99999999999999999999"),
        ("minutes: 20", "minutes: -5"),
        ("week: 1", "week: 100000000"),
        ("week: 1", "week: .nan"),
        ("minutes: 60\n  mode", "minutes: 60\n  starts: '25:99'\n  mode"),
        ("minutes: 60\n  mode", "minutes: 60\n  date: 2026-13-45\n  mode"),
    ],
    ids=["float-overflow", "huge-int", "negative", "huge-week", "nan-week", "bad-clock", "bad-date"],
)
def test_numbers_and_dates_lint_reports_build_survives(tmp_path: Path, change: tuple[str, str]) -> None:
    config = portal_with(tmp_path, change)
    lint = run("lint", "-f", str(config))
    assert lint.exit_code == 1 and " LX" in lint.output and "[error]" in lint.output, lint.output
    build = run("build", "-f", str(config), "-d", str(tmp_path / "site"), "-j", "1")
    assert build.exit_code in (0, 1) and not isinstance(build.exception, Exception), build.output
    problem = next(line for line in lint.output.splitlines() if line.endswith("[error]"))
    assert build.exit_code == 0 or problem in build.output, (problem, build.output)
