"""JSON inside an HTML ``<script>`` element: the one writer (JSON-LD, redirect pages, LMS packages).

``<``, ``>`` and ``&`` are written as ``\\u`` escapes, so no text can close the element
(``</script>``) or open a comment (``<!--``); U+2028 and U+2029 are escaped too, since older
JavaScript engines end a string at them. The result is still JSON with the same value.
"""

from __future__ import annotations

import json
from typing import Any

_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def script_json(data: Any, *, compact: bool = True, sort_keys: bool = False, ascii_only: bool = False) -> str:
    """``data`` as JSON that is safe inside ``<script>`` (compact, keys in order, non-ASCII kept by default)."""
    separators = (",", ":") if compact else None
    text = json.dumps(data, ensure_ascii=ascii_only, separators=separators, sort_keys=sort_keys)
    return text.translate(_ESCAPES)
