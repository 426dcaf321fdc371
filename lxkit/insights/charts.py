"""Vega-Lite specs to static, accessible SVG, offline (vl-convert: Vega's own renderer, no browser,
no CDN), remembered by the digest of their spec so a build renders only charts whose data changed;
the charts of one build are drawn on several threads at once (vl-convert draws in parallel).

The SVG gets ``role="img"``, a ``<title>`` and a ``<desc>`` named by ``aria-labelledby``, and its
ids are prefixed so that several charts can share a page.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from lxkit.exceptions import UsageError

_ID = re.compile(r'(\bid="|url\(#|href="#)([^")]+)')
MAX_THREADS = 4


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
        partial = cached.with_suffix(f".{os.getpid()}-{threading.get_ident()}.partial")  # one per writer
        partial.write_text(svg, "utf-8")
        partial.replace(cached)
    return svg


def render_svgs(specs: Sequence[dict[str, Any]], cache: Path | None) -> tuple[str, ...]:
    """Each chart as SVG text (:func:`render_svg`), in order; the ones not in ``cache`` drawn concurrently.

    A chart that appears twice (same spec) is drawn once, so no two threads write the same cache file.
    """
    unique = {spec_digest(spec): spec for spec in specs}
    threads = max(1, min(MAX_THREADS, os.cpu_count() or 1, len(unique)))
    with ThreadPoolExecutor(max_workers=threads) as pool:
        drawn = dict(zip(unique, pool.map(lambda spec: render_svg(spec, cache), unique.values()), strict=True))
    return tuple(drawn[spec_digest(spec)] for spec in specs)


def draw_ahead(specs: Sequence[dict[str, Any]], cache: Path) -> Future[tuple[str, ...]] | None:
    """Start drawing, on a background thread, the charts ``cache`` does not have yet (None: it has them all).

    The build calls this as soon as it has read the results, so the charts are drawn while it does the
    rest of its work; :func:`render_svgs` then finds them in the cache (wait for the future first).
    """
    missing = [spec for spec in specs if not (cache / f"{spec_digest(spec)}.svg").is_file()]
    if not missing:
        return None
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lxkit-charts")
    future = pool.submit(render_svgs, missing, cache)
    pool.shutdown(wait=False)
    return future


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
