"""The theme's site-wide templates of one view: ``404.html`` and ``sitemap.xml`` (with its ``.gz``).

Rendered as MkDocs renders them (``_build_theme_template``), from the list of the view's pages.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from lxkit import weburls
from lxkit.builder.render.runner import theme_errors

if TYPE_CHECKING:
    from lxkit.builder.render.renderer import ViewRenderer

SITEMAP = "sitemap.xml"


def _sitemap_files(renderer: ViewRenderer, srcs: Sequence[str]) -> list[Any]:
    """A File with its Page for every documentation page, in site order."""
    from mkdocs.structure.pages import Page

    files = []
    for src in srcs:
        nav_page = renderer.nav_pages.get(src)
        if nav_page is not None:
            files.append(nav_page.file)
            continue
        file = renderer.file_for(src)
        if file.is_documentation_page():
            Page(None, file, renderer.mkdocs)
            files.append(file)
    return files


def _gzipped(data: bytes, filename: str, pages: Sequence[Any]) -> bytes:
    from mkdocs.utils import get_build_timestamp

    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, filename=filename, mode="wb", mtime=get_build_timestamp(pages=pages)) as gz:
        gz.write(data)
    return buffer.getvalue()


def render_site_templates(renderer: ViewRenderer, srcs: Sequence[str]) -> dict[str, bytes]:
    """``{output path: bytes}`` of the static templates (empty outputs are skipped, as MkDocs does)."""
    from jinja2.exceptions import TemplateNotFound
    from mkdocs import utils
    from mkdocs.commands.build import get_context

    config = renderer.mkdocs
    files = _sitemap_files(renderer, srcs)
    outputs: dict[str, bytes] = {}
    for name in sorted(config.theme.static_templates):
        try:
            template = renderer.env.get_template(name)
        except TemplateNotFound:
            continue
        if utils.is_error_template(name):
            base_url = weburls.path(config.site_url or "/")
        else:
            base_url = utils.get_relative_url(".", name)
        with theme_errors(name):
            output: str = template.render(get_context(renderer.nav, files, config, base_url=base_url))
        if not output.strip():
            continue
        outputs[name] = output.encode("utf-8")
        if name == SITEMAP:
            gz_path = str(renderer.spec.site_dir / f"{name}.gz")
            outputs[f"{name}.gz"] = _gzipped(outputs[name], gz_path, [f.page for f in files if f.page is not None])
    for file in files:
        if file.src_uri not in renderer.nav_pages:
            file.page = None
    return outputs
