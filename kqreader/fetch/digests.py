"""A digest of the changes to followed sets, written as text, Markdown, JSON or an Atom feed, and told to a hook.

The feed is a file a feed reader follows (each change an entry with a stable id, so a reader shows it once); the
hook is a command run once per change with the change in its environment (for mail or chat). No Textual here.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Literal
from xml.etree import ElementTree

import orjson

from kqreader.fetch.watching import CHANGE_NAMES, Change
from kqreader.i18n import DAY_WIDTH, _, day, ngettext, number, reason, short_day
from kqreader.text.safetext import visible, visible_json, visible_xml

DigestFormat = Literal["text", "md", "json"]
DIGEST_FORMATS: tuple[DigestFormat, ...] = ("text", "md", "json")
ATOM = "http://www.w3.org/2005/Atom"
HOOK_VALUE_MOST = 4096  # characters of a fact in a hook's environment
HOOK_SECONDS = 30.0  # a hook that takes longer is stopped (a mail or chat command should not hang a sync)


def said(change: Change) -> str:
    """What happened, in words ("answered in 28 days", "overdue: open 45 days")."""
    name = _(CHANGE_NAMES[change.kind])
    if change.kind == "replaced":
        return name.format(sets=change.note)
    if change.kind == "document" and change.note:
        return f"{name} ({change.note})"
    if change.days is None:
        return name
    if change.kind == "answered":
        words = ngettext("answered in {days} day", "answered in {days} days", change.days)
    else:
        words = ngettext("overdue: open {days} day", "overdue: open {days} days", change.days)
    return words.format(days=number(change.days))


def as_text(changes: Sequence[Change]) -> str:
    if not changes:
        return _("No changes to the sets you follow.") + "\n"
    lines: list[str] = []
    for c in changes:
        lines.append(f"{short_day(c.day)}  {c.set:<20} {said(c):<28} {c.title}  ({c.watch.spoken()})")
        lines += [f"{' ' * (DAY_WIDTH + 2)}{source}" for source in (c.citation, c.link) if source]  # its source
    return "\n".join(visible(line) for line in lines) + "\n"


def as_markdown(changes: Sequence[Change]) -> str:
    if not changes:
        return _("No changes to the sets you follow.") + "\n"
    lines: list[str] = []
    for c in changes:
        named = f"[{c.set}]({c.link})" if c.link else c.set
        lines.append(f"- **{day(c.day)}** — {named}: {said(c)} — {c.title} ({c.watch.spoken()})")
        if c.citation:
            lines.append(f"  {_('Source:')} {c.citation}")
    return "\n".join(visible(line) for line in lines) + "\n"


def as_json(changes: Sequence[Change]) -> str:
    data = orjson.dumps({"changes": [c.as_dict() for c in changes]}, option=orjson.OPT_INDENT_2)
    return visible_json(data).decode() + "\n"


def rendered(changes: Sequence[Change], form: DigestFormat) -> str:
    return {"text": as_text, "md": as_markdown, "json": as_json}[form](changes)


def atom_feed(changes: Sequence[Change], now: datetime | None = None) -> bytes:
    """An Atom feed of the changes, the newest first; each entry's id names the set, the change and its day."""
    updated = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    ElementTree.register_namespace("", ATOM)
    feed = ElementTree.Element(f"{{{ATOM}}}feed")
    _child(feed, "title", _("kqreader: the sets you follow"))
    _child(feed, "id", "urn:kqreader:watch")
    _child(feed, "updated", updated)
    for change in sorted(changes, key=lambda c: (c.day, c.set, c.kind), reverse=True):
        entry = ElementTree.SubElement(feed, f"{{{ATOM}}}entry")
        _child(entry, "id", f"urn:kqreader:{change.set}:{change.kind}:{change.day.isoformat()}")
        _child(entry, "title", f"{change.set}: {said(change)}")
        _child(entry, "updated", f"{change.day.isoformat()}T00:00:00Z")
        summary = [f"{change.title} ({change.watch.spoken()})", change.citation]
        _child(entry, "summary", " — ".join(filter(None, summary)))
        if change.link:  # a feed reader opens the entry here
            ElementTree.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=visible_xml(change.link))
        author = ElementTree.SubElement(entry, f"{{{ATOM}}}author")  # Atom wants one: who asked, else the Kamer
        _child(author, "name", change.askers or "Tweede Kamer der Staten-Generaal")
    return ElementTree.tostring(feed, encoding="utf-8", xml_declaration=True)


def _child(parent: ElementTree.Element, name: str, text: str) -> None:
    ElementTree.SubElement(parent, f"{{{ATOM}}}{name}").text = visible_xml(text)


class Hook:
    """A command run once per change, its facts in the environment (KQREADER_SET, KQREADER_EVENT, KQREADER_DATE,
    KQREADER_DAYS, KQREADER_TITLE, KQREADER_WATCH, KQREADER_TEXT: each one line, with no control character).

    Its output goes to kqreader's stderr (stdout stays the digest: `digest --format json --hook … > d.json` is
    JSON). It runs in a process group of its own, stopped whole — its children too — when it takes longer than
    `seconds`; after that it is not run again (nor waited for) for the changes left: that is said once."""

    def __init__(self, command: str, seconds: float = HOOK_SECONDS) -> None:
        self.command = command
        self.seconds = seconds
        self.stopped = False  # it took too long once: not run again

    def run(self, change: Change) -> str | None:
        """Run the hook for one change; the problem, if it failed (None also when it is not run any more)."""
        if self.stopped:
            return None
        facts = {**change.as_dict(), "text": said(change)}
        environment = {**os.environ, **{f"KQREADER_{key.upper()}": "" if value is None else _value(value)
                                        for key, value in facts.items()}}  # fmt: skip
        try:
            process = subprocess.Popen(self.command, shell=True, env=environment, stdin=subprocess.DEVNULL,
                                       stdout=_stderr(), start_new_session=True)  # fmt: skip
        except (OSError, ValueError) as error:
            return _("the hook could not be run ({why})").format(why=reason(error))
        try:
            status = process.wait(timeout=self.seconds)
        except subprocess.TimeoutExpired:
            _stop_group(process)
            self.stopped = True
            return _("the hook took longer than {seconds} s and was stopped (with what it started); it is not run "
                     "for the changes after this one").format(seconds=number(round(self.seconds, 1)))  # fmt: skip
        except BaseException:  # Ctrl+C: the hook's group goes too
            _stop_group(process)
            raise
        if status != 0:
            return _("the hook ended with status {status}").format(status=status)
        return None


def _value(value: object) -> str:
    """A fact as an environment variable: one line with no control character (a NUL would stop the hook), cut
    where a subject of a megabyte would make it too long to start (Linux takes 128 KB a variable)."""
    shown = visible(str(value))
    return shown if len(shown) <= HOOK_VALUE_MOST else shown[: HOOK_VALUE_MOST - 1] + "…"


def _stderr() -> int:
    """Where a hook's output goes: kqreader's stderr (never its stdout, which may be a digest in JSON)."""
    try:
        return sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):  # no real stderr (an embedding): the output is dropped
        return subprocess.DEVNULL


def _stop_group(process: subprocess.Popen[bytes]) -> None:
    """Stop a hook's process group: TERM, then KILL for what is left after a moment."""
    for signal_number, grace in ((signal.SIGTERM, 1.0), (signal.SIGKILL, 5.0)):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal_number)
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            continue
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)  # the shell is gone; its children too
        return


def since_default(synced: date | None, today: date) -> date:
    """A digest's first day when none is asked: the day of the last sync, else a week ago."""
    return synced or today - timedelta(days=7)
