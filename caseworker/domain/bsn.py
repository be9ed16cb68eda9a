"""The burgerservicenummer: the one key every municipal API shares."""

from __future__ import annotations

import re

# [0-9], not \d: \d (like str.isdigit) accepts every script's digits ("٩٩٩٩٩٣٦٥٣" would pass).
_NINE_DIGITS = re.compile(r"[0-9]{9}")
_DIGITS = re.compile(r"[0-9]+")
_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)


class InvalidBsn(ValueError):
    """A BSN that cannot be right; the message is meant for the user."""


def is_valid_bsn(value: str) -> bool:
    """Nine digits that pass the elfproef (9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11, not 0)."""
    if not _NINE_DIGITS.fullmatch(value):
        return False
    total = sum(weight * int(digit) for weight, digit in zip(_WEIGHTS, value, strict=True))
    return total % 11 == 0 and total != 0


def normalize_bsn(text: str) -> str:
    """The BSN in `text` (spaces, dots and dashes as people type them are allowed), or InvalidBsn.

    Eight digits get the leading zero that people often drop.
    """
    digits = re.sub(r"[\s.\-]", "", text)
    if not _DIGITS.fullmatch(digits):
        raise InvalidBsn("Een BSN bestaat alleen uit cijfers.")
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9:
        raise InvalidBsn(f"Een BSN heeft 9 cijfers; dit zijn er {len(digits)}.")
    if not is_valid_bsn(digits):
        raise InvalidBsn("Dit BSN klopt niet (de elfproef faalt). Controleer het nummer.")
    return digits


def mask_bsn(bsn: str) -> str:
    """The BSN as shown in lists and logs: only the last three digits (`******123`)."""
    return "*" * max(0, len(bsn) - 3) + bsn[-3:]
