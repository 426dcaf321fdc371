"""Jinja2 rendering of lxkit's page fragments (``themes/lxkit/fragments``), autoescaped.

Autoescaping makes every front-matter string safe by default; the only values marked safe are
HTML that lxkit rendered itself from Markdown with raw HTML disabled.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import jinja2
from markupsafe import Markup

from lxkit.markdown import render_inline
from lxkit.resources import theme_dir
from lxkit.schedule import when_text
from lxkit.weburls import safe_external_url


def minutes_text(value: int | float | None) -> str:
    """``95`` -> ``1 h 35 min``; None -> ``–``."""
    if value is None:
        return "–"
    total = int(value)
    hours, minutes = divmod(total, 60)
    if hours and minutes:
        return f"{hours} h {minutes} min"
    return f"{hours} h" if hours else f"{minutes} min"


def inline_markdown(value: str) -> Markup:
    """Front-matter text rendered as inline Markdown (emphasis, code, links); raw HTML escaped."""
    return Markup(render_inline(value or ""))


def rendered_html(html: str) -> Markup:
    """Mark HTML that lxkit rendered from Markdown (raw HTML disabled) as safe to insert."""
    return Markup(html)


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The fragment template environment (cached; templates compile once per process)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(theme_dir() / "fragments")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters["minutes"] = minutes_text
    env.filters["safe_url"] = safe_external_url
    env.filters["md"] = inline_markdown
    env.filters["when"] = when_text
    return env


def render_fragment(name: str, **context: Any) -> str:
    """Render ``fragments/<name>.html`` with the given context."""
    return environment().get_template(f"{name}.html").render(**context)
