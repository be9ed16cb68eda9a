"""The centre of the window: the client view (ui/client/) and what the shell asks of it."""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from caseworker.services.session import Session
from caseworker.tasks import TaskOwner
from ui.client.view import ClientViewWidget

# The client view's sections, plus "berichten": the messaging pane beside it, showing its first thread.
VIEWS = ("overzicht", "huishouden", "zaken", "tijdlijn", "documenten", "taken", "plan", "berichten")


class ClientViewApi(Protocol):
    """What the shell asks of the client view (agreed with its author)."""

    loaded: SignalInstance  # (bsn) the client's cached view is painted

    @property
    def current_bsn(self) -> str | None: ...

    def show_client(self, bsn: str) -> None: ...
    def set_presentation(self, on: bool) -> None: ...
    def set_locked(self, on: bool) -> None: ...
    def select_view(self, name: str) -> None: ...
    def new_contact(self) -> None: ...


def make_client_view(session: Session, tasks: TaskOwner, parent: QWidget) -> tuple[QWidget, ClientViewApi]:
    """The client view, as a widget and as the API the shell uses."""
    widget = ClientViewWidget(session, tasks, parent)
    return widget, cast(ClientViewApi, widget)
