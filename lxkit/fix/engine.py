"""``lxkit fix`` for one file's text: repair YAML mistakes, then fix values, round by round.

Every round parses the front-matter again; a YAML error is repaired with the corrected line of
:mod:`lxkit.yamlwords`, a readable front-matter gets the value fixes of :mod:`lxkit.fix.values`.
Rounds stop when nothing is left to fix (or no safe fix is known). Every repair keeps the number
of lines, so the result is a set of line edits of the original text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from lxkit.fix.edits import Edit, apply_edits, line_edits
from lxkit.fix.values import LineFix, value_fixes
from lxkit.sourcefile import YamlLoader
from lxkit.yamlwords import Repair, diagnose

MAX_ROUNDS = 60


@dataclass(slots=True)
class _Work:
    """The file's lines (with their line endings) while rounds of fixes change them."""

    lines: list[str]
    titles: dict[int, list[str]] = field(default_factory=dict)

    def replace(self, index: int, new: str, title: str) -> bool:
        """Set ``lines[index]`` to ``new`` (keeping its line ending); whether it changed."""
        old = self.lines[index]
        ending = old[len(old.rstrip("\r\n")) :]
        if old == new + ending:
            return False
        self.lines[index] = new + ending
        self.titles.setdefault(index, []).append(title)
        return True


def fixed_text(path: str, text: str) -> str:
    """``text`` of the course file ``path`` with every safe fix applied (unchanged when none applies)."""
    return apply_edits(text, fix_edits(path, text))


def fix_edits(path: str, text: str) -> tuple[Edit, ...]:
    """The safe fixes of the course file ``path`` as edits of ``text`` (each with a title)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != "---":
        return ()
    work = _Work(lines)
    closing = _closing(work.lines)
    if closing is None:
        closing = _close(work)
    kind = "course" if path.replace("\\", "/").rsplit("/", 1)[-1] == "index.md" else "module"
    for _ in range(MAX_ROUNDS):
        if not _round(work, closing, path, kind):
            break
    return line_edits(text, work.lines, work.titles)


def _closing(lines: list[str]) -> int | None:
    return next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)


def _close(work: _Work) -> int:
    """Add the missing closing ``---`` before the first blank line (where the body starts)."""
    index = next((i for i in range(1, len(work.lines)) if not work.lines[i].strip()), len(work.lines))
    if index == len(work.lines) and work.lines and not work.lines[-1].endswith(("\n", "\r")):
        work.lines[-1] += "\n"
    work.lines.insert(index, "---\n")
    work.titles = {i + (i >= index): titles for i, titles in work.titles.items()}
    work.titles.setdefault(index, []).append("Close the front-matter with a '---' line")
    return index


def _round(work: _Work, closing: int, path: str, kind: str) -> bool:
    """One parse and the fixes it allows; whether anything changed."""
    yaml_text = "".join(line.rstrip("\r\n") + "\n" for line in work.lines[1:closing])
    problem = _first_error(yaml_text)
    if isinstance(problem, Repair):
        return _apply_repair(work, problem)
    if problem is not None:
        return False
    fixes: list[LineFix] = value_fixes(path, kind, work.lines, closing)
    changed = False
    for fix in fixes:
        changed = work.replace(fix.index, fix.line, fix.title) or changed
    return changed


def _first_error(yaml_text: str) -> Repair | str | None:
    """The repair for the first YAML error, ``"unfixable"``, or None when the YAML reads fine."""
    loader = YamlLoader(yaml_text)
    try:
        node = loader.get_single_node()
        if node is not None:
            loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        context_line = error.context_mark.line if error.context_mark else -1
        line, column = (mark.line, mark.column) if mark else (0, 0)
        repair = diagnose(yaml_text, error.problem or "", line, column, error.context or "", context_line, 2)
        usable = repair is not None and repair.lines and len(repair.lines) == repair.count
        return repair if usable else "unfixable"
    except (yaml.YAMLError, ValueError, TypeError, RecursionError):
        return "unfixable"
    finally:
        loader.dispose()
    return None


def _apply_repair(work: _Work, repair: Repair) -> bool:
    """Apply a repair, unless it was applied to its line already (then it did not help: stop, never loop)."""
    title = repair.action or repair.what.split(";")[0]
    if title in work.titles.get(1 + repair.line, ()):
        return False
    changed = False
    for offset, new in enumerate(repair.lines[: repair.count]):
        index = 1 + repair.line + offset
        if index < len(work.lines):
            changed = work.replace(index, new, title) or changed
    return changed
