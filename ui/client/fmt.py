"""How dates, times and sizes read in the client view (day-month-year, local time)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ui.i18n import translate


def day(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def moment(value: datetime | None) -> str:
    return value.astimezone().strftime("%d-%m-%Y %H:%M") if value else ""


def when(value: datetime, now: datetime) -> str:
    """`09:14` today, `gisteren 16:02` yesterday, else the date and time."""
    local, today = value.astimezone(), now.astimezone().date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return clock
    if local.date() == today - timedelta(days=1):
        return translate("fmt", "gisteren {time}").format(time=clock)
    return local.strftime("%d-%m-%Y %H:%M")


def size(value: int | None) -> str:
    if value is None:
        return ""
    return f"{value / 1024:.0f} kB" if value < 1024 * 1024 else f"{value / 1024 / 1024:.1f} MB"
