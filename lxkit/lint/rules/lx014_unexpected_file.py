"""LX014 unexpected-file: a file in a course folder that is neither a module nor an asset."""

from __future__ import annotations

from lxkit.lint.rule import Area, Example, LoaderRule, loader_metadata


class UnexpectedFile(LoaderRule):
    """A course folder holds a file lxkit does not know what to do with."""

    code = "LX014"
    name, severity = loader_metadata(code)
    area = Area.STRUCTURE
    summary = (
        "A file in a course folder is neither a module (NN-slug.md) nor an image or handout, e.g. a module "
        "saved as .txt or a Markdown file without a number; or a file or folder, at any depth, whose name has a "
        "line break, a tab, an invisible character or a space at an end; or a web page or script in a subfolder, or "
        "an SVG holding script, which would run in the portal's name and is never published."
    )
    rationale = "Such a file is left out of the portal, so content an author wrote silently never reaches learners."
    example = Example(
        "markdown",
        bad="""\
courses/data-for-engineers/wrap-up.md
courses/data-for-engineers/03-first-model.txt""",
        good="""\
courses/data-for-engineers/07-wrap-up.md
courses/data-for-engineers/03-first-model.md""",
    )
