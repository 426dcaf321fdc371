"""Where statements come from: a JSON-lines export (read from where the last run stopped) or an
LRS's xAPI Statements API (``since`` the last run, following ``more`` page by page).

``since`` means "stored since" in xAPI, but Ralph compares it with the statement's own timestamp.
So the cursor is the latest statement *timestamp* read, and a run asks for everything since a week
before it (:data:`OVERLAP`): statements that reach the LRS late (a browser that was offline) are
still read, repeats are dropped by id. Statements that arrive more than a week late need
``lxkit insights --full``.

Both end in :func:`lxkit.insights.store.ingest_file` and
:func:`lxkit.insights.learners.update_learner_facts`, part by part, each part in one transaction with
where the source was left off. Pages from an LRS are written to a temporary JSON-lines file first,
one page at a time (memory stays bounded).
"""

from __future__ import annotations

import base64
import difflib
import hashlib
import json
import os
import tempfile
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any, BinaryIO

import duckdb

from lxkit.exceptions import DataError, UsageError
from lxkit.insights.learners import update_learner_facts
from lxkit.insights.settings import LrsAccess
from lxkit.insights.statement_lines import empty_message, is_statement, no_statements_message, packed_message
from lxkit.insights.store import Ingested, count, ingest_file, position, remember

HEAD_BYTES = 65536
CHUNK_BYTES = 1 << 30  # about 1,100,000 statements: a part's staged statements take about 600 MiB
CHUNK_STATEMENTS = 500_000
PAGE_LIMIT = 1000
TIMEOUT = 60.0
OVERLAP = timedelta(days=7)


def file_identity(path: Path, length: int) -> str:
    """``length:digest`` of a file's first bytes: a different file under the same name reads from the start."""
    with path.open("rb") as handle:
        return f"{length}:{hashlib.sha256(handle.read(length)).hexdigest()}"


def _same_file(path: Path, previous: tuple[str, str] | None, size: int) -> int:
    """Where to go on reading: the position left off when the file is the one read before, else 0."""
    if previous is None or not previous[0].isdigit() or int(previous[0]) > size:
        return 0
    length = previous[1].split(":", 1)[0]
    if not length.isdigit() or file_identity(path, int(length)) != previous[1]:
        return 0
    return int(previous[0])


def read_file(connection: duckdb.DuckDBPyConnection, path: Path, tmp: Path) -> Ingested:
    """Add a JSON-lines file's statements; only the bytes appended since the last run are read, in
    parts of about :data:`CHUNK_BYTES` (memory stays bounded; a run that is stopped goes on from the
    last part it took in)."""
    if not path.is_file():
        raise UsageError(_not_found(path))
    packed = packed_message(path)
    if packed:
        raise DataError(packed)
    source = "file:" + str(path.resolve())
    size = path.stat().st_size
    start = _same_file(path, position(connection, source), size)
    end = _last_line_end(path, start, size)
    if size == 0 or (start == 0 and end == 0 and _is_bad(path, size)):
        raise DataError(empty_message(path) if size == 0 else no_statements_message(path, 0, size))
    result, first, bad_from = Ingested(0, count(connection)), start, -1
    while start < end:
        stop = end if end - start <= CHUNK_BYTES else _next_line_end(path, start + CHUNK_BYTES, end)
        with _transaction(connection):
            if start == 0 and stop == size:
                taken = ingest_file(connection, path)
            else:
                taken = _ingest_slice(connection, path, start, stop, tmp)
            if taken.skipped and not taken.read:
                raise DataError(no_statements_message(path, start, stop))  # rolled back: nothing is left off
            update_learner_facts(connection)
            remember(connection, source, str(stop), file_identity(path, min(HEAD_BYTES, stop)))
        bad_from = bad_from if bad_from >= 0 or not taken.skipped else start
        result, start = _summed(result, taken), stop
    if first == 0 and end > 0 and not result.read and not result.skipped:
        raise DataError(empty_message(path))  # only blank lines
    if result.skipped:
        return replace(result, note=no_statements_message(path, bad_from, end, result.skipped))
    return result


def _not_found(path: Path) -> str:
    files = sorted(p.name for p in path.parent.iterdir() if p.is_file()) if path.parent.is_dir() else []
    close = difflib.get_close_matches(path.name, files, n=1, cutoff=0.7)
    near = [name for name in files if ".json" in name][:5]
    if close:
        hint = f": did you mean --from {path.parent / close[0]}?"
    else:
        hint = f" ({path.parent} has {', '.join(near)})" if near else ""
        hint += "; pass the path of the LRS export after --from"
    return f"statements file not found: {path.resolve()}{hint}"


def _is_bad(path: Path, size: int) -> bool:
    """Whether a file without a line break (a line still being written, or all of it) is no statement."""
    with path.open("rb") as handle:
        head = handle.read(min(size, HEAD_BYTES))
    return size > HEAD_BYTES or not is_statement(head.decode("utf-8", "replace"))


def _summed(result: Ingested, taken: Ingested) -> Ingested:
    """The counts of a read so far and of its next part, together."""
    return Ingested(result.added + taken.added, taken.total, result.skipped + taken.skipped, result.read + taken.read)


@contextmanager
def _transaction(connection: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Statements taken in, their facts and where the source was left off: all of them or none."""
    connection.begin()
    try:
        yield
    except BaseException:
        connection.rollback()
        raise
    connection.commit()


def _last_line_end(path: Path, start: int, size: int) -> int:
    """The end of the last complete line (a line still being written is read next time)."""
    if size == start:
        return start
    with path.open("rb") as handle:
        handle.seek(max(start, size - 1))
        if handle.read(1) == b"\n":
            return size
        back = min(size - start, 1 << 20)
        handle.seek(size - back)
        tail = handle.read(back)
    cut = tail.rfind(b"\n")
    return size - back + cut + 1 if cut >= 0 else start


def _next_line_end(path: Path, offset: int, end: int) -> int:
    """The end of the line that holds byte ``offset`` (at most ``end``, itself a line end)."""
    with path.open("rb") as handle:
        handle.seek(offset)
        while offset < end:
            block = handle.read(min(1 << 20, end - offset))
            cut = block.find(b"\n")
            if cut >= 0:
                return offset + cut + 1
            offset += len(block)
    return end


def _ingest_slice(connection: duckdb.DuckDBPyConnection, path: Path, start: int, end: int, tmp: Path) -> Ingested:
    with _spooled(tmp) as spool:
        with spool.open("wb") as out, path.open("rb") as handle:
            handle.seek(start)
            _copy(handle, out, end - start)
        return ingest_file(connection, spool)


@contextmanager
def _spooled(tmp: Path) -> Iterator[Path]:
    """A new file in ``tmp`` for statements in transit, deleted afterwards however the run ends
    (an error, an LRS that stops answering, Ctrl+C)."""
    tmp.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=tmp, suffix=".jsonl")
    os.close(handle)
    try:
        yield Path(name)
    finally:
        Path(name).unlink(missing_ok=True)


def _copy(source: BinaryIO, target: IO[bytes], length: int) -> None:
    while length > 0:
        chunk = source.read(min(length, 1 << 22))
        if not chunk:
            break
        target.write(chunk)
        length -= len(chunk)


def read_lrs(connection: duckdb.DuckDBPyConnection, access: LrsAccess, tmp: Path, full: bool = False) -> Ingested:
    """Add the statements an LRS received since the last run (``full``: read them all again), taken in
    every :data:`CHUNK_STATEMENTS` statements (memory stays bounded; a stopped run goes on from there)."""
    source = "lrs:" + access.endpoint
    previous = position(connection, source)
    since = previous[0] if previous and not full else ""
    tmp.mkdir(parents=True, exist_ok=True)
    result = Ingested(0, count(connection))
    pages = _pages(access, since)
    latest, more = since, True
    while more:
        with _spooled(tmp) as spool:
            with spool.open("w", encoding="utf-8") as out:
                latest, more = _write_pages(pages, out, latest)
            with _transaction(connection):
                taken = ingest_file(connection, spool)
                update_learner_facts(connection)
                remember(connection, source, latest, "")
        result = _summed(result, taken)
    if result.skipped:
        note = f"{result.skipped} statement(s) from the LRS have no id, timestamp, verb or object and were skipped"
        return replace(result, note=note)
    return result


def _write_pages(pages: Iterator[list[dict[str, Any]]], out: IO[str], latest: str) -> tuple[str, bool]:
    """Pages into ``out`` until :data:`CHUNK_STATEMENTS` statements; the latest timestamp and whether
    pages are left."""
    written = 0
    for page in pages:
        for statement in page:
            out.write(json.dumps(statement, separators=(",", ":")) + "\n")
            latest = _later(latest, str(statement.get("timestamp") or ""))
        written += len(page)
        if written >= CHUNK_STATEMENTS:
            return latest, True
    return latest, False


def _pages(access: LrsAccess, since: str) -> Iterator[list[dict[str, Any]]]:
    query: dict[str, str] = {"limit": str(PAGE_LIMIT), "ascending": "true"}
    if since and _before(since):
        query["since"] = _before(since)
    url: str | None = access.endpoint + "statements?" + urllib.parse.urlencode(query)
    while url:
        body = _get(access, url)
        statements = body.get("statements")
        if not isinstance(statements, list):
            raise UsageError(
                f"the LRS at {access.endpoint} answered without a 'statements' list: is it an xAPI endpoint?"
            )
        yield [s for s in statements if isinstance(s, dict)]
        more = body.get("more") or ""
        url = urllib.parse.urljoin(access.endpoint, str(more)) if more and statements else None


def _moment(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _later(cursor: str, timestamp: str) -> str:
    """The later of two ISO 8601 times (kept as text, in UTC)."""
    new = _moment(timestamp)
    old = _moment(cursor) if cursor else None
    if new is None or (old is not None and old >= new):
        return cursor
    return new.astimezone(UTC).isoformat()


def _before(cursor: str) -> str:
    moment = _moment(cursor)
    return (moment - OVERLAP).isoformat() if moment else ""


def _get(access: LrsAccess, url: str) -> dict[str, Any]:
    import urllib.error  # here: reading a file needs no HTTP client (about 0.1 s of imports)
    import urllib.request

    token = base64.b64encode(access.credential.encode("utf-8")).decode("ascii")
    request = urllib.request.Request(
        url,
        headers={"Authorization": f"Basic {token}", "X-Experience-API-Version": "1.0.3", "Accept": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            data = json.loads(response.read())
    except urllib.error.HTTPError as error:
        raise UsageError(_http_message(access, error.code)) from error
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise UsageError(_unreachable(access, getattr(error, "reason", error))) from error
    except ValueError as error:
        raise UsageError(f"the LRS at {access.endpoint} did not answer with JSON: {error}") from error
    if not isinstance(data, dict):
        raise UsageError(f"the LRS at {access.endpoint} answered with something else than a statement result")
    return data


def _http_message(access: LrsAccess, status: int) -> str:
    if status in (401, 403):
        return (
            f"the LRS at {access.endpoint} refused the credential in LXKIT_LRS_CREDENTIAL (HTTP {status}): "
            "set it to user:password of an account that may read statements (scope statements/read; "
            "scripts/lrs.sh prints one as reader:...), not the portal's write-only one"
        )
    if status == 404:
        hint = "the endpoint is the address that ends in /xAPI/"
        likely = _xapi_endpoint(access.endpoint)
        if likely != access.endpoint:
            hint += f": {access.fix(likely)}"
        return f"the LRS at {access.endpoint} has no statements resource (HTTP 404): {hint}"
    return f"the LRS at {access.endpoint} answered HTTP {status} when asked for statements"


def _xapi_endpoint(endpoint: str) -> str:
    """The address an endpoint most likely meant: cut after its ``/xAPI`` (any case), else ``xAPI/`` added."""
    cut = endpoint.lower().rfind("/xapi/")
    return endpoint[:cut] + "/xAPI/" if cut >= 0 else endpoint + "xAPI/"


def _unreachable(access: LrsAccess, reason: object) -> str:
    """Why an LRS could not be reached, and what to change."""
    parts = urllib.parse.urlsplit(access.endpoint)
    said = f"cannot reach the LRS at {access.endpoint}"
    text = str(reason)
    if "WRONG_VERSION_NUMBER" in text and parts.scheme == "https":
        plain = urllib.parse.urlunsplit(("http", *parts[1:]))
        return f"{said}: it answers without https: {access.fix(plain)}"
    if isinstance(reason, ConnectionRefusedError) or "Connection refused" in text:
        return (
            f"{said}: nothing answers on {parts.netloc}: start the LRS (bash scripts/lrs.sh prints its address) "
            "or correct the port"
        )
    if "Name or service not known" in text or "nodename nor servname" in text or "getaddrinfo" in text:
        return f"{said}: there is no host '{parts.hostname}': check its spelling"
    return f"{said}: {reason} (is it running? is the URL right?)"
