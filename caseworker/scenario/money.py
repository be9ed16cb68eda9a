"""Money as integer eurocent, with the rounding written out where it happens."""

from __future__ import annotations

from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation

Cents = int

_CENT = Decimal(1)
_HUNDRED = Decimal(100)


def round_half_up(amount: Decimal) -> Cents:
    """Round an amount in cents half up to a whole cent (the rule the derived figures use)."""
    return int(amount.quantize(_CENT, rounding=ROUND_HALF_UP))


def floor_to_euro(amount: Decimal) -> Cents:
    """Floor an amount in cents to whole euros (the Belastingdienst zorgtoeslag tables do this)."""
    return int((amount / _HUNDRED).to_integral_value(rounding=ROUND_FLOOR)) * 100


def parse_euros(text: str | int | float | Decimal) -> Cents:
    """`"123.45"` → 12345. Raises ValueError for anything that is not a non-negative amount in cents."""
    try:
        amount = Decimal(str(text).strip())
    except InvalidOperation:
        raise ValueError(text) from None
    cents = amount * _HUNDRED
    if not amount.is_finite() or amount < 0 or cents != cents.to_integral_value():
        raise ValueError(text)
    return int(cents)


def format_euros(cents: Cents | None) -> str | None:
    """12345 → `"123.45"`; None stays None (unknown or not applicable)."""
    if cents is None:
        return None
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    return f"{sign}{whole}.{rest:02d}"


def euro_text(cents: Cents) -> str:
    """12345678 → `"€ 123.456,78"`, the way amounts are written for the client."""
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    return f"{sign}€ {whole:,}".replace(",", ".") + f",{rest:02d}"


def format_percentage(ratio: Decimal) -> str:
    """Decimal("0.125") → `"12,5 %"`."""
    return f"{(ratio * 100).normalize():f}".replace(".", ",") + " %"


def format_ratio(ratio: Decimal | None) -> str | None:
    return None if ratio is None else str(ratio.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP))
