"""The reader: questions on the left, the answer that covers the selected one on the right.

The app wires widgets to the packages below (query, output, analysis) and does nothing they can do.
"""

from __future__ import annotations

import contextlib
import gc
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events
from textual.app import App, ComposeResult, SuspendNotSupported, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.containers import Horizontal
from textual.notifications import Notify, SeverityLevel
from textual.screen import ModalScreen, Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Static
from textual.worker import get_current_worker

from kqreader.facts.references import Reference
from kqreader.fetch.watching import WatchList
from kqreader.i18n import N_, _, day, joined, ngettext, number, reason
from kqreader.model import Answer, Dossier, Question
from kqreader.output.citation import STYLES, answer_text, cite, whole_set
from kqreader.query.catalog import ORDERS, Cancelled, Catalog, Filtered, Order, Row, nothing_shown
from kqreader.query.keeping import Keeping
from kqreader.query.language import Query, QueryError, parse_query
from kqreader.store.database import StoreError
from kqreader.store.marks import Marks, Place
from kqreader.text.safetext import error_text, visible
from kqreader.tui.answer_pane import (
    PROMISES_READ,
    AnswerPane,
    Block,
    Promised,
    dossier_blocks,
    doubt_blocks,
    mark_blocks,
    overview_blocks,
    question_blocks,
)
from kqreader.tui.clipboard import (
    append_to_file,
    copy_with_tool,
    hand_over,
    system_clipboard_command,
    terminal_caveat,
)
from kqreader.tui.filter_input import FilterInput
from kqreader.tui.key_bar import KeyBar, key_names
from kqreader.tui.palette import Palette
from kqreader.tui.question_list import QuestionList
from kqreader.tui.screens.dialogs import CitationPicker, CopyScreen, HelpScreen, StatisticsScreen, TextPrompt
from kqreader.tui.settings import Settings

if TYPE_CHECKING:
    from kqreader.query.similar import Described

FILTER_HINT = N_('filter: words  "a phrase"  -not  party:PvdA  since:2024-01  status:open  (↑ earlier filters)')
NARROW_BELOW = 100  # columns; narrower terminals show one pane at a time
CITING_SHOWN = 5  # sets named in a header's "Cited in" (then: "and N more")
ANSWER_AFTER_PAUSE_SECONDS = 0.15  # typing a filter or holding a key: the answer follows once keys pause this long
REPEATING_WITHIN_SECONDS = 0.1  # selection moves closer together than this come from a key held down
FILTER_BURST_SECONDS = 0.05  # filter keys closer together than this (a paste the terminal types out, keys sent at
# once) are a burst: applied in their keystrokes until the burst has spent FILTER_BURST_BUDGET_SECONDS on filtering
# (a word sent at once), then once they pause this long; a key after a pause, as a person types, is applied at once
FILTER_BURST_BUDGET_SECONDS = 0.02
PROBLEMS_SHOWN = 8  # files not imported named in the notification at start (then: "… and N more")
PROBLEMS_SECONDS = 60  # the notification of files not imported stays this long (a click closes it sooner)
FULL_COLLECTION_AFTER = 100  # middle-generation collections between full ones (Python's default: 10)
STORE_CHECK_SECONDS = 2.0  # how often the reader looks whether an import beside it changed the store (a stat)


def _readable(text: str) -> bool:
    try:
        parse_query(text)
    except QueryError:
        return False
    return True


def _destination(reference: Reference) -> str:
    return _("question {number}").format(number=reference.target) if reference.kind == "question" else reference.target


def calm_collector() -> None:
    """Keep garbage collection from pausing keystrokes once the catalog is in memory.

    The catalog's millions of long-lived objects are left out of collection (full passes over them paused a key
    for a fifth of a second), and full passes over what remains (Textual's widgets and drawn lines, ~25 ms) come
    a tenth as often: every few keys they landed inside a frame. Young objects are collected as usual."""
    gc.freeze()
    young, middle, _old = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTION_AFTER)


class ReaderApp(App[None]):
    """Browse, filter, read and cite."""

    TITLE = "kqreader"
    CSS_PATH = "reader.tcss"
    BINDINGS = [
        Binding("slash", "filter", N_("Filter"), priority=True, id="filter"),
        Binding("enter", "enter", N_("Read the answer (in the filter: keep it)"), show=False, priority=True,
                id="enter"),
        Binding("escape", "escape", N_("Back"), priority=True, id="escape"),
        Binding("c", "cite", N_("Cite"), id="cite"),
        Binding("C", "cite_as", N_("Cite as…"), show=False, id="cite-as"),
        Binding("y", "copy_answer", N_("Copy answer"), id="copy-answer"),
        Binding("Y", "copy_set", N_("Copy the whole set, cited"), show=False, id="copy-set"),
        Binding("L", "show_copy", N_("Show the last copy (to select it yourself)"), show=False, id="show-copy"),
        Binding("a", "same_answer", N_("Same answer"), show=False, id="same-answer"),
        Binding("n", "hit(1)", N_("Next hit"), show=False, id="next-hit"),
        Binding("N", "hit(-1)", N_("Previous hit"), show=False, id="previous-hit"),
        Binding("tab,shift+tab", "switch_pane", N_("Switch pane"), show=False, priority=True, id="switch-pane"),
        Binding("s", "statistics", N_("Statistics"), id="statistics"),
        Binding("p", "promises", N_("Promises (the queue)"), show=False, id="promises"),
        Binding("v", "asker", N_("The asker's sets (waiting ones first)"), show=False, id="asker"),
        Binding("r", "similar", N_("Asked before? (earlier sets on the same subject)"), show=False, id="similar"),
        Binding("o", "next_order", N_("Order"), id="order"),
        Binding("m", "mark", N_("Mark"), id="mark"),
        Binding("f", "follow_link", N_("Link"), id="follow"),  # go to the reference; w follows a set: one word, one act
        Binding("backspace,alt+left", "history(-1)", N_("Back"), show=False, id="back"),
        Binding("alt+right", "history(1)", N_("Forward"), show=False, id="forward"),
        Binding("e", "note", N_("Note"), show=False, id="note"),
        Binding("w", "watch", N_("Follow the set (watch list)"), show=False, id="watch"),
        Binding("question_mark", "help", N_("Keys"), id="help"),
        Binding("q,ctrl+q", "quit", N_("Quit"), id="quit"),
    ]

    def __init__(
        self,
        dossiers: Iterable[Dossier] = (),
        *,
        catalog: Catalog | None = None,
        load: Callable[[date], Catalog] | None = None,
        today: date | None = None,
        copy_to: Path | None = None,
        clipboard_command: list[str] | None = None,
        notice: str | None = None,
        problems: Sequence[str] = (),
        settings: Settings | None = None,
        settings_file: Path | None = None,
        marks: Marks | None = None,
        watch_file: Path | None = None,
        store_stamp: Callable[[], object] | None = None,
        reopen: Callable[[date], Catalog] | None = None,
    ) -> None:
        super().__init__()
        self.marks = marks if marks is not None else Marks()  # the store's marks (kept beside it), or in memory
        self.settings_file = settings_file  # where the settings are kept between starts (None: not kept)
        self.watch_file = watch_file  # the watch list (None: the user's)
        self.settings = settings or (Settings.load(settings_file) if settings_file else Settings())
        self.today = today or date.today()
        self.catalog = catalog or Catalog(list(dossiers), self.today)  # a store's catalog, or one of `dossiers`
        self.load = load  # when given, the catalog is read in a worker after the first paint (given today)
        self.load_error: str | None = None
        self.store_stamp = store_stamp  # what changes when an import commits (the manifest's stat), and
        self.reopen = reopen  # the store's catalog opened again then (an import beside the reader)
        self._stamp = store_stamp() if store_stamp else None
        self._reselect: Place | None = None  # the selection to find again in a catalog opened again
        self._reopening = False  # a worker is opening the store again
        self.copy_to = copy_to
        self.clipboard_command = clipboard_command
        self.last_copy: str | None = None  # what `L` shows
        self.startup_notice = notice
        self.startup_problems = list(problems)  # files the command line could not import, and why
        self.filter_query = Query()
        self.matched = self.catalog.question_count
        self.matched_without_questions = 0  # the sets a filter lists that hold no question yet (see _update_status)
        self._answer_timer: Timer | None = None
        self._last_move = 0.0  # time.monotonic() of the last selection move
        self._answered_once = False  # whether the selection was shown in the answer pane yet
        self._typing = False  # the filter is being applied from a change of the filter input
        self._filter_timer: Timer | None = None  # a filter typed in a burst, applied when the keys pause
        self._last_typed = 0.0  # time.monotonic() of the last change typed into the filter
        self._burst_spent = 0.0  # the time the keys of this burst spent filtering in their keystrokes
        self._been: list[Place] = []  # where following references has been (Backspace goes back)
        self._ahead: list[Place] = []  # and where Alt+→ goes forward again

    @classmethod
    def for_terminal(cls, **options: object) -> ReaderApp:
        """The app with the session's system clipboard tool, if it has one."""
        return cls(clipboard_command=system_clipboard_command(), **options)  # type: ignore[arg-type]

    # --- layout ---------------------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # The app keeps its own widgets: a query would look in the screen on top (a dialog) or, while the app shuts
        # down, in a screen already emptied, and a worker's callback can arrive at either moment.
        self.question_list = QuestionList(self.catalog, self.today, id="questions")
        self.answer_pane = AnswerPane(id="answer")
        self.filter_input = FilterInput(self.settings.history, placeholder=_(FILTER_HINT), id="filter")
        self.status_line = Static(id="status", markup=False)
        self._status: tuple[Text, bool] | None = None  # the status line and whether the position follows it
        self._status_shown = ""
        with Horizontal(id="panes"):
            yield self.question_list
            yield self.answer_pane
        yield self.filter_input
        yield self.status_line
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        self.question_list.focus()
        # Filter as the value changes, inside the keystroke: the new list then reaches the screen in the
        # same frame as the typed character (Input.Changed arrives after that frame, and the next frame
        # waits up to two frame periods).
        self.watch(self.filter_input, "value", self._filter_typed, init=False)
        self.watch(self.question_list, "cursor", self._selection_moved, init=False)  # likewise the answer
        self._fit_width(self.size.width)
        if self.startup_notice:
            self.notify(self.startup_notice, markup=False, timeout=8)
        if self.store_stamp is not None and self.reopen is not None:
            self.set_interval(STORE_CHECK_SECONDS, self._check_store)
        if self.startup_problems:
            self._show_problems(self.startup_problems)
        if self.load is None:
            self._use_catalog(self.catalog)
            if self.catalog.remake is not None:  # a store's: its months are checked in the background, once the list
                # is on screen (a thread started earlier would take turns with the first frame)
                self.call_after_refresh(
                    self.run_worker, partial(self._settle, self.catalog), thread=True, exclusive=True, group="load"
                )
        else:
            self._say(Text(_("Loading the dossiers…")))
            self.run_worker(self._load_catalog, thread=True, exclusive=True, group="load")

    def _show_problems(self, problems: list[str]) -> None:
        """The files not imported and why, in view until read (the same lines are on stderr, after quitting)."""
        shown = problems[:PROBLEMS_SHOWN]
        if len(problems) > len(shown):
            more = _("… and {count} more (all are on stderr when the reader closes)")
            shown.append(more.format(count=number(len(problems) - len(shown))))
        count = len(problems)
        title = ngettext("Not imported: {count} file", "Not imported: {count} files", count).format(count=number(count))
        self.notify("\n".join(shown), title=title, severity="error", timeout=PROBLEMS_SECONDS, markup=False)

    def _load_catalog(self) -> None:
        """In a worker thread: open the store's months (their reader files hold the list and the index)."""
        assert self.load is not None
        try:
            catalog = self.load(self.today)
        except StoreError as error:
            self._failed(error)
            return
        calm_collector()
        self._from_worker(partial(self._use_catalog, catalog))
        self._settle(catalog)

    def _settle(self, catalog: Catalog) -> None:
        """In a worker thread, once the list is on screen: every month checked whole (made again from the store
        when it does not match), then the keystrokes made cheaper (see Catalog.warm)."""
        catalog.keep_open()  # the reader may stay open across imports
        try:
            if catalog.verify():
                self._from_worker(partial(self._use_catalog, catalog))
        except StoreError as error:
            self._failed(error)
            return
        catalog.warm()

    def _check_store(self) -> None:
        """Every few seconds: when an import beside the reader changed the store (its manifest is written last, so
        a change is a finished import), open it again in a worker."""
        assert self.store_stamp is not None
        if self._reopening or self._status is None:  # opening it again, or the first catalog not in yet
            return
        stamp = self.store_stamp()
        if stamp == self._stamp:
            return
        self._stamp = stamp
        self._reopening = True
        self.run_worker(self._reopen, thread=True, group="reopen")

    def _reopen(self) -> None:
        """In a worker thread: the store's catalog as the import left it, then shown."""
        assert self.reopen is not None
        try:
            catalog = self.reopen(self.today)
            catalog.keep_open()
        except StoreError as error:
            self._reopening = False
            said = _("The database changed but could not be read again: {why}").format(
                why=error_text(error.path, error.problem)
            )
            self._from_worker(partial(self.notify, said, severity="error", markup=False))
            return
        self._from_worker(partial(self._store_changed, catalog))

    def _store_changed(self, catalog: Catalog) -> None:
        """The catalog an import left, in the list (the selected set or question stays selected), and said."""
        self._reopening = False
        before = self.catalog.dossier_count
        self._reselect = self._selected_place()
        self._use_catalog(catalog)
        added = catalog.dossier_count - before
        if added > 0:
            said = ngettext("{count} new set from an import: in the list now.",
                            "{count} new sets from an import: in the list now.", added).format(count=number(added))
        else:
            said = _("The database changed (an import): the list is read again.")
        self.notify(said, markup=False, timeout=6)

    def _failed(self, error: StoreError) -> None:
        """In a worker: the store cannot be read; the reader closes with the line that says why."""
        self.load_error = error_text(error.path, error.problem)
        self._from_worker(partial(self.exit, return_code=1, message=self.load_error))

    def _from_worker(self, callback: Callable[[], object]) -> None:
        """Run callback on the UI thread, unless the app stopped while the worker ran (it may outlive the app)."""
        if self.is_running:
            with contextlib.suppress(RuntimeError):  # stopped between the check and the call
                self.call_from_thread(callback)

    def _use_catalog(self, catalog: Catalog) -> None:
        if not self.is_running:
            return
        self.catalog = catalog
        catalog.marks = self.marks
        self.question_list.catalog = catalog
        self._apply_filter(self.filter_input.value)

    def on_resize(self, event: events.Resize) -> None:
        self._fit_width(event.size.width)
        self.call_after_refresh(self._show_status)  # the list's new height: whether it all fits

    def _fit_width(self, width: int) -> None:
        self.screen.set_class(width < NARROW_BELOW, "-narrow")

    # --- selection ------------------------------------------------------------------------------------------

    def _selection_moved(self) -> None:
        """The answer follows the selection in the frame after the one that moves the cursor: laying out an answer
        costs more than a frame, and the cursor shows a key was heard. While a filter is typed or a key is held down
        it follows once the keys pause."""
        if not self._answered_once:  # the first answer comes after the first frame: the list first
            self._answered_once = True
            self.call_after_refresh(self._show_first)
            return
        self._show_status()
        now = time.monotonic()
        repeating = now - self._last_move < REPEATING_WITHIN_SECONDS
        self._last_move = now
        if self._typing or repeating:
            self._show_soon()
        else:
            self.question_list.after_paint(self._show_selected)

    def _show_first(self) -> None:
        if self.answer_pane.is_attached:  # not when the app quit at once
            self._show_status()  # the list has its height now: whether it all fits
            self._show_selected()

    def _show_soon(self) -> None:
        if self._answer_timer is not None:
            self._answer_timer.stop()
        self._answer_timer = self.set_timer(ANSWER_AFTER_PAUSE_SECONDS, self._show_selected)

    def _show_selected(self) -> None:
        if self._answer_timer is not None:
            self._answer_timer.stop()
            self._answer_timer = None
        self._show(self.question_list.selected_row)

    def _show(self, row: Row | None) -> None:
        if row is None:
            why = nothing_shown(self.filter_query, self.catalog.dossier_count)[1]
            self.answer_pane.show([Block(Text(why), "unanswered")], self.filter_query)
            return
        dossier = self.catalog.dossier(row.dossier)
        blocks = dossier_blocks(dossier, self.today)
        question = self.catalog.question(row)
        blocks += mark_blocks(self.marks, dossier.id, question.number if question else None)
        blocks += question_blocks(dossier, question, self._promised(dossier, question)) if question else (
            overview_blocks(dossier))  # fmt: skip
        blocks += doubt_blocks(dossier)
        self.answer_pane.show(blocks, self.filter_query, dossier)  # its references become links
        self.call_after_refresh(  # after the frame that shows the answer: it may open every month
            self.run_worker, partial(self._find_citing, dossier), thread=True, exclusive=True, group="citing"
        )

    def _promised(self, dossier: Dossier, question: Question) -> Promised:
        """The promises of the question's answer, with their states (kept as the promise queue decides)."""
        answer = question.answer
        if answer is None:
            return ()
        if len(answer.text) > PROMISES_READ:  # a hostile answer of MBs: its promises are read from its start
            answer = Answer(answer.covers, answer.text[:PROMISES_READ], answer.footnotes)
        return Keeping(self.catalog.named_days, self.marks).promises(dossier, answer, self.today)

    def _find_citing(self, dossier: Dossier) -> None:
        """In a worker: the sets whose texts cite this one (a word lookup in every month's index, which may open
        months not read yet), added under the answer when found and the set is still shown."""
        citing = self.catalog.citing(dossier.id)
        if citing:
            named = ", ".join(citing[:CITING_SHOWN])
            if len(citing) > CITING_SHOWN:
                more = number(len(citing) - CITING_SHOWN)
                line = _("Cited in: {sets} and {count} more").format(sets=named, count=more)
            else:
                line = _("Cited in: {sets}").format(sets=named)
            block = Block(Text(line), "facts")
            self._from_worker(partial(self._add_citing, dossier, block))

    def _add_citing(self, dossier: Dossier, block: Block) -> None:
        row = self.question_list.selected_row
        if row is None or self.catalog.summary(row.dossier).id != dossier.id:
            return  # the selection moved on meanwhile
        self.answer_pane.append(block)

    def _focus_pane(self, pane: Widget) -> None:
        """Focus at once, not at the end of the queue (Widget.focus): the keys that arrive in the same read as the
        one that moved it go where the person meant them."""
        self.screen.set_class(pane is self.answer_pane, "-reading")
        self.screen.set_focus(pane)
        if pane is self.answer_pane:
            self._show_waiting()  # the answer a held key left waiting: read now

    def action_switch_pane(self) -> None:
        """Tab: the other pane (on a narrow screen it takes the whole width); dialogs keep plain Tab."""
        if isinstance(self.screen, ModalScreen):
            self.screen.focus_next()
            return
        self._focus_pane(self.answer_pane if self.focused is self.question_list else self.question_list)

    # --- keys that move the focus -----------------------------------------------------------------------------
    # "/" plus the first letters of a filter, or Enter and j, often arrive in one read over SSH. Textual hands
    # each key to the widget focused when the app takes it from its queue, before the widget has acted on the
    # one before. So these keys act at the app's level as they arrive (priority bindings) and move the focus
    # at once; what must wait for the keys already handed to the filter (its value) runs in the filter's queue.

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The keys that move the focus act only where they do that; elsewhere (a "/" typed into the filter, Enter
        in a dialog, Esc in the list without a filter) the key is the focused widget's, or nothing."""
        if action == "history":  # Backspace in the filter deletes a character
            return self.focused is not self.filter_input and not isinstance(self.screen, ModalScreen)
        if action not in ("filter", "enter", "escape"):
            return True
        if isinstance(self.screen, ModalScreen):
            return False
        focused = self.focused
        if action == "filter":
            return focused is not self.filter_input
        if action == "enter":
            return focused is self.filter_input or focused is self.question_list
        return focused is not self.question_list or self.filter_input.has_class("-shown")

    def action_filter(self) -> None:
        """/: to the filter."""
        self.filter_input.add_class("-shown")
        self.screen.set_focus(self.filter_input)

    def action_enter(self) -> None:
        """Enter: in the filter, keep it and go back to the list; in the list, read the answer."""
        if self.focused is self.filter_input:
            self._focus_pane(self.question_list)
            self.filter_input.call_later(self._filter_kept)
        else:
            self._focus_pane(self.answer_pane)

    def action_escape(self) -> None:
        """Esc: from the answer pane, back to the list; in the filter, or in the list while a filter is shown,
        clear the filter (after the keys already typed into it)."""
        from_pane = self.focused is self.answer_pane
        self._focus_pane(self.question_list)
        if not from_pane:
            self.filter_input.call_later(self._clear_filter)

    def _filter_kept(self) -> None:
        """Enter in the filter: kept, and remembered for ↑ (and the next start)."""
        self._filter_now()  # what the keys before Enter typed, if they came too fast to be applied
        text = self.filter_input.value
        if not text.strip():
            self.filter_input.remove_class("-shown")
        elif _readable(text):  # a filter the status line called wrong is not one to recall
            self.settings.remember(text)
            self._keep_settings()
        self.filter_input.start_again()
        self._show_waiting()

    def _keep_settings(self) -> None:
        if self.settings_file is not None:
            self.settings.save(self.settings_file)

    def use_filter(self, text: str) -> None:
        """A saved filter, from the palette: in the filter line, applied."""
        self.filter_input.add_class("-shown")
        self.filter_input.value = text  # the watcher applies it
        self._filter_now()  # (at once, even right after a key)
        self._focus_pane(self.question_list)

    def save_filter(self) -> None:
        """Ask a name for the filter shown, and keep it: the palette then offers it as "Filter: name"."""
        text = self.filter_input.value.strip()
        if not text:
            self.notify(_("Type a filter first (/), then save it."), severity="warning", markup=False)
            return

        def named(name: str | None) -> None:
            if name and name.strip():
                self.settings.saved[name.strip()] = text
                self._keep_settings()
                said = _("Saved the filter “{filter}” as “{name}”.").format(filter=text, name=name.strip())
                self.notify(said, markup=False, timeout=4)

        self.push_screen(TextPrompt(_("Save the filter as (a name)"), "", _("a name for the palette")), named)

    def _show_waiting(self) -> None:
        """The answer typing left waiting, at once: the filter is done with."""
        if self._answer_timer is not None:
            self._show_selected()

    def _clear_filter(self) -> None:
        self.filter_input.value = ""  # the watcher applies it
        self._filter_now()  # (at once, even right after a key)
        self.filter_input.remove_class("-shown")
        self._focus_pane(self.question_list)
        self._show_waiting()

    def _filter_typed(self, text: str) -> None:
        """A change of the filter input: applied inside the keystroke (the new list goes out in the frame that shows
        the key), unless the keys come faster than a person types and have spent their budget — a paste the
        terminal types out key by key — which are then applied once, when they pause (each one applied took
        seconds over a 2 KB paste)."""
        now = time.monotonic()
        if now - self._last_typed >= FILTER_BURST_SECONDS:
            self._burst_spent = 0.0  # a key after a pause starts a new burst
        self._last_typed = now
        if self._burst_spent > FILTER_BURST_BUDGET_SECONDS:
            if self._filter_timer is None:  # one timer a pause, not one a key
                self._filter_timer = self.set_timer(FILTER_BURST_SECONDS, self._filter_paused)
        else:
            if self._filter_timer is not None:  # (a burst's timer not yet run: this key's value is applied now)
                self._filter_timer.stop()
                self._filter_timer = None
            self._filter_applied(text)
            self._burst_spent += time.monotonic() - now

    def _filter_paused(self) -> None:
        """The keys of a burst paused (or a key came meanwhile: wait the rest of a pause after it)."""
        self._filter_timer = None
        waited = time.monotonic() - self._last_typed
        if waited < FILTER_BURST_SECONDS:
            self._filter_timer = self.set_timer(FILTER_BURST_SECONDS - waited, self._filter_paused)
        else:
            self._filter_applied(self.filter_input.value)

    def _filter_now(self) -> None:
        """The filter a burst of keys left waiting, applied."""
        if self._filter_timer is not None:
            self._filter_timer.stop()
            self._filter_timer = None
            self._filter_applied(self.filter_input.value)

    def _filter_applied(self, text: str) -> None:
        self._typing = True
        try:
            self._apply_filter(text)
        finally:
            self._typing = False

    def _apply_filter(self, text: str) -> None:
        try:
            query = parse_query(text)
        except QueryError as error:
            self._update_status(error=str(error))
            return
        self.workers.cancel_group(self, "filter")  # a newer filter replaces one still being worked out
        if self.catalog.needs_work(query, self.settings.order):
            self._say(Text(_("Filtering “{filter}”…").format(filter=text.strip())))
            self.run_worker(partial(self._filter_in_worker, self.catalog, text, query), thread=True, group="filter")
            return
        self._show_filtered(self.catalog, text, query, self.catalog.filter(query, order=self.settings.order))

    def _filter_in_worker(self, catalog: Catalog, text: str, query: Query) -> None:
        """A filter that costs more than a frame, off the screen's thread; given up when a newer key cancels it."""
        worker = get_current_worker()
        try:
            filtered = catalog.filter(query, cancelled=lambda: worker.is_cancelled, order=self.settings.order)
        except Cancelled:
            return
        self._from_worker(partial(self._show_filtered, catalog, text, query, filtered))

    def _show_filtered(self, catalog: Catalog, text: str, query: Query, filtered: Filtered) -> None:
        if not self.is_running or catalog is not self.catalog or text != self.filter_input.value:
            return  # the store or the filter changed while it was worked out
        self.filter_query = query
        self.matched = filtered.matched
        self.matched_without_questions = filtered.without_questions
        reselect, self._reselect = self._reselect, None
        self.question_list.show_rows(filtered, query)  # the selection watcher shows the answer
        if reselect is not None:  # a catalog opened again: its rows are numbered anew
            self._select_place(reselect)
        self._last_move = 0.0  # a new list is not a key held down: the next key's answer shows at once
        self._update_status()

    def _update_status(self, error: str | None = None) -> None:
        total = self.catalog.question_count
        if error:
            line = Text(_("{error} — still showing the previous results").format(error=error), style="bold red")
        elif self.filter_query.empty:
            said = ngettext("{questions} questions in {dossiers} dossier",
                            "{questions} questions in {dossiers} dossiers", self.catalog.dossier_count)  # fmt: skip
            line = Text(said.format(questions=number(total), dossiers=number(self.catalog.dossier_count)))
        else:
            said = _("{matched} of {total} questions match “{filter}”")
            shown = self.filter_query.text.strip()
            line = Text(said.format(matched=number(self.matched), total=number(total), filter=shown))
            if self.matched_without_questions:  # listed too: the count says every row the list shows
                more = ngettext("; and {count} set without questions yet", "; and {count} sets without questions yet",
                                self.matched_without_questions)  # fmt: skip
                line.append(more.format(count=number(self.matched_without_questions)))
        self._status = (line, not error)
        self._show_status()

    def _show_status(self) -> None:
        """The status line, with the list's order and where the cursor is unless it says an error; when it is too
        long for the screen, the counts and the filter are cut ("…"), never the order and the place."""
        if self._status is None:  # nothing to say yet (the list is loading)
            return
        line, placed = self._status
        if placed:
            tail = Text(f" · {_(ORDERS[self.settings.order])}", style="dim") + Text(self._position(), style="dim")
            padding = self.status_line.styles.padding
            room = self.size.width - padding.left - padding.right  # the app's width: right after a resize too
            if room and line.cell_len + tail.cell_len > room:
                line = line.copy()
                line.truncate(max(1, room - tail.cell_len), overflow="ellipsis")
            line = line + tail
        if line.plain != self._status_shown:  # the place changes every hundredth of the list: most steps leave it
            self._say(line)

    def _say(self, line: Text) -> None:
        self._status_shown = line.plain
        self.status_line.update(line, layout=False)  # one line always: no layout per key

    def _position(self) -> str:
        """Where the cursor is in a list longer than the screen, as a share ("· 37%"): the list draws no scroll bar
        (at tens of thousands of rows its thumb is one cell, and drawing it again on every scrolling step cost a
        third of the step)."""
        rows = len(self.question_list.rows)
        if rows <= self.question_list.scrollable_content_region.height:
            return ""
        return f" · {self.question_list.cursor * 100 // max(1, rows - 1)}%"

    # --- reading --------------------------------------------------------------------------------------------

    def action_hit(self, step: int) -> None:
        if not self.answer_pane.next_hit(step):
            self.notify(_("No hits of the filter in this pane."), severity="warning", markup=False)

    def action_same_answer(self) -> None:
        """To the next question covered by the same answer (wrapping round)."""
        row = self.question_list.selected_row
        question = self.catalog.question(row) if row else None
        if row is None or question is None or question.answer is None or len(question.answer.covers) < 2:
            self.notify(_("This answer covers only this question."), markup=False)
            return
        covers = question.answer.covers
        following = covers[(covers.index(question.number) + 1) % len(covers)]
        dossier = self.catalog.dossier(row.dossier)
        target = next(i for i, q in enumerate(dossier.questions) if q.number == following)
        if not self.question_list.select_row(Row(row.dossier, target)):
            self.notify(_("Question {number} is hidden by the filter.").format(number=following), markup=False)

    # --- copying --------------------------------------------------------------------------------------------

    def _selection(self) -> tuple[Dossier, int | None] | None:
        row = self.question_list.selected_row
        if row is None:
            return None
        question = self.catalog.question(row)
        return self.catalog.dossier(row.dossier), question.number if question else None

    def action_cite(self, style: str = "nl") -> None:
        selection = self._selection()
        if selection is None:
            return
        dossier, number = selection
        what = _("{style} citation of {place}").format(style=style, place=_place(dossier.id, number))
        self.copy(cite(dossier, style, number, self.settings.cite_address), what)

    def action_cite_as(self) -> None:
        selection = self._selection()
        if selection is None:
            return
        dossier, number = selection
        previews = {style: cite(dossier, style, number, self.settings.cite_address) for style in STYLES}

        def chosen(style: str | None) -> None:
            if style is not None:
                self.action_cite(style)

        self.push_screen(CitationPicker(previews), chosen)

    def action_copy_answer(self) -> None:
        row = self.question_list.selected_row
        question = self.catalog.question(row) if row else None
        if question is None or question.answer is None:
            self.notify(_("There is no answer to copy here."), severity="warning", markup=False)
            return
        dossier = self.catalog.dossier(row.dossier)  # type: ignore[union-attr]
        what = _("the answer to {place}").format(place=_place(dossier.id, question.number))
        self.copy(answer_text(question.answer, dossier), what)  # with its footnotes: a copy keeps its sources

    def action_copy_set(self) -> None:
        selection = self._selection()
        if selection is None:
            return
        dossier = selection[0]
        what = _("all of {id}, with its citation").format(id=dossier.id)
        self.copy(whole_set(dossier, "nl", self.settings.cite_address), what)

    def toggle_cite_address(self) -> None:
        self.settings.cite_address = not self.settings.cite_address
        self._keep_settings()
        if self.settings.cite_address:
            self.notify(_("Citations now end with the official address."), markup=False)
        else:
            self.notify(_("Citations now leave out the official address."), markup=False)

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:  # fmt: skip
        """Every notification as text with no control character (a set's id, a file name or a preview from the store
        can carry a terminal escape): the one place the screens' and the app's notices pass. Narrower than 100
        columns a new one takes the place of those shown (two stacked covered most of the list at 80x24: see
        _on_notify)."""
        super().notify(visible(message, lines=True), title=visible(title), severity=severity, timeout=timeout,
                       markup=markup)  # fmt: skip

    def _on_notify(self, event: Notify) -> None:
        """A notification arriving (Textual posts them): narrower than 100 columns, it takes the place of those
        shown."""
        if self.size.width < NARROW_BELOW:
            self._notifications.clear()
        super()._on_notify(event)

    def copy(self, text: str, what: str) -> None:
        """Copy by OSC 52, a clipboard tool where there is one, and the --copy-to file; then say what was done: copied
        (to the tool's clipboard, the file) or only sent to the terminal, which may drop it (L shows the text)."""
        self.last_copy = text
        self.copy_to_clipboard(text)
        routes = []
        if self.clipboard_command:
            tool = self.clipboard_command[0]
            routes.append(_("the clipboard ({tool})").format(tool=tool))
            self.run_worker(partial(self._copy_with_tool, tool, text), thread=True, group="clipboard")
        if self.copy_to is not None:
            if problem := append_to_file(self.copy_to, text):
                said = _("Not written to the copy file: {problem}").format(problem=visible(problem))
                self.notify(said, severity="error", markup=False)
            else:
                routes.append(_("the file {path}").format(path=visible(str(self.copy_to))))
        preview = visible(" ".join(text.split()))
        preview = preview if len(preview) <= 100 else preview[:99] + "…"
        if routes:
            said = _("Copied {what} to {routes}:\n{preview}").format(what=what, routes=joined(routes), preview=preview)
            self.notify(said, title=_("Copied"), markup=False)
            return
        caveat = terminal_caveat()
        said = _("Sent {what} to the terminal (OSC 52):\n{preview}\nIt arrives where the terminal allows it{caveat}. "
                 "Nothing there? L shows it to select; --copy-to FILE writes every copy to a file.")  # fmt: skip
        self.notify(said.format(what=what, preview=preview, caveat=f" ({_(caveat)})" if caveat else ""),
                    title=_("Sent to the terminal"), markup=False, timeout=8)  # fmt: skip

    def _copy_with_tool(self, tool: str, text: str) -> None:
        if not copy_with_tool(self.clipboard_command or [tool], text):
            said = _("{tool} could not copy it: the text went to the terminal (OSC 52) only; L shows it")
            said = said.format(tool=tool)
            self._from_worker(partial(self.notify, said, severity="warning", markup=False))

    def action_show_copy(self) -> None:
        """L: the last text copied, for the terminal's own selection: the reader steps aside and the text is printed
        on the terminal's normal screen, wrapped by the terminal (selected, its lines come whole: a screen of the
        reader's own cut them at its width); Enter comes back. Where the app cannot step aside (a web terminal),
        a screen of its own shows it."""
        if self.last_copy is None:
            self.notify(_("Nothing has been copied yet."), severity="warning", markup=False)
            return
        try:
            with self.suspend():
                hand_over(self.last_copy, sys.__stdout__ or sys.stdout, wait_for_enter)  # the terminal itself
        except SuspendNotSupported:
            self.push_screen(CopyScreen(self.last_copy))

    # --- help and commands ----------------------------------------------------------------------------------

    def binding_groups(self) -> list[tuple[str, list[Binding]]]:
        """Every binding, by where it works (the help screen and the command palette use these)."""
        return [
            (N_("Everywhere"), [b for b in self.BINDINGS if isinstance(b, Binding)]),
            (N_("Question list"), [b for b in QuestionList.BINDINGS if isinstance(b, Binding)]),
            (N_("Answer pane"), [b for b in AnswerPane.BINDINGS if isinstance(b, Binding)]),
        ]

    def action_statistics(self) -> None:
        """Figures for the dossiers the list shows (it follows the filter)."""
        shown = self.question_list.rows.dossiers()
        dossiers = [self.catalog.summary(i) for i in shown]
        if self.filter_query.empty:
            title = ngettext("Statistics: {count} question set (all dossiers), as of {date}",
                             "Statistics: {count} question sets (all dossiers), as of {date}", len(dossiers))
        else:
            title = ngettext("Statistics: {count} question set (the filter “{filter}”), as of {date}",
                             "Statistics: {count} question sets (the filter “{filter}”), as of {date}", len(dossiers))
        title = title.format(count=number(len(dossiers)), filter=self.filter_query.text.strip(), date=day(self.today))
        from kqreader.analysis import stats  # imported when first asked for: it would slow every start
        from kqreader.output.stats_view import statistics_view

        view = statistics_view(*stats.summarised(dossiers, self.today, self.catalog.named_days(), self.marks))
        self.push_screen(StatisticsScreen(title, view))

    def action_promises(self) -> None:
        """p: the promise queue of the whole store; enter on a promise goes to its question."""
        from kqreader.analysis.promise_queue import queue  # the queue screen: only when asked for

        def went(place: Place | None) -> None:
            here = self._selected_place()
            if place is not None and self._go_to(place) and here is not None:
                self._been.append(here)  # backspace comes back from it, as from a followed reference
                self._ahead.clear()

        load = partial(queue, self.catalog, self.today, self.marks)
        from kqreader.tui.screens.promise_queue import PromiseScreen  # the screens a key opens: when it is pressed

        self.push_screen(PromiseScreen(load, day(self.today)), went)

    def action_asker(self) -> None:
        """v: the sets of the selected set's first asker (t: their party's), waiting ones first; enter goes to one,
        backspace comes back."""
        row = self.question_list.selected_row
        if row is None:
            self.notify(_("Select a set first."), severity="warning", markup=False)
            return
        from kqreader.analysis.overview import names, overview  # only when asked for

        askers = names(self.catalog, [row.dossier])
        if not askers:
            self.notify(_("This set names no asker."), severity="warning", markup=False)
            return
        here = self._selected_place()

        def went(place: Place | None) -> None:
            if place is not None and self._go_to(place) and here is not None:
                self._been.append(here)
                self._ahead.clear()

        load = partial(overview, self.catalog, today=self.today)
        from kqreader.tui.screens.overview import OverviewScreen

        self.push_screen(OverviewScreen(lambda who, name: load(who=who, name=name), askers), went)

    def action_similar(self) -> None:
        """r: the earlier sets on the same subject as the selected set (on a question's row: as that question);
        enter on one goes to it, backspace comes back."""
        row = self.question_list.selected_row
        if row is None:
            self.notify(_("Select a set first."), severity="warning", markup=False)
            return
        from kqreader.query.similar import described, similar_sets  # the ranking: only when asked for

        question = self.catalog.question(row)
        asked = question.number if question is not None else None
        ident = self.catalog.summary(row.dossier).id
        what = _("{id}, question {number}").format(id=ident, number=asked) if asked is not None else ident

        def load(later: bool) -> list[Described]:
            found = similar_sets(self.catalog, row.dossier, asked, later_too=later)
            return [described(self.catalog, f) for f in found]

        def went(place: Place | None) -> None:
            if place is not None and self._go_to(place):
                self._been.append((ident, asked))  # backspace comes back from it, as from a followed reference
                self._ahead.clear()

        from kqreader.tui.screens.similar_sets import SimilarScreen

        self.push_screen(SimilarScreen(load, what), went)

    def _selected_place(self) -> tuple[str, int | None] | None:
        """The selected set's id and question number (None on the set's own row)."""
        row = self.question_list.selected_row
        if row is None:
            return None
        question = self.catalog.question(row)
        return self.catalog.summary(row.dossier).id, question.number if question else None

    def action_mark(self) -> None:
        """m: mark the selected question (on a set's row, the set), or unmark it."""
        place = self._selected_place()
        if place is None:
            self.notify(_("Nothing to mark here."), severity="warning", markup=False)
            return
        self._change_marks(lambda: self.marks.toggle(*place, self.today))
        said = _("Marked {place}.") if self.marks.get(*place) else _("Unmarked {place}.")
        self.notify(said.format(place=_place(*place)), markup=False, timeout=3)

    def action_watch(self) -> None:
        """w: follow the selected set (kqreader sync and digest report what happens to it), or stop following it."""
        place = self._selected_place()
        if place is None:
            self.notify(_("No reference here to go to."), severity="warning", markup=False)
            return
        try:
            watches = WatchList.load(self.watch_file)
            followed = watches.toggle(place[0])
            watches.save()
        except StoreError as error:
            self.notify(f"{visible(str(error.path))}: {visible(error.problem)}", severity="error", markup=False)
            return
        self.marks.watched = watches.sets()
        self.question_list.forget_drawn()
        if followed:
            said = _("Following {set}: kqreader sync tells what happens to it.")
        else:
            said = _("No longer following {set}.")
        self.notify(said.format(set=place[0]), markup=False, timeout=4)

    def action_note(self) -> None:
        """e: write a note on the selected question (or set); it is marked with it."""
        place = self._selected_place()
        if place is None:
            self.notify(_("Nothing to write a note on here."), severity="warning", markup=False)
            return
        mark = self.marks.get(*place)

        def written(note: str | None) -> None:
            if note is not None:
                self._change_marks(lambda: self.marks.write_note(*place, note, self.today))

        prompt = TextPrompt(_("Note (Enter keeps it, Esc cancels)"), mark.note if mark else "", _("what to remember"))
        self.push_screen(prompt, written)

    def _change_marks(self, change: Callable[[], object]) -> None:
        """Change the marks and show them; when their file cannot be written, say so (the change stays until the
        reader is closed)."""
        try:
            change()
        except OSError as error:
            said = _("The marks could not be kept: {why}").format(why=reason(error))
            self.notify(said, severity="error", markup=False)
        except StoreError as error:  # the file, read again before the change, is damaged
            self.notify(f"{visible(str(error.path))}: {visible(error.problem)}", severity="error", markup=False)
        self.question_list.forget_drawn()
        if any(condition.of_marks for condition in self.filter_query.fields):
            self._apply_filter(self.filter_input.value)
        self._show_selected()

    # --- references ----------------------------------------------------------------------------------------

    def action_follow_link(self) -> None:
        """f: follow the reference in the answer pane (with several, choose which)."""
        links = self.answer_pane.links
        if not links:
            self.notify(_("No references to follow here."), severity="warning", markup=False)
            return
        if len(links) == 1:
            self.action_follow(0)
            return
        previews = {str(n): f"{link.text} → {_destination(link.reference)}" for n, link in enumerate(links)}

        def chosen(number: str | None) -> None:
            if number is not None:
                self.action_follow(int(number))

        self.push_screen(CitationPicker(previews, _("Go to which reference …")), chosen)

    def action_follow(self, number: int) -> None:
        """Go where reference `number` of the pane points: a question of this set, or another set."""
        here = self._selected_place()
        links = self.answer_pane.links
        if here is None or not 0 <= number < len(links):
            return
        reference = links[number].reference
        target: Place = (here[0], int(reference.target)) if reference.kind == "question" else (reference.target, None)
        if self._go_to(target):
            self._been.append(here)
            self._ahead.clear()

    def action_history(self, step: int) -> None:
        """Backspace / Alt+←: back to where a reference was followed from; Alt+→: forward again."""
        here = self._selected_place()
        source, other = (self._been, self._ahead) if step < 0 else (self._ahead, self._been)
        if not source or here is None:
            self.notify(_("Nowhere to go back to.") if step < 0 else _("Nowhere to go forward to."), markup=False)
            return
        target = source.pop()
        if self._go_to(target):
            other.append(here)

    def _select_place(self, place: Place) -> None:
        """Select a set (or one of its questions) by id when the list shows it."""
        found = self.catalog.place_of(place[0])
        if found is None:
            return
        dossier = self.catalog.dossier(found)
        index = next((i for i, q in enumerate(dossier.questions) if q.number == place[1]), None)
        self.question_list.select_row(Row(found, index))

    def _go_to(self, place: Place) -> bool:
        """Select a set (or one of its questions) by id, clearing the filter when it hides it; say so when the
        store does not have it."""
        ident, number = place
        found = self.catalog.place_of(ident)
        if found is None:
            self.notify(_("{id} is not in this database.").format(id=ident), severity="warning", markup=False)
            return False
        dossier = self.catalog.dossier(found)
        index = next((i for i, q in enumerate(dossier.questions) if q.number == number), None)
        if number is not None and index is None:
            said = _("{id} has no question {number}.").format(id=dossier.id, number=number)
            self.notify(said, severity="warning", markup=False)
            return False
        row = Row(found, index)
        if not self.question_list.select_row(row):
            self.filter_input.value = ""  # the watcher shows the whole list
            self._filter_now()
            self.filter_input.remove_class("-shown")
            self.question_list.select_row(row)
        self._focus_pane(self.question_list)
        self._show_selected()
        return True

    def action_next_order(self) -> None:
        """o: the list in the next order (newest first, oldest first), kept for the next start."""
        orders = list(ORDERS)
        self.use_order(orders[(orders.index(self.settings.order) + 1) % len(orders)])

    def use_order(self, order: Order) -> None:
        self.settings.order = order
        self._keep_settings()
        self._apply_filter(self.filter_input.value)  # the selected row stays selected
        self.notify(_("The list: {order}.").format(order=_(ORDERS[order])), markup=False, timeout=3)

    def action_help(self) -> None:
        self.push_screen(HelpScreen(self.binding_groups(), partial(key_names, self)))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Each command once, with its keys as people write them (Textual's own after ours, but not again)."""
        targets: dict[str, Widget] = {"Question list": self.question_list, "Answer pane": self.answer_pane}
        titles = set()  # as the catalogue has them (English): Textual's own are left out by theirs
        for group, bindings in self.binding_groups():
            target = targets.get(group, self)
            for binding in bindings:
                if binding.action == "quit" or binding.description in titles:  # the list's page down, not the pane's
                    continue
                titles.add(binding.description)
                yield SystemCommand(
                    _(binding.description),
                    f"{_(group)} · {key_names(self, binding.key)}",
                    partial(self.run_action, binding.action, target),
                )
        for order, label in ORDERS.items():
            title = _("Order: {order}").format(order=_(label))
            yield SystemCommand(title, _("How the list is ordered (o: the next order)"), partial(self.use_order, order))
        yield SystemCommand(_("Save this filter…"), _("Keep the filter shown under a name"), self.save_filter)
        if self.settings.cite_address:
            address = _("Citations with the official address: on")
        else:
            address = _("Citations with the official address: off")
        yield SystemCommand(address, _("On or off, kept for the next start"), self.toggle_cite_address)
        for name, text in sorted(self.settings.saved.items()):
            yield SystemCommand(_("Filter: {name}").format(name=name), text, partial(self.use_filter, text))
        for command in super().get_system_commands(screen):
            if command.title not in titles:
                yield SystemCommand(_(command.title), _(command.help), command.callback, command.discover)

    def action_help_quit(self) -> None:
        """Ctrl+C: how to quit, in the language spoken (Textual's own notice is English)."""
        self.notify(_("Press q or ctrl+q to quit."), title=_("Do you want to quit?"), markup=False)

    def action_command_palette(self) -> None:
        """The command palette, asking in the language spoken."""
        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(Palette(placeholder=_("Search for commands…"), id="--command-palette"))


def wait_for_enter() -> None:
    """Wait for a line on the terminal (the reader stepped aside: the terminal reads lines as a shell does)."""
    input()


def _place(ident: str, number: int | None) -> str:
    """A set, or one of its questions, as notifications name it ("2019Z12806 question 3")."""
    return ident if number is None else _("{id} question {number}").format(id=ident, number=number)
