"""The Kamer's clock: Amsterdam's days, and the moments the open data writes (an OData datetimeoffset, "2024-02-19T
16:29:37.2143044Z" with seven fraction digits, or local midnight with its offset, "2024-06-28T00:00:00+02:00").

A day the Kamer names is an Amsterdam day; a moment from the open data is read whatever its offset and compared as
an instant. Python's datetime holds six fraction digits: the seventh is dropped (a sync's overlap covers it). The
zone comes from the system's database, else from the EU rule (some Windows installations have no database).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, tzinfo

_MOMENT = re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)?")


def moment(value: object) -> datetime | None:
    """An OData datetimeoffset as an aware datetime in UTC (None when it is not one)."""
    if not isinstance(value, str):
        return None
    match = _MOMENT.fullmatch(value.strip())
    if match is None:
        return None
    fraction = (match[2] or "")[:6].ljust(6, "0")
    zone = match[3] or "Z"
    clock = match[1] if match[1].count(":") == 2 else f"{match[1]}:00"
    try:
        found = datetime.fromisoformat(f"{clock}.{fraction}{'+00:00' if zone == 'Z' else zone}")
    except ValueError:
        return None
    return found.astimezone(UTC)


def local_day(value: object) -> date | None:
    """The Amsterdam day of a moment ("2024-06-27T22:00:00Z" and "2024-06-28T00:00:00+02:00" are both 28 June); a
    bare date ("2024-06-28") as it is."""
    found = moment(value)
    if found is not None:
        return found.astimezone(AMSTERDAM).date()
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def midnight(day: date) -> str:
    """Local midnight of `day` in Amsterdam as an OData literal ("2024-06-28T00:00:00+02:00"), as GestartOp is."""
    offset = datetime(day.year, day.month, day.day, tzinfo=AMSTERDAM).utcoffset() or timedelta()
    hours, minutes = divmod(int(offset.total_seconds()) // 60, 60)
    return f"{day.isoformat()}T00:00:00{'+' if offset >= timedelta() else '-'}{hours:02d}:{minutes:02d}"


class _EuropeanTime(tzinfo):
    """Amsterdam's clock by the EU rule: CET, and CEST from the last Sunday of March to the last of October (the
    change at 01:00 UTC)."""

    def utcoffset(self, when: datetime | None) -> timedelta:
        return timedelta(hours=2 if when is not None and self._summer(when) else 1)

    def dst(self, when: datetime | None) -> timedelta:
        return timedelta(hours=1 if when is not None and self._summer(when) else 0)

    def tzname(self, when: datetime | None) -> str:
        return "CEST" if when is not None and self._summer(when) else "CET"

    def fromutc(self, when: datetime) -> datetime:
        naive = when.replace(tzinfo=None)
        summer = _last_sunday(when.year, 3) <= naive < _last_sunday(when.year, 10)
        return (naive + timedelta(hours=2 if summer else 1)).replace(tzinfo=self)

    @staticmethod
    def _summer(when: datetime) -> bool:
        local, year = when.replace(tzinfo=None), when.year
        return _last_sunday(year, 3) + timedelta(hours=1) <= local < _last_sunday(year, 10) + timedelta(hours=2)


def _last_sunday(year: int, month: int) -> datetime:
    last = date(year, month, 31)
    return datetime(year, month, 31 - (last.weekday() + 1) % 7, 1)


def _zone() -> tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Europe/Amsterdam")
    except (ImportError, KeyError, ValueError, OSError):  # no time zone database
        return _EuropeanTime()


AMSTERDAM = _zone()
