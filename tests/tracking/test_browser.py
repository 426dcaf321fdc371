"""Learning records in Chromium against a real Ralph LRS: the statements, exactly once, whatever happens.

The ``page`` fixture fails a test on any JavaScript error, dialog or console error, so every test
here also checks that tracking never writes into the page's console.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from typing import Any

import pytest

from tests.lrs import Credential
from tests.tracking.conftest import Publish, origin

pytestmark = [pytest.mark.browser, pytest.mark.lrs, pytest.mark.slow]

SITE = "https://academy.example"
COURSE_IRI = f"{SITE}/xapi/courses/data-basics"
MODULE_IRI = f"{COURSE_IRI}/modules/week-1"
QUEUE = (  # statements waiting in the browser's queue
    "Object.keys(localStorage).filter(k => k.startsWith('lxkit.tracking.v1.queue'))"
    ".map(k => JSON.parse(localStorage[k]).length).reduce((a, b) => a + b, 0)"
)

CHECK = {"completion": True, "success": False, "score": {"scaled": 0.5}}
EXPECTED = [
    ("experienced", MODULE_IRI, None),
    ("completed", f"{MODULE_IRI}/pre-work/intro-mooc", {"completion": True}),
    ("answered", f"{MODULE_IRI}/questions/misleading", {"success": True, "response": "1[,]2"}),
    ("answered", f"{MODULE_IRI}/questions/axis", {"success": False, "response": "2"}),
    ("failed", f"{MODULE_IRI}/check", CHECK),
    ("answered", f"{MODULE_IRI}/questions/axis", {"success": True, "response": "1"}),
    ("passed", f"{MODULE_IRI}/check", {**CHECK, "success": True, "score": {"scaled": 1}}),
    ("completed", f"{MODULE_IRI}/exercise", {"completion": True}),
]


def tracking(lrs: Any, **more: Any) -> dict[str, Any]:
    """Tracking settings pointing at a Ralph server with its write-only credential."""
    return {"enabled": True, "endpoint": lrs.endpoint, "credential": lrs.portal.text, **more}


def open_module(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_selector(".lxkit[data-lxkit-ready]")


def answer(page: Any, question: str, options: list[int]) -> None:
    form = f"form[data-lxkit-question='{question}']"
    for index in range(page.locator(f"{form} input").count()):
        box = page.locator(f"{form} input").nth(index)
        if index in options:
            box.check()
        elif box.get_attribute("type") == "checkbox":
            box.uncheck()
    page.click(f"{form} button[type=submit]")


def learner_steps(page: Any) -> None:
    """Tick pre-work, answer the check (one question wrongly, then rightly), tick the exercise."""
    page.check("input[data-lxkit-progress='intro-mooc']")
    answer(page, "misleading", [0, 1])
    answer(page, "axis", [1])
    answer(page, "axis", [0])
    page.check("input[data-lxkit-progress='own-dashboard']")


def summary(statement: dict[str, Any]) -> str:
    """Verb, object id and result of a statement, comparable."""
    verb = statement["verb"]["id"].rsplit("/", 1)[1]
    return json.dumps([verb, statement["object"]["id"], statement.get("result")], sort_keys=True)


def expected(*extra: tuple[str, str, Any]) -> Counter[str]:
    rows = [*EXPECTED, *extra]
    return Counter(json.dumps(list(row), sort_keys=True) for row in rows)


def wait_for(lrs: Any, page: Any, count: int, timeout: float = 150.0) -> list[dict[str, Any]]:
    """The LRS's statements once it holds ``count`` and the page's queue is empty."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        stored = lrs.statements()
        if len(stored) >= count and page.evaluate(QUEUE) == 0:
            return stored
        page.wait_for_timeout(500)
    raise AssertionError(f"the LRS holds {len(lrs.statements())} of {count} statements; queued: {page.evaluate(QUEUE)}")


def test_a_learner_s_steps_arrive_once_each(
    page: Any, ralph_lrs: Any, static_server: Any, site_folder: Any, publish: Publish
) -> None:
    url = static_server(site_folder).url
    lrs = ralph_lrs(origins=(origin(url),))
    path = publish(tracking(lrs, teams=[{"id": "sales", "name": "Sales"}]))
    open_module(page, url + path)
    page.select_option("[data-lxkit-tracking-team]", "sales")
    page.click("[data-lxkit-tracking='ok']")
    learner_steps(page)

    stored = wait_for(lrs, page, len(EXPECTED))
    assert Counter(summary(s) for s in stored) == expected()
    assert len({s["id"] for s in stored}) == len(stored)
    first = next(s for s in stored if s["verb"]["id"].endswith("/answered"))
    learner = page.evaluate("JSON.parse(localStorage['lxkit.tracking.v1.learner'])")
    assert first["actor"] == {"objectType": "Agent", "account": {"homePage": SITE, "name": learner}}
    context = first["context"]
    assert context["contextActivities"]["parent"][0]["id"] == MODULE_IRI
    assert context["contextActivities"]["grouping"][0]["id"] == COURSE_IRI
    assert context["extensions"] == {
        "https://lxkit.dev/xapi/ext/course-version": "1.2.0",
        "https://lxkit.dev/xapi/ext/portal-version": "dev",
        "https://lxkit.dev/xapi/ext/team": "sales",
    }
    assert first["object"]["definition"]["interactionType"] == "choice"


def test_statements_made_while_the_lrs_is_down_arrive_once_after_it_is_back(
    page: Any, ralph_lrs: Any, static_server: Any, site_folder: Any, publish: Publish
) -> None:
    url = static_server(site_folder).url
    lrs = ralph_lrs(origins=(origin(url),))
    path = publish(tracking(lrs))
    open_module(page, url + path)
    page.click("[data-lxkit-tracking='ok']")
    wait_for(lrs, page, 1)
    lrs.stop()
    learner_steps(page)
    page.wait_for_timeout(3000)  # the sender tries, fails and backs off
    page.context.set_offline(True)  # and the learner goes offline for a while, then reloads
    page.wait_for_timeout(500)
    page.context.set_offline(False)
    open_module(page, url + path)
    assert page.evaluate(QUEUE) == len(EXPECTED)  # kept across the reload; the reopened module is one more
    lrs.start()

    stored = wait_for(lrs, page, len(EXPECTED) + 1)
    page.wait_for_timeout(2000)
    stored = lrs.statements()
    assert Counter(summary(s) for s in stored) == expected(("experienced", MODULE_IRI, None))
    assert len({s["id"] for s in stored}) == len(stored)


def test_tracking_off_makes_no_request_beyond_the_site(
    page: Any, static_server: Any, site_folder: Any, publish: Publish
) -> None:
    url = static_server(site_folder).url
    path = publish(None)
    requests: list[tuple[str, str]] = []
    page.on("request", lambda request: requests.append((request.method, request.url)))
    open_module(page, url + path)
    assert page.locator("[data-lxkit-tracking-notice]").count() == 0
    learner_steps(page)
    page.wait_for_timeout(2500)
    assert [r for r in requests if not r[1].startswith(url) or r[0] != "GET"] == []
    assert page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('lxkit.tracking'))") == []


def test_turning_recording_off_is_honoured_at_once(
    page: Any, ralph_lrs: Any, static_server: Any, site_folder: Any, publish: Publish
) -> None:
    url = static_server(site_folder).url
    lrs = ralph_lrs(origins=(origin(url),))
    path = publish(tracking(lrs))
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    open_module(page, url + path)
    page.click("[data-lxkit-tracking='off']")
    learner_steps(page)
    open_module(page, url + path)
    assert page.locator("[data-lxkit-tracking-notice]").count() == 0  # the choice is remembered
    page.wait_for_timeout(2500)
    assert [r for r in requests if r.startswith(lrs.base)] == []
    assert page.evaluate(QUEUE) == 0
    assert lrs.statements() == []

    page.click("[data-lxkit-tracking-open]")  # the footer button turns it on again, from now on
    page.click("[data-lxkit-tracking='on']")
    page.check("input[data-lxkit-progress='hbr-article']")
    stored = wait_for(lrs, page, 1)
    assert [summary(s) for s in stored] == [
        json.dumps(["completed", f"{MODULE_IRI}/pre-work/hbr-article", {"completion": True}], sort_keys=True)
    ]


def test_a_wrong_credential_or_an_unreachable_lrs_queues_silently(
    page: Any, ralph_lrs: Any, static_server: Any, site_folder: Any, publish: Publish, tmp_path: Any
) -> None:
    url = static_server(site_folder).url
    lrs = ralph_lrs(origins=(origin(url),))
    wrong = Credential(lrs.portal.username, "not-the-password")
    path = publish({"enabled": True, "endpoint": lrs.endpoint, "credential": wrong.text})
    open_module(page, url + path)
    page.click("[data-lxkit-tracking='ok']")
    learner_steps(page)
    page.wait_for_timeout(4000)
    assert page.evaluate(QUEUE) == len(EXPECTED)
    assert lrs.statements() == []
    assert page.locator(".lxkit-tracking, [role=alert]").count() == 0  # nothing shown to the learner

    lrs.stop()  # now nobody answers at all
    page.reload()
    page.wait_for_selector(".lxkit[data-lxkit-ready]")
    page.wait_for_timeout(3000)
    assert page.evaluate(QUEUE) == len(EXPECTED) + 1
