"""A digest of the changes to followed sets, written as text, Markdown, JSON or an Atom feed, and told to a hook.

The feed is a file a feed reader follows (each change an entry with a stable id, so a reader shows it once); the
hook is a command run once per change with the change in its environment (for mail or chat). No Textual here.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Literal
from xml.etree import ElementTree

import orjson

from kqreader.fetch.watching import CHANGE_NAMES, Change
from kqreader.i18n import _, day, ngettext, number, reason
from kqreader.text.safetext import visible, visible_json

DigestFormat = Literal["text", "md", "json"]
DIGEST_FORMATS: tuple[DigestFormat, ...] = ("text", "md", "json")
ATOM = "http://www.w3.org/2005/Atom"
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
    lines = [f"{c.day.isoformat()}  {c.set:<20} {said(c):<28} {c.title}  ({c.watch.shown()})" for c in changes]
    return "\n".join(visible(line) for line in lines) + "\n"


def as_markdown(changes: Sequence[Change]) -> str:
    if not changes:
        return _("No changes to the sets you follow.") + "\n"
    lines = [f"- **{day(c.day)}** — {c.set}: {said(c)} — {c.title} ({c.watch.shown()})" for c in changes]
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
        _child(entry, "summary", f"{change.title} ({change.watch.shown()})")
    return ElementTree.tostring(feed, encoding="utf-8", xml_declaration=True)


def _child(parent: ElementTree.Element, name: str, text: str) -> None:
    ElementTree.SubElement(parent, f"{{{ATOM}}}{name}").text = visible(text)


def run_hook(command: str, change: Change) -> str | None:
    """Run `command` for one change, its facts in the environment (KQREADER_SET, KQREADER_EVENT, KQREADER_DATE,
    KQREADER_DAYS, KQREADER_TITLE, KQREADER_WATCH, KQREADER_TEXT); the problem, if it failed."""
    facts = change.as_dict()
    environment = {**os.environ, **{f"KQREADER_{key.upper()}": "" if value is None else str(value)
                                    for key, value in {**facts, "text": said(change)}.items()}}  # fmt: skip
    try:
        done = subprocess.run(command, shell=True, env=environment, timeout=HOOK_SECONDS, check=False,
                              stdin=subprocess.DEVNULL)  # fmt: skip
    except subprocess.TimeoutExpired:
        return _("the hook took longer than {seconds} s and was stopped").format(seconds=number(int(HOOK_SECONDS)))
    except OSError as error:
        return _("the hook could not be run ({why})").format(why=reason(error))
    if done.returncode != 0:
        return _("the hook ended with status {status}").format(status=done.returncode)
    return None


def since_default(synced: date | None, today: date) -> date:
    """A digest's first day when none is asked: the day of the last sync, else a week ago."""
    return synced or today - timedelta(days=7)
