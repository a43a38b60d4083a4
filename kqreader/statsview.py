"""The statistics as Rich renderables, shared by `kqreader stats` and the reader's statistics screen."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text

from kqreader.stats import Figures, number, percent

GROUP_TITLES = {"all": "Alle vragen", "ministry": "Per ministerie (geadresseerde)", "party": "Per partij"}
BAR_WIDTH = 40


def figures_table(rows: list[Figures]) -> Table:
    """One table, with a heading row before each group."""
    table = Table(box=None, header_style="bold", pad_edge=False, padding=(0, 1))
    table.add_column("")  # the column Rich narrows first when the screen is narrow; its names are cut, not wrapped
    for title in ("sets", "beantwoord", "mediaan\ndagen", "p90\ndagen", "op tijd"):
        table.add_column(title, justify="right", no_wrap=True, min_width=max(map(len, title.split("\n"))))
    group = None
    for row in rows:
        name = Text(row.name, no_wrap=True, overflow="ellipsis")
        if row.group != group:
            group = row.group
            heading = Text(GROUP_TITLES[group], style="bold underline", no_wrap=True, overflow="ellipsis")
            if group == "all":  # all sets: one row, its heading (not "Alle vragen" over "alle vragen")
                name = heading
            else:
                table.add_row(heading, "", "", "", "", "")
        table.add_row(
            name, str(row.sets), percent(row.share_answered), number(row.median_days),
            number(row.p90_days), percent(row.share_on_time),
        )  # fmt: skip
    return table


def distribution_chart(buckets: list[tuple[str, int]]) -> Text:
    """Horizontal bars: how many answered sets took how many days."""
    most = max((count for _, count in buckets), default=0) or 1
    chart = Text("Dagen tot antwoord\n", style="bold")
    for label, count in buckets:
        bar = "█" * round(count / most * BAR_WIDTH) if count else ""
        chart.append(f"{label:>6} ")
        chart.append(bar, style="cyan")
        chart.append(f" {count}\n")
    chart.rstrip()
    return chart


def statistics_view(rows: list[Figures], buckets: list[tuple[str, int]]) -> Group:
    return Group(figures_table(rows), Text(""), distribution_chart(buckets))
