"""The one Markdown parser of lxkit (markdown-it-py), shared by the linter and the stage compiler.

Raw HTML is never passed through (``html: False`` renders it as text) and markdown-it's link
validation drops ``javascript:``, ``vbscript:``, ``file:`` and non-image ``data:`` URLs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.anchors import anchors_plugin
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.tasklists import tasklists_plugin

FACILITATOR = "facilitator"
UrlRewriter = Callable[[str], str]


def configured_parser(html: bool) -> MarkdownIt:
    """A new parser with lxkit's syntax: CommonMark, tables, admonitions, anchors (levels 2-4), footnotes.

    ``html=False`` (rendering) shows raw HTML as text; the linter asks for ``html=True`` to see it.
    """
    md = MarkdownIt("commonmark", {"html": html, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.use(admon_plugin)
    md.use(anchors_plugin, min_level=2, max_level=4, permalink=False)
    md.use(deflist_plugin).use(footnote_plugin).use(tasklists_plugin)
    return md


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    """The portal's rendering parser (raw HTML as text, unsafe link schemes dropped)."""
    return configured_parser(html=False)


def parse(text: str) -> list[Token]:
    """Block tokens of a Markdown text (``token.map`` holds 0-based line ranges)."""
    return parser().parse(text)


def admonition_kind(token: Token) -> str:
    """The type of an ``admonition_open`` token (``note``, ``facilitator``...)."""
    info = token.info.strip()
    return info.split(maxsplit=1)[0].lower() if info else ""


def split_facilitator_notes(tokens: Sequence[Token]) -> tuple[list[Token], list[Token]]:
    """(everything else, the ``!!! facilitator`` blocks), nested admonitions staying with their block."""
    others: list[Token] = []
    notes: list[Token] = []
    depth = 0
    for token in tokens:
        opening = token.type == "admonition_open"
        if depth == 0 and opening and admonition_kind(token) == FACILITATOR:
            depth = 1
        elif depth:
            depth += 1 if opening else -1 if token.type == "admonition_close" else 0
        else:
            others.append(token)
            continue
        notes.append(token)
    return others, notes


def without_facilitator_notes(tokens: Sequence[Token]) -> list[Token]:
    """Tokens minus every ``!!! facilitator`` block (the learner view)."""
    return split_facilitator_notes(tokens)[0]


def facilitator_notes(tokens: Sequence[Token]) -> list[Token]:
    """Only the tokens of ``!!! facilitator`` blocks (the facilitator guide)."""
    return split_facilitator_notes(tokens)[1]


def render(tokens: Sequence[Token], rewrite_url: UrlRewriter | None = None) -> str:
    """HTML of tokens; ``rewrite_url`` maps each link and image URL (e.g. ``02-x.md`` -> ``../02-x/``)."""
    if rewrite_url is not None:
        _rewrite(tokens, rewrite_url)
    md = parser()
    html: str = md.renderer.render(list(tokens), md.options, {})
    return html


def _rewrite(tokens: Sequence[Token], rewrite_url: UrlRewriter) -> None:
    for token in tokens:
        if token.children:
            _rewrite(token.children, rewrite_url)
        for attr in ("href", "src"):
            value = token.attrGet(attr)
            if isinstance(value, str):
                token.attrSet(attr, rewrite_url(value))


def render_markdown(text: str, rewrite_url: UrlRewriter | None = None, facilitator: bool = False) -> str:
    """Parse and render Markdown text; facilitator notes only when asked for."""
    tokens = parse(text)
    if not facilitator:
        tokens = without_facilitator_notes(tokens)
    return render(tokens, rewrite_url)


def render_inline(text: str) -> str:
    """Render a one-line Markdown snippet (front-matter text) without a wrapping paragraph."""
    html: str = parser().renderInline(text)
    return html
