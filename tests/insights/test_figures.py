"""The insight figures: what a chart shows and what its data table lists."""

from __future__ import annotations

from lxkit.insights.figures import HEATMAP_CHART_ROWS, heatmap_figure
from lxkit.insights.results import HeatRow
from lxkit.model import JOURNEY_STAGES


def heat_rows(count: int) -> tuple[HeatRow, ...]:
    """``count`` capability x team rows; row ``i`` has ``10 + (i * 37) % count`` learners (all different)."""
    return tuple(
        HeatRow("capability", f"team-{i:03}", 10 + (i * 37) % count, tuple(5 for _ in JOURNEY_STAGES))
        for i in range(count)
    )


def charted_teams(rows: tuple[HeatRow, ...]) -> list[str]:
    figure = heatmap_figure(rows, 5)
    return list(dict.fromkeys(str(v["row"]).split(" · ")[1] for v in figure.spec["data"]["values"]))


def test_the_heat_map_chart_shows_the_largest_rows_and_its_table_all_of_them() -> None:
    rows = heat_rows(HEATMAP_CHART_ROWS + 25)
    figure = heatmap_figure(rows, 5)
    assert len(figure.table.rows) == len(rows)
    largest = sorted(rows, key=lambda r: -r.learners)[:HEATMAP_CHART_ROWS]
    assert charted_teams(rows) == [r.team for r in rows if r in largest]  # table order kept
    assert f"the {HEATMAP_CHART_ROWS} capability-team pairs with the most learners" in figure.description
    assert f"the table lists all {len(rows)}" in figure.description


def test_a_small_heat_map_is_charted_whole_without_a_note() -> None:
    rows = heat_rows(HEATMAP_CHART_ROWS)
    figure = heatmap_figure(rows, 5)
    assert charted_teams(rows) == [r.team for r in rows]
    assert "the table lists all" not in figure.description
