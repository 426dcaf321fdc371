"""Benchmark learning records: delivery rate to a real Ralph LRS, page load with tracking on and off, script size.

    python bench/tracking_bench.py                       # 500 statements, 15 page loads per mode
    python bench/tracking_bench.py --statements 1000 --loads 25 --json bench/out/tracking.json

In one run, in Chromium (Debian's, as the tests) against Ralph started by tests/lrs.py:

- delivery: a module page of a tracked portal queues N ``answered`` statements at once (through
  ``lxkitTracking.emit``); statements per second from the first event until the LRS holds all N and
  the browser's queue is empty. Reference: the same N statements POSTed by Python to the same Ralph in
  batches of the same size, one after the other (the LRS's own pace); the ratio is browser / reference.
- page load: the same module page built with tracking off and on (learner already answered the
  notice, so the page queues and sends its ``experienced`` statement), loaded in turns; median of
  ``loadEventEnd`` from the navigation timing, ratio on / off (target at most 1.05).
- size: ``tracking.js`` as shipped and gzip-compressed (target at most 15 KiB gzip; it is not minified).

Prints the figures; no figure is asserted.
"""

from __future__ import annotations

import argparse
import copy
import gzip
import json
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.builder import portal_factory as factory  # noqa: E402
from tests.conftest import CHROMIUM_ARGS, StaticServer, chromium_executable  # noqa: E402
from tests.lrs import RalphLRS, start_ralph  # noqa: E402
from tests.tracking.conftest import MODULE_PATH, write_tracked_portal  # noqa: E402

SCRIPT = REPO / "themes" / "lxkit" / "assets" / "lxkit" / "tracking.js"
BATCH = 25  # the browser queue's batch size (tracking.js)
QUEUE = (
    "Object.keys(localStorage).filter(k => k.startsWith('lxkit.tracking.v1.queue'))"
    ".map(k => JSON.parse(localStorage[k]).length).reduce((a, b) => a + b, 0)"
)
EMIT = """n => {
  for (let i = 0; i < n; i += 1) {
    window.lxkitTracking.emit({type: "question-answered", course: "data-basics", version: "1.2.0", module: "week-1",
      question: "axis", title: "What should you check first?", interaction: "choice", chosen: ["1"], correct: ["1"],
      choices: [{id: "1", text: "Where the axis starts"}, {id: "2", text: "The colour"}], success: true});
  }
}"""


def build(root: Path, site: Path, tracking: dict[str, Any] | None) -> None:
    write_tracked_portal(root, tracking)
    factory.build(root, site)


def delivery(browser: Any, url: str, lrs: RalphLRS, count: int) -> dict[str, float]:
    """Statements per second from the browser's queue to Ralph, and the direct reference."""
    context = browser.new_context()
    context.add_init_script("localStorage.setItem('lxkit.tracking.v1.choice', '\"on\"')")
    page = context.new_page()
    page.goto(url + MODULE_PATH)
    page.wait_for_selector(".lxkit[data-lxkit-ready]")
    while len(lrs.statements()) < 1:
        page.wait_for_timeout(100)
    started = time.perf_counter()
    page.evaluate(EMIT, count)
    while page.evaluate(QUEUE) > 0:
        page.wait_for_timeout(20)
    browser_seconds = time.perf_counter() - started
    stored = lrs.statements()
    context.close()
    sample = next(s for s in stored if s["verb"]["id"].endswith("/answered"))
    template = {k: v for k, v in sample.items() if k not in ("stored", "authority", "id")}
    made = [dict(copy.deepcopy(template), id=str(uuid.uuid4())) for _ in range(count)]
    started = time.perf_counter()
    for first in range(0, count, BATCH):
        status, _ = lrs.request("POST", "/xAPI/statements", lrs.portal, made[first : first + BATCH])
        assert status == 200, status
    direct_seconds = time.perf_counter() - started
    held = len(lrs.statements())
    return {
        "statements": count,
        "browser_per_second": count / browser_seconds,
        "direct_per_second": count / direct_seconds,
        "ratio": direct_seconds / browser_seconds,
        "held": held,
        "expected_held": 1 + 2 * count,
    }


def load_time(browser: Any, url: str, on: bool) -> float:
    """``loadEventEnd`` of one visit to the module page, in milliseconds."""
    context = browser.new_context()
    # the same init script in both modes (the untracked portal ignores the key)
    context.add_init_script("localStorage.setItem('lxkit.tracking.v1.choice', '\"on\"')")
    page = context.new_page()
    page.goto(url + MODULE_PATH, wait_until="load")
    value = float(page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd"))
    page.wait_for_timeout(50)
    context.close()
    return value


def page_loads(browser: Any, off_url: str, on_url: str, loads: int) -> dict[str, float]:
    """Median load times of the module page with tracking off and on, loaded in turns."""
    times: dict[bool, list[float]] = {False: [], True: []}
    for _ in range(2):  # warm-up: the operating system's file cache, Chromium's code cache
        load_time(browser, off_url, False)
        load_time(browser, on_url, True)
    for index in range(loads):
        for on in ((False, True) if index % 2 == 0 else (True, False)):
            times[on].append(load_time(browser, on_url if on else off_url, on))
    off, on_ms = statistics.median(times[False]), statistics.median(times[True])
    return {"loads": loads, "off_ms": off, "on_ms": on_ms, "ratio": on_ms / off}


def size() -> dict[str, int]:
    raw = SCRIPT.read_bytes()
    return {"bytes": len(raw), "gzip_bytes": len(gzip.compress(raw, 9))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=500)
    parser.add_argument("--loads", type=int, default=15)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    executable = chromium_executable()
    if executable is None:
        print("no Chromium found: install Debian's chromium package or set LXKIT_CHROMIUM", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    scratch = Path(tempfile.mkdtemp(prefix="lxkit-tracking-bench-"))
    servers: list[StaticServer] = []
    lrs: RalphLRS | None = None
    try:
        (scratch / "on").mkdir()
        (scratch / "off").mkdir()
        servers = [StaticServer(scratch / "on"), StaticServer(scratch / "off")]
        on_url, off_url = servers[0].url, servers[1].url
        lrs = start_ralph(scratch / "ralph", (on_url.rstrip("/"),))
        tracking = {"enabled": True, "endpoint": lrs.endpoint, "credential": lrs.portal.text}
        build(scratch / "portal-on", scratch / "on", tracking)
        build(scratch / "portal-off", scratch / "off", None)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
            results = {
                "delivery": delivery(browser, on_url, lrs, args.statements),
                "page_load": page_loads(browser, off_url, on_url, args.loads),
                "size": size(),
            }
            browser.close()
    finally:
        for server in servers:
            server.close()
        if lrs is not None:
            lrs.stop()
        shutil.rmtree(scratch, ignore_errors=True)
    report(results)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2))
    return 0


def report(results: dict[str, dict[str, float]]) -> None:
    d, p, s = results["delivery"], results["page_load"], results["size"]
    print(f"delivery: {d['statements']:.0f} statements, browser queue {d['browser_per_second']:.0f}/s, "
          f"direct POSTs {d['direct_per_second']:.0f}/s, ratio {d['ratio']:.2f}x "
          f"(LRS holds {d['held']:.0f}, expected {d['expected_held']:.0f})")
    print(f"page load (median of {p['loads']:.0f}): off {p['off_ms']:.0f} ms, on {p['on_ms']:.0f} ms, "
          f"ratio {p['ratio']:.3f}x (target <= 1.05x)")
    print(f"tracking.js: {s['bytes']} bytes, {s['gzip_bytes']} bytes gzip ({s['gzip_bytes'] / 1024:.1f} KiB; "
          "target <= 15 KiB)")


if __name__ == "__main__":
    sys.exit(main())
