"""The one Markdown parser of lxkit (markdown-it-py), shared by the linter and the stage compiler.

Raw HTML is never passed through (``html: False`` renders it as text) and markdown-it's link
validation drops ``javascript:``, ``vbscript:``, ``file:`` and non-image ``data:`` URLs.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.anchors import anchors_plugin
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.tasklists import tasklists_plugin

FACILITATOR = "facilitator"
UrlRewriter = Callable[[str], str]


_UNDERLINE = re.compile(r"^[ \t>]*(?:=+|-+)[ \t]*$", re.M)
_DEFINITION = re.compile(r"^[ \t>]*[:~]", re.M)
_CR = re.compile(r"\r\n?")

# Block rules that can only match where their marker occurs (a superset test on the raw text).
OPTIONAL_BLOCK_RULES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("lheading", lambda text: _UNDERLINE.search(text) is not None),
    ("table", lambda text: "|" in text),
    ("admonition", lambda text: "!!!" in text or "???" in text),
    ("footnote_def", lambda text: "[^" in text),
    ("deflist", lambda text: _DEFINITION.search(text) is not None),
    ("html_block", lambda text: "<" in text),
    ("fence", lambda text: "```" in text or "~~~" in text),
    ("blockquote", lambda text: ">" in text),
)


def absent_block_rules(text: str) -> frozenset[str]:
    """Block rules that cannot match anywhere in ``text``: switching them off gives the same tokens, faster.

    Each block rule is also tried at every line of every paragraph (to end it), so a rule that
    cannot match costs time in proportion to the text; setext headings cost most.
    """
    if "\r" in text:  # markdown-it ends lines at CR and CRLF too; the tests above look for LF
        text = _CR.sub("\n", text)
    return frozenset(name for name, occurs in OPTIONAL_BLOCK_RULES if not occurs(text))


def configured_parser(html: bool, skip: frozenset[str] = frozenset()) -> MarkdownIt:
    """A new parser with lxkit's syntax: CommonMark, tables, admonitions, anchors (levels 2-4), footnotes.

    ``html=False`` (rendering) shows raw HTML as text; the linter asks for ``html=True`` to see it.
    ``skip`` names block rules to switch off (see :func:`absent_block_rules`).
    """
    md = MarkdownIt("commonmark", {"html": html, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.use(admon_plugin)
    md.use(anchors_plugin, min_level=2, max_level=4, permalink=False)
    md.use(deflist_plugin).use(footnote_plugin).use(tasklists_plugin)
    if skip:
        md.disable(sorted(skip))
    return md


def parser() -> MarkdownIt:
    """The portal's rendering parser (raw HTML as text, unsafe link schemes dropped).

    Its renderer rewrites link and image URLs with the ``rewrite_url`` of the render's ``env``
    (on copies of the tokens, so parsed tokens can be rendered for several pages).
    """
    return _rendering_parser(frozenset())


@lru_cache(maxsize=64)
def _rendering_parser(skip: frozenset[str]) -> MarkdownIt:
    md = configured_parser(html=False, skip=skip)
    md.add_render_rule("link_open", _render_link_open)
    md.add_render_rule("image", _render_image)
    return md


def _rewritten(token: Token, attr: str, env: dict[str, Any]) -> Token:
    rewrite: UrlRewriter | None = env.get("rewrite_url")
    value = token.attrGet(attr)
    if rewrite is None or not isinstance(value, str):
        return token
    copy = token.copy(attrs=dict(token.attrs))
    copy.attrSet(attr, rewrite(value))
    return copy


def _render_link_open(self: RendererHTML, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    return self.renderToken([_rewritten(tokens[idx], "href", env)], 0, options, env)


def _render_image(self: RendererHTML, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    return RendererHTML.image(self, [_rewritten(tokens[idx], "src", env)], 0, options, env)


def parse(text: str) -> list[Token]:
    """Block tokens of a Markdown text (``token.map`` holds 0-based line ranges)."""
    return _rendering_parser(absent_block_rules(text)).parse(text)


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
    """HTML of tokens; ``rewrite_url`` maps each link and image URL (e.g. ``02-x.md`` -> ``../02-x/``).

    The tokens are not changed: the same parse can be rendered for several pages.
    """
    md = parser()
    html: str = md.renderer.render(tokens, md.options, {"rewrite_url": rewrite_url})
    return html


class ParsedTexts:
    """Markdown texts parsed once each: a course's bodies, shared by its views and its facilitator guide.

    Rendered HTML is remembered by :meth:`html` under a key (the page and the variant) and the text,
    and can be handed to a later build (``known``): a rebuild after an edit of one module of a
    course then parses and renders that module only.
    """

    def __init__(self, known: Mapping[str, str] | None = None) -> None:
        """Nothing is parsed until asked for; ``known``: :attr:`rendered` of an earlier build."""
        self._tokens: dict[str, tuple[Token, ...]] = {}
        self.known: Mapping[str, str] = known or {}
        self.rendered: dict[str, str] = {}

    def tokens(self, text: str) -> tuple[Token, ...]:
        """The block tokens of a text (parsed on first use; never change them)."""
        found = self._tokens.get(text)
        if found is None:
            found = self._tokens[text] = tuple(parse(text))
        return found

    def html(self, key: str, text: str, make: Callable[[tuple[Token, ...]], str]) -> str:
        """``make(tokens of text)``, unless the HTML of this key and text is known."""
        memo = hashlib.sha256(f"{key}\0{text}".encode()).hexdigest()[:32]
        found = self.rendered.get(memo) or self.known.get(memo)
        if found is None:
            found = make(self.tokens(text))
        self.rendered[memo] = found
        return found


def render_markdown(
    text: str,
    rewrite_url: UrlRewriter | None = None,
    facilitator: bool = False,
    texts: ParsedTexts | None = None,
    key: str = "",
) -> str:
    """Render Markdown text, facilitator notes only when asked for.

    With ``texts`` the text is parsed once for all its renders, and with a ``key`` (what
    ``rewrite_url`` depends on: the page's URL) its HTML is remembered (:meth:`ParsedTexts.html`).
    """

    def make(tokens: Sequence[Token]) -> str:
        return render(tokens if facilitator else without_facilitator_notes(tokens), rewrite_url)

    if texts is None:
        return make(parse(text))
    if not key:
        return make(texts.tokens(text))
    return texts.html(f"{'facilitator' if facilitator else 'learner'}:{key}", text, make)


@lru_cache(maxsize=4096)
def render_inline(text: str) -> str:
    """Render a one-line Markdown snippet (front-matter text) without a wrapping paragraph."""
    html: str = parser().renderInline(text)
    return html
