"""A corpus of hostile course changes: one case for each problem of issue #12 lxkit must survive.

Each case changes the fixture portal (``tests/helpers_portal``) after its first commit; large
inputs are generated. Files outside the portal carry :data:`FILE_MARKER`, the environment of
every run carries :data:`ENV_MARKER` and ``.git/config`` carries :data:`GIT_MARKER`: none of them
may appear in any output.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.helpers_portal import COURSE, edit, git

FILE_MARKER = "LXKIT-OUTSIDE-FILE-5d1c7e"
ENV_MARKER = "LXKIT-ENV-SECRET-93b2aa"
GIT_MARKER = "LXKIT-GIT-CONFIG-4e81f0"
PASSWD_MARKER = b"root:x:0:0:"
MARKERS = (FILE_MARKER.encode(), ENV_MARKER.encode(), GIT_MARKER.encode(), PASSWD_MARKER)

Change = Callable[[Path, Path], None]


@dataclass(frozen=True)
class Case:
    """A hostile change: ``change(portal, outside)``, the rule ``lxkit lint`` reports it under, and
    whether it is committed (Git cannot commit a named pipe)."""

    name: str
    change: Change
    finds: str
    committed: bool = True


def course(root: Path) -> Path:
    return root / "courses" / COURSE


def index(root: Path) -> Path:
    return course(root) / "index.md"


def module(root: Path) -> Path:
    return course(root) / "01-charts.md"


def link(target: str | Path, *names: str) -> Change:
    """Links at ``names`` (relative to the course folder) to ``target`` ({outside} and {portal} filled in)."""

    def change(root: Path, outside: Path) -> None:
        for name in names:
            path = course(root) / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.symlink_to(str(target).format(outside=outside, portal=root))

    return change


def new_module(text: str, name: str = "03-hostile.md") -> Change:
    def change(root: Path, outside: Path) -> None:
        (course(root) / name).write_text(text, encoding="utf-8")

    return change


def new_module_bytes(data: bytes, name: str = "03-hostile.md") -> Change:
    def change(root: Path, outside: Path) -> None:
        (course(root) / name).write_bytes(data)

    return change


def index_field(old: str, new: str) -> Change:
    def change(root: Path, outside: Path) -> None:
        edit(index(root), old, new)

    return change


def module_field(old: str, new: str) -> Change:
    def change(root: Path, outside: Path) -> None:
        edit(module(root), old, new)

    return change


def fifo(name: str) -> Change:
    def change(root: Path, outside: Path) -> None:
        os.mkfifo(course(root) / name)

    return change


def linked_course(root: Path, outside: Path) -> None:
    elsewhere = outside / "stolen-course"
    elsewhere.mkdir()
    text = index(root).read_text("utf-8").replace("id: data-basics", "id: stolen")
    (elsewhere / "index.md").write_text(text + f"\n{FILE_MARKER}\n", encoding="utf-8")
    (elsewhere / "secret.png").write_text(FILE_MARKER, encoding="utf-8")
    (root / "courses" / "stolen").symlink_to(elsewhere, target_is_directory=True)


def inside_module_link(root: Path, outside: Path) -> None:
    """A module linked from a file inside the course (allowed): its broken YAML is reported at the link."""
    (course(root) / "shared").mkdir()
    (course(root) / "shared" / "module.md").write_text("---\ntitle: [broken\n---\n", encoding="utf-8")
    (course(root) / "03-linked.md").symlink_to("shared/module.md")


def git_config_link(root: Path, outside: Path) -> None:
    git(root, "config", "hostile.secret", GIT_MARKER)
    link("../../.git/config", "config.txt")(root, outside)


def renamed_course(name: str) -> Change:
    """The course moved to folder ``name`` with the same id."""

    def change(root: Path, outside: Path) -> None:
        edit(index(root), "id: data-basics", f"id: {name!r}" if "\n" in name else f"id: {name}")
        course(root).rename(root / "courses" / name)

    return change


def alias_bomb(levels: int = 9) -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, levels)]
    return "---\ntitle: Bomb\n" + "\n".join(lines) + "\n---\n"


def metrics_link(root: Path, outside: Path) -> None:
    """The course's measured values (``metrics/<course>.csv``, read by lint) linked to a file outside."""
    (root / "metrics").mkdir()
    (root / "metrics" / f"{COURSE}.csv").symlink_to(outside / "secret.txt")


def mkdocs_alias_bomb(root: Path, outside: Path) -> None:
    """The bomb in ``mkdocs.yml``, which lxkit reads before MkDocs does."""
    lines = alias_bomb().split("\n")[2:-2]
    with (root / "mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write("extra:\n" + "".join(f"  {line}\n" for line in lines))


def objectives(count: int) -> str:
    items = "".join(f"  - {{id: o{i}, text: Explain point {i} of the data.}}\n" for i in range(count))
    refs = ", ".join(f"o{i}" for i in range(count))
    return (
        f"---\ntitle: Many objectives\nweek: 1\nobjectives:\n{items}"
        f"exercise: {{title: At work, context: Your team., deliverable: A note., minutes: 30, objectives: [{refs}]}}\n"
        "---\n\nText.\n"
    )


def huge_summary(root: Path, outside: Path) -> None:
    text = index(root).read_text("utf-8")
    text = text.replace("summary: ", "summary: " + "lorem ipsum " * (50 * 1024 * 1024 // 12), 1)
    index(root).write_text(text, encoding="utf-8")


DEEP = 1000
DEEP_LIST = "".join("  " * i + "- x\n" for i in range(700))
REPEATED_PRE_WORK = "  - {id: intro-video, title: Again, url: 'https://www.youtube.com/watch?v=x', minutes: 5}\n"
CASES = [
    # leaks: links out of the courses folder, special files
    Case("link-etc-passwd", link("/etc/passwd", "passwd.txt"), "LX017"),
    Case("link-chart-png", link("{outside}/secret.txt", "chart.png"), "LX017"),
    Case("link-proc-environ", link("/proc/self/environ", "env.txt"), "LX017"),
    Case("link-module-md", link("{outside}/module.md", "03-stolen.md"), "LX017"),
    Case("link-in-subfolder", link("{outside}/secret.txt", "images/diagram.png"), "LX017"),
    Case("link-relative-escape", link("../../../outside/secret.txt", "notes.pdf"), "LX017"),
    Case("link-dangling", link("{outside}/nothing-here.png", "gone.png"), "LX017"),
    Case("link-dev-zero", link("/dev/zero", "zero.csv"), "LX017"),
    Case("link-git-config", git_config_link, "LX017"),
    Case("link-inside-module", inside_module_link, "LX207"),
    Case("linked-course-folder", linked_course, "LX017"),
    Case("link-metrics-csv", metrics_link, "LX020"),
    Case("fifo-asset", fifo("handout.txt"), "LX018", committed=False),
    Case("fifo-module", fifo("03-pipe.md"), "LX018", committed=False),
    # tracebacks
    Case("yaml-alias-bomb", new_module(alias_bomb()), "LX211"),
    Case("mkdocs-alias-bomb", mkdocs_alias_bomb, "LX000"),
    Case("yaml-nesting-flow", new_module("---\ntitle: Deep\nweek: " + "[" * DEEP + "]" * DEEP + "\n---\n"), "LX211"),
    Case("yaml-nesting-900", new_module("---\ntitle: Deep\nweek: " + "[" * 900 + "]" * 900 + "\n---\n"), "LX211"),
    Case(
        "yaml-nesting-block",
        new_module("---\ntitle: Deep\nweek:\n" + "".join("  " * i + "- \n" for i in range(1, DEEP)) + "---\n"),
        "LX211",
    ),
    Case("number-5000-digits", module_field("week: 1", "week: " + "7" * 5000), "LX211"),
    Case("hours-inf", index_field("hours_per_week: 4", "hours_per_week: .inf"), "LX002"),
    Case("hours-nan", index_field("hours_per_week: 4", "hours_per_week: .nan"), "LX002"),
    Case("hours-1e308", index_field("hours_per_week: 4", "hours_per_week: 1.0e+308"), "LX002"),
    Case("course-id-250", renamed_course("c" * 250), "LX211"),
    # hangs and memory
    Case("weeks-100000000", index_field("weeks: 2", "weeks: 100000000"), "LX002"),
    Case("weeks-1000000", index_field("weeks: 2", "weeks: 1000000"), "LX002"),
    Case("module-week-100000000", module_field("week: 1", "week: 100000000"), "LX100"),
    Case("minutes-huge", module_field("minutes: 20", "minutes: 99999999999"), "LX100"),
    Case("objectives-20000", new_module(objectives(20_000)), "LX211"),
    Case("objectives-1000", new_module(objectives(1_000)), "LX104"),
    Case("summary-50mb", huge_summary, "LX211"),
    Case("body-deep-quotes", new_module("---\ntitle: Quotes\n---\n\n" + ">" * 20_000 + " deep\n"), "LX101"),
    Case("body-deep-lists", new_module("---\ntitle: Lists\n---\n\n" + DEEP_LIST), "LX101"),
    Case("body-long-line", new_module("---\ntitle: Long\n---\n\n" + "word " * 150_000 + "\n"), "LX101"),
    # smaller
    Case("double-bom", new_module_bytes(b"\xef\xbb\xbf\xef\xbb\xbf---\ntitle: Two marks\n---\n\nText.\n"), "LX101"),
    Case("rtl-and-invisible", new_module("---\ntitle: T\nti\u202etle2: x\nzero\u200bwidth: 1\n---\n"), "LX100"),
    Case("file-name-newline", new_module("---\ntitle: T\n---\n", name="09-trailing-newline.md\n"), "LX014"),
    Case("course-id-newline", renamed_course("nl\n"), "LX003"),
    Case("duplicate-pre-work-ids", module_field("session:", REPEATED_PRE_WORK + "session:"), "LX100"),
    Case("binary-module", new_module_bytes(b"\x00\x01\x02" * 1000), "LX208"),
    Case("latin1-module", new_module_bytes("---\ntitle: Caf\xe9\n---\n".encode("latin-1")), "LX208"),
]  # fmt: skip


def write_outside(outside: Path) -> None:
    """The files outside the portal that hostile links point to, each with the marker."""
    outside.mkdir(parents=True, exist_ok=True)
    (outside / "secret.txt").write_text(FILE_MARKER, encoding="utf-8")
    (outside / "module.md").write_text(f"---\ntitle: {FILE_MARKER}\n---\n\n{FILE_MARKER}\n", encoding="utf-8")
