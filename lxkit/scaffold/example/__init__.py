"""The example course of a new portal: a short, finished flipped-classroom course to learn from.

Its files sit next to this module (``index.md`` and one ``NN-slug.md`` per module) as package
resources and are copied as they are: unlike a course template, the example has no guidance left
to write, so a new portal lints clean (``lxkit lint --strict``) and builds from the first minute.
"""

from __future__ import annotations

from importlib import resources

COURSE_ID = "example-course"


def example_course_files() -> dict[str, str]:
    """The example course's files: file name -> text (``index.md`` first, then the modules in order)."""
    folder = resources.files(__name__)
    names = sorted((entry.name for entry in folder.iterdir() if entry.name.endswith(".md")), key=_order)
    return {name: folder.joinpath(name).read_text("utf-8") for name in names}


def _order(name: str) -> tuple[bool, str]:
    return name != "index.md", name
