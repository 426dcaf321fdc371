"""Course templates: discovery, description and rendering (Jinja2, YAML-safe values)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import yaml

from lxkit import yamlemit
from lxkit.exceptions import UsageError
from lxkit.resources import templates_dir

MODULE_TEMPLATE = "_module.md"


@dataclass(frozen=True)
class CourseTemplate:
    """A folder of ``course-templates/``: its files and what it teaches."""

    name: str
    description: str
    pedagogy: str
    folder: Path

    def files(self) -> list[Path]:
        """The template's Markdown files (``index.md`` and modules), in order."""
        return sorted(p for p in self.folder.iterdir() if p.suffix == ".md")


def available_templates(root: Path | None = None) -> list[CourseTemplate]:
    """Every course template shipped with lxkit."""
    base = root or templates_dir()
    found = []
    for folder in sorted(p for p in base.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
        meta_file = folder / "template.yml"
        meta = yaml.safe_load(meta_file.read_text("utf-8")) if meta_file.is_file() else {}
        meta = meta if isinstance(meta, dict) else {}
        found.append(
            CourseTemplate(folder.name, str(meta.get("description", "")), str(meta.get("pedagogy", "")), folder)
        )
    return found


def find_template(name: str) -> CourseTemplate:
    """The template called ``name``, or a usage error listing the available ones."""
    templates = available_templates()
    for template in templates:
        if template.name == name:
            return template
    names = ", ".join(t.name for t in templates)
    raise UsageError(f"there is no course template '{name}'; choose one of: {names}")


def environment(folder: Path) -> jinja2.Environment:
    """A Jinja2 environment for template files (no autoescape: output is Markdown and YAML)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["yaml"] = yamlemit.scalar
    return env


def render_file(folder: Path, name: str, variables: dict[str, Any]) -> str:
    """Render one template file with the scaffolding variables."""
    return environment(folder).get_template(name).render(**variables)


def render_template(template: CourseTemplate, variables: dict[str, Any]) -> dict[str, str]:
    """All files of a course template, rendered: file name -> text."""
    return {path.name: render_file(template.folder, path.name, variables) for path in template.files()}
