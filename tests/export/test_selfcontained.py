"""Pages made self-contained: portal navigation out, package links explicit, outside links dropped."""

from __future__ import annotations

from lxkit.export.selfcontained import rewrite_page, stylesheet_uses

PAGE = "courses/c/01-a/index.html"
FILES = {PAGE, "courses/c/02-b/index.html", "assets/main.css", "assets/font.woff2", "courses/c/img.png"}


def is_file(path: str) -> bool:
    return path in FILES


def test_links_inside_the_package_become_explicit_and_are_listed() -> None:
    html = '<link href="../../../assets/main.css"><img src="../img.png"><a href="../02-b/#top">next</a>'
    done = rewrite_page(PAGE, html, {PAGE, "courses/c/02-b/index.html"}, is_file)
    assert done.text == (
        '<link href="../../../assets/main.css"><img src="../img.png"><a href="../02-b/index.html#top">next</a>'
    )
    assert done.used == {"assets/main.css", "courses/c/img.png", "courses/c/02-b/index.html"}
    assert done.outside == ()


def test_links_to_pages_outside_the_package_lose_their_href() -> None:
    html = '<a href="../../.." class="logo">Home</a><a href="/courses/">x</a><link rel="prev" href="../">'
    done = rewrite_page(PAGE, html, {PAGE}, is_file)
    assert done.text == '<a class="logo">Home</a><a>x</a><link rel="prev">'
    assert done.used == frozenset() and done.outside == ()


def test_portal_navigation_is_taken_out_and_other_sites_are_kept() -> None:
    html = (
        '<nav class="lxkit-crumbs" aria-label="Breadcrumb"><ol><li><a href="../">Course</a></li></ol></nav>'
        '<a href="https://example.org/x?a=1&amp;b=2">out</a><a href="#pre-work">in</a>'
        '<nav class="lxkit-pager" aria-label="Weeks"><a href="../02-b/">next</a></nav>'
    )
    done = rewrite_page(PAGE, html, {PAGE}, is_file)
    assert done.text == '<a href="https://example.org/x?a=1&amp;b=2">out</a><a href="#pre-work">in</a>'


def test_a_missing_file_is_reported() -> None:
    done = rewrite_page(PAGE, '<script src="../../../assets/gone.js"></script><img src="/logo.png">', {PAGE}, is_file)
    assert done.outside == ("../../../assets/gone.js", "/logo.png")


def test_stylesheets_are_followed_into_their_url_references() -> None:
    css = 'a{background:url("font.woff2")} b{background:url(data:image/png;base64,AA)} c{src:url(/x.woff)}'
    done = stylesheet_uses("assets/main.css", css, is_file)
    assert done.used == {"assets/font.woff2"} and done.outside == ("/x.woff",)
