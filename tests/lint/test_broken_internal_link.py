"""LX201 on links no learner can follow: a file on the author's computer, an absolute path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from lxkit.lint.engine import lint_portal
from tests.lint.conftest import load

PortalDir = Callable[..., Path]

LINKS = """

Open [my checklist](file:///C:/Users/ada/checklist.xlsx), the [other course](/courses/data-basics/),
a [web page](https://example.com/guide), a [share](//cdn.example.com/x.pdf) and [the objectives](#objectives).
"""


def test_file_and_absolute_path_links_are_reported_with_the_fix(portal_dir: PortalDir) -> None:
    root = portal_dir("clean")
    module = next((root / "courses/data-basics").glob("0*.md"))
    module.write_text(module.read_text("utf-8") + LINKS, "utf-8")
    found = [f for f in lint_portal(load(root)).findings if f.code == "LX201"]
    messages = {f.message.split("'")[1]: f.message for f in found}
    assert set(messages) == {"file:///C:/Users/ada/checklist.xlsx", "/courses/data-basics/"}, messages
    assert "copy the file into the course folder and link it by its name" in messages["file:///C:/Users/ada/checklist.xlsx"]
    assert "link relative to this page" in messages["/courses/data-basics/"]
    lines = module.read_text("utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, start=1) if text.startswith("Open [my checklist]"))
    assert {f.line for f in found} == {line} and all(f.column > 1 for f in found)
