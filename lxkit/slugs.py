"""Slugs: short keys made from author text (audiences, headings), for any script.

The one slug rule of lxkit. Letters and digits of every script are kept (``Инженеры`` and
``工程师`` get keys of their own, never an empty one), case and width are folded, and the symbols
that tell names apart are spelled out (``C++`` is ``c-plus-plus``, not ``c``). Text with no
letter or digit at all gets a short digest of itself, so distinct texts keep distinct keys.
"""

from __future__ import annotations

import hashlib
import unicodedata

_SPELLED = {"+": " plus ", "#": " sharp ", "&": " and ", "@": " at "}
_KEPT = frozenset("LNM")  # Unicode letters, numbers and marks (the vowel signs of Hindi, Thai...)


def slug(text: str, limit: int = 64) -> str:
    """A lowercase, dash-separated key of ``text`` (non-empty; at most ``limit`` characters)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    spelled = "".join(_SPELLED.get(c, c if unicodedata.category(c)[0] in _KEPT else " ") for c in folded)
    key = "-".join(spelled.split())[:limit].rstrip("-")
    if key:
        return key
    return "x-" + hashlib.sha1(folded.strip().encode("utf-8")).hexdigest()[:8]
