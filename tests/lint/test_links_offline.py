"""``lxkit lint --check-links`` without a network: one 'no network' message and exit 2, not a finding per link.

Real lookups, no stand-ins: ``.invalid`` host names never resolve (RFC 2606), and a closed port on
127.0.0.1 refuses the connection although its name resolves.
"""

from __future__ import annotations

import functools
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from lxkit.__main__ import cli
from lxkit.lint.links import LinkChecker, NetworkUnreachable, fetch
from tests.helpers import MODULE, valid_course, write_portal


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_no_host_name_resolves_so_the_check_says_no_network_once(tmp_path: Path) -> None:
    checker = LinkChecker(tmp_path / "links.json")
    with pytest.raises(NetworkUnreachable, match="could not check links: no network") as raised:
        checker.check(["https://a.lxkit-test.invalid/x", "https://b.lxkit-test.invalid/y"], timeout=5)
    assert raised.value.exit_code == 2
    assert not (tmp_path / "links.json").exists(), "an offline run caches nothing"


def test_a_host_that_resolves_makes_it_a_broken_link_not_offline(tmp_path: Path) -> None:
    refused = f"http://127.0.0.1:{closed_port()}/gone"
    checker = LinkChecker(tmp_path / "links.json", functools.partial(fetch, allow_private=True))
    statuses = checker.check([refused, "https://a.lxkit-test.invalid/x"], timeout=5)
    assert not statuses[refused].ok and not statuses[refused].unresolved
    assert statuses["https://a.lxkit-test.invalid/x"].unresolved
    assert fetch(refused, 5, allow_private=True).ok is False


def test_lint_check_links_offline_exits_2_with_one_message(tmp_path: Path) -> None:
    files = valid_course("demo")
    files["01-reading-charts.md"] = MODULE.format(title="Reading charts").replace(
        "https://www.youtube.com/watch?v=abc", "https://video.lxkit-test.invalid/watch"
    ) + "\nSee [the guide](https://guide.lxkit-test.invalid/) and [more](https://more.lxkit-test.invalid/).\n"
    root = write_portal(tmp_path / "portal", {"demo": files})
    config = root / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("repo_url: https://github.com/acme/academy\n", ""), "utf-8")
    result = CliRunner().invoke(cli, ["lint", "--check-links", "--config-file", str(config)])
    assert result.exit_code == 2, result.output
    assert result.output.count("could not check links: no network") == 1
    assert "LX210" not in result.output and "Traceback" not in result.output
