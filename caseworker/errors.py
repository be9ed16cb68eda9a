"""The two kinds of error (STYLE.md practice 5).

A `KnownError` comes from the user or the environment (a wrong passphrase, no keyring, an invalid BSN, a
server that is down): the UI shows its `user_message`, in plain Dutch, saying what to do next. Anything else
is a bug: logged with its trace and shown in a crash dialog.
"""

from __future__ import annotations


class KnownError(Exception):
    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message
