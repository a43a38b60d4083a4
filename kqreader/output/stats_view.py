"""The statistics as Rich renderables, shared by `kqreader stats` and the reader's statistics screen."""

from __future__ import annotations

from rich.console import Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from kqreader.analysis.overview import Asked, Overview
from kqreader.analysis.stats import Figures, figure, percent
from kqreader.facts.answerkinds import KIND_NAMES, KINDS, Kind
from kqreader.facts.ministries import asked_of
from kqreader.i18n import DAY_WIDTH, N_, _, ngettext, number, short_day
from kqreader.text.safetext import visible

GROUP_TITLES = {"all": N_("All questions"), "ministry": N_("By ministry (addressee)"),
                "minister": N_("By answering minister"), "party": N_("By party")}  # fmt: skip
COLUMN_TITLES = (N_("sets"), N_("answered"), N_("median\ndays"), N_("p90\ndays"), N_("on time"))
BAR_WIDTH = 40
KINDS_BAR_WIDTH = 24  # with the row's counts after it, in Dutch too, within 80 columns
# Each answer kind's mark in the kinds chart: a glyph that tells them apart without colour, and a colour
KIND_MARKS: dict[Kind, tuple[str, str]] = {
    "inhoudelijk": ("█", "green"), "verwijzing-antwoord": ("▓", "cyan"), "verwijzing-brief": ("▒", "blue"),
    "onbekend": ("░", "yellow"), "geweigerd": ("×", "red"), "toezegging": ("▚", "magenta"),
    "niet-beantwoord": ("·", "bright_black"),
}  # fmt: skip
KIND_CHART_ROWS = 12  # ministries and ministers with the most answers; the rest are in the table and the CSV


def figures_table(rows: list[Figures]) -> Table:
    """One table, with a heading row before each group."""
    table = Table(box=None, header_style="bold", pad_edge=False, padding=(0, 1))
    table.add_column("")  # the column Rich narrows first when the screen is narrow; its names wrap
    for title in map(_, COLUMN_TITLES):
        table.add_column(title, justify="right", no_wrap=True, min_width=max(map(len, title.split("\n"))))
    group = None
    for row in rows:
        name = Text(visible(row.name), overflow="fold")  # wrapped, never cut: two long names must not read alike
        if row.group != group:
            group = row.group
            heading = Text(_(GROUP_TITLES[group]), style="bold underline", overflow="fold")  # wrapped, never cut
            if group == "all":  # all sets: one row, its heading (not "All questions" over "all questions")
                name = heading
            else:
                table.add_row(heading, *[""] * len(COLUMN_TITLES))
        table.add_row(
            name, number(row.sets), _share(row.share_answered, row.awaited, row.sets), figure(row.median_days),
            figure(row.p90_days), _share(row.share_on_time, row.dated, row.answered),
        )  # fmt: skip
    return table


def _share(share: float | None, base: int, whole: int) -> str:
    """A share, with the number it is of when that is fewer than the row's sets (or answered sets): "86% (14)" for
    45 sets of which 31 were read from pages without their answer."""
    return f"{percent(share)} ({number(base)})" if _of_fewer(share, base, whole) else percent(share)


def _of_fewer(share: float | None, base: int, whole: int) -> bool:
    """Whether a share is shown with the number it is of (the one rule for `_share` and the legend)."""
    return share is not None and base < whole


def shares_legend(rows: list[Figures]) -> Text | None:
    """What "(14)" after a share means, when a row has one."""
    if not any(_of_fewer(r.share_answered, r.awaited, r.sets) or _of_fewer(r.share_on_time, r.dated, r.answered)
               for r in rows):  # fmt: skip
        return None
    return Text(_("(n) after a share: of n sets. Answered: of the sets whose answer is due or known (not withdrawn, "
                  "not read from a page without their answer); on time and days: of the answered sets whose two "
                  "dates are known."), style="dim")  # fmt: skip


def parts_legend(rows: list[Figures]) -> Text | None:
    """What became of the vervolg-… parts (an OCR'd page's part of a set begun on the page before), when there were
    any: they are no sets."""
    whole = next((r for r in rows if r.group == "all"), None)
    if whole is None or not (whole.parts_joined or whole.parts_left_out):
        return None
    said = ngettext("{count} vervolg-… part (what a scanned page prints of a set begun on the page before) is no set:",
                    "{count} vervolg-… parts (what a scanned page prints of a set begun on the page before) are no "
                    "sets:", whole.parts_joined + whole.parts_left_out)  # fmt: skip
    said = said.format(count=number(whole.parts_joined + whole.parts_left_out))
    said += " " + _("{joined} counted with their set, {left} left out (their set is not among these).").format(
        joined=number(whole.parts_joined), left=number(whole.parts_left_out))
    return Text(said, style="dim")


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


def kinds_bar(row: Figures, width: int = KINDS_BAR_WIDTH) -> Text:
    """One row's answers as a bar of `width` cells, each kind its share (largest remainders, so it adds up)."""
    counts = dict(row.kinds)
    exact = {kind: counts.get(kind, 0) / row.answers * width for kind in KINDS} if row.answers else {}
    cells = {kind: int(share) for kind, share in exact.items()}
    for kind in sorted(exact, key=lambda k: exact[k] - cells[k], reverse=True)[: width - sum(cells.values())]:
        cells[kind] += 1
    bar = Text()
    for kind in KINDS:
        glyph, colour = KIND_MARKS[kind]
        bar.append(glyph * cells.get(kind, 0), style=colour)
    return bar


def kinds_chart(rows: list[Figures]) -> Group:
    """What kind of answer each ministry and minister gives and what they promised: the name, then a bar of the
    kinds with the counts (those with the most answers), and a legend."""
    chart = Text(overflow="fold")  # a long name wraps above its bar, never cut (two would read alike)
    chart.append(_("Answer kinds (and how many answers) and promises") + "\n", style="bold")
    for group in ("all", "ministry", "minister"):
        shown = sorted((r for r in rows if r.group == group and r.answers), key=lambda r: -r.answers)
        if group != "all" and shown:
            chart.append(_(GROUP_TITLES[group]) + "\n", style="bold underline")
        for row in shown[:KIND_CHART_ROWS]:
            chart.append((_(GROUP_TITLES["all"]) if group == "all" else visible(row.name)) + "\n")
            chart.append("  ").append_text(kinds_bar(row)).append(_counts(row) + "\n")
    chart.rstrip()
    legend = Text()
    for kind in KINDS:
        glyph, colour = KIND_MARKS[kind]
        legend.append(glyph, style=colour).append(f" {_(KIND_NAMES[kind])}   ")
    legend.rstrip()
    return Group(chart, legend)


def _counts(row: Figures) -> str:
    """The number of answers, and the promises made, kept and overdue."""
    answers = f"{number(row.answers):>6}"
    if not row.promises:
        return answers
    promised = ngettext("{count} promise: {kept} kept, {overdue} overdue",
                        "{count} promises: {kept} kept, {overdue} overdue", row.promises)  # fmt: skip
    return answers + "  " + promised.format(count=number(row.promises), kept=number(row.promises_kept),
                                            overdue=number(row.promises_overdue))  # fmt: skip


def statistics_view(rows: list[Figures], buckets: list[tuple[str, int]]) -> Group:
    legends = [legend for legend in (shares_legend(rows), parts_legend(rows)) if legend]
    return Group(figures_table(rows), *legends, Text(""), distribution_chart(buckets), Text(""), kinds_chart(rows))


WHO_TITLES = {"member": N_("The sets of member {name}"), "party": N_("The sets of party {name}")}
SETS_SHOWN = 200  # rows of their sets in the overview (the JSON output has them all)


def overview_view(shown: Overview) -> Group:
    """One member's or party's sets, waiting first, then how fast each ministry they asked answered."""
    head = overview_heading(shown)
    if not shown.sets:
        return Group(head)
    return Group(head, Text(""), sets_table(shown.sets[:SETS_SHOWN]), Text(""), figures_table(shown.figures),
                 Text(""), distribution_chart(shown.days_to_answer))  # fmt: skip


def overview_heading(shown: Overview) -> Text:
    """Whose sets, how many, how many waiting and overdue."""
    head = Text(_(WHO_TITLES[shown.who]).format(name=visible(shown.name)), style="bold")
    if shown.also_printed:
        head.append("\n" + _("also as the scan misspelt the name: {names}").format(
            names=", ".join(visible(n) for n in shown.also_printed)))  # fmt: skip
    said = ngettext("{sets} set · {waiting} waiting for an answer, {overdue} of them overdue",
                    "{sets} sets · {waiting} waiting for an answer, {overdue} of them overdue", len(shown.sets))
    head.append("\n" + said.format(sets=number(len(shown.sets)), waiting=number(len(shown.waiting)),
                                   overdue=number(shown.overdue)))  # fmt: skip
    return head


def sets_table(sets: list[Asked]) -> Group:
    """Their sets: a line each of id, day asked, the list's badge and whom they asked (cut at the screen's edge),
    with the subject whole beneath it, wrapped and indented (beside the rest, 80 columns showed 12 characters of it)."""
    width = max(len(asked.id) for asked in sets)  # an Aanhangsel id is longer than a zaaknummer: never cut
    titles = Text(_line(_("set"), width, _("asked"), _("standing"), _("asked of")), style="bold", no_wrap=True,
                  overflow="ellipsis")  # fmt: skip
    rows: list[Text | Padding] = [titles, Padding(Text(_("subject"), style="bold"), (0, 0, 0, INDENT))]
    for asked in sets:
        style = "bold red" if asked.verdict == "overdue" else "yellow" if asked.waiting else ""
        day = short_day(asked.submitted) if asked.submitted else "–"
        line = Text(no_wrap=True, overflow="ellipsis")
        line.append(f"{visible(asked.id):<{width}}  {day:>{DAY_WIDTH}}  ")
        line.append(f"{visible(asked.badge):<{BADGE_WIDTH}}", style=style)
        line.append("  " + visible(asked_of(asked.addressees)))
        rows += [line, Padding(Text(visible(asked.title), overflow="fold"), (0, 0, 0, INDENT))]
    return Group(*rows)


def _line(ident: str, width: int, day: str, badge: str, addressees: str) -> str:
    return f"{ident:<{width}}  {day:<{DAY_WIDTH}}  {badge:<{BADGE_WIDTH}}  {addressees}"


BADGE_WIDTH, INDENT = 15, 2  # the list's badges fit 15 columns; the subject beneath, indented by 2
