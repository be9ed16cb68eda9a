"""The built-in municipality "Voorbeeldstad": a local server implementing the API subset of DESIGN.md §4.

It shares no code with `caseworker.api` or `caseworker.domain` on purpose: both sides are checked against
the official specs instead, so a misreading of a spec on one side cannot hide behind the other.
"""
