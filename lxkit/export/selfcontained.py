"""Pages that only link inside their package, and the files they use (pure: strings in, strings out).

A package's pages are launched one by one by the LMS, which is the learner's navigator between
modules: links from one module page to another page of the portal (breadcrumbs, the pager,
the catalog, the logo) would leave the launched unit, so they are taken out. Every other relative
``href``/``src`` is resolved against the page, a folder link gets its explicit ``index.html``
(LMSs serve files, not folders), and the file it names is listed as used; stylesheets are followed
into their ``url(...)`` references. A link to anything outside the package is reported.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from lxkit.scriptjson import script_json
from lxkit.weburls import is_external

_TAG = re.compile(r"<(?P<name>[a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
_ATTRIBUTE = re.compile(r"""\s(?P<attr>href|src)=(?P<quote>["'])(?P<value>[^"']*)(?P=quote)""")
_PORTAL_NAV = re.compile(r'<nav class="lxkit-(?:crumbs|pager)"[^>]*>.*?</nav>', re.S)
_CSS_URL = re.compile(r"""url\(\s*(?P<quote>["']?)(?P<value>[^"')]+)(?P=quote)\s*\)""")


@dataclass(frozen=True, slots=True)
class Rewritten:
    """A page or stylesheet after rewriting: its text, the package files it uses, the links that leave it."""

    text: str
    used: frozenset[str]
    outside: tuple[str, ...]


def is_local(url: str) -> bool:
    """Whether a URL names a file of the site (not an anchor, another site or inline data)."""
    return bool(url) and not url.startswith(("#", "data:", "/")) and not is_external(url)


def resolve(base_path: str, url: str, is_file: Callable[[str], bool]) -> tuple[str, str]:
    """(package path, query and fragment) of a relative URL used in the file at ``base_path``."""
    path, mark, rest = url.partition("#")
    path, qmark, query = path.partition("?")
    target = posixpath.normpath(posixpath.join(posixpath.dirname(base_path), path)) if path else base_path
    if path.endswith("/") or (not is_file(target) and is_file(posixpath.join(target, "index.html"))):
        target = posixpath.join(target, "index.html")
    return target.removeprefix("./"), (qmark + query) + (mark + rest)


def relative(from_path: str, to_path: str) -> str:
    """Relative URL from the file ``from_path`` to the file ``to_path`` (both package paths)."""
    return posixpath.relpath(to_path, posixpath.dirname(from_path) or ".")


def rewrite_page(path: str, text: str, pages: Collection[str], is_file: Callable[[str], bool]) -> Rewritten:
    """A package page: portal navigation removed, links inside the package made explicit.

    Links to pages outside the package lose their ``href`` (an ``<a>`` without one is plain text);
    any other file outside the package is reported in ``outside``.
    """
    text = _PORTAL_NAV.sub("", text)
    used: set[str] = set()
    outside: list[str] = []

    def tag(match: re.Match[str]) -> str:
        name = match.group("name").lower()

        def attribute(found: re.Match[str]) -> str:
            raw = html.unescape(found.group("value"))
            if raw.startswith("/") and not raw.startswith("//") and name == "a":
                return ""
            if not raw.startswith("/") and not is_local(raw):
                return found.group(0)
            target, tail = resolve(path, raw, is_file) if is_local(raw) else (raw, "")
            page = target.endswith(".html")
            if (target in pages) if page else is_file(target):
                used.add(target)
                value = html.escape(relative(path, target) + tail)
                return f" {found.group('attr')}={found.group('quote')}{value}{found.group('quote')}"
            if name == "a" or page:
                return ""
            outside.append(raw)
            return found.group(0)

        return _ATTRIBUTE.sub(attribute, match.group(0))

    result = _TAG.sub(tag, text)
    return Rewritten(result, frozenset(used - {path}), tuple(outside))


def stylesheet_uses(path: str, text: str, is_file: Callable[[str], bool]) -> Rewritten:
    """The package files a stylesheet's ``url(...)`` references name (the text is kept as it is)."""
    used: set[str] = set()
    outside: list[str] = []
    for match in _CSS_URL.finditer(text):
        value = match.group("value").strip()
        if not is_local(value):
            if value.startswith("/") and not value.startswith("//"):
                outside.append(value)
            continue
        target, _ = resolve(path, value, is_file)
        (used.add(target) if is_file(target) else outside.append(value))
    return Rewritten(text, frozenset(used), tuple(outside))


def with_runtime(text: str, path: str, scripts: Sequence[str], settings: Mapping[str, Any]) -> str:
    """The page with the LMS runtime's settings (JSON) and scripts (package paths) before ``</body>``."""
    data = script_json(dict(settings), compact=False, sort_keys=True, ascii_only=True)
    tags = [f'<script type="application/json" id="lxkit-package">{data}</script>']
    tags += [f'<script src="{html.escape(relative(path, script))}"></script>' for script in scripts]
    head, marker, tail = text.rpartition("</body>")
    if not marker:
        return text + "\n".join(tags)
    return head + "\n".join(tags) + "\n" + marker + tail
