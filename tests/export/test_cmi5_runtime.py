"""cmi5 in Chromium: the test LMS (cmi5_launcher.py) launches AUs of a package; Ralph stores the statements.

For a pass, a fail and a module without graded questions, the statements of the registration are
checked against the cmi5 rules: order (launched, initialized, completed/passed/failed, terminated),
one registration and one session id from the context template, the cmi5 category on
cmi5-defined statements, the moveOn category and score against the mastery score.
"""

from __future__ import annotations

import re
import uuid
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from lxkit.export.api import export_course, find_course
from lxkit.model import Portal
from tests.builder import portal_factory as factory
from tests.export.cmi5_launcher import CMI5_CATEGORY, SESSION_ID, Launcher
from tests.export.test_scorm_runtime import act_as_learner

pytestmark = [pytest.mark.browser, pytest.mark.slow]
VERBS = "http://adlnet.gov/expapi/verbs/"
MOVEON = "https://w3id.org/xapi/cmi5/context/categories/moveon"
AU = re.compile(
    r'<au id="(?P<id>[^"]+)" moveOn="(?P<moveOn>[^"]+)"[^>]*?(?:masteryScore="(?P<mastery>[^"]+)")?>'
    r".*?<url>(?P<url>[^<]+)</url>",
    re.S,
)


def units(cmi5_xml: str) -> list[dict[str, Any]]:
    """The AUs of a cmi5.xml: id, url, moveOn, masteryScore."""
    return [
        {"id": m["id"], "url": m["url"], "moveOn": m["moveOn"], "masteryScore": m["mastery"]}
        for m in AU.finditer(cmi5_xml)
    ]


@pytest.fixture
def lms(
    ralph_lrs: Callable[..., Any], tmp_path: Path
) -> Iterator[Callable[[Path], tuple[Launcher, list[dict[str, Any]]]]]:
    """Import a cmi5 package into the test LMS (one Ralph per test); returns the launcher and the AUs."""
    launchers: list[Launcher] = []
    lrs = ralph_lrs()

    def install(package: Path) -> tuple[Launcher, list[dict[str, Any]]]:
        content = tmp_path / "lms" / package.stem
        with zipfile.ZipFile(package) as archive:
            archive.extractall(content)
        structure = (content / "cmi5.xml").read_text("utf-8")
        course = re.search(r'<course id="([^"]+)"', structure)
        assert course
        launcher = Launcher(content, lrs, course.group(1))
        launchers.append(launcher)
        return launcher, units(structure)

    yield install
    for launcher in launchers:
        launcher.close()


def run_au(page: Any, launcher: Launcher, au: dict[str, Any], right: bool | None) -> str:
    """Launch an AU as a learner: do the module (answers right/wrong, or none), finish; returns the registration."""
    registration = str(uuid.uuid4())
    page.goto(launcher.launch(au, registration))
    page.wait_for_selector("[data-lxkit-exit]")
    if right is not None:
        act_as_learner(page, right=right)
    else:
        boxes = page.locator("input[data-lxkit-progress]")
        for index in range(boxes.count()):
            boxes.nth(index).check()
    page.wait_for_timeout(300)
    page.click("[data-lxkit-exit]")
    page.wait_for_url(f"{launcher.base}/returned.html")
    return registration


def sequence(launcher: Launcher, registration: str, au: dict[str, Any]) -> list[dict[str, Any]]:
    """The registration's cmi5-defined statements in the order Ralph stored them, checked against cmi5's rules.

    Every statement of the registration (cmi5-defined or allowed) carries the session id and the
    grouping of the launch's context template; cmi5-defined ones are about the AU and in the cmi5 category.
    """
    found = [s for s in launcher.lrs.statements() if s.get("context", {}).get("registration") == registration]
    found.sort(key=lambda s: s["stored"])
    sessions = {s["context"]["extensions"][SESSION_ID] for s in found}
    assert len(sessions) == 1, "one session id, from the launch data's context template"
    defined = []
    for statement in found:
        grouping = [a["id"] for a in statement["context"]["contextActivities"]["grouping"]]
        assert launcher.course_iri in grouping, "the context template's grouping is kept"
        categories = [a["id"] for a in statement["context"]["contextActivities"].get("category", [])]
        if CMI5_CATEGORY in categories:
            assert statement["object"]["id"] == au["id"]
            defined.append(statement)
    allowed = [s for s in found if s not in defined]
    assert {s["verb"]["id"].removeprefix(VERBS) for s in allowed} <= {"experienced", "answered"}
    assert any(s["verb"]["id"] == VERBS + "experienced" and s["object"]["id"] == au["id"] for s in allowed)
    assert found.index(defined[1]) < found.index(allowed[0]) and found[-1] is defined[-1], "after initialized"
    return defined


def verbs(statements: list[dict[str, Any]]) -> list[str]:
    return [s["verb"]["id"].removeprefix(VERBS) for s in statements]


def test_an_au_done_and_answered_right_is_completed_and_passed(
    page: Any,
    lms: Callable[[Path], tuple[Launcher, list[dict[str, Any]]]],
    sample_packages: dict[tuple[str, str], Path],
) -> None:
    launcher, aus = lms(sample_packages["data-science-for-engineers", "cmi5"])
    au = next(a for a in aus if "judging-a-model-honestly" in a["url"])
    assert au["moveOn"] == "CompletedAndPassed" and au["masteryScore"] is not None
    found = sequence(launcher, run_au(page, launcher, au, right=True), au)
    assert verbs(found) == ["launched", "initialized", "completed", "passed", "terminated"]
    completed, passed = found[2], found[3]
    assert completed["result"]["completion"] is True
    assert passed["result"]["success"] is True
    assert passed["result"]["score"]["scaled"] >= float(au["masteryScore"])
    assert MOVEON in [a["id"] for a in passed["context"]["contextActivities"]["category"]]
    assert "duration" in found[-1]["result"]
    answered = [
        s
        for s in launcher.lrs.statements()
        if s["verb"]["id"] == VERBS + "answered"
        and s["context"].get("registration") == found[0]["context"]["registration"]
    ]
    assert answered and all(s["result"]["success"] for s in answered)
    assert all(s["object"]["id"].startswith(au["id"] + "/questions/") for s in answered)


def test_wrong_answers_are_failed_with_their_score(
    page: Any,
    lms: Callable[[Path], tuple[Launcher, list[dict[str, Any]]]],
    sample_packages: dict[tuple[str, str], Path],
) -> None:
    launcher, aus = lms(sample_packages["data-science-for-engineers", "cmi5"])
    au = next(a for a in aus if "judging-a-model-honestly" in a["url"])
    found = sequence(launcher, run_au(page, launcher, au, right=False), au)
    assert verbs(found) == ["launched", "initialized", "completed", "failed", "terminated"]
    failed = found[3]
    assert failed["result"]["success"] is False
    assert failed["result"]["score"]["scaled"] < float(au["masteryScore"])


def test_a_module_without_graded_questions_is_completed(
    page: Any, lms: Callable[[Path], tuple[Launcher, list[dict[str, Any]]]], tmp_path: Path
) -> None:
    text_only = [q for q in factory.CHECK if q["kind"] == "text"]
    root = tmp_path / "portal"
    factory.write_portal(root, [factory.course("reflect", [factory.module(1, 1, check=text_only)])])
    portal: Portal = factory.load(root)
    package = tmp_path / "reflect.zip"
    export_course(portal, find_course(portal, "reflect"), "cmi5", package)
    launcher, aus = lms(package)
    assert aus[0]["moveOn"] == "Completed" and aus[0]["masteryScore"] is None
    found = sequence(launcher, run_au(page, launcher, aus[0], right=None), aus[0])
    assert verbs(found) == ["launched", "initialized", "completed", "terminated"]
    assert MOVEON in [a["id"] for a in found[2]["context"]["contextActivities"]["category"]]
