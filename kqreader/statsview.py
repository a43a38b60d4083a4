"""The statistics as Rich renderables, shared by `kqreader stats` and the reader's statistics screen."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text

from kqreader.i18n import N_, _, number
from kqreader.stats import Figures, figure, percent

GROUP_TITLES = {"all": N_("All questions"), "ministry": N_("By ministry (addressee)"), "party": N_("By party")}
COLUMN_TITLES = (N_("sets"), N_("answered"), N_("median\ndays"), N_("p90\ndays"), N_("on time"))
BAR_WIDTH = 40


def figures_table(rows: list[Figures]) -> Table:
    """One table, with a heading row before each group."""
    table = Table(box=None, header_style="bold", pad_edge=False, padding=(0, 1))
    table.add_column("")  # the column Rich narrows first when the screen is narrow; its names are cut, not wrapped
    for title in map(_, COLUMN_TITLES):
        table.add_column(title, justify="right", no_wrap=True, min_width=max(map(len, title.split("\n"))))
    group = None
    for row in rows:
        name = Text(row.name, no_wrap=True, overflow="ellipsis")
        if row.group != group:
            group = row.group
            heading = Text(_(GROUP_TITLES[group]), style="bold underline", no_wrap=True, overflow="ellipsis")
            if group == "all":  # all sets: one row, its heading (not "All questions" over "all questions")
                name = heading
            else:
                table.add_row(heading, "", "", "", "", "")
        table.add_row(
            name, number(row.sets), percent(row.share_answered), figure(row.median_days),
            figure(row.p90_days), percent(row.share_on_time),
        )  # fmt: skip
    return table


def distribution_chart(buckets: list[tuple[str, int]]) -> Text:
    """Horizontal bars: how many answered sets took how many days."""
    most = max((count for _label, count in buckets), default=0) or 1
    chart = Text(_("Days to answer") + "\n", style="bold")
    for label, count in buckets:
        bar = "█" * round(count / most * BAR_WIDTH) if count else ""
        chart.append(f"{label:>6} ")
        chart.append(bar, style="cyan")
        chart.append(f" {number(count)}\n")
    chart.rstrip()
    return chart


def statistics_view(rows: list[Figures], buckets: list[tuple[str, int]]) -> Group:
    return Group(figures_table(rows), Text(""), distribution_chart(buckets))
