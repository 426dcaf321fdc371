"""The ``lxkit: tracking:`` settings: off by default, checked at build time with path:line:col messages (exit 2)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from lxkit.config import load_config
from lxkit.exceptions import ConfigError
from lxkit.tracking.page import tracking_extra
from lxkit.tracking.settings import DEFAULT_NOTICE, check_endpoint, tracking_settings
from tests.tracking.conftest import write_tracked_portal

SITE_URL = "https://academy.example/"
GOOD = {"enabled": True, "endpoint": "https://lrs.example.com/xAPI", "credential": "portal:s3cret"}


def config_with(tmp_path: Path, tracking: dict[str, Any] | None, site_url: str | None = SITE_URL) -> Any:
    config_file = write_tracked_portal(tmp_path, tracking)
    if site_url is None:
        settings = yaml.safe_load(config_file.read_text())
        del settings["site_url"]
        config_file.write_text(yaml.safe_dump(settings, sort_keys=False))
    return load_config(config_file)


def problems(tmp_path: Path, tracking: dict[str, Any], site_url: str | None = SITE_URL) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        tracking_settings(config_with(tmp_path, tracking, site_url))
    return [f"{f.line}:{f.column} {f.message}" for f in caught.value.findings]


def test_tracking_is_off_by_default_and_pages_then_carry_nothing(tmp_path: Path) -> None:
    config = config_with(tmp_path, None)
    assert not tracking_settings(config).enabled
    assert tracking_extra(config, {}) == {}
    disabled = config_with(tmp_path / "off", {"enabled": False, "endpoint": "not checked when off"})
    assert tracking_extra(disabled, {}) == {}


def test_enabled_settings_become_the_pages_settings(tmp_path: Path) -> None:
    teams = [{"id": "sales", "name": "Sales"}]
    config = config_with(tmp_path, {**GOOD, "teams": teams, "free_text": ["data-basics"]})
    page = tracking_extra(config, {"lxkit_portal_version": "1.2"})["lxkit_tracking"]
    assert page["endpoint"] == "https://lrs.example.com/xAPI/"  # a trailing slash added
    assert page["auth"] == "Basic cG9ydGFsOnMzY3JldA=="
    assert page["site"] == "https://academy.example"
    assert page["portalVersion"] == "1.2" and page["teams"] == teams and page["freeText"] == ["data-basics"]
    assert "data-basics" in page["notice"] and "Written answers stay in this browser" not in page["notice"]
    assert tracking_extra(config_with(tmp_path / "b", GOOD), {})["lxkit_tracking"]["notice"] == DEFAULT_NOTICE


@pytest.mark.parametrize(
    ("endpoint", "words"),
    [
        ("", "'endpoint' is missing"),
        ("lrs.example.com/xAPI", "must be an http(s) address"),
        ("ftp://lrs.example.com/", "must be an http(s) address"),
        ("http://lrs.example.com/xAPI/", "must use https"),
        ("https://user:pw@lrs.example.com/xAPI/", "must not hold a user or password"),
        ("https://lrs.example.com/xAPI/?x=1", "must not have a query"),
        ("https://lrs.example.com/xAPI/statements", "the address before 'statements'"),
    ],
)
def test_malformed_endpoints_are_explained(endpoint: str, words: str) -> None:
    assert words in check_endpoint(endpoint)


def test_local_http_and_https_endpoints_are_accepted() -> None:
    assert check_endpoint("http://127.0.0.1:8100/xAPI/") == ""
    assert check_endpoint("http://localhost:8100/xAPI") == ""
    assert check_endpoint("https://lrs.example.com/xAPI/") == ""


def test_every_problem_is_reported_at_its_line(tmp_path: Path) -> None:
    teams = [{"id": "sales", "name": "Sales"}, {"id": "sales", "name": "Sales again"}]
    found = problems(
        tmp_path,
        {"enabled": True, "endpoint": "http://lrs.example.com/x", "credential": "nopassword", "teams": teams},
        site_url=None,
    )
    text = "\n".join(found)
    assert "must use https" in text and "'credential' must be the LRS user and password" in text
    assert "needs 'site_url: " in text and "team id 'sales' is listed twice" in text
    lines = (tmp_path / "mkdocs.yml").read_text().splitlines()
    endpoint_line = next(i for i, line in enumerate(lines, 1) if "endpoint:" in line)
    assert any(f.startswith(f"{endpoint_line}:") and "https" in f for f in found)


def test_wrong_types_are_schema_problems(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        config_with(tmp_path, {"enabled": "yes please", "teams": [{"id": "Sales Team"}], "colour": "red"})
    text = "\n".join(f.message for f in caught.value.findings)
    assert "enabled" in text and "colour" in text and "name" in text


@pytest.mark.parametrize("command", ["build", "lint"])
def test_the_build_and_lint_stop_with_exit_2_and_no_traceback(tmp_path: Path, command: str) -> None:
    write_tracked_portal(tmp_path, {"enabled": True, "endpoint": "lrs.example.com", "credential": "portal:pw"})
    done = subprocess.run(
        [sys.executable, "-m", "lxkit", command],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"NO_COLOR": "1", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert done.returncode == 2  # lint says what the build would say, not "no problems"
    assert "Traceback" not in done.stderr
    assert "mkdocs.yml:" in done.stderr and "must be an http(s) address of the LRS" in done.stderr
    assert not (tmp_path / "site").exists()


def test_only_learner_pages_carry_the_settings_as_json(tmp_path: Path) -> None:
    from tests.builder import portal_factory as factory

    write_tracked_portal(tmp_path, {**GOOD, "notice": "We record </script><b>this</b>."})
    site = factory.build(tmp_path, tmp_path / "site")
    page = (site / "courses/data-basics/01-week-1/index.html").read_text()
    start = page.index('<script type="application/json" id="lxkit-tracking">') + len(
        '<script type="application/json" id="lxkit-tracking">'
    )
    carried = json.loads(page[start : page.index("</script>", start)])
    assert carried["notice"] == "We record </script><b>this</b>."  # escaped in the page, intact in the data
    assert page.index("assets/lxkit/tracking.js") < page.index("assets/lxkit/lxkit.js")
    assert "lxkit-tracking" not in (site / "trainer/courses/data-basics/01-week-1/index.html").read_text()
