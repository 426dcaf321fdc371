"""README's "A course in five minutes", run command by command as it is written there.

The commands are read from the README itself, so the test and the README cannot drift apart.
Each runs as ``python -m lxkit`` in a fresh folder; ``cd`` changes the folder. The one addition is
a free port for ``lxkit serve`` (which runs until stopped: the test waits for the portal page,
then stops it). Each step must exit 0; ``lxkit lint`` must report no errors, its warnings being
only the guidance of the course just scaffolded (LX212), as the README promises.
"""

from __future__ import annotations

import json
import shlex
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.conftest import REPO

SERVE_WAIT = 120  # seconds for the first page, a bound rather than a timing assertion


def quickstart_commands() -> list[list[str]]:
    """The commands of the README's five-minute block, without their comments."""
    text = (REPO / "README.md").read_text("utf-8")
    section = text.split("## A course in five minutes", 1)[1]
    block = section.split("```bash\n", 1)[1].split("```", 1)[0]
    return [shlex.split(line, comments=True) for line in block.splitlines() if line.strip()]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def run(folder: Path, args: list[str]) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "lxkit", *args]
    return subprocess.run(command, cwd=folder, capture_output=True, text=True, check=False)


def serve(folder: Path, args: list[str]) -> int:
    """Start ``lxkit serve`` on a free port, wait for the home page, stop it; its exit code."""
    address = f"127.0.0.1:{free_port()}"
    server = subprocess.Popen(
        [sys.executable, "-m", "lxkit", *args, "-a", address],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + SERVE_WAIT
        while time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(f"http://{address}/", timeout=5) as response:
                    assert "Acme Academy" in response.read().decode("utf-8")
                    return 0
            except OSError:
                time.sleep(0.5)
        raise AssertionError(f"lxkit serve did not answer: {server.stderr.read() if server.stderr else ''}")
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_the_five_minute_course_works_as_written(tmp_path: Path) -> None:
    commands = quickstart_commands()
    assert [c[:2] for c in commands if c[0] == "lxkit"] == [
        ["lxkit", "new"],
        ["lxkit", "templates"],
        ["lxkit", "new"],
        ["lxkit", "new"],
        ["lxkit", "lint"],
        ["lxkit", "serve"],
        ["lxkit", "build"],
    ]
    folder = tmp_path
    for command in commands:
        if command[0] == "cd":
            folder = folder / command[1]
            continue
        assert command[0] == "lxkit", command
        if command[1] == "serve":
            assert serve(folder, command[1:]) == 0
            continue
        args = [*command[1:], "--format", "json"] if command[1] == "lint" else command[1:]
        done = run(folder, args)
        assert done.returncode == 0, (command, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr, command
        if command[1] == "lint":
            findings = json.loads(done.stdout)["findings"]
            assert {f["severity"] for f in findings} == {"warning"}
            assert {(f["code"], f["path"].split("/")[1]) for f in findings} == {("LX212", "data-for-engineers")}
    assert (folder / "site/index.html").is_file() and (folder / "site/trainer/index.html").is_file()
    assert (folder / "courses/data-for-engineers/05-wrap-up.md").is_file()
