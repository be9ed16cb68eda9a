"""How dates, times and sizes read in the client view (day-month-year, local time)."""

from __future__ import annotations

from datetime import date, datetime


def day(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def moment(value: datetime | None) -> str:
    return value.astimezone().strftime("%d-%m-%Y %H:%M") if value else ""


def size(value: int | None) -> str:
    if value is None:
        return ""
    return f"{value / 1024:.0f} kB" if value < 1024 * 1024 else f"{value / 1024 / 1024:.1f} MB"
