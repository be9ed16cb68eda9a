"""The centre of the window: the client view (ui/client/, built beside this shell), or — until it exists —
a placeholder that shows the client's name, with the same interface, so the shell and its tests work."""

from __future__ import annotations

import importlib
from typing import Protocol, cast

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from caseworker.services.client import close_client, open_client
from caseworker.services.session import Session
from caseworker.tasks import TaskOwner

# The client view's sections, plus "berichten": the messaging pane beside it, showing its first thread.
VIEWS = ("overzicht", "huishouden", "zaken", "tijdlijn", "documenten", "taken", "plan", "berichten")
CLIENT_VIEW_MODULE = "ui.client.view"


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
    """The real client view when it is installed, else the placeholder; as a widget and as its API."""
    try:
        module = importlib.import_module(CLIENT_VIEW_MODULE)
    except ModuleNotFoundError as missing:
        if missing.name is None or not CLIENT_VIEW_MODULE.startswith(missing.name):
            raise  # the view exists but something it imports is missing: a bug to see, not to hide
        widget: QWidget = PlaceholderClientView(session, tasks, parent)
    else:
        widget = module.ClientViewWidget(session, tasks, parent)
    return widget, cast(ClientViewApi, widget)


class PlaceholderClientView(QWidget):
    loaded = Signal(str)

    def __init__(self, session: Session, tasks: TaskOwner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._tasks = tasks
        self._bsn: str | None = None
        self.name = QLabel(self.tr("Kies een cliënt in de werklijst of zoek er een."), self)
        self.name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)

    @property
    def current_bsn(self) -> str | None:
        return self._bsn

    def show_client(self, bsn: str) -> None:
        if self._bsn is not None:
            close_client(self._session, self._bsn)
        self._bsn = bsn
        self._tasks.spawn(self._open(bsn), name="open client", key="client view")

    async def _open(self, bsn: str) -> None:
        opened = await open_client(self._session, bsn)
        self._show(opened.view.person.naam if opened.view else "")
        self.loaded.emit(bsn)
        async for _, view in opened.updates():
            self._show(view.person.naam if view else "")

    def _show(self, naam: str) -> None:
        self.name.setText(naam or self.tr("Deze cliënt is nog niet opgehaald."))

    def set_presentation(self, on: bool) -> None:
        """The placeholder shows nothing internal."""

    def set_locked(self, on: bool) -> None:
        self.name.setVisible(not on)

    def select_view(self, name: str) -> None:
        """The placeholder has one view."""

    def new_contact(self) -> None:
        """Registering contacts belongs to the client view."""
