"""Time ``lxkit lsp`` requests on a 1,000-line module, as an editor sends them.

    python bench/lsp_bench.py [--lines 1000] [--requests 50]

A portal with one course is written to ``bench/out/lsp`` whose module's front-matter has about
``--lines`` lines (pre-work items, activities, questions). The server runs as editors start it
(``python -m lxkit lsp``) and pygls' client sends requests over its pipes. Measured, each as the
median (and 95th percentile) of ``--requests`` round trips:

- completion of a key and of a value at the end of the front-matter (the worst case: every line
  above the cursor is read) and hover on a key there;
- the reference: the same round trip for a request that does no work (completion in the body,
  where the server answers at once), so the ratio is the work lxkit adds to the protocol's cost;
- diagnostics: from a change to the published diagnostics (the whole course loaded and linted,
  debounce 0).

Target (issue #15): a completion answers within 50 ms on a 1,000-line module.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

HERE = Path(__file__).resolve().parent
INDEX = """---
id: bench
title: Bench course
summary: A course for the language-server bench.
version: 1.0.0
status: draft
owners:
  - {name: Ada, role: sme}
  - {name: Bob, role: business}
business_goal: {outcome: Faster answers., metric: Hours per week}
learner_value: You answer faster.
---
Overview.
"""


def module_text(lines: int) -> str:
    """A module whose front-matter has about ``lines`` lines, ending where the bench completes."""
    head = ["---", "title: A long module", "week: 1", "journey_stage: application", "objectives:"]
    head += ["  - id: explain-it", "    text: Explain the idea in your own words.", "pre_work:"]
    item = 0
    while len(head) < lines * 0.4:
        item += 1
        head += [f"  - id: item-{item}", "    kind: video", f"    title: Video {item}", "    provider: YouTube"]
        head += [f"    url: https://www.youtube.com/watch?v={item}", "    minutes: 5"]
    head += ["session:", "  minutes: 90", "  mode: in-person", "  activities:"]
    while len(head) < lines * 0.7:
        head += ["    - kind: practice", "      title: Practise it", "      minutes: 5"]
        head += ["      objectives: [explain-it]"]
    head += ["check:"]
    while len(head) < lines - 3:
        head += ["  - question: Why?", "    kind: single", "    options:", "      - {text: Because, correct: true}"]
    head += ["  - question: Last one?", "    ", "---", "Body text."]
    return "\n".join(head) + "\n"


async def median_ms(action: Callable[[], Awaitable[object]], runs: int) -> tuple[float, float]:
    """Median and 95th percentile of ``runs`` calls, in milliseconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        await action()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))]


async def run(lines: int, requests: int) -> None:
    root = HERE / "out" / "lsp"
    (root / "courses" / "bench").mkdir(parents=True, exist_ok=True)
    (root / "mkdocs.yml").write_text("site_name: Bench\n", "utf-8")
    (root / "courses" / "bench" / "index.md").write_text(INDEX, "utf-8")
    path = root / "courses" / "bench" / "01-long.md"
    text = module_text(lines)
    path.write_text(text, "utf-8")
    rows = text.splitlines()
    key_line = rows.index("    ", len(rows) - 5)
    kind_line = max(index for index, row in enumerate(rows) if row == "    kind: single")
    client = LanguageClient("lsp-bench", "1")
    published: asyncio.Queue[types.PublishDiagnosticsParams] = asyncio.Queue()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params: types.PublishDiagnosticsParams) -> None:
        published.put_nowait(params)

    await client.start_io(sys.executable, "-m", "lxkit", "lsp", "--debounce", "0", cwd=str(root))
    await client.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities()))
    client.initialized(types.InitializedParams())
    uri = path.as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "markdown", 1, text)))
    await published.get()

    def completion(line: int, character: int) -> Callable[[], Awaitable[object]]:
        params = types.CompletionParams(types.TextDocumentIdentifier(uri), types.Position(line, character))
        return lambda: client.text_document_completion_async(params)

    hover = types.HoverParams(types.TextDocumentIdentifier(uri), types.Position(key_line - 1, 5))
    figures = {
        "completion (key)": await median_ms(completion(key_line, 4), requests),
        "completion (value, kind:)": await median_ms(completion(kind_line, 10), requests),
        "hover (key)": await median_ms(lambda: client.text_document_hover_async(hover), requests),
        "reference: completion in the body": await median_ms(completion(len(rows) - 1, 2), requests),
    }

    async def relint() -> None:
        nonlocal version
        version += 1
        change = types.TextDocumentContentChangeWholeDocument(text=text + f"\nEdit {version}.\n")
        identifier = types.VersionedTextDocumentIdentifier(uri=uri, version=version)
        client.text_document_did_change(types.DidChangeTextDocumentParams(identifier, [change]))
        await published.get()

    version = 1
    figures["diagnostics after a change"] = await median_ms(relint, max(5, requests // 5))
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    report(len(rows), figures)


def report(lines: int, figures: dict[str, tuple[float, float]]) -> None:
    reference = figures["reference: completion in the body"][0]
    print(f"lxkit lsp on a module of {lines} lines (median / p95 of the round trips, ms):")
    for name, (median, p95) in figures.items():
        print(f"  {name:36} {median:7.2f} / {p95:7.2f}   {median / reference:5.1f}x the reference")
    verdict = "within" if figures["completion (key)"][0] <= 50 else "over"
    print(f"completion: {verdict} the 50 ms target")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=50)
    options = parser.parse_args()
    asyncio.run(run(options.lines, options.requests))


if __name__ == "__main__":
    main()
