"""Sets that a fetch or sync changed since the reader was last opened: the list's "new answer", `status:new`.

`kqreader.fetch.news.json` beside the store holds when each set last changed by a fetch (`changed`: id → time) and when
the reader was last opened (`opened`). Opening the reader takes the sets changed after the previous opening and
notes the new one; the command line's `status:new` asks the same question without noting anything. A file that
cannot be read counts as no news (it is only a convenience): the next fetch writes it anew. No Textual here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import orjson

from kqreader.store.atomic import locked, write_atomically


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass
class News:
    path: Path
    changed: dict[str, str] = field(default_factory=dict)
    opened: str = ""  # ISO time of the reader's last opening ("": never)

    @classmethod
    def load(cls, path: Path) -> News:
        try:
            kept = orjson.loads(path.read_bytes())
            changed = {str(k): str(v) for k, v in kept.get("changed", {}).items()}
            return cls(path, changed, str(kept.get("opened", "")))
        except (OSError, orjson.JSONDecodeError, AttributeError, TypeError):
            return cls(path)

    def fresh(self) -> frozenset[str]:
        """The sets changed since the reader was last opened."""
        return frozenset(ident for ident, when in self.changed.items() if when > self.opened)

    def record(self, idents: Iterable[str]) -> None:
        """These sets changed now (by a fetch or a sync)."""
        self.changed.update(dict.fromkeys(idents, now()))
        self._keep()

    def opening(self) -> frozenset[str]:
        """The reader opens: the sets changed since it last did, and this opening noted (when it can be)."""
        fresh = self.fresh()
        self.opened = now()
        with contextlib.suppress(OSError):  # when it cannot be noted, the news stays news next time
            self._keep()
        return fresh

    def _keep(self) -> None:
        """Written under the file's lock, merged with it as it is now (a fetch and a reader opening at once, or two
        fetches, keep both): each set's latest change, the latest opening."""
        with locked(self.path):
            kept = News.load(self.path)
            for ident, when in kept.changed.items():
                if when > self.changed.get(ident, ""):
                    self.changed[ident] = when
            self.opened = max(self.opened, kept.opened)
            write_atomically(self.path, orjson.dumps({"changed": self.changed, "opened": self.opened}))
