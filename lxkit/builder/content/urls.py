"""Where each course file ends up in the site, and relative URLs between pages."""

from __future__ import annotations

import posixpath

from lxkit.weburls import is_external, safe_external_url


def course_url(course_id: str) -> str:
    """Site-relative URL of a course page (directory style, trailing slash)."""
    return f"courses/{course_id}/"


def module_url(course_id: str, page_name: str) -> str:
    """Site-relative URL of a module page."""
    return f"courses/{course_id}/{page_name}/"


def relative_url(from_url: str, to_url: str) -> str:
    """Relative link between two site-relative directory URLs (``a/b/`` -> ``a/c/`` = ``../c/``)."""
    base = posixpath.dirname(from_url.rstrip("/") + "/x") if from_url else "."
    target, _, fragment = to_url.partition("#")
    rel = posixpath.relpath(target or ".", base or ".")
    if (not target or target.endswith("/")) and not rel.endswith("/"):
        rel += "/"
    return rel + (f"#{fragment}" if fragment else "")


def source_to_site(source_rel: str) -> str | None:
    """Site URL of a course source path relative to the courses folder (``c/02-x.md`` -> ``courses/c/02-x/``)."""
    parts = posixpath.normpath(source_rel).split("/")
    if len(parts) != 2 or parts[0] in ("..", "."):
        return None
    course, name = parts
    if name == "index.md":
        return course_url(course)
    if name.endswith(".md"):
        return module_url(course, name[:-3])
    return f"courses/{course}/{name}"


def edit_url(repo_url: str, edit_uri: str, template: str, source_path: str) -> str | None:
    """The 'edit this page' link of a source file in the Git host, or None when not configured.

    ``template`` (``lxkit.edit.url`` with ``{path}``) wins; otherwise ``repo_url`` + ``edit_uri``
    as MkDocs users know them (``edit_uri`` is relative to the repository, not to the docs folder).
    """
    if template:
        return safe_external_url(template.replace("{path}", source_path))
    if not repo_url or not edit_uri:
        return None
    if is_external(edit_uri):
        return safe_external_url(edit_uri.rstrip("/") + "/" + source_path)
    return safe_external_url(repo_url.rstrip("/") + "/" + edit_uri.strip("/") + "/" + source_path)
