"""Dutch dates as printed in Kamervragen ("20 juni 2019", "1e juli 2019", "12-10-2023")."""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6,
    "juli": 7, "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}
# A day: one or two (ASCII) digits not preceded by a word character. Written as a digit, then "(?<![\w][0-9])",
# because a pattern that starts with [0-9] is scanned for quickly (a leading \b is tried at every character: the
# dates of a document's head cost a tenth of its parsing).
_DAY = r"([0-9](?<!\w[0-9])[0-9]?)"
_WORDS = re.compile(_DAY + r"(?:e|ste|de)?\s*(" + "|".join(MONTHS) + r")\s*([0-9]{4})\b", re.IGNORECASE)  # "mei2024"
_NUMERIC = re.compile(_DAY + r"-([0-9]{1,2})-([0-9]{4})\b")
_MONTH_NAMES = {number: name for name, number in MONTHS.items()}


def find_date(text: str) -> date | None:
    """The first valid date in `text`, or None."""
    for match in _WORDS.finditer(text):
        found = _make(int(match.group(3)), MONTHS[match.group(2).lower()], int(match.group(1)))
        if found:
            return found
    for match in _NUMERIC.finditer(text):
        found = _make(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        if found:
            return found
    return None


def prinsjesdag(year: int) -> date:
    """The third Tuesday of September: the parliamentary year opens and the budget is presented (the one rule for
    the vergaderjaar a day is in and for a promise "met de begroting")."""
    first = date(year, 9, 1)
    return first + timedelta(days=(1 - first.weekday()) % 7 + 14)  # the first Tuesday, two weeks on


def vergaderjaar(day: date) -> str:
    """The parliamentary year a day falls in, as the Kamer writes it in ids ("20242025"): each year opens on
    Prinsjesdag."""
    start = day.year if day >= prinsjesdag(day.year) else day.year - 1
    return f"{start}{start + 1}"


def dutch(day: date) -> str:
    """A date the way Dutch citations print it ("20 juni 2019")."""
    return f"{day.day} {_MONTH_NAMES[day.month]} {day.year}"


FIRST_YEAR, LAST_YEAR = 1815, 2100  # the Tweede Kamer's history, and a margin: other years are misprints


def invalid_dates(text: str) -> list[str]:
    """Dates as printed that are no date ("31 februari 2019", a year 0001 or 9999), for a doubt."""
    return [m.group(0) for m in _WORDS.finditer(text) if _make(int(m[3]), MONTHS[m[2].lower()], int(m[1])) is None]


def _make(year: int, month: int, day: int) -> date | None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def period_day(value: str, last: bool = False) -> date | None:
    """The first (or, with `last`, the last) day that "2024", "2024-03" or "2024-03-15" names; None when it names
    none. The one rule for the filter's since:/until: and the commands' --since/--until."""
    parts = value.split("-")
    if not all(part.isdigit() for part in parts) or len(parts[0]) != 4:
        return None
    try:
        if len(parts) == 3:
            return date.fromisoformat(value)
        year = int(parts[0])
        if len(parts) == 1:
            return date(year, 12, 31) if last else date(year, 1, 1)
        if len(parts) == 2 and len(parts[1]) <= 2:
            month = int(parts[1])
            if last:
                following = date(year + month // 12, month % 12 + 1, 1)
                return date.fromordinal(following.toordinal() - 1)
            return date(year, month, 1)
    except ValueError:
        return None
    return None
