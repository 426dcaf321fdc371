"""A statements file lxkit cannot use: the line, why, and the change that makes it JSON lines."""

from __future__ import annotations

import json
from pathlib import Path

from lxkit.insights.statement_lines import (
    empty_message,
    is_statement,
    line_problem,
    no_statements_message,
    packed_message,
)

STATEMENT = {
    "id": "s1",
    "timestamp": "2026-01-02T09:23:00Z",
    "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
    "object": {"id": "https://academy.example/xapi/courses/c"},
}
JQ = "jq -c 'if type == \"array\" then .[] elif .statements then .statements[] else . end'"


def test_a_statement_line_is_one() -> None:
    assert is_statement(json.dumps(STATEMENT))
    assert not is_statement(json.dumps({**STATEMENT, "verb": {}}))
    assert not is_statement("id,verb")


def test_a_json_list_says_the_exact_command_that_makes_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps([STATEMENT, STATEMENT], indent=2))
    message = no_statements_message(path, 0, path.stat().st_size)
    assert message.startswith(f"{path}:1:1: the file is JSON written over several lines, not JSON lines")
    assert f"{JQ} {path} > {tmp_path / 'export.jsonl'}" in message
    assert message.endswith("nothing was read")


def test_an_lrs_answer_is_recognised_and_never_converted_onto_itself(tmp_path: Path) -> None:
    path = tmp_path / "answer.jsonl"
    path.write_text(json.dumps({"statements": [STATEMENT], "more": ""}) + "\n")
    message = no_statements_message(path, 0, path.stat().st_size)
    assert "an LRS's answer (a 'statements' list)" in message
    assert f"{path} > {tmp_path / 'answer-lines.jsonl'}" in message


def test_csv_and_missing_fields_are_said_plainly() -> None:
    assert line_problem("id,verb,object", 1).startswith("this line is CSV, not JSON")
    assert line_problem(json.dumps({**STATEMENT, "object": {}}), 3) == (
        "this statement has no 'object.id'; every xAPI statement needs id, timestamp, verb.id and object.id"
    )
    assert "'yesterday' is not an ISO 8601 time" in line_problem(json.dumps({**STATEMENT, "timestamp": "yesterday"}))


def test_skipped_lines_are_counted_from_the_first_bad_one_after_the_start(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    good = json.dumps(STATEMENT) + "\n"
    path.write_text(good + good + "not json\n" + good)
    start = len(good)
    message = no_statements_message(path, start, path.stat().st_size, skipped=1)
    assert message.startswith(f"{path}:3:1: this line is not JSON ('not json'): delete it")
    assert message.endswith("this line is no xAPI statement and was skipped, the others were read")
    several = no_statements_message(path, 0, path.stat().st_size, skipped=2)
    assert several.startswith(f"2 lines of {path} are no xAPI statement and were skipped, the first: {path}:3:1: ")


def test_an_empty_file_says_what_to_put_in_it(tmp_path: Path) -> None:
    assert empty_message(tmp_path / "e.jsonl").startswith(f"{tmp_path / 'e.jsonl'} is empty: it holds no statements")


def test_a_compressed_export_says_how_to_unpack_it(tmp_path: Path) -> None:
    import gzip

    packed = tmp_path / "export.jsonl.gz"
    packed.write_bytes(gzip.compress(json.dumps(STATEMENT).encode() + b"\n"))
    assert packed_message(packed) == (
        f"{packed} is compressed: unpack it first (gunzip -c {packed} > {tmp_path / 'export.jsonl'}) "
        "and pass the JSON-lines file in it to --from"
    )
    plain = tmp_path / "plain.jsonl"
    plain.write_text(json.dumps(STATEMENT) + "\n")
    assert packed_message(plain) == ""


def test_an_export_saved_as_utf16_says_how_to_save_it_as_utf8(tmp_path: Path) -> None:
    wide = tmp_path / "export.jsonl"
    wide.write_bytes((json.dumps(STATEMENT) + "\n").encode("utf-16"))
    assert packed_message(wide) == (
        f"{wide} is saved as UTF-16: save it as UTF-8 (iconv -f UTF-16 -t UTF-8 {wide} > "
        f"{tmp_path / 'export-lines.jsonl'}) and pass that file to --from"
    )
