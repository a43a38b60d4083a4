"""A table whose columns fit the screen's width: the column a screen is for (the promise, the subject) keeps its room,
the others narrow first and then leave (what they say is also beneath the table), and a cell too long for its column
ends in an ellipsis. Textual's DataTable alone sizes columns to their longest cell and scrolls the rest out of sight:
at 80 columns that hid the one column a person opened the screen for."""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import DataTable

from kqreader.i18n import _

CELL_TEXT = 300  # characters of a text kept for its cell: more than any width shows (the rest: an ellipsis)


@dataclass(frozen=True)
class Column:
    """One column: its title (a catalogue id) and how narrow and wide it may be drawn."""

    title: str
    least: int | None = None  # the narrowest it is drawn; None: never narrower than its longest cell (ids, days)
    most: int = 200  # the widest
    main: bool = False  # what the screen is for: the others narrow, then leave, before it is cut below `fair`
    fair: int | None = None  # (the main column) the others narrow or leave until it has this much (None: its least)
    may_leave: bool = False  # left out when the main column would be narrower than its least


def fit(columns: tuple[Column, ...], natural: list[int], room: int, padding: int) -> list[int | None]:
    """Each column's width (None: left out) for `room` cells, each column also taking `padding`. Every column first
    gets its natural width (its longest cell, at most `most`); the main one takes what is left, up to its own natural
    width: until it has its fair width, the others narrow to their least in turn, then those that may leave leave.
    It is never drawn narrower than its least (the table scrolls sideways then)."""
    widths: list[int | None] = [min(n, c.most) for c, n in zip(columns, natural, strict=True)]
    main = next(i for i, c in enumerate(columns) if c.main)

    def left() -> int:
        shown = [w for i, w in enumerate(widths) if w is not None and i != main]
        return room - sum(shown) - padding * (len(shown) + 1)

    want = widths[main] or 0
    least = min(want, columns[main].least or want)
    fair = min(want, columns[main].fair or least)
    for i, column in enumerate(columns):  # narrowing, in the columns' order
        if left() >= fair:
            break
        if i != main and column.least is not None and widths[i] is not None:
            widths[i] = max(column.least, (widths[i] or 0) - (fair - left()))
    for i, column in enumerate(columns):  # leaving, in the columns' order
        if left() >= fair:
            break
        if i != main and column.may_leave:
            widths[i] = None
    share = min(want, int(room * MAIN_SHARE))  # on a wide screen, the main column's share before the others' rest
    for i, column in enumerate(columns):  # (narrowing only: at 140 columns the promise had 48 cells of 131)
        if left() >= share:
            break
        if i != main and column.least is not None and widths[i] is not None:
            widths[i] = max(column.least, (widths[i] or 0) - (share - left()))
    widths[main] = max(least, min(want, left()))
    return widths


MAIN_SHARE = 0.45  # of the room: what the main column has before the others keep their natural widths


class FittedTable(DataTable[Text]):
    """A DataTable of `Column`s laid out again at each width; `show` gives it its rows (whole texts: cut here)."""

    def __init__(self, columns: tuple[Column, ...], *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.fitted = columns
        self.cells: list[tuple[Text, ...]] = []
        self.widths: list[int | None] = []  # as last laid out
        self._laid_out_at = -1

    def show(self, rows: list[tuple[Text, ...]]) -> None:
        """Replace the rows (cursor on the first)."""
        self.cells = rows
        for row in rows:
            for cell in row:
                cell.no_wrap, cell.overflow = True, "ellipsis"
        self._lay_out(keep_cursor=False)

    def whole(self, row: int, column: int) -> bool:
        """Whether a cell is on screen whole at this width (a screen says the rest beneath the table)."""
        wide = self.widths[column] if column < len(self.widths) else None
        return wide is not None and self.cells[row][column].cell_len <= wide

    def on_resize(self) -> None:
        if self._room() != self._laid_out_at:
            self._lay_out(keep_cursor=True)

    def _room(self) -> int:
        """The cells the columns have: the width, less the scroll bar's when the rows are more than fit."""
        scrolls = len(self.cells) > self.size.height - self.header_height
        return self.size.width - (self.styles.scrollbar_size_vertical if scrolls else 0)

    def _lay_out(self, *, keep_cursor: bool) -> None:
        """The columns fitted again to the room there is now and the rows put back in them (a DataTable column's
        width is set when it is added); `keep_cursor`: a resize keeps the row chosen, new rows start at the first."""
        if not self.size.width:  # not laid out yet, or hidden: on_resize comes, and lays out these rows
            self._laid_out_at = -1  # (rows given while hidden were lost when it came back at the width it had)
            return
        room = self._laid_out_at = self._room()
        titles = [Text(_(c.title)) for c in self.fitted]
        natural = [max([t.cell_len, *(cell_len(row[i].plain) for row in self.cells)]) for i, t in enumerate(titles)]
        self.widths = fit(self.fitted, natural, room, 2 * self.cell_padding)
        row = self.cursor_row
        self.clear(columns=True)
        for title, wide in zip(titles, self.widths, strict=True):
            if wide is not None:
                title.no_wrap, title.overflow = True, "ellipsis"
                self.add_column(title, width=wide)
        self.add_rows([[c for c, w in zip(cells, self.widths, strict=True) if w is not None] for cells in self.cells])
        if keep_cursor and 0 < row < len(self.cells):
            self.move_cursor(row=row)
