"""Every hostile case through ``lxkit lint``, ``build`` and ``review`` as real commands.

Each run is a subprocess (``sys.executable -m lxkit``) under a 500 MiB address-space limit and a
20 s timeout: it must exit 0, 1 or 2, print no traceback, and no byte of a file outside the portal
(nor of the environment, nor of ``.git/config``) may reach its output, ``site/`` or the cache.
"""

from __future__ import annotations

import os
import resource
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.helpers_portal import GIT_ENV, commit_all, git, make_portal_repo, set_git_identity
from tests.hostile.corpus import CASES, ENV_MARKER, FILE_MARKER, MARKERS, Case, write_outside

pytestmark = pytest.mark.slow

MEMORY_LIMIT = 500 * 1024 * 1024
TIMEOUT = 20


def limit_memory() -> None:
    """In the child, before ``exec``: at most 500 MiB of address space."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def lxkit(portal: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **GIT_ENV, "LXKIT_TEST_SECRET": ENV_MARKER, "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "lxkit", *args],
        cwd=portal,
        env=env,
        capture_output=True,
        text=True,
        errors="replace",
        timeout=TIMEOUT,
        preexec_fn=limit_memory,
        check=False,
    )


def leaked(folder: Path) -> list[str]:
    """Files below ``folder`` holding a marker (links are not followed: lxkit never writes any)."""
    found = []
    for base, _, names in os.walk(folder):
        for name in names:
            path = Path(base) / name
            if path.is_symlink() or not path.is_file():
                found += [f"{path} is not a regular file"] if not path.is_file() else []
                continue
            data = path.read_bytes()
            found += [f"{path}: {marker!r}" for marker in MARKERS if marker in data]
    return found


def prepare(case: Case, tmp_path: Path) -> tuple[Path, Path]:
    outside = tmp_path / "outside"
    write_outside(outside)
    portal = make_portal_repo(tmp_path / "portal")
    git(portal, "checkout", "-q", "-b", "hostile")
    case.change(portal, outside)
    if case.committed:
        commit_all(portal, f"hostile: {case.name}")
    return portal, outside


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_case(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    set_git_identity(monkeypatch)
    portal, outside = prepare(case, tmp_path)
    for args in (["lint"], ["build"], ["review", "--base", "main"]):
        done = lxkit(portal, *args)
        output = done.stdout + done.stderr
        assert done.returncode in (0, 1, 2), f"{args}: exit {done.returncode}\n{output[-3000:]}"
        assert "Traceback" not in output, f"{args}:\n{output[-3000:]}"
        assert FILE_MARKER not in output and ENV_MARKER not in output, args
        assert str(outside) not in output, f"{args}: an absolute path outside the portal in:\n{output[-2000:]}"
        assert "root:x:0:0" not in output
        if args == ["lint"]:
            assert case.finds in output, f"{case.finds} not reported:\n{output[-2000:]}"
            assert str(portal) not in done.stdout, "paths in findings are relative to the portal"
    assert leaked(portal / "site") == []
    assert leaked(portal / ".lxkit-cache") == []


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_serve_never_serves_a_linked_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    set_git_identity(monkeypatch)
    portal, _ = prepare(next(case for case in CASES if case.name == "link-chart-png"), tmp_path)
    (portal / "courses" / "data-basics" / "passwd.txt").symlink_to("/etc/passwd")
    port = free_port()
    env = {**os.environ, "LXKIT_TEST_SECRET": ENV_MARKER}
    command = [sys.executable, "-m", "lxkit", "serve", "-a", f"127.0.0.1:{port}"]
    with subprocess.Popen(command, cwd=portal, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT) as server:
        try:
            bodies = [
                fetch(port, path) for path in ("/courses/data-basics/chart.png", "/courses/data-basics/passwd.txt")
            ]
        finally:
            server.terminate()
        output = server.communicate(timeout=TIMEOUT)[0].decode("utf-8", "replace")
    assert [status for status, _ in bodies] == [404, 404]
    assert all(FILE_MARKER.encode() not in body and b"root:x:0:0" not in body for _, body in bodies)
    assert "Traceback" not in output and "LX017" in output


def fetch(port: int, path: str) -> tuple[int, bytes]:
    """Status and body of a GET, waiting up to the timeout for the server to start."""
    deadline = time.monotonic() + TIMEOUT
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@pytest.mark.parametrize("address", ["127.0.0.1:\u00b2", "127.0.0.1:99999", "127.0.0.1:" + "9" * 5000])
def test_serve_refuses_bad_addresses_cleanly(tmp_path: Path, address: str) -> None:
    portal = make_portal_repo(tmp_path / "portal")
    done = lxkit(portal, "serve", "-a", address)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "address" in done.stderr or "cannot serve" in done.stderr


@pytest.mark.parametrize(("args"), [["new", "course", "nl\n"], ["new", "module", "data-basics", "x\u202e"]])
def test_new_refuses_names_with_line_breaks_and_invisible_characters(tmp_path: Path, args: list[str]) -> None:
    portal = make_portal_repo(tmp_path / "portal")
    done = lxkit(portal, *args)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "is not a valid id" in done.stderr and ("\\n" in done.stderr or "\\u202e" in done.stderr)
    assert sorted(p.name for p in (portal / "courses").iterdir()) == ["data-basics"]
