"""What the reader remembers between starts (the list's order), in the user's config folder (no Textual here).

A missing, unreadable or damaged settings file is the defaults: what it holds is a convenience, never a reason
not to start. It is written atomically, so a crash leaves the old one or the new one.
"""

from __future__ import annotations

import contextlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import get_args

import orjson
import platformdirs

from kqreader.atomic import write_atomically
from kqreader.browse import Order


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir("kqreader", appauthor=False)) / "settings.json"


@dataclass
class Settings:
    order: Order = "newest"

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """The settings kept at `path` (the user's by default); the defaults for any that are missing or wrong."""
        try:
            data = orjson.loads((path or settings_path()).read_bytes())
        except (OSError, orjson.JSONDecodeError):
            return cls()
        settings = cls()
        if isinstance(data, dict) and data.get("order") in get_args(Order):
            settings.order = data["order"]
        return settings

    def save(self, path: Path | None = None) -> None:
        """Kept for the next start; a folder that cannot be written costs only the memory of it."""
        target = path or settings_path()
        with contextlib.suppress(OSError):
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(target, orjson.dumps(asdict(self), option=orjson.OPT_INDENT_2))
