"""The exact value to write for a mistyped date or a line with a comma decimal."""

from __future__ import annotations

from lxkit.insights.data_cells import date_fix, extra_cells


def test_a_date_that_reads_both_ways_names_both() -> None:
    assert date_fix("01.05.2026") == "write 2026-05-01 if it is 1 May 2026, or 2026-01-05 if it is 5 January 2026"
    assert date_fix("05/05/2026") == "write 2026-05-05"
    assert date_fix("12/31/2026") == "write 2026-12-31"


def test_nothing_is_guessed_for_text_that_is_no_date() -> None:
    assert date_fix("soon") == ""
    assert date_fix("2026-00-10") == "there is no month 0: the order is year-month-day"


def test_extra_cells_point_at_the_number_a_comma_split() -> None:
    assert extra_cells(["2026-01-31", "-3", "25", "%"], ["date", "value", "unit"]) == (
        2,
        "this line has 4 cells but the first line names 3 (date,value,unit): '-3,25' is one number, so write -3.25 "
        "(a dot for decimals)",
    )


def test_a_metric_team_is_one_of_the_portal_ids() -> None:
    from lxkit.insights.data_cells import team_problem

    teams = {"sales": "Sales", "support": "Customer support"}
    assert team_problem("sales", teams) == "" and team_problem("Sales", {}) == ""
    assert team_problem("Customer Support", teams) == (
        "write the team's id 'support' (as in tracking.teams in mkdocs.yml), not 'Customer Support'"
    )
    assert team_problem("salse", teams) == (
        "there is no team 'salse' in tracking.teams of mkdocs.yml (sales, support): write 'sales'"
    )
