"""The CLI surface: --help everywhere, --version, exit codes for bad content and bad usage."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from lxkit import __version__
from lxkit.__main__ import cli, main
from tests.helpers import write_portal


def all_commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, command in group.commands.items():
        found.append((*prefix, name))
        if isinstance(command, click.Group):
            found.extend(all_commands(command, (*prefix, name)))
    return found


@pytest.mark.parametrize("path", all_commands(cli))
def test_every_command_has_help(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0
    assert "Usage: " in result.output and len(result.output.splitlines()) > 3


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_main_returns_exit_codes(tmp_path: Path) -> None:
    assert main(["--version"]) == 0
    assert main(["no-such-command"]) == 2
    assert main(["build", "--no-such-flag"]) == 2


def test_broken_course_gives_path_line_message_and_exit_1_without_traceback(tmp_path: Path) -> None:
    root = write_portal(tmp_path)
    index = root / "courses/demo/index.md"
    index.write_text(index.read_text().replace("status: published", "status: [published"))
    env = {**os.environ, "NO_COLOR": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "lxkit", "build"], cwd=root, capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "courses/demo/index.md:6:9: LX207 front-matter-invalid: the list of 'status'" in result.stderr
    assert "write it as:  status: [published]" in result.stderr
