"""SCORM 1.2 runtime in Chromium, with scorm-again as the LMS: the SCO of a module reports to it.

The LMS page (``lms.html``) puts scorm-again's SCORM 1.2 API on its window, loads the learner's
saved data (``cmi`` as JSON, kept in sessionStorage as an LMS keeps it in its database) and opens
the module's page from the unzipped package in a frame, served from a nested path. The test acts
as the learner in the frame and reads the LMS's cmi data.
"""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from lxkit.export.api import export_course, find_course
from lxkit.model import Portal
from tests.builder import portal_factory as factory
from tests.conftest import REPO

pytestmark = [pytest.mark.browser, pytest.mark.slow]
SCORM_AGAIN = REPO / ".node-test" / "node_modules" / "scorm-again"
LMS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Test LMS</title>
<script src="scorm12.js"></script></head>
<body>
<script>
  var saved = JSON.parse(sessionStorage.getItem("lms.cmi") || "null");
  var params = new URLSearchParams(location.search);
  window.API = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
  var launch = saved || {};
  launch.student_data = { mastery_score: params.get("mastery") || "" };
  window.API.loadFromJSON(launch);
  window.lmsSave = function () {
    var data = window.API.renderCMIToJSONObject().cmi;
    sessionStorage.setItem("lms.cmi", JSON.stringify({ core: { lesson_status: data.core.lesson_status,
      score: data.core.score, entry: "resume" }, suspend_data: data.suspend_data }));
    return data;
  };
</script>
<iframe id="sco" title="Module" style="width:1200px;height:900px" src=""></iframe>
<script>document.getElementById("sco").src = params.get("sco");</script>
</body></html>
"""

Packages = dict[tuple[str, str], Path]


def largest_module(portal: Portal) -> tuple[str, str, int]:
    """(course id, module page name, graded questions) of the sample module with the most to track."""
    best = max(
        ((course, module) for course in portal.courses for module in course.modules),
        key=lambda pair: (
            len(pair[1].pre_work) + len(pair[1].check) + (1 if pair[1].exercise else 0),
            sum(len(question.options) for question in pair[1].check),
        ),
    )
    return best[0].folder, best[1].page_name, len(best[1].check)


def mastery_of(manifest: str, launch: str) -> str:
    """The ``adlcp:masteryscore`` the manifest gives the SCO launched at ``launch`` ("" without one)."""
    resource = re.search(rf'identifier="(sco-[^"]+)"[^>]*href="{re.escape(launch)}"', manifest)
    assert resource, launch
    item = re.search(rf'identifierref="{resource.group(1)}">(.*?)</item>', manifest, re.S)
    assert item
    found = re.search(r"<adlcp:masteryscore>(\d+)</adlcp:masteryscore>", item.group(1))
    return found.group(1) if found else ""


@pytest.fixture
def lms(static_server: Any, tmp_path: Path) -> Callable[[Path], tuple[str, str]]:
    """Unzip a SCORM package into a served test LMS; returns (base URL, manifest)."""
    assert (SCORM_AGAIN / "dist" / "scorm12.js").is_file(), "scorm-again is missing: run bash scripts/setup.sh --test"

    def install(package: Path) -> tuple[str, str]:
        root = tmp_path / "lms"
        content = root / "content" / "packages" / package.stem
        content.mkdir(parents=True)
        with zipfile.ZipFile(package) as archive:
            archive.extractall(content)
        shutil.copy(SCORM_AGAIN / "dist" / "scorm12.js", root / "scorm12.js")
        (root / "lms.html").write_text(LMS_PAGE, "utf-8")
        manifest = (content / "imsmanifest.xml").read_text("utf-8")
        return str(static_server(root).url), manifest

    return install


def open_sco(page: Any, base: str, package: str, launch: str, mastery: str) -> Any:
    """Open the LMS page with the SCO in its frame; returns the frame once lxkit's runtime reported."""
    page.goto(f"{base}lms.html?sco=content/packages/{package}/{launch}&mastery={mastery}")
    page.wait_for_function("window.API && window.API.cmi.core.lesson_status !== 'not attempted'")
    frame = page.frame_locator("#sco")
    frame.locator(".lxkit[data-lxkit-ready]").wait_for(state="attached")
    return frame


def cmi(page: Any) -> dict[str, Any]:
    """The LMS's cmi data (scorm-again's JSON rendering)."""
    return dict(page.evaluate("window.API.renderCMIToJSONObject().cmi"))


def act_as_learner(frame: Any, right: bool) -> None:
    """Tick every pre-work item and the exercise, and answer every choice question (right or wrong)."""
    boxes = frame.locator("input[data-lxkit-progress]")
    for index in range(boxes.count()):
        boxes.nth(index).check()
    forms = frame.locator("form[data-lxkit-question]:not([data-kind='text'])")
    for index in range(forms.count()):
        form = forms.nth(index)
        wanted = "true" if right else "false"
        options = form.locator(f".lxkit-option[data-correct='{wanted}'] input")
        for option in range(options.count() if form.get_attribute("data-kind") == "multiple" else 1):
            options.nth(option).check()
        form.locator("button[type=submit]").click()


def leave(page: Any) -> dict[str, Any]:
    """The learner leaves the module (the frame navigates away); the LMS keeps its data."""
    page.evaluate("document.getElementById('sco').src = 'about:blank'")
    page.wait_for_function("window.API.isTerminated()")
    return dict(page.evaluate("window.lmsSave()"))


def test_a_module_done_and_answered_right_is_passed_and_restored_from_suspend_data(
    page: Any, lms: Callable[[Path], tuple[str, str]], sample_model: Portal, sample_packages: Packages
) -> None:
    course, name, questions = largest_module(sample_model)
    launch = f"courses/{course}/{name}/index.html"
    package = sample_packages[course, "scorm12"]
    base, manifest = lms(package)
    mastery = mastery_of(manifest, launch)
    frame = open_sco(page, base, package.stem, launch, mastery)
    assert cmi(page)["core"]["lesson_status"] == "incomplete"
    act_as_learner(frame, right=True)
    page.wait_for_function("window.API.cmi.core.lesson_status === 'passed'")
    data = cmi(page)
    assert data["core"]["score"]["raw"] == "100" and int(mastery) <= 100
    suspend = data["suspend_data"]
    assert 0 < len(suspend) <= 4096, "the state of the largest sample module fits SCORM 1.2's suspend_data"
    state = json.loads(suspend)
    ticks = frame.locator("input[data-lxkit-progress]").count()
    assert len(state["d"]) == ticks and len(state["a"]) >= 1 and questions >= 1
    finished = leave(page)
    assert finished["core"]["exit"] == "" and finished["core"]["session_time"] != ""

    page.evaluate("localStorage.clear()")  # progress must come back from the LMS, not from this browser
    frame = open_sco(page, base, package.stem, launch, mastery)
    boxes = frame.locator("input[data-lxkit-progress]")
    assert [boxes.nth(i).is_checked() for i in range(boxes.count())] == [True] * ticks
    assert frame.locator(".lxkit-option--right").count() >= len(state["a"])
    assert cmi(page)["core"]["lesson_status"] == "passed"


def test_wrong_answers_fail_with_their_score(
    page: Any, lms: Callable[[Path], tuple[str, str]], sample_model: Portal, sample_packages: Packages
) -> None:
    course, name, _ = largest_module(sample_model)
    launch = f"courses/{course}/{name}/index.html"
    package = sample_packages[course, "scorm12"]
    base, manifest = lms(package)
    frame = open_sco(page, base, package.stem, launch, mastery_of(manifest, launch))
    act_as_learner(frame, right=False)
    page.wait_for_function("window.API.cmi.core.lesson_status === 'failed'")
    assert cmi(page)["core"]["score"]["raw"] == "0"
    assert leave(page)["core"]["exit"] == "suspend"


def test_a_module_without_graded_questions_is_completed(
    page: Any, lms: Callable[[Path], tuple[str, str]], tmp_path: Path
) -> None:
    text_only = [q for q in factory.CHECK if q["kind"] == "text"]
    root = tmp_path / "portal"
    factory.write_portal(root, [factory.course("reflect", [factory.module(1, 1, check=text_only)])])
    portal = factory.load(root)
    package = tmp_path / "reflect.zip"
    export_course(portal, find_course(portal, "reflect"), "scorm12", package)
    base, manifest = lms(package)
    launch = "courses/reflect/01-week-1/index.html"
    assert mastery_of(manifest, launch) == ""
    frame = open_sco(page, base, "reflect", launch, "")
    frame.locator("input[data-lxkit-progress]").first.check()
    assert cmi(page)["core"]["lesson_status"] == "incomplete", "one required item is still open"
    act_as_learner(frame, right=True)
    page.wait_for_function("window.API.cmi.core.lesson_status === 'completed'")
    assert cmi(page)["core"]["score"]["raw"] == ""


def test_without_an_lms_the_page_is_plain_content(
    page: Any, lms: Callable[[Path], tuple[str, str]], sample_model: Portal, sample_packages: Packages
) -> None:
    course, name, _ = largest_module(sample_model)
    package = sample_packages[course, "scorm12"]
    base, _ = lms(package)
    page.goto(f"{base}content/packages/{package.stem}/courses/{course}/{name}/index.html")
    page.wait_for_selector(".lxkit[data-lxkit-ready]", state="attached")
    page.locator("input[data-lxkit-progress]").first.check()
    assert page.evaluate("typeof window.API") == "undefined"
