"""The Ralph LRS the tracking tests use: write-only portal credential, reading reader, duplicate ids."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from tests.lrs import Credential

pytestmark = pytest.mark.lrs


def statement(statement_id: str, name: str = "learner-1") -> dict[str, Any]:
    """A minimal statement of the portal's vocabulary."""
    return {
        "id": statement_id,
        "actor": {"objectType": "Agent", "account": {"homePage": "https://academy.example", "name": name}},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
        "object": {"objectType": "Activity", "id": "https://academy.example/xapi/courses/c/modules/m"},
        "timestamp": "2026-12-01T08:00:00Z",
    }


def test_portal_credential_writes_but_cannot_read(ralph_lrs: Any) -> None:
    lrs = ralph_lrs()
    first = str(uuid.uuid4())
    status, body = lrs.request("POST", "/xAPI/statements", lrs.portal, [statement(first)])
    assert (status, body) == (200, [first])
    status, _ = lrs.request("GET", "/xAPI/statements", lrs.portal)
    assert status in (401, 403)
    assert [s["id"] for s in lrs.statements()] == [first]


def test_wrong_credential_and_no_credential_are_refused(ralph_lrs: Any) -> None:
    lrs = ralph_lrs()
    wrong = Credential(lrs.portal.username, lrs.portal.password + "x")
    assert lrs.request("POST", "/xAPI/statements", wrong, [statement(str(uuid.uuid4()))])[0] == 401
    assert lrs.request("GET", "/xAPI/statements", None)[0] == 401
    assert lrs.statements() == []


def test_a_resent_statement_is_stored_once_and_later_posts_append(ralph_lrs: Any) -> None:
    """What the browser queue relies on: a batch sent again answers 204 (all stored) or 200 (the new ones)."""
    lrs = ralph_lrs()
    first, second = str(uuid.uuid4()), str(uuid.uuid4())
    assert lrs.request("POST", "/xAPI/statements", lrs.portal, [statement(first)]) == (200, [first])
    assert lrs.request("POST", "/xAPI/statements", lrs.portal, [statement(first)]) == (204, None)
    batch = [statement(first), statement(second)]
    assert lrs.request("POST", "/xAPI/statements", lrs.portal, batch) == (200, [second])
    assert sorted(s["id"] for s in lrs.statements()) == sorted([first, second])
    conflicting = statement(first, name="someone-else")
    assert lrs.request("POST", "/xAPI/statements", lrs.portal, [conflicting])[0] == 409


def test_statements_survive_a_restart_on_the_same_port(ralph_lrs: Any) -> None:
    lrs = ralph_lrs()
    first = str(uuid.uuid4())
    lrs.request("POST", "/xAPI/statements", lrs.portal, [statement(first)])
    lrs.stop()
    assert not lrs.heartbeat()
    lrs.start()
    assert [s["id"] for s in lrs.statements()] == [first]


def test_cors_preflight_allows_the_portal_origin_only(ralph_lrs: Any) -> None:
    import urllib.error
    import urllib.request

    origin = "http://127.0.0.1:8000"
    lrs = ralph_lrs(origins=(origin,))

    def preflight(asking: str) -> str | None:
        headers = {
            "Origin": asking,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization,content-type,x-experience-api-version",
        }
        ask = urllib.request.Request(lrs.base + "/xAPI/statements", method="OPTIONS", headers=headers)
        try:
            with urllib.request.urlopen(ask, timeout=10) as answer:
                return answer.headers.get("Access-Control-Allow-Origin")
        except urllib.error.HTTPError as error:
            return error.headers.get("Access-Control-Allow-Origin")

    assert preflight(origin) == origin
    assert preflight("http://evil.example") is None
