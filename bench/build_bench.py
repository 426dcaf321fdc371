"""Benchmark ``lxkit build`` and ``lxkit serve`` against plain MkDocs + Material on the same Markdown.

    python bench/build_bench.py                      # 10 x 10 and 100 x 10
    python bench/build_bench.py --large              # ... and 1,000 x 10 (without the plain references)
    python bench/build_bench.py --sizes 100x10 --jobs 2 --json bench/out/build.json

For each size, in one run and on the same generated portal (``bench/generate.py``), it times: a cold
``lxkit build`` (no ``.lxkit-cache/``, empty site folder; what depends only on the installation
stays, as on an author's machine: Python's bytecode and lxkit's per-user compiled templates); a
rebuild with nothing changed; a rebuild after editing one module's body; a rebuild after editing one
course's title (checked to reach the catalog); the time from saving a module to ``lxkit serve``
serving the updated page (a real file edit and a poll of the served page); and, as references,
``mkdocs build`` of the same Markdown files with Material's default features and with
``navigation.prune``. Every command runs in its own process; peak memory is the largest sum of the
proportional set size (PSS) of the process and its workers. Prints the figures, the ratios and the
per-module cost; no figure is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate_portal  # noqa: E402  (bench/ is not a package)

# Python's compiled-bytecode cache is on, as in a normal installation (some sandboxes switch it off,
# which makes every command compile lxkit's modules again at start-up).
ENV = {
    **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
    "NO_MKDOCS_2_WARNING": "1",
    "PYTHONUNBUFFERED": "1",
}
EDITS = 3
REPEATS = 3  # each rebuild figure is the median of this many runs


@dataclass(frozen=True)
class Run:
    """One command: wall-clock seconds and peak memory (MiB, all its processes)."""

    seconds: float
    peak_mib: float


@dataclass(frozen=True)
class Row:
    """The figures of one portal size."""

    size: str
    modules: int
    cold: Run
    unchanged: Run
    body_edit: Run
    title_edit: Run
    serve_edit: tuple[float, ...]
    plain_prune: Run | None
    plain_default: Run | None
    page_kib: float
    plain_page_kib: float | None


def _children(pid: int) -> list[int]:
    """Direct children of a process (from /proc/PID/task/*/children)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found.extend(int(child) for child in task.read_text().split())
        except OSError:
            continue
    return found


def _pss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        return 0
    return 0


class MemorySampler:
    """Samples the PSS of a process and its descendants every 250 ms; keeps the peak."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak_kib = 0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        while not self.done.wait(0.25):
            tree, todo = [], [self.pid]
            while todo:
                pid = todo.pop()
                tree.append(pid)
                todo.extend(_children(pid))
            self.peak_kib = max(self.peak_kib, sum(_pss_kib(pid) for pid in tree))

    def stop(self) -> float:
        """Stop sampling; the peak in MiB."""
        self.done.set()
        self.thread.join()
        return self.peak_kib / 1024


def timed(command: list[str], cwd: Path | None = None) -> Run:
    """Run a command to the end; fail loudly if it fails."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    sampler = MemorySampler(process.pid)
    output, _ = process.communicate()
    seconds = time.perf_counter() - started
    peak = sampler.stop()
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed:\n{output}")
    return Run(round(seconds, 3), round(peak, 1))


def median(runs: list[Run]) -> Run:
    """The run with the median time (noise is large here)."""
    return sorted(runs, key=lambda run: run.seconds)[len(runs) // 2]


def median_run(edits: list[Callable[[], object]], command: list[str]) -> Run:
    """Make each edit and time the command after it; the median run."""
    runs = []
    for edit in edits:
        edit()
        runs.append(timed(command))
    return median(runs)


def cold_build(command: list[str], portal: Path, site: Path) -> Run:
    """``lxkit build`` with no cache (``.lxkit-cache/`` removed) into an empty site folder."""
    shutil.rmtree(portal / ".lxkit-cache", ignore_errors=True)
    shutil.rmtree(site, ignore_errors=True)
    return timed(command)


def lxkit(*args: str) -> list[str]:
    """The ``lxkit`` command line (this Python, quiet)."""
    return [sys.executable, "-m", "lxkit", *args, "-q"]


def plain_build(portal: Path, out: Path, prune: bool) -> tuple[Run, Path]:
    """``mkdocs build`` of the portal's Markdown files with Material; returns the run and site folder."""
    name = "prune" if prune else "default"
    site = out / f"plain-{name}"
    config = out / f"plain-{name}.yml"
    features = "[navigation.prune]" if prune else "[]"
    config.write_text(
        f"site_name: Plain Material\ndocs_dir: {portal / 'courses'}\nsite_dir: {site}\n"
        f"theme:\n  name: material\n  features: {features}\nmarkdown_extensions: [admonition]\n",
        encoding="utf-8",
    )
    shutil.rmtree(site, ignore_errors=True)
    return timed([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config)]), site


def first_module(portal: Path) -> tuple[Path, Path]:
    """The first course's ``index.md`` and its first module file."""
    course = sorted(p for p in (portal / "courses").iterdir() if p.is_dir())[0]
    return course / "index.md", sorted(course.glob("[0-9]*.md"))[0]


def edit_body(module: Path, marker: str) -> None:
    """Append a paragraph to a module's body."""
    module.write_text(module.read_text("utf-8") + f"\n\nEdited for the benchmark: {marker}.\n", "utf-8")


def edit_title(index: Path, title: str) -> None:
    """Replace a course's title in its front-matter."""
    lines = index.read_text("utf-8").splitlines(keepends=True)
    lines = [f"title: {title}\n" if line.startswith("title:") else line for line in lines]
    index.write_text("".join(lines), "utf-8")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return ""


def serve_latency(portal: Path, module: Path, jobs: int) -> tuple[float, ...]:
    """Seconds from saving a module to ``lxkit serve`` serving its updated page, for a few edits."""
    port = _free_port()
    command = lxkit("serve", "-f", str(portal / "mkdocs.yml"), "-a", f"127.0.0.1:{port}", "--jobs", str(jobs))
    server = subprocess.Popen(command, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    page = f"http://127.0.0.1:{port}/courses/{module.parent.name}/{module.stem}/"
    try:
        while "</html>" not in _get(page):
            if server.poll() is not None:
                raise SystemExit("lxkit serve stopped")
            time.sleep(0.2)
        latencies = []
        for number in range(EDITS):
            marker = f"serve-edit-{number}-{time.time_ns()}"
            started = time.perf_counter()
            edit_body(module, marker)
            while marker not in _get(page):
                time.sleep(0.01)
            latencies.append(round(time.perf_counter() - started, 3))
            time.sleep(1.0)
        return tuple(latencies)
    finally:
        server.terminate()
        server.wait(timeout=30)


def bench_size(courses: int, modules: int, out: Path, jobs: int, plain: bool) -> Row:
    """Every figure for one portal size."""
    portal = out / f"portal-{courses}x{modules}"
    print(f"== {courses} x {modules}: generating", file=sys.stderr)
    shutil.rmtree(portal, ignore_errors=True)
    generate_portal(portal, courses, modules)
    site = out / f"site-{courses}x{modules}"
    shutil.rmtree(site, ignore_errors=True)
    build = lxkit("build", "-f", str(portal / "mkdocs.yml"), "-d", str(site), "--jobs", str(jobs))
    index, module = first_module(portal)
    print("   lxkit build: cold, unchanged, body edit, title edit", file=sys.stderr)
    prune = default = None
    if plain:  # the ratio of these two is a target: medians of runs taken in turns, as the machine drifts
        print("   (cold build and plain Material + navigation.prune, in turns)", file=sys.stderr)
        colds, prunes = [], []
        for _ in range(REPEATS):
            colds.append(cold_build(build, portal, site))
            prunes.append(plain_build(portal, out, prune=True)[0])
        cold, prune = median(colds), median(prunes)
    else:
        cold = cold_build(build, portal, site)
    unchanged = median_run([lambda: None] * REPEATS, build)
    body_edit = median_run([lambda n=n: edit_body(module, f"body edit {n}") for n in range(REPEATS)], build)
    titles = [f"Renamed for the benchmark {n}" for n in range(REPEATS)]
    title_edit = median_run([lambda t=t: edit_title(index, t) for t in titles], build)
    if titles[-1] not in (site / "index.html").read_text("utf-8"):
        raise SystemExit("the course title edit did not reach the catalog")
    print("   lxkit serve: edit-to-page latency", file=sys.stderr)
    serve_edit = serve_latency(portal, module, jobs)
    page = site / "courses" / module.parent.name / module.stem / "index.html"
    plain_page = None
    if plain:
        print("   plain MkDocs + Material: default features", file=sys.stderr)
        default, default_site = plain_build(portal, out, prune=False)
        plain_page = (default_site / module.parent.name / module.stem / "index.html").stat().st_size / 1024
    return Row(
        f"{courses} x {modules}",
        courses * modules,
        cold,
        unchanged,
        body_edit,
        title_edit,
        serve_edit,
        prune,
        default,
        round(page.stat().st_size / 1024, 1),
        round(plain_page, 1) if plain_page else None,
    )


def _seconds(run: Run | None) -> str:
    return f"{run.seconds:.1f} s" if run else "–"


def _plain_page(row: Row) -> str:
    return f" (Material default: {row.plain_page_kib:.0f} KiB)" if row.plain_page_kib else ""


def _ratio(value: float, reference: Run | None) -> str:
    return f"{value / reference.seconds:.2f}x" if reference else "–"


def table(rows: list[Row]) -> str:
    """The figures as a Markdown table, then the ratios."""
    lines = [
        "| portal | cold build | no change | body edit | title edit | serve edit (median / max) "
        "| Material + prune | Material default | peak memory | per module (cold) | module page |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r.size} | {r.cold.seconds:.1f} s | {r.unchanged.seconds:.2f} s | {r.body_edit.seconds:.2f} s "
            f"| {r.title_edit.seconds:.2f} s | {statistics.median(r.serve_edit):.2f} s / {max(r.serve_edit):.2f} s "
            f"| {_seconds(r.plain_prune)} | {_seconds(r.plain_default)} | {r.cold.peak_mib:.0f} MiB "
            f"| {1000 * r.cold.seconds / r.modules:.1f} ms, {1024 * r.cold.peak_mib / r.modules:.0f} KiB "
            f"| {r.page_kib:.0f} KiB{_plain_page(r)} |"
        )
    lines += [
        "",
        "| portal | cold / Material + prune | cold / Material default | no change / cold | body edit / cold "
        "| title edit / cold |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r.size} | {_ratio(r.cold.seconds, r.plain_prune)} | {_ratio(r.cold.seconds, r.plain_default)} "
            f"| {r.unchanged.seconds / r.cold.seconds:.3f}x | {r.body_edit.seconds / r.cold.seconds:.3f}x "
            f"| {r.title_edit.seconds / r.cold.seconds:.3f}x |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="10x10,100x10", help="courses x modules, comma-separated")
    parser.add_argument("--large", action="store_true", help="also 1000x10 (without the plain MkDocs references)")
    parser.add_argument("--plain-large", action="store_true", help="run the plain MkDocs references at 1000x10 too")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="lxkit's worker processes")
    parser.add_argument("--out", type=Path, default=HERE / "out", help="work folder (default bench/out)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)
    sizes = [tuple(int(n) for n in size.split("x")) for size in args.sizes.split(",")]
    if args.large:
        sizes.append((1000, 10))
    args.out.mkdir(parents=True, exist_ok=True)
    rows = [bench_size(c, m, args.out.resolve(), args.jobs, plain=c < 1000 or args.plain_large) for c, m in sizes]
    print(f"\nlxkit build/serve benchmark, {os.cpu_count()} CPU(s), --jobs {args.jobs}\n")
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in rows], indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
