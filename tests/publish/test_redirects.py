"""Redirect pages: alias pages point at the same page of the real version; root pages know the default."""

from __future__ import annotations

import re

from jinja2 import Template
from mike.commands import _redirect_template

from lxkit.publish.redirects import (
    alias_pages,
    js_string,
    not_found_page,
    page_url,
    read_default,
    read_home,
    redirect_page,
    root_index,
    site_path,
)


def _target(html: str) -> str:
    found = re.search(r'window\.location\.replace\(("[^"]*")', html)
    assert found, html
    return str(eval(found.group(1)))  # a JSON string literal is a Python literal too


def test_page_urls_are_directory_urls() -> None:
    assert page_url("index.html") == ""
    assert page_url("courses/a/index.html") == "courses/a/"
    assert page_url("404.html") == "404.html"


def test_alias_pages_redirect_each_page_to_the_same_page_of_the_version() -> None:
    pages = alias_pages(["index.html", "courses/a/index.html", "404.html"], "1.0", "latest", "https://x.org/p/1.0/")
    assert _target(pages["index.html"]) == "../1.0/"
    assert _target(pages["courses/a/index.html"]) == "../../../1.0/courses/a/"
    assert _target(pages["404.html"]) == "../1.0/404.html"
    assert '<link rel="canonical" href="https://x.org/p/1.0/courses/a/">' in pages["courses/a/index.html"]
    assert 'http-equiv="refresh" content="0; url=../../../1.0/courses/a/"' in pages["courses/a/index.html"]
    assert "window.location.search + window.location.hash" in pages["index.html"]


def test_without_a_site_url_the_canonical_link_is_relative() -> None:
    pages = alias_pages(["courses/a/index.html"], "1.0", "latest", None)
    assert '<link rel="canonical" href="../../../1.0/courses/a/">' in pages["courses/a/index.html"]


def test_redirect_targets_cannot_break_out_of_the_script_or_attribute() -> None:
    page = redirect_page('x"</script><script>alert(1)</script>')
    assert "</script><script>alert" not in page
    assert js_string("</script>") == '"\\u003c/script\\u003e"'


def test_the_default_is_read_back_from_our_index_and_from_mikes() -> None:
    assert read_default(root_index("latest")) == "latest"
    mikes: Template = _redirect_template()
    assert read_default(mikes.render(href="stable/")) == "stable"
    assert read_default("<html>hand-written</html>") is None
    assert read_default(None) is None


def test_the_404_page_knows_the_default_and_probes_for_the_root() -> None:
    page = not_found_page("latest")
    assert 'var fallback = "latest";' in page
    assert 'roots[index] + "versions.json"' in page


def test_the_404_page_links_home_under_the_site_path_without_javascript() -> None:
    assert '<a href="/" data-lxkit-home>' in not_found_page("latest")
    page = not_found_page("latest", "/acad\"emy/")
    assert '<a href="/acad&quot;emy/" data-lxkit-home>' in page
    assert read_home(page) == '/acad"emy/'
    assert read_home("<html>hand-written</html>") == "/" and read_home(None) == "/"
    assert site_path("https://x.org/academy") == "/academy/"
    assert site_path("https://x.org") == "/" and site_path(None) == "/"
