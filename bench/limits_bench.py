"""Linear growth at the limits: lint time per objective as a module's list grows to the list limit.

    python bench/limits_bench.py [--runs 3]

One module with N objectives, each practised by the exercise and by one session activity (the
locator of LX103 and friends looks up every item), for N = 125, 250, 500 and 1,000 (the limit of
items in a list, :data:`lxkit.limits.LIST_ITEMS`). The portal is linted in this process (loading
and linting, as ``lxkit lint`` does, one job); the median of the runs is reported with the time
per objective relative to N = 125. Linear growth keeps the ratio near 1 (the locator was
quadratic before: 20,000 objectives took 55 s). A second table compares parsing an alias bomb
(stopped at :data:`lxkit.limits.YAML_NODES` values) with parsing a plain file of the same size.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from lxkit.config import load_config  # noqa: E402
from lxkit.lint.parallel import lint_config  # noqa: E402
from lxkit.sourcefile import parse_yaml  # noqa: E402
from tests.helpers import valid_course, write_portal  # noqa: E402

SIZES = (125, 250, 500, 1000)


def module(count: int) -> str:
    items = "".join(f"  - {{id: o{i}, text: Explain point {i} of the data.}}\n" for i in range(count))
    refs = ", ".join(f"o{i}" for i in range(count))
    activities = "".join(
        f"    - {{kind: practice, title: Practise {i}, minutes: 1, objectives: [o{i}]}}\n" for i in range(count)
    )
    return (
        f"---\ntitle: Many objectives\nweek: 1\nobjectives:\n{items}"
        f"session:\n  minutes: {count}\n  activities:\n{activities}"
        f"exercise: {{title: At work, context: Your team., deliverable: A note., minutes: 30, objectives: [{refs}]}}\n"
        "---\n\nText.\n"
    )


def timed(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def lint_times(runs: int) -> dict[int, float]:
    found = {}
    with tempfile.TemporaryDirectory(prefix="lxkit-limits-bench-") as scratch:
        for count in SIZES:
            course = {**valid_course("demo"), "02-many.md": module(count)}
            root = write_portal(Path(scratch) / str(count), {"demo": course})
            config = load_config(root / "mkdocs.yml")
            found[count] = timed(lambda config=config: lint_config(config, jobs=1), runs)
    return found


def alias_bomb() -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args(argv).runs
    times = lint_times(runs)
    base = times[SIZES[0]] / SIZES[0]
    print("| objectives | lint (median) | per objective vs 125 |")
    print("|---|---|---|")
    for count, seconds in times.items():
        print(f"| {count:,} | {seconds:.3f} s | {seconds / count / base:.2f}x |")
    bomb = alias_bomb()
    plain = "\n".join(f"k{i}: [{', '.join(['lol'] * 9)}]" for i in range(len(bomb) // 45))
    bomb_time, plain_time = timed(lambda: parse_yaml(bomb), runs), timed(lambda: parse_yaml(plain), runs)
    print(f"\nalias bomb ({len(bomb):,} characters, 9^9 values if expanded): {bomb_time * 1000:.1f} ms;")
    print(f"plain YAML of the same size: {plain_time * 1000:.1f} ms ({bomb_time / plain_time:.1f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
