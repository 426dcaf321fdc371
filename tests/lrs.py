"""A real Ralph LRS for tests: installed once into .venv-ralph/, started on a free 127.0.0.1 port.

``start_ralph(folder, origins)`` makes fresh credentials with ``ralph auth`` (``portal`` may only
write statements, ``reader`` may only read them, both tied to one authority agent), starts Ralph's
API with its file-system backend and scope/authority restrictions through
``scripts/ralph_server.py`` (see there why not ``ralph runserver``), and waits on ``/__heartbeat__``.
The ``ralph_lrs`` fixture (tests/conftest.py) starts one per call and stops them after the test.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
RALPH_VENV = Path(os.environ.get("LXKIT_RALPH_VENV") or REPO / ".venv-ralph")
REQUIREMENTS = REPO / "scripts" / "ralph-requirements.txt"
SERVER = REPO / "scripts" / "ralph_server.py"
AGENT = "mailto:lxkit-portal@example.com"
START_TIMEOUT = 120.0  # Ralph imports a lot; on a busy 2-core machine it took 25 s to answer


def ensure_ralph() -> Path:
    """The Ralph environment's Python, installing Ralph first if it is missing (once, under a lock)."""
    python = RALPH_VENV / "bin" / "python"
    ralph = RALPH_VENV / "bin" / "ralph"
    if ralph.exists():
        return python
    RALPH_VENV.parent.mkdir(parents=True, exist_ok=True)
    with open(RALPH_VENV.parent / ".venv-ralph.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not ralph.exists():
            subprocess.run([sys.executable, "-m", "venv", str(RALPH_VENV)], check=True)
            pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
            subprocess.run([*pip, "-r", str(REQUIREMENTS)], check=True)
    return python


def free_port() -> int:
    """A TCP port nobody listens on at the moment."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True, slots=True)
class Credential:
    """A Basic-auth user of the LRS."""

    username: str
    password: str

    @property
    def text(self) -> str:
        """``user:password``, the form of the portal's ``credential`` setting."""
        return f"{self.username}:{self.password}"

    @property
    def header(self) -> str:
        """The ``Authorization`` header value."""
        return "Basic " + base64.b64encode(self.text.encode()).decode()


@dataclass
class RalphLRS:
    """One Ralph server: its folder, port, credentials and process."""

    folder: Path
    port: int
    origins: tuple[str, ...]
    portal: Credential
    reader: Credential
    process: subprocess.Popen[bytes] | None = field(default=None)

    @property
    def base(self) -> str:
        """``http://127.0.0.1:PORT``."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def endpoint(self) -> str:
        """The xAPI endpoint for the portal's settings (with a trailing slash)."""
        return f"{self.base}/xAPI/"

    @property
    def statements_file(self) -> Path:
        """Where Ralph's file backend keeps the statements (one JSON document a line)."""
        return self.folder / "data" / "fs_lrs.jsonl"

    def environment(self) -> dict[str, str]:
        """Ralph's settings for ``ralph auth`` and the server."""
        return {
            **os.environ,
            "RALPH_RUNSERVER_BACKEND": "fs",
            "RALPH_APP_DIR": str(self.folder / "app"),
            "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(self.folder / "data"),
            "RALPH_LRS_RESTRICT_BY_AUTHORITY": "true",
            "RALPH_LRS_RESTRICT_BY_SCOPES": "true",
            "RALPH_RUNSERVER_CORS_ALLOW_ORIGINS": json.dumps(list(self.origins)),
        }

    def start(self) -> None:
        """Start the server (again, after :meth:`stop`) and wait until it answers."""
        python = ensure_ralph()
        log = open(self.folder / "server.log", "ab")  # noqa: SIM115 - the process keeps it
        self.process = subprocess.Popen(
            [str(python), str(SERVER), "127.0.0.1", str(self.port)],
            cwd=self.folder,
            env=self.environment(),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Ralph stopped at start: {(self.folder / 'server.log').read_text()[-2000:]}")
            if self.heartbeat():
                return
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"Ralph did not answer within {START_TIMEOUT:.0f} s on port {self.port}")

    def heartbeat(self) -> bool:
        """Whether ``/__heartbeat__`` answers 200."""
        try:
            with urllib.request.urlopen(f"{self.base}/__heartbeat__", timeout=2) as answer:
                return int(answer.status) == 200
        except (OSError, urllib.error.URLError):
            return False

    def stop(self) -> None:
        """Stop the server (statements stay in the folder)."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=20)

    def request(self, method: str, path: str, credential: Credential | None, body: Any = None) -> tuple[int, Any]:
        """One HTTP request to the LRS: status and decoded JSON body (None when empty)."""
        data = None if body is None else json.dumps(body).encode()
        headers = {"X-Experience-API-Version": "1.0.3", "Content-Type": "application/json"}
        if credential is not None:
            headers["Authorization"] = credential.header
        ask = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(ask, timeout=30) as answer:
                raw = answer.read()
                return int(answer.status), json.loads(raw) if raw else None
        except urllib.error.HTTPError as error:
            raw = error.read()
            return int(error.code), json.loads(raw) if raw else None

    def statements(self) -> list[dict[str, Any]]:
        """Every stored statement, read through the API with the reader credential (all pages)."""
        found: list[dict[str, Any]] = []
        path: str | None = "/xAPI/statements?limit=500"
        while path:
            status, body = self.request("GET", path, self.reader)
            if status != 200:
                raise RuntimeError(f"reading statements: {status} {body}")
            found.extend(body["statements"])
            path = body.get("more") or None
        return found


def make_user(python: Path, lrs: RalphLRS, credential: Credential, scope: str) -> None:
    """Add one user to the LRS's auth.json with ``ralph auth``."""
    ralph = python.parent / "ralph"
    command = [str(ralph), "auth", "-u", credential.username, "-p", credential.password]
    command += ["-s", scope, "-M", AGENT, "-w"]
    done = subprocess.run(command, env=lrs.environment(), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"ralph auth failed: {done.stderr[-2000:]}")


def start_ralph(folder: Path, origins: tuple[str, ...] = (), port: int | None = None) -> RalphLRS:
    """A fresh, started Ralph whose statements and credentials live in ``folder``."""
    python = ensure_ralph()
    (folder / "app").mkdir(parents=True, exist_ok=True)
    (folder / "data").mkdir(parents=True, exist_ok=True)
    lrs = RalphLRS(
        folder=folder,
        port=port or free_port(),
        origins=tuple(o.rstrip("/") for o in origins),
        portal=Credential("portal", secrets.token_urlsafe(16)),
        reader=Credential("reader", secrets.token_urlsafe(16)),
    )
    make_user(python, lrs, lrs.portal, "statements/write")
    make_user(python, lrs, lrs.reader, "statements/read")
    lrs.start()
    return lrs
