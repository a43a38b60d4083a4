"""What the reader remembers between starts (the list's order, the filters typed and saved), in the user's config
folder (no Textual here).

A missing, unreadable or damaged settings file is the defaults: what it holds is a convenience, never a reason
not to start. It is written atomically, so a crash leaves the old one or the new one.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import get_args

import orjson
import platformdirs

from kqreader.query.catalog import Order
from kqreader.store.atomic import locked, write_atomically


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir("kqreader", appauthor=False)) / "settings.json"


HISTORY_KEPT = 100  # filters: the latest kept for ↑ in the filter


@dataclass
class Settings:
    order: Order = "newest"
    history: list[str] = field(default_factory=list)  # filters kept with Enter, the latest last
    saved: dict[str, str] = field(default_factory=dict)  # name -> filter
    cite_address: bool = True  # citations end with the official address
    _read: Settings | None = field(default=None, init=False, repr=False, compare=False)  # as read: see save
    _remembered: list[str] = field(default_factory=list, init=False, repr=False, compare=False)  # since then

    def remember(self, text: str) -> None:
        """A filter kept: the latest in the history (once)."""
        text = text.strip()
        if text:
            self._remembered.append(text)
            self.history[:] = [*(old for old in self.history if old != text), text][-HISTORY_KEPT:]  # in place: shared

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """The settings kept at `path` (the user's by default); the defaults for any that are missing or wrong."""
        try:
            data = orjson.loads((path or settings_path()).read_bytes())
        except (OSError, orjson.JSONDecodeError):
            return cls()
        settings = cls()
        if not isinstance(data, dict):
            return settings
        if data.get("order") in get_args(Order):
            settings.order = data["order"]
        history, saved = data.get("history"), data.get("saved")
        if isinstance(history, list):
            settings.history = [text for text in history if isinstance(text, str)][-HISTORY_KEPT:]
        if isinstance(saved, dict):
            settings.saved = {name: text for name, text in saved.items() if isinstance(text, str)}
        if isinstance(data.get("cite_address"), bool):
            settings.cite_address = data["cite_address"]
        settings._read = settings._copy()
        return settings

    def save(self, path: Path | None = None) -> None:
        """Kept for the next start: what this copy changed since it was read, applied to the file as it is now (read
        again under its lock: two readers keep each other's saved filters); a folder that cannot be written costs
        only the memory of it."""
        target = path or settings_path()
        with contextlib.suppress(OSError), locked(target):
            kept = Settings.load(target)
            read = self._read or Settings()
            if self.order != read.order:
                kept.order = self.order
            if self.cite_address != read.cite_address:
                kept.cite_address = self.cite_address
            for text in self._remembered:
                kept.remember(text)
            self._remembered.clear()
            for name in read.saved.keys() - self.saved.keys():
                kept.saved.pop(name, None)
            kept.saved.update({name: text for name, text in self.saved.items() if read.saved.get(name) != text})
            write_atomically(target, orjson.dumps(kept._fields(), option=orjson.OPT_INDENT_2))
            self.order, self.cite_address, self.saved = kept.order, kept.cite_address, kept.saved
            self.history[:] = kept.history  # in place: the filter line shares it
            self._read = kept._copy()

    def _fields(self) -> dict[str, object]:
        return {"order": self.order, "history": self.history, "saved": self.saved, "cite_address": self.cite_address}

    def _copy(self) -> Settings:
        return Settings(self.order, list(self.history), dict(self.saved), self.cite_address)
