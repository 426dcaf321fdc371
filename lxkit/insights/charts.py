"""Vega-Lite specs to static, accessible SVG, offline (vl-convert: Vega's own renderer, no browser,
no CDN), remembered by the digest of their spec so a build renders only charts whose data changed.

The SVG gets ``role="img"``, a ``<title>`` and a ``<desc>`` named by ``aria-labelledby``, and its
ids are prefixed so that several charts can share a page.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from lxkit.exceptions import UsageError

_ID = re.compile(r'(\bid="|url\(#|href="#)([^")]+)')


def spec_digest(spec: dict[str, Any]) -> str:
    """A digest of a spec (and of the renderer's version)."""
    import vl_convert

    text = json.dumps(spec, sort_keys=True, separators=(",", ":")) + getattr(vl_convert, "__version__", "")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def render_svg(spec: dict[str, Any], cache: Path | None) -> str:
    """The chart as SVG text, from ``cache`` when it was rendered before."""
    key = spec_digest(spec)
    cached = cache / f"{key}.svg" if cache is not None else None
    if cached is not None and cached.is_file():
        return cached.read_text("utf-8")
    import vl_convert

    try:
        svg = str(vl_convert.vegalite_to_svg(spec))
    except Exception as error:  # vl-convert raises plain ValueError/RuntimeError with Vega's message
        raise UsageError(f"cannot draw the chart '{spec.get('title')}': {error}") from error
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(".partial")
        partial.write_text(svg, "utf-8")
        partial.replace(cached)
    return svg


def accessible_svg(svg: str, prefix: str, title: str, description: str) -> str:
    """The SVG as an image with a title and a description, its ids prefixed with ``prefix``."""
    from html import escape

    svg = _ID.sub(lambda m: f"{m.group(1)}{prefix}-{m.group(2)}", svg)
    head, _, rest = svg.partition(">")
    head = re.sub(r'\s(role|aria-[a-z]+)="[^"]*"', "", head)
    title_id, desc_id = f"{prefix}-title", f"{prefix}-desc"
    opening = f'{head} role="img" aria-labelledby="{title_id} {desc_id}" focusable="false">'
    labels = f'<title id="{title_id}">{escape(title)}</title><desc id="{desc_id}">{escape(description)}</desc>'
    return opening + labels + rest
