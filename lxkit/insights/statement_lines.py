"""What is wrong with a statements file that ``lxkit insights --from`` cannot use, said for the person
who exported it: which line, why it is no xAPI statement, and how to make the file JSON lines.

Only the error path reads lines in Python (DuckDB reads the file itself and just counts the lines that
are no statement, :func:`lxkit.insights.store.ingest_file`).
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

FORMAT = "JSON lines (one xAPI statement per line, as an LRS exports them)"
_REQUIRED = (("id",), ("timestamp",), ("verb", "id"), ("object", "id"))


def empty_message(path: Path) -> str:
    """A statements file with nothing in it."""
    return (
        f"{path} is empty: it holds no statements; export them from your LRS as {FORMAT} into it, "
        "or pass the file that holds them with --from"
    )


def packed_message(path: Path) -> str:
    """What to do with a compressed export (gzip or zip) or one saved as UTF-16, "" when the file is neither."""
    with path.open("rb") as handle:
        magic = handle.read(4)
    if magic.startswith(b"\x1f\x8b"):
        unpacked = path.with_suffix("") if path.suffix == ".gz" else path.with_name(path.name + ".jsonl")
        how = f"gunzip -c {path} > {unpacked}"
    elif magic == b"PK\x03\x04":
        unpacked = path.with_suffix("")
        how = f"unzip {path} -d {unpacked}"
    elif magic.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(magic) == 4 and b"\x00" in magic):
        how = f"iconv -f UTF-16 -t UTF-8 {path} > {_lines_name(path)}"
        return f"{path} is saved as UTF-16: save it as UTF-8 ({how}) and pass that file to --from"
    else:
        return ""
    return f"{path} is compressed: unpack it first ({how}) and pass the JSON-lines file in it to --from"


def no_statements_message(path: Path, start: int, end: int, skipped: int = 0) -> str:
    """Why the lines between ``start`` and ``end`` (bytes) gave no statement: the first bad line's place
    and reason; ``skipped`` > 0 says that many were skipped while the other lines were read."""
    line, text = _first_bad_line(path, start, end)
    where = f"{path}:{line}:1"
    reason = line_problem(text, line, path)
    if skipped == 1:
        return f"{where}: {reason}; this line is no xAPI statement and was skipped, the others were read"
    if skipped:
        return f"{skipped} lines of {path} are no xAPI statement and were skipped, the first: {where}: {reason}"
    return f"{where}: {reason}; nothing was read"


def line_problem(text: str, line: int = 0, path: Path | None = None) -> str:
    """Why one line is no statement, and the change that makes it one."""
    stripped = text.strip()
    value = _json(stripped)
    if line == 1 and value is None and (stripped.startswith("[") or stripped == "{"):
        return _convert("the file is JSON written over several lines, not JSON lines", path)
    if value is None:
        return _not_json(stripped)
    if line == 1 and isinstance(value, list):
        return _convert("the file is one JSON list, not JSON lines", path)
    if not isinstance(value, dict):
        return f"this line is JSON but no statement (an object in {{...}}); lxkit reads {FORMAT}"
    if line == 1 and isinstance(value.get("statements"), list):
        return _convert("the file is an LRS's answer (a 'statements' list), not JSON lines", path)
    return _missing(value) or "this statement could not be read; compare it with a statement of your LRS's export"


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


_JQ = "jq -c 'if type == \"array\" then .[] elif .statements then .statements[] else . end'"


def _convert(what: str, path: Path | None) -> str:
    source = str(path) if path else "FILE"
    target = str(_lines_name(path)) if path else "FILE.jsonl"
    return f"{what}; lxkit reads {FORMAT}: convert it with  {_JQ} {source} > {target}  and pass that to --from"


def _lines_name(path: Path) -> Path:
    """A name for the converted file that is not the file itself."""
    return path.with_suffix(".jsonl") if path.suffix != ".jsonl" else path.with_name(path.stem + "-lines.jsonl")


def _not_json(text: str) -> str:
    if "," in text and not text.startswith(("{", "[")):
        return f"this line is CSV, not JSON; lxkit reads {FORMAT}: export the statements from your LRS as JSON"
    shown = text if len(text) <= 40 else text[:40] + "..."
    return f"this line is not JSON ('{shown}'): delete it, or export the statements from your LRS again"


def _missing(value: dict[str, Any]) -> str:
    """What a statement lacks that lxkit needs ("" when nothing)."""
    for keys in _REQUIRED:
        found: Any = value
        for key in keys:
            found = found.get(key) if isinstance(found, dict) else None
        if not isinstance(found, str) or not found:
            name = ".".join(keys)
            return f"this statement has no '{name}'; every xAPI statement needs id, timestamp, verb.id and object.id"
    try:
        datetime.fromisoformat(str(value["timestamp"]).replace("Z", "+00:00"))
    except ValueError:
        return f"the timestamp '{value['timestamp']}' is not an ISO 8601 time such as 2026-03-04T09:30:00Z"
    return ""


def _first_bad_line(path: Path, start: int, end: int) -> tuple[int, str]:
    """The number and text of the first line at or after byte ``start`` that is no statement."""
    with path.open("rb") as handle:
        number = 1 + sum(_newlines(handle, start))
        handle.seek(start)
        first: tuple[int, str] | None = None
        while handle.tell() < end:
            raw = handle.readline()
            text = raw.decode("utf-8", "replace")
            if text.strip():
                first = first or (number, text)
                if not is_statement(text):
                    return number, text
            number += 1
    return first or (number, "")


def _newlines(handle: Any, stop: int) -> list[int]:
    counts, read = [], 0
    while read < stop:
        block = handle.read(min(1 << 22, stop - read))
        if not block:
            break
        counts.append(block.count(b"\n"))
        read += len(block)
    return counts


def is_statement(text: str) -> bool:
    """Whether one line is a statement lxkit can read (id, timestamp, verb and object)."""
    value = _json(text)
    return isinstance(value, dict) and not _missing(value)
