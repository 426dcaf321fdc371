"""Time ``lxkit lint`` and markdownlint-cli2 side by side on the same synthetic portal.

    python bench/lint_bench.py [--courses 100] [--modules 10] [--runs 3] [--portal DIR]

The portal comes from ``bench/generate.py`` (about 1,000 words a module) and is kept in
``bench/out/lint-CxM`` (generated when missing; ``--portal`` names another folder). lxkit is timed in this
process (loading and linting, as the CLI does it) and as a subprocess (``python -m lxkit lint``,
which adds start-up), markdownlint-cli2 as a subprocess on the same Markdown files with its
default rules. markdownlint-cli2 is installed from the npm registry into ``bench/.node`` when it
is missing. Runs are interleaved and the median of each is reported, with the ratio; the CPU time
of each (its own processes: the bench process for in-process runs, plus every child process) is
reported too, steadier than wall time when other work shares the machine.
Target: lxkit at most 0.3x markdownlint-cli2's wall time on 1,000 modules.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate import generate_portal  # noqa: E402

NODE_PREFIX = HERE / ".node"
MARKDOWNLINT = NODE_PREFIX / "node_modules" / ".bin" / "markdownlint-cli2"


def ensure_markdownlint() -> Path | None:
    """markdownlint-cli2 from bench/.node, installed with npm when missing (None without npm)."""
    if MARKDOWNLINT.exists():
        return MARKDOWNLINT
    npm = shutil.which("npm")
    if npm is None:
        print("npm not found: markdownlint-cli2 is skipped", file=sys.stderr)
        return None
    command = [npm, "install", "--prefix", str(NODE_PREFIX), "--no-audit", "--no-fund", "markdownlint-cli2"]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return MARKDOWNLINT


def timed(action: Callable[[], object]) -> tuple[float, float]:
    """Wall time and CPU time (this process and its finished children, user and system) of one call, in seconds."""
    started, cpu = time.perf_counter(), cpu_time()
    action()
    return time.perf_counter() - started, cpu_time() - cpu


def cpu_time() -> float:
    """User and system CPU seconds used so far by this process and its waited-for children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def lxkit_in_process(portal: Path, jobs: int | None) -> Callable[[], object]:
    """Load and lint the portal in this process (as ``lxkit lint`` does, without start-up)."""
    from lxkit.config import load_config
    from lxkit.lint.parallel import lint_config

    return lambda: lint_config(load_config(portal / "mkdocs.yml"), jobs=jobs)


# Python's compiled-bytecode cache is on, as in a normal installation (see build_bench.py).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def command(args: list[str], cwd: Path) -> Callable[[], object]:
    """Run a command with its output discarded (lint exit codes 0 and 1 are both fine)."""
    return lambda: subprocess.run(
        args, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
    )


def main(argv: list[str] | None = None) -> int:
    """Generate (or reuse) a portal, time each tool ``--runs`` times, print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--courses", type=int, default=100)
    parser.add_argument("--modules", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--portal", type=Path, help="portal folder (default: bench/out/lint-CxM, generated if missing)")
    args = parser.parse_args(argv)
    folder = args.portal or HERE / "out" / f"lint-{args.courses}x{args.modules}"
    if not (folder / "mkdocs.yml").exists():
        generate_portal(folder, args.courses, args.modules)
    markdownlint = ensure_markdownlint()
    contenders: dict[str, Callable[[], object]] = {
        "lxkit lint (in process, all cores)": lxkit_in_process(folder, None),
        "lxkit lint (in process, one core)": lxkit_in_process(folder, 1),
        "lxkit lint (subprocess)": command([sys.executable, "-m", "lxkit", "lint", "-q"], folder),
    }
    if markdownlint is not None:
        contenders["markdownlint-cli2"] = command([str(markdownlint), "courses/**/*.md"], folder)
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in contenders}
    for _ in range(args.runs):
        for name, action in contenders.items():
            times[name].append(timed(action))
    report(times, sum(1 for _ in (folder / "courses").glob("*/[0-9]*.md")))
    return 0


def report(times: dict[str, list[tuple[float, float]]], modules: int) -> None:
    """Print the median wall and CPU time of each contender and their ratios to markdownlint-cli2's."""
    walls = {name: statistics.median(wall for wall, _ in runs) for name, runs in times.items()}
    cpus = {name: statistics.median(cpu for _, cpu in runs) for name, runs in times.items()}
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    runs = len(next(iter(times.values())))
    print(f"{modules} modules, {os.cpu_count()} cores, load average {load:.1f}, median of {runs} runs")
    print(f"  {'':38} {'wall':>9}   {'ratio':>6}   {'CPU':>9}   {'ratio':>6}")
    for name in times:
        print(f"  {name:38} {walls[name]:7.2f} s   {_ratio(walls, name)}   {cpus[name]:7.2f} s   {_ratio(cpus, name)}")


def _ratio(medians: dict[str, float], name: str) -> str:
    reference = medians.get("markdownlint-cli2")
    return f"{medians[name] / reference:5.2f}x" if reference else "     -"


if __name__ == "__main__":
    sys.exit(main())
