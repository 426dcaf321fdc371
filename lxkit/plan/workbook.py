"""Plans as files: writing the workbook (openpyxl) and reading it, or a CSV of the Weeks sheet.

Reading collects every problem with its place (``plan.xlsx:Weeks!C7: ...``) and raises one
:class:`PlanError` listing them all; nothing is written by the caller then.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from lxkit.exceptions import EXIT_CONTENT, LxkitError
from lxkit.plan.layout import (
    COURSE_FIELDS,
    COURSE_NUMBERS,
    COURSE_SHEET,
    INSTRUCTIONS_SHEET,
    OPTIONAL_COLUMNS,
    WEEK_COLUMNS,
    WEEKS_SHEET,
    Column,
    Plan,
    PlanRow,
    Value,
    choices,
)

MAX_ROWS = 5000
MAX_COLUMNS = 100  # the plan has 15; authors may add their own next to them
VALIDATED_ROWS = 500
INSTRUCTIONS = (
    "How to fill in this course plan",
    "",
    "1. Course sheet: write the course's values in column B (column C says what each one is).",
    "2. Weeks sheet: one row per week and activity. Write the week number on every row.",
    "   On the week's first row: the module title, the journey stage and the exercise.",
    "   Every row can add one objective, one pre-work item, one session activity and one check question.",
    "   A follow-up after the course (such as a 90-day check-in): the next week number after the last week,",
    "   and on its first row the days after the course (90) in 'Days after the course'.",
    "3. Minutes and weeks are whole numbers (20, not '20 min'). Kinds and stages come from the drop-down lists.",
    "4. Then run: lxkit new course COURSE-ID --from this-file.xlsx",
    "   lxkit writes the course folder; texts the plan does not hold are guidance to replace.",
    "   'lxkit export plan COURSE-ID' writes the course back into this layout.",
)


class PlanError(LxkitError):
    """A plan that cannot become a course: every problem with its sheet and cell. Exit 1."""

    exit_code = EXIT_CONTENT

    def __init__(self, problems: Sequence[str]) -> None:
        count = len(problems)
        summary = f"{count} problem{'s' if count != 1 else ''} in the plan; nothing was written"
        super().__init__("\n".join([*problems, summary]))
        self.problems = tuple(problems)


def column_letter(index: int) -> str:
    """``A`` for 1, ``AA`` for 27 (Excel's column names)."""
    letters = ""
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def write_workbook(path: Path, plan: Plan | None = None) -> None:
    """Write the plan (or an empty template) with instructions and drop-down lists, atomically."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    guide = book.active
    guide.title = INSTRUCTIONS_SHEET
    for line in INSTRUCTIONS:
        guide.append([line])
    guide["A1"].font = Font(bold=True)
    guide.column_dimensions["A"].width = 110
    course = book.create_sheet(COURSE_SHEET)
    course.append(["Field", "Value", "What to write"])
    for label, key, note in COURSE_FIELDS:
        course.append([label, plan.field(key) if plan is not None else None, note])
    course.column_dimensions["A"].width, course.column_dimensions["B"].width = 26, 60
    course.column_dimensions["C"].width = 50
    weeks = book.create_sheet(WEEKS_SHEET)
    weeks.append([column.header for column in WEEK_COLUMNS])
    for row in plan.rows if plan is not None else ():
        weeks.append([row.get(column.field) for column in WEEK_COLUMNS])
    for cell in (*course[1], *weeks[1]):
        cell.font = Font(bold=True)
    _as_text(course, weeks)
    weeks.freeze_panes = "A2"
    allowed = choices()
    validations = [_list_validation(DataValidation, allowed["status"], f"{COURSE_SHEET}!B4", course)]
    for index, column in enumerate(WEEK_COLUMNS, start=1):
        letter = column_letter(index)
        weeks.column_dimensions[letter].width = 14 if column.kind != "text" else 32
        span = f"{letter}2:{letter}{VALIDATED_ROWS}"
        if column.kind == "choice":
            validations.append(_list_validation(DataValidation, allowed[column.field], span, weeks))
        elif column.kind == "number":
            number = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True)
            number.error, number.errorTitle = "Write a whole number, such as 20.", "Whole number"
            number.add(span)
            weeks.add_data_validation(number)
    _save(book, path)


def _as_text(*sheets: Any) -> None:
    """Keep a course's text that starts with '=' as text: openpyxl writes it as a formula Excel would run."""
    for sheet in sheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"


def _list_validation(factory: Any, values: Iterable[str], cells: str, sheet: Any) -> Any:
    validation = factory(type="list", formula1='"' + ",".join(values) + '"', allow_blank=True)
    validation.error, validation.errorTitle = "Pick a value from the list.", "Not in the list"
    validation.add(cells.split("!")[-1])
    sheet.add_data_validation(validation)
    return validation


def _save(book: Any, path: Path) -> None:
    path = path.resolve()
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".xlsx", dir=path.parent)
    os.close(descriptor)
    try:
        book.save(temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read_plan(path: Path) -> Plan:
    """The plan in an ``.xlsx`` workbook or a ``.csv`` of the Weeks sheet; raises :class:`PlanError`."""
    name = path.name
    if path.suffix.lower() == ".csv":
        return _plan(name, None, _csv_rows(path))
    sheets = _xlsx_sheets(path)
    if WEEKS_SHEET not in sheets:
        found = ", ".join(sheets) or "none"
        raise PlanError(
            [
                f"{name}:{WEEKS_SHEET}!A1: the sheet '{WEEKS_SHEET}' is missing (sheets: {found}); "
                "start from 'lxkit new plan FILE.xlsx'"
            ]
        )
    return _plan(name, sheets.get(COURSE_SHEET), sheets[WEEKS_SHEET])


def _csv_rows(path: Path) -> list[list[Any]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return [row for _, row in zip(range(MAX_ROWS), csv.reader(handle), strict=False)]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise PlanError([f"{path.name}: cannot read this CSV file: {error}; save it as UTF-8 CSV"]) from error


def _xlsx_sheets(path: Path) -> dict[str, list[list[Any]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for files that are not workbooks
        raise PlanError([f"{path.name}: cannot open this file as an Excel workbook (.xlsx): {error}"]) from error
    try:
        return {
            sheet.title: _sheet_rows(sheet) if sheet.title in (COURSE_SHEET, WEEKS_SHEET) else []
            for sheet in book.worksheets
        }
    finally:
        book.close()


def _sheet_rows(sheet: Any) -> list[list[Any]]:
    """The first MAX_ROWS rows and MAX_COLUMNS columns (a cell far out right would make every row that wide)."""
    rows = sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS)
    return [list(row) for _, row in zip(range(MAX_ROWS), rows, strict=False)]


def _plan(name: str, course_rows: list[list[Any]] | None, week_rows: list[list[Any]]) -> Plan:
    problems: list[str] = []
    course = _course(name, course_rows or [], problems)
    rows = _weeks(name, week_rows, problems)
    if problems:
        raise PlanError(problems)
    return Plan(course, rows)


def _course(name: str, rows: list[list[Any]], problems: list[str]) -> tuple[tuple[str, Value], ...]:
    keys = {label.lower(): key for label, key, _ in COURSE_FIELDS}
    values: list[tuple[str, Value]] = []
    for number, row in enumerate(rows[1:], start=2):
        label = str(row[0]).strip().lower() if row and row[0] is not None else ""
        key = keys.get(label)
        value = _clean(row[1]) if key is not None and len(row) > 1 else None
        if key is None or value is None:
            continue
        where = f"{name}:{COURSE_SHEET}!B{number}"
        kind = "number" if key in COURSE_NUMBERS else ("choice" if key == "status" else "text")
        checked = _check(Column(label, key, kind), value, where, problems, positive=key in COURSE_NUMBERS)
        if checked is not None:
            values.append((key, checked))
    return tuple(values)


def _weeks(name: str, rows: list[list[Any]], problems: list[str]) -> tuple[PlanRow, ...]:
    header = [str(cell).strip().lower() if cell is not None else "" for cell in (rows[0] if rows else [])]
    positions: dict[str, int] = {}
    for index, column in enumerate(WEEK_COLUMNS):
        if column.header.lower() in header:
            positions[column.field] = header.index(column.header.lower())
        elif column.field not in OPTIONAL_COLUMNS:
            letter = column_letter(index + 1)
            problems.append(
                f"{name}:{WEEKS_SHEET}!{letter}1: the column '{column.header}' is missing from the header row"
            )
    if len(positions | dict.fromkeys(OPTIONAL_COLUMNS, 0)) < len(WEEK_COLUMNS):
        return ()
    plan_rows = []
    for number, row in enumerate(rows[1:], start=2):
        values = _row_values(name, number, row, positions, problems)
        if values:
            plan_rows.append(PlanRow(number, tuple(values)))
    return tuple(plan_rows)


def _row_values(
    name: str, number: int, row: list[Any], positions: dict[str, int], problems: list[str]
) -> list[tuple[str, Value]]:
    values: list[tuple[str, Value]] = []
    for column in WEEK_COLUMNS:
        if column.field not in positions:
            continue
        index = positions[column.field]
        value = _clean(row[index]) if index < len(row) else None
        if value is None:
            continue
        where = f"{name}:{WEEKS_SHEET}!{column_letter(index + 1)}{number}"
        checked = _check(column, value, where, problems, positive=column.field in ("week", "after_days"))
        if checked is not None:
            values.append((column.field, checked))
    if values and not any(field == "week" for field, _ in values):
        letter = column_letter(positions["week"] + 1)
        problems.append(f"{name}:{WEEKS_SHEET}!{letter}{number}: this row has no week; write the week number (1, 2...)")
    return values


def _clean(value: Any) -> Value | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return int(value) if float(value).is_integer() else float(value)
    text = str(value).strip()
    return text or None


def _check(column: Column, value: Value, where: str, problems: list[str], positive: bool = False) -> Value | None:
    if column.kind == "number":
        number = _number(value)
        fraction = isinstance(number, float) and column.field != "hours_per_week"
        if number is None or fraction or number < (1 if positive else 0):
            what = "a week number" if column.field == "week" else f"a number for '{column.header}'"
            problems.append(f"{where}: '{value}' is not {what}; write a whole number such as {2 if positive else 20}")
            return None
        return number
    if column.kind == "choice":
        allowed = choices()[column.field]
        text = str(value).strip().lower()
        if text not in allowed:
            problems.append(f"{where}: '{value}' is not a {column.header.lower()}; use one of: {', '.join(allowed)}")
            return None
        return text
    return str(value) if not isinstance(value, str) else value


def _number(value: Value) -> int | float | None:
    if isinstance(value, int | float):
        return value
    try:
        number = float(value.replace(",", "."))
    except ValueError:
        return None
    return int(number) if number.is_integer() else number
