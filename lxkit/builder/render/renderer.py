"""MkDocs + Material set up once per view, rendering one staged page at a time.

This is MkDocs' own build loop (``mkdocs.commands.build``) taken apart so that lxkit can render
only the pages whose staged text changed: the configuration, the theme's Jinja environment and
the navigation are made once; a page is then the theme's ``main.html`` rendered with MkDocs'
page context, exactly as ``mkdocs build`` renders it.

Two things differ from ``mkdocs build``, both by design:

* The staged page body is HTML that lxkit already rendered from the author's Markdown (with raw
  HTML disabled); MkDocs' Python-Markdown pass leaves such a body unchanged (tested), so it is
  skipped and the body is the page content.
* The page context's ``pages`` (the list of every page of the site) is empty: lxkit's navigation
  lists only the portal-wide pages, and a page's HTML must not depend on other pages, so that
  the size and cost of a page do not grow with the catalog.

Only Material's search plugin is supported here; a portal that configures other MkDocs plugins
is built with a full ``mkdocs build`` instead (:mod:`lxkit.builder.api`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxkit.builder.content.pages import StagedPage
from lxkit.builder.render.mkdocs_config import load_mkdocs_config, settings_for_build
from lxkit.builder.render.pdf import staged_bytes
from lxkit.builder.render.runner import mkdocs_logging, theme_errors
from lxkit.builder.render.search import SearchSettings, page_fragment, search_settings, strip_search_attributes
from lxkit.builder.render.shells import Shell, front_matter, locate, shell_key
from lxkit.model import PortalConfig


@dataclass(frozen=True)
class ViewSpec:
    """How to set up MkDocs for one view: where it writes, its navigation and site settings."""

    flavour: str
    site_dir: Path
    docs_dir: Path
    nav: tuple[Mapping[str, str], ...]
    site_url: str | None = None
    extra: Mapping[str, Any] | None = None
    template_cache: Path | None = None


@dataclass(frozen=True)
class RenderedPage:
    """The output of one staged page: its path under the view's site folder, bytes, search entries.

    ``shell``: where the page's body sits in the output, so that a later build can put a new body
    in its place (:mod:`lxkit.builder.render.shells`); None when it cannot be found.
    """

    dest: str
    data: bytes | None
    fragment: str
    shell: Shell | None = None


# MkDocs' Markdown suffixes (``mkdocs.utils.markdown_extensions``): staged files with another suffix are data.
MARKDOWN_SUFFIXES = (".markdown", ".mdown", ".mkdn", ".mkd", ".md")


def data_file(staged: StagedPage) -> RenderedPage | None:
    """A staged file that is not a page (``catalog.json``, a handout's PDF); None for a page.

    Written as staged, except a handout, whose staged print HTML becomes its PDF
    (:mod:`~lxkit.builder.render.pdf`). MkDocs copies such a file to the same path; no view needs
    to be set up for it.
    """
    if staged.path.endswith(MARKDOWN_SUFFIXES):
        return None
    return RenderedPage(staged.path, staged_bytes(staged.path, staged.content), "")


def _bytecode_cache(folder: Path) -> Any:
    """Jinja's cache of compiled templates (keyed by each template's source; safe to share)."""
    from jinja2 import FileSystemBytecodeCache

    folder.mkdir(parents=True, exist_ok=True)
    return FileSystemBytecodeCache(str(folder))


def _one_environment(theme: Any, template_cache: Path | None) -> Any:
    """The theme's Jinja environment, made once and given to everyone who asks the theme for one.

    Material's search plugin asks for a new environment three times while it is configured (to
    translate its settings), which compiled the language templates every time; with one shared
    environment and the on-disk cache of compiled templates that is done once.
    """
    env = theme.get_env()
    if template_cache is not None:
        env.bytecode_cache = _bytecode_cache(template_cache)
    theme.get_env = lambda: env
    return env


def share_compiled_templates(folder: Path) -> None:
    """Let the stage compiler's fragment templates use the same on-disk cache of compiled templates.

    The fragment environment lives as long as the process, so a later build (another portal, or
    a publish into a temporary folder that is gone) gets its own cache folder, never a stale one.
    """
    from lxkit.builder.content.fragments import environment

    fragments = environment()
    if getattr(fragments.bytecode_cache, "directory", None) != str(folder) or not folder.is_dir():
        fragments.bytecode_cache = _bytecode_cache(folder)


class ViewRenderer:
    """Renders the pages of one view (learner or trainer) with MkDocs and Material."""

    def __init__(self, config: PortalConfig, spec: ViewSpec) -> None:
        """Validate the MkDocs settings, load the theme and build the navigation."""
        from mkdocs.structure.files import File, Files
        from mkdocs.structure.nav import get_navigation

        self.spec = spec
        spec.docs_dir.mkdir(parents=True, exist_ok=True)
        settings = settings_for_build(
            config, spec.docs_dir, spec.site_dir, [dict(item) for item in spec.nav], spec.site_url, spec.extra
        )
        with mkdocs_logging() as self.warnings:
            mkdocs_config = load_mkdocs_config(config, settings)
            self.env: Any = _one_environment(mkdocs_config.theme, spec.template_cache)
            self.mkdocs: Any = mkdocs_config.plugins.on_config(mkdocs_config)
            self.use_directory_urls = bool(self.mkdocs["use_directory_urls"])
            paths = [path for item in spec.nav for path in item.values()]
            nav_files = Files([self.file_for(path, File) for path in paths])
            self.nav: Any = get_navigation(nav_files, self.mkdocs)
        self.nav_pages: dict[str, Any] = {page.file.src_uri: page for page in self.nav.pages}
        self.search: SearchSettings | None = search_settings(self.mkdocs)

    def file_for(self, src: str, file_class: Any = None) -> Any:
        """MkDocs' File object of a staged path in this view."""
        if file_class is None:
            from mkdocs.structure.files import File as file_class
        return file_class(src, str(self.spec.docs_dir), str(self.spec.site_dir), self.use_directory_urls)

    def dest_of(self, src: str) -> str:
        """Output path (relative to the view's site folder) of a staged file."""
        return str(self.file_for(src).dest_uri)

    def render(self, staged: StagedPage) -> RenderedPage:
        """Render one staged page (or pass a staged data file such as ``catalog.json`` through)."""
        passed = data_file(staged)
        if passed is not None:
            return passed
        file = self.file_for(staged.path)
        page = self._page(file, staged.content)
        fragment = ""
        if self.search is not None:
            fragment = page_fragment(self.search, page)
            page.content = strip_search_attributes(page.content)
        output = self._render_template(page)
        data = output.encode("utf-8", errors="xmlcharrefreplace") if output.strip() else None
        return RenderedPage(file.dest_uri, data, fragment, self._shell(staged, page, output))

    def _shell(self, staged: StagedPage, page: Any, output: str) -> Shell | None:
        front = front_matter(staged.content)
        if front is None or "title" not in page.meta or not output.strip():
            return None
        return locate(output, shell_key(staged.path, front, page.content), page.content, page.url)

    def _page(self, file: Any, text: str) -> Any:
        from mkdocs.structure.pages import Page
        from mkdocs.structure.toc import get_toc
        from mkdocs.utils.meta import get_data

        markdown, meta = get_data(text)
        page = self.nav_pages.get(file.src_uri) or Page(None, file, self.mkdocs)
        page.markdown, page.meta = markdown, meta
        page.content = markdown.strip()
        page.toc = get_toc([])
        return page

    def _render_template(self, page: Any) -> str:
        from mkdocs.commands.build import get_context

        self.mkdocs._current_page = page
        page.active = True
        try:
            context = get_context(self.nav, [], self.mkdocs, page)
            with theme_errors(page.file.src_uri):
                output: str = self.env.get_template(page.meta.get("template", "main.html")).render(context)
        finally:
            page.active = False
            self.mkdocs._current_page = None
            if page.file.src_uri not in self.nav_pages:
                page.file.page = None
        return output

    def theme_files(self) -> list[tuple[str, str]]:
        """(absolute source, output path in the view) of the theme's static files."""
        from mkdocs.structure.files import Files

        files = Files([])
        files.add_files_from_theme(self.env, self.mkdocs)
        return [(str(f.abs_src_path), str(f.dest_uri)) for f in files]

    def warm_up(self) -> None:
        """Compile the theme's page templates now (before worker processes are forked to share them)."""
        from mkdocs.commands.build import get_context

        with theme_errors("404.html"):
            self.env.get_template("main.html")
            self.env.get_template("404.html").render(get_context(self.nav, [], self.mkdocs, base_url=""))
