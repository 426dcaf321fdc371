"""lxkit's search entries are exactly Material's, on real pages, odd HTML and any page metadata."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from material.plugins.search.plugin import SearchIndex

from lxkit.builder.content.pages import Flavour
from lxkit.builder.content.stage import stage_portal
from lxkit.builder.render.search_parser import index_page, page_entries, tokens
from lxkit.config import load_config
from lxkit.loader import load_portal
from lxkit.model import Portal
from tests.conftest import REPO

SETTINGS: dict[str, Any] = {"lang": ["en"], "separator": r"[\s\-]+", "pipeline": [], "fields": {}}

ODD_HTML = [
    "<h1 id='single'>Single quotes</h1><p>text</p>",
    '<h2 id="a">A &amp; B &lt;tag&gt; &#233;</h2><p>caf&eacute; &copy; 1 < 2</p>',
    '<!-- a comment --><h2 id="c">After a comment</h2><p>x</p>',
    "<h2 id=\"s\">Script</h2><script>var x = '<p>not text</p>';</script><p>after</p>",
    '<H2 ID="UP">Upper case</H2><P>Para<BR/>graph</P>',
    '<h2 id="v">Void</h2><p>a<br>b<img src="x.png" alt="">c<input checked disabled></p>',
    '<h2 id="x" data-search-exclude>Excluded</h2><p>hidden</p><h2 id="y">Kept</h2><p>shown</p>',
    '<div class="linenodiv"><pre>1\n2</pre></div><pre><code>code  with\n  spaces</code></pre>',
    "<p>trailing ampersand &amp",
    "text before any tag <p>then a paragraph</p>",
    "<ul>\n<li>one</li>\n<li>   </li>\n</ul><p></p><p>  \n </p>",
    '<svg viewBox="0 0 1 1"><path d="M0 0"/></svg><h3 id="after-svg">After</h3>',
    '<h2 id="n">Nested <a class="headerlink" href="#n">¶</a> title</h2>',
    '<p title="a > b">greater than in an attribute</p><p data-x="&quot;q&quot;">quoted</p>',
    '<p><textarea id="t" rows="3">a <b>bold</b> &amp; c</textarea></p>',
    "<p>a&#1;b</p><script></script>&#1;<p>&#1;</p>",
    "&#1;<h2 id='e'>Empty text first</h2>",
    '<p>&#1;</p><h2 id="f">Fast path, empty text</h2>',
    '<h2 id="p">T <a class="headerlink" href="#p">¶</a> <em>x</em></h2><p>x &gt; y > z &nbsp; </p>',
    '<svg><path d="M0"/><g/></svg><h2 id="q">Q</h2><p>after<span/>svg</p>',
    "<div data-search-exclude><div>inner</div>after</div><p>kept</p>",
    '<P CLASS="linenodiv">x</P><p>y</p><DIV Data-Search-Exclude>z</DIV>',
    '<section><h2 id="n1">N</h2><p>t</p></section><p>after section</p><div><h3 id="n2">M</h3></div></p>',
    "<pre><code>a\n\n  b</code></pre><pre>  </pre><p>\n \n</p><ul><li><p>x</p></li></ul>",
    '<a class="headerlink" href="#">outside</a><h1 id="one">One <a class="headerlink">x</a></h1>text',
    '<p class="&#108;inenodiv">entity class</p><p>z</p>',
]


def entries(html: str, fast: bool, meta: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Search entries of one page's content, with lxkit's or with Material's parsing and entries."""
    meta = {"title": "A page"} if meta is None else meta
    page = SimpleNamespace(content=html, toc=[], url="page/", meta=meta, title="A page")
    if fast:
        return page_entries(page.content, page.meta, page.url, page.title)
    index = SearchIndex(**SETTINGS)
    index.add_entry_from_context(page)
    return list(index.entries)


@pytest.mark.parametrize("html", ODD_HTML)
def test_odd_html_gives_materials_entries(html: str) -> None:
    assert entries(html, fast=True) == entries(html, fast=False)


METAS: list[dict[str, Any]] = [
    {"title": "Titled"},
    {},  # no title in the front-matter: the page's own title
    {"title": "Tagged", "tags": ["data", 3, "", None, True, ["nested"], 1.5]},
    {"title": "Not a list of tags", "tags": "data"},
    {"title": "Boosted", "search": {"boost": 2}},
    {"title": "Excluded", "search": {"exclude": True}},
    {"title": "Empty search settings", "search": None},
]


@pytest.mark.parametrize("meta", METAS)
def test_page_metadata_gives_materials_entries(meta: dict[str, Any]) -> None:
    html = '<p>intro</p><h2 id="a">A</h2><p>text</p><h3 id="b" data-search-exclude>B</h3><p>x</p>'
    assert entries(html, True, meta) == entries(html, False, meta)


def test_lxkit_sections_feed_materials_index() -> None:
    """With Chinese word segmentation lxkit hands its sections to Material's index: same entries."""
    html = '<h1 id="t">Title</h1><p>text</p><h2 id="s">Section</h2><p>more</p>'
    page = SimpleNamespace(content=html, toc=[], url="page/", meta={"title": "A page"}, title="A page")
    index = SearchIndex(**SETTINGS)
    index_page(index, page)
    assert index.entries == entries(html, fast=False)


def _bodies(portal: Portal) -> list[str]:
    return [
        page.content.split("---\n", 2)[2].strip()
        for flavour in Flavour
        for page in stage_portal(portal, flavour)
        if page.path.endswith(".md")
    ]


def test_every_sample_page_gives_materials_entries(sample_portal: Portal) -> None:
    bodies = _bodies(sample_portal)
    assert all(tokens(body) is not None for body in bodies)  # lxkit's pages take the fast path
    for body in bodies:
        assert entries(body, fast=True) == entries(body, fast=False)


def test_hostile_pages_give_materials_entries(hostile_portal: Portal) -> None:
    for body in _bodies(hostile_portal):
        assert entries(body, fast=True) == entries(body, fast=False)


def test_generated_benchmark_pages_give_materials_entries(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("bench_generate", REPO / "bench" / "generate.py")
    assert spec is not None and spec.loader is not None
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    generate.generate_portal(tmp_path, courses=2, modules=3)
    portal = load_portal(load_config(tmp_path / "mkdocs.yml"))
    for body in _bodies(portal):
        assert tokens(body) is not None
        assert entries(body, fast=True) == entries(body, fast=False)
