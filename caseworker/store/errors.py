"""The errors of the local store that the user can act on (the "known error" kind, STYLE practice 5)."""

from __future__ import annotations

from caseworker.errors import KnownError


class StoreError(KnownError):
    """The local cache cannot be used as it is; `user_message` is Dutch and tells the user what to do."""


WRONG_KEY = (
    "De sleutel van de lokale gegevens klopt niet. Er is niets veranderd. "
    "Controleer het wachtwoord of vraag de servicedesk om de lokale gegevens opnieuw op te bouwen."
)
NEWER_DATABASE = (
    "De lokale gegevens zijn gemaakt door een nieuwere versie van Keukentafel (schema {revision}). "
    "Installeer de nieuwste versie; er is niets veranderd."
)
