"""Redirect pages of a deploy tree (pure): alias pages, the root ``index.html`` and the root ``404.html``.

An alias published as redirects gets one small page per page of its version, which sends the
reader to the same page of the real version, keeping the query and the hash (like mike's
``redirect`` alias type), and whose canonical link names the real version so that search
engines index each page once. Static hosts follow neither symlinks nor server rules, so pages
are the portable way.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Iterable
from html import escape, unescape

from lxkit import weburls
from lxkit.scriptjson import script_json

DEFAULT_META = "lxkit-default"
_HOME = re.compile(r'<a href="([^"]*)" data-lxkit-home>')
_DEFAULT_PATTERNS = (  # each with how its text is escaped (mike HTML-escapes its script too)
    (re.compile(r'<meta name="lxkit-default" content="([^"]+)"'), unescape),
    (re.compile(r'window\.location\.replace\(\s*("(?:[^"\\/]|\\.)+)/?"'), lambda text: unescape(_js_text(text + '"'))),
    (re.compile(r'http-equiv="refresh" content="\d+;\s*url=([^"/]+)/?"'), unescape),
)

_REDIRECT = """\
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Redirecting…</title>
  <meta name="robots" content="noindex">{extra_meta}{canonical}
  <noscript><meta http-equiv="refresh" content="0; url={href}"></noscript>
  <script>window.location.replace({href_js} + window.location.search + window.location.hash);</script>
</head>
<body>
  <p>Redirecting to <a href="{href}">{href}</a>…</p>
</body>
</html>
"""

_NOT_FOUND = """\
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Page not found</title>
  <meta name="robots" content="noindex">
  <script>
  (function () {{
    var fallback = {default_js};
    var path = window.location.pathname;
    var tail = window.location.search + window.location.hash;
    var roots = [], at = path.indexOf("/");
    while (at >= 0) {{ roots.push(path.slice(0, at + 1)); at = path.indexOf("/", at + 1); }}
    function names(versions) {{
      var all = [];
      versions.forEach(function (v) {{ all.push(v.version); all = all.concat(v.aliases || []); }});
      return all;
    }}
    function go(root, versions) {{
      var rest = path.slice(root.length), first = rest.split("/")[0], more = rest.slice(first.length + 1);
      if (names(versions).indexOf(first) < 0) {{
        window.location.replace(root + fallback + "/" + rest + tail);
      }} else if (more) {{
        window.location.replace(root + first + "/");
      }}
    }}
    function probe(index) {{
      if (index >= roots.length) {{ return; }}
      fetch(roots[index] + "versions.json").then(function (response) {{
        return response.ok ? response.json() : Promise.reject(response.status);
      }}).then(function (versions) {{
        if (!Array.isArray(versions)) {{ throw new Error("not a versions file"); }}
        go(roots[index], versions);
      }}).catch(function () {{ probe(index + 1); }});
    }}
    probe(0);
  }})();
  </script>
</head>
<body>
  <h1>Page not found</h1>
  <p>This page does not exist (any more). Try the <a href="{home}" data-lxkit-home>portal's home page</a>.</p>
</body>
</html>
"""


def js_string(text: str) -> str:
    """A JavaScript string literal that is also safe inside an HTML ``<script>`` element."""
    return script_json(text, ascii_only=True)


def redirect_page(href: str, canonical: str | None = None, default: str | None = None) -> str:
    """A page that sends the reader to ``href`` (relative or absolute), keeping query and hash."""
    return _REDIRECT.format(
        href=escape(href, quote=True),
        href_js=js_string(href),
        canonical=f'\n  <link rel="canonical" href="{escape(canonical, quote=True)}">' if canonical else "",
        extra_meta=f'\n  <meta name="{DEFAULT_META}" content="{escape(default, quote=True)}">' if default else "",
    )


def page_url(html_path: str) -> str:
    """The directory-style URL of a built page (``a/index.html`` -> ``a/``; ``404.html`` stays)."""
    if html_path == "index.html":
        return ""
    if posixpath.basename(html_path) == "index.html":
        return posixpath.dirname(html_path) + "/"
    return html_path


def alias_pages(html_paths: Iterable[str], version: str, alias: str, version_url: str | None) -> dict[str, str]:
    """Redirect pages of ``alias``: for each page of ``version`` (paths relative to the version folder).

    Returns paths relative to the alias folder -> HTML. ``version_url`` is the version's absolute
    URL (the site_url it was built with); without it the canonical link is relative.
    """
    pages = {}
    for path in html_paths:
        source_dir = posixpath.dirname(posixpath.join(alias, path))
        target = posixpath.join(version, page_url(path))
        href = posixpath.relpath(target, source_dir)
        href = href + "/" if target.endswith("/") else href
        canonical = version_url.rstrip("/") + "/" + page_url(path) if version_url else href
        pages[path] = redirect_page(href, canonical)
    return pages


def root_index(default: str) -> str:
    """The deploy tree's ``index.html``: a redirect to the default version or alias, which it records."""
    return redirect_page(f"{default}/", default=default)


def not_found_page(default: str, home: str = "/") -> str:
    """The deploy tree's ``404.html``: sends unversioned links to the default version.

    ``/courses/x/`` becomes ``/<default>/courses/x/``; a page missing in a known version goes to
    that version's home. The deploy root is found by probing for ``versions.json``, so the page
    also works when the portal is served under a path prefix (``/academy/``). Without JavaScript
    it links to ``home``, the path of the deploy root (the site URL's path; the page may be served
    at any depth, so the link cannot be relative).
    """
    return _NOT_FOUND.format(default_js=js_string(default), home=escape(site_path(home)))


def site_path(url: str | None) -> str:
    """The path of a site URL (``https://x.org/academy`` -> ``/academy/``); ``/`` without one."""
    if not url:
        return "/"
    path = weburls.path(url) or "/"
    return path if path.endswith("/") else path + "/"


def read_home(not_found_html: str | None) -> str:
    """The home path recorded in a ``404.html`` written by lxkit (``/`` when there is none)."""
    match = _HOME.search(not_found_html or "")
    return site_path(unescape(match.group(1))) if match else "/"


def read_default(index_html: str | None) -> str | None:
    """The default version recorded in a root ``index.html`` (written by lxkit or by ``mike set-default``)."""
    if not index_html:
        return None
    for pattern, decode in _DEFAULT_PATTERNS:
        match = pattern.search(index_html)
        if match:
            return decode(match.group(1)) or None
    return None


def _js_text(literal: str) -> str:
    """The text of a JavaScript string literal as lxkit and mike write them (JSON), or '' if it is not one."""
    try:
        text = json.loads(literal)
    except ValueError:
        return ""
    return text if isinstance(text, str) else ""
