"""A small cmi5 LMS for tests: serves an unzipped package and launches its AUs against a real Ralph LRS.

The launcher plays the LMS's part of the cmi5 launch protocol (it is test code, not part of lxkit):

- it builds each launch URL with the real parameters (``endpoint``, ``fetch``, ``actor``,
  ``registration``, ``activityId``) and records the LMS's ``launched`` statement;
- ``POST /fetch/<launch>`` hands out the session's auth token once (a second call is an error);
- ``/xapi/`` is the AU's xAPI endpoint: ``activities/state`` answers ``LMS.LaunchData`` (Ralph has
  no State API), ``agents/profile`` answers ``cmi5LearnerPreferences``, and ``statements`` are
  forwarded to Ralph with the LMS's own write credential, after checking the AU's token.
"""

from __future__ import annotations

import http.server
import json
import secrets
import threading
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tests.conftest import BrowserHost
from tests.lrs import RalphLRS

EXTENSIONS = "https://w3id.org/xapi/cmi5/context/extensions"
SESSION_ID = f"{EXTENSIONS}/sessionid"
CMI5_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/cmi5"
LAUNCHED = "http://adlnet.gov/expapi/verbs/launched"


@dataclass
class Launch:
    """One AU session: who, which registration, the launch data, and its token."""

    au_id: str
    url: str
    registration: str
    session: str
    actor: dict[str, Any]
    launch_data: dict[str, Any]
    token: str = field(default_factory=lambda: secrets.token_urlsafe(16))
    fetched: bool = False


class Launcher:
    """The LMS: a threading HTTP server on 127.0.0.1 serving ``content`` and the cmi5 endpoints."""

    def __init__(self, content: Path, lrs: RalphLRS, course_iri: str) -> None:
        self.content = content
        self.lrs = lrs
        self.course_iri = course_iri
        self.launches: dict[str, Launch] = {}
        handler = type("Handler", (_Handler,), {"launcher": self})
        self.httpd = BrowserHost(("127.0.0.1", 0), handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def launch(self, au: dict[str, Any], registration: str, learner: str = "learner-1") -> str:
        """Record ``launched`` and return the AU's launch URL (``au``: id, url, moveOn, masteryScore)."""
        key = secrets.token_hex(8)
        actor = {"objectType": "Agent", "account": {"homePage": "https://lms.example", "name": learner}}
        template = {
            "contextActivities": {"grouping": [{"objectType": "Activity", "id": self.course_iri}]},
            "extensions": {SESSION_ID: str(uuid.uuid4())},
        }
        data = {"contextTemplate": template, "launchMode": "Normal", "moveOn": au["moveOn"]}
        data["returnURL"] = f"{self.base}/returned.html"
        if au.get("masteryScore") is not None:
            data["masteryScore"] = float(au["masteryScore"])
        session = template["extensions"][SESSION_ID]
        self.launches[key] = Launch(au["id"], au["url"], registration, session, actor, data)
        self._launched(self.launches[key], au["moveOn"])
        query = {
            "endpoint": f"{self.base}/xapi/",
            "fetch": f"{self.base}/fetch/{key}",
            "actor": json.dumps(actor),
            "registration": registration,
            "activityId": au["id"],
        }
        return f"{self.base}/content/{au['url']}?{urllib.parse.urlencode(query)}"

    def _launched(self, launch: Launch, move_on: str) -> None:
        """The LMS's ``launched`` statement, before the AU opens."""
        context = json.loads(json.dumps(launch.launch_data["contextTemplate"]))
        context["registration"] = launch.registration
        context["contextActivities"]["category"] = [{"id": CMI5_CATEGORY}]
        context["extensions"][f"{EXTENSIONS}/launchmode"] = "Normal"
        context["extensions"][f"{EXTENSIONS}/moveon"] = move_on
        statement = {
            "id": str(uuid.uuid4()),
            "actor": launch.actor,
            "verb": {"id": LAUNCHED, "display": {"en-US": "launched"}},
            "object": {"objectType": "Activity", "id": launch.au_id},
            "context": context,
            "timestamp": datetime.now(UTC).isoformat(),
        }
        status, body = self.lrs.request("POST", "/xAPI/statements", self.lrs.portal, statement)
        assert status == 200, body

    def session_for(self, authorization: str) -> Launch | None:
        """The launch whose token the AU sent (``Basic <token>``)."""
        token = authorization.removeprefix("Basic ").strip()
        return next((launch for launch in self.launches.values() if launch.token == token), None)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class _Handler(http.server.SimpleHTTPRequestHandler):
    launcher: Launcher

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, status: int, body: Any = None, content_type: str = "application/json") -> None:
        data = b"" if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def do_GET(self) -> None:
        path, _, query = self.path.partition("?")
        if path.startswith("/content/"):
            self.directory = str(self.launcher.content)
            self.path = path.removeprefix("/content")
            return super().do_GET()
        if path == "/returned.html":
            return self._send(200, b"<!doctype html><title>LMS</title><p>Back in the LMS.</p>", "text/html")
        if path == "/favicon.ico":
            return self._send(204)
        launch = self.launcher.session_for(self.headers.get("Authorization", ""))
        if launch is None:
            return self._send(401, {"error": "unknown auth token"})
        params = urllib.parse.parse_qs(query)
        if path == "/xapi/activities/state" and params.get("stateId") == ["LMS.LaunchData"]:
            assert params["registration"] == [launch.registration] and params["activityId"] == [launch.au_id]
            return self._send(200, launch.launch_data)
        if path == "/xapi/agents/profile" and params.get("profileId") == ["cmi5LearnerPreferences"]:
            return self._send(200, {"languagePreference": "en-US", "audioPreference": "off"})
        return self._send(404, {"error": f"not served by the test LMS: {path}"})

    def do_POST(self) -> None:
        path, _, _ = self.path.partition("?")
        if path.startswith("/fetch/"):
            launch = self.launcher.launches.get(path.removeprefix("/fetch/"))
            if launch is None or launch.fetched:
                return self._send(200, {"error-code": "1", "error-text": "the token was already fetched"})
            launch.fetched = True
            return self._send(200, {"auth-token": launch.token})
        if path == "/xapi/statements":
            return self._forward("POST", self._body())
        return self._send(404)

    def do_PUT(self) -> None:
        if self.path.startswith("/xapi/statements"):
            statement = json.loads(self._body())
            return self._forward("POST", json.dumps(statement).encode())
        return self._send(404)

    def _forward(self, method: str, body: bytes) -> None:
        """Send the AU's statements to Ralph with the LMS's credential (the AU's token stays here)."""
        if self.launcher.session_for(self.headers.get("Authorization", "")) is None:
            return self._send(401, {"error": "unknown auth token"})
        lrs = self.launcher.lrs
        ask = urllib.request.Request(
            lrs.base + "/xAPI/statements",
            data=body,
            method=method,
            headers={
                "Authorization": lrs.portal.header,
                "Content-Type": "application/json",
                "X-Experience-API-Version": "1.0.3",
            },
        )
        try:
            with urllib.request.urlopen(ask, timeout=30) as answer:
                return self._send(answer.status, answer.read())
        except urllib.error.HTTPError as error:
            return self._send(error.code, error.read())
