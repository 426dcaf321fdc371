"""Benchmark ``lxkit insights`` + ``lxkit build`` of the insight pages against reading the same
JSON-lines file with Python's ``json`` module, line by line, in the same run.

    python bench/insights_bench.py                         # 1,000,000 statements
    python bench/insights_bench.py --statements 10000000   # the big one (about 9 GB of JSON lines)
    python bench/insights_bench.py --work /tmp/insights-bench --json bench/out/insights.json

On a copy of the sample portal with generated statements (``bench/insights_generate.py``, cached in
the work folder), it times, each command in its own process:

- the reference: ``for line in file: json.loads(line)``;
- the full run: ``lxkit insights --from FILE`` into an empty store, then ``lxkit build`` (warm: the
  portal was built before with insights on, so only the insight pages are new);
- the incremental run: 10,000 new statements appended to the file, ``lxkit insights --from FILE``
  (reads only the new bytes), then ``lxkit build``.

Peak memory is the largest resident set of each command, CPU seconds its user + system time
(``wait4``; all threads). Ratios are given for wall-clock time and for CPU time: on a machine shared
with other work, waiting for a core inflates wall-clock time, CPU time much less. ``--repeat N`` runs
everything N times and reports the medians. No figure is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "NO_MKDOCS_2_WARNING": "1"}
LXKIT = [sys.executable, "-m", "lxkit"]
NEW = 10_000


@dataclass(frozen=True)
class Run:
    """One command: wall-clock seconds, CPU seconds (user + system, all threads) and peak resident memory (MiB)."""

    seconds: float
    cpu_seconds: float
    peak_mib: float


def run(command: list[str], cwd: Path) -> Run:
    """Run a command; its time and peak memory (fails loudly on a non-zero exit)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    error = process.stderr.read().decode() if process.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{error}")
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def reference(path: Path) -> Run:
    """Python's json module over the same file, line by line, in its own process."""
    code = "import json,sys\nfor line in open(sys.argv[1], encoding='utf-8'):\n    json.loads(line)\n"
    return run([sys.executable, "-c", code, str(path)], REPO)


def generate(portal: Path, out: Path, statements: int, seed: int, data_dir: Path | None = None) -> None:
    """Statements (and the cohort and metric files) from ``bench/insights_generate.py`` in a process of its
    own: a child's peak resident set starts from its parent's, so the bench itself stays small."""
    command = [sys.executable, str(HERE / "insights_generate.py"), str(out), "--portal", str(portal / "mkdocs.yml")]
    command += ["--statements", str(statements), "--seed", str(seed)]
    extra = ["--data-dir", str(data_dir)] if data_dir else []
    subprocess.run([*command, *extra], check=True, env=ENV, stdout=subprocess.DEVNULL)


def prepare(work: Path, statements: int) -> tuple[Path, Path]:
    """The portal copy and its statements file (generated once per size, then reused)."""
    portal = work / "portal"
    if not portal.exists():
        portal.mkdir(parents=True)
        shutil.copy(REPO / "mkdocs.yml", portal / "mkdocs.yml")
        shutil.copytree(REPO / "sample-courses", portal / "sample-courses")
    source = work / f"statements-{statements}.jsonl"
    if not source.exists():
        print(f"generating {statements:,} statements into {source} ...", flush=True)
        generate(portal, source.with_suffix(".partial"), statements, 7, portal)
        source.with_suffix(".partial").replace(source)
    return portal, source


def new_statements(work: Path, portal: Path) -> Path:
    """10,000 statements of other learners (another seed), to append."""
    extra = work / "new-statements.jsonl"
    if not extra.exists():
        generate(portal, extra, NEW, 99)
    return extra


def bench(work: Path, statements: int) -> dict[str, Run]:
    """The timed commands of one repeat at one size."""
    portal, source = prepare(work, statements)
    data = work / "data"
    shutil.rmtree(data, ignore_errors=True)
    data.mkdir()
    growing = data / "export.jsonl"
    shutil.copy(source, growing)
    store, output = portal / ".lxkit-cache" / "insights" / "store.duckdb", portal / ".lxkit-cache" / "insights"
    # Warm: the portal built once with insights on (a few statements), as on a trainer's machine.
    small = data / "small.jsonl"
    with source.open() as handle, small.open("w") as out:
        out.writelines(line for _, line in zip(range(2000), handle, strict=False))
    shutil.rmtree(output, ignore_errors=True)
    run([*LXKIT, "insights", "--from", str(small)], portal)
    run([*LXKIT, "build"], portal)
    store.unlink()
    runs = {"json_reference": reference(growing)}
    runs["full_insights"] = run([*LXKIT, "insights", "--from", str(growing)], portal)
    runs["full_build"] = run([*LXKIT, "build"], portal)
    with growing.open("a") as out, new_statements(work, portal).open() as extra:
        shutil.copyfileobj(extra, out)
    runs["incremental_insights"] = run([*LXKIT, "insights", "--from", str(growing)], portal)
    runs["incremental_build"] = run([*LXKIT, "build"], portal)
    return runs


def ratios(runs: dict[str, Run], field: str) -> dict[str, float]:
    """The ratios of one repeat, on wall-clock (``seconds``) or CPU time (``cpu_seconds``)."""
    time_of = {name: float(getattr(r, field)) for name, r in runs.items()}
    full = time_of["full_insights"] + time_of["full_build"]
    incremental = time_of["incremental_insights"] + time_of["incremental_build"]
    return {
        "full_vs_json": full / time_of["json_reference"],
        "insights_only_vs_json": time_of["full_insights"] / time_of["json_reference"],
        "incremental_vs_full": incremental / full,
        "incremental_insights_vs_full_insights": time_of["incremental_insights"] / time_of["full_insights"],
    }


def figures(work: Path, statements: int, repeat: int) -> dict[str, object]:
    """Every figure of one size: the medians over ``repeat`` runs (each run's ratios kept too)."""
    repeats = [bench(work, statements) for _ in range(repeat)]
    source = work / f"statements-{statements}.jsonl"
    store = work / "portal" / ".lxkit-cache" / "insights" / "store.duckdb"
    result: dict[str, object] = {"statements": statements, "file_mib": round(source.stat().st_size / 2**20)}
    for name in repeats[0]:
        result[name] = {
            key: round(statistics.median(float(getattr(r[name], key)) for r in repeats), 2)
            for key in ("seconds", "cpu_seconds", "peak_mib")
        }
    for field, label in (("seconds", "ratio"), ("cpu_seconds", "cpu_ratio")):
        each = [ratios(r, field) for r in repeats]
        for key in each[0]:
            result[f"{label}_{key}"] = round(statistics.median(e[key] for e in each), 3)
            result[f"{label}_{key}_each"] = [round(e[key], 3) for e in each]
    result["store_mib"] = round(store.stat().st_size / 2**20)
    return result


def main() -> int:
    """Command line: run the benchmark and print (or write) the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=1_000_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/lxkit-insights-bench"))
    parser.add_argument("--json", type=Path, help="Also write the figures to this file.")
    parser.add_argument("--repeat", type=int, default=1, help="Run everything this many times; report medians.")
    args = parser.parse_args()
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    text = json.dumps(figures(args.work, args.statements, max(1, args.repeat)), indent=2)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
