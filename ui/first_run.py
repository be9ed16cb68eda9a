"""The first-run wizard of a configured profile: the secrets IT configured but this user's keyring lacks.

`ensure_secrets` runs before `start_workplace` (so before the passphrase dialog of the cache key, which
start-up asks itself). It lists each API whose secret is missing (name, URL, kind of login; never a stored
secret), asks for them without echo, optionally tests one, and stores them in the keyring with
`set_secret` in a worker thread. Where no secure keyring exists it says so: secrets are never written to a
file, so IT must install or unlock one first.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from functools import partial
from typing import Any

import httpx
from keyring.backend import KeyringBackend

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseworker.config import Config
from caseworker.config.profile import missing_secrets, service_settings
from caseworker.doctor.endpoints import PROBES
from caseworker.security.credentials import CredentialError, get_secret, set_secret
from ui.probe import next_signal

log = logging.getLogger(__name__)

TEST_TIMEOUT = httpx.Timeout(10.0, connect=5.0)


class FirstRunWizard(QDialog):
    """One page: a password field per missing secret, or (`no_keyring`) why nothing can be stored."""

    def __init__(
        self,
        config: Config,
        missing: list[str],
        *,
        backend: KeyringBackend | None = None,
        no_keyring: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.config = config
        self.missing = list(missing)
        self.backend = backend
        self.fields: dict[str, QLineEdit] = {}
        self.tests: dict[str, QPushButton] = {}
        self.results: dict[str, QLabel] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self.setWindowTitle(self.tr("Keukentafel instellen"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setObjectName("firstRunTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4262c;")
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        if no_keyring is not None:
            self._explain_no_keyring(no_keyring)
        else:
            self._ask_secrets(layout)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(760, self.sizeHint().height())

    # -- the two faces ---------------------------------------------------------------------------------

    def _explain_no_keyring(self, reason: str) -> None:
        self.no_keyring = True
        self.title.setText(self.tr("Er is geen beveiligde sleutelbos"))
        self.intro.setText(
            self.tr(
                "Keukentafel bewaart de geheimen waarmee het inlogt bij de systemen van de gemeente alleen "
                "in de beveiligde sleutelbos van deze computer, nooit in een bestand. Die sleutelbos is er "
                "niet of is vergrendeld, dus Keukentafel kan nu niet starten.\n\n"
                "Vraag IT of de servicedesk om een sleutelbos te installeren of te ontgrendelen "
                "(Windows Referentiebeheer, macOS-sleutelhanger, Secret Service of KWallet). "
                "Start Keukentafel daarna opnieuw."
            )
        )
        self.error.setText(reason)  # the keyring's own words: missing, or locked
        self.error.setStyleSheet("color: palette(placeholder-text);")
        self.error.show()
        close = self.buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)

    def _ask_secrets(self, layout: QVBoxLayout) -> None:
        self.no_keyring = False
        self.title.setText(self.tr("Welkom bij Keukentafel"))
        self.intro.setText(
            self.tr(
                "IT heeft Keukentafel ingesteld voor profiel \u201c%1\u201d. Voor deze diensten staat nog "
                "geen geheim in de sleutelbos van deze computer. Vul ze in (u krijgt ze van IT); ze worden "
                "alleen in de sleutelbos bewaard, nooit in een bestand."
            ).replace("%1", self.config.profile)
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        headers = (self.tr("Dienst"), self.tr("Adres"), self.tr("Inloggen met"), self.tr("Geheim"))
        for column, text in enumerate(headers):
            header = QLabel(f"<b>{text}</b>", self)
            grid.addWidget(header, 0, column)
        for row, api in enumerate(self.missing, start=1):
            grid.addWidget(QLabel(api, self), row, 0)
            url = QLabel(self.config.text(f"{api}.url"), self)
            url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(url, row, 1)
            grid.addWidget(QLabel(self._kind(api), self), row, 2)
            field = QLineEdit(self)
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setObjectName(f"secret-{api}")
            field.setAccessibleName(self.tr("Geheim voor %1").replace("%1", api))
            field.setMinimumWidth(180)
            field.textChanged.connect(self._update_buttons)
            grid.addWidget(field, row, 3)
            test = QPushButton(self.tr("Test verbinding"), self)
            test.setEnabled(False)
            test.clicked.connect(partial(self._spawn_test, api))
            grid.addWidget(test, row, 4)
            result = QLabel(self)
            result.setWordWrap(True)
            grid.addWidget(result, row + len(self.missing), 0, 1, 5)
            result.hide()
            self.fields[api], self.tests[api], self.results[api] = field, test, result
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.save_button = self.buttons.addButton(self.tr("Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._spawn_save)
        cancel = self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.clicked.connect(self.reject)
        self._update_buttons()

    def _kind(self, api: str) -> str:
        kind = self.config.text(f"{api}.auth")
        if kind == "zgw-jwt":
            return self.tr("ZGW-geheim (client %1)").replace("%1", self.config.text(f"{api}.client_id"))
        if kind == "token":
            return self.tr("token")
        return self.tr("API-sleutel (%1)").replace("%1", self.config.text(f"{api}.header"))

    def _update_buttons(self) -> None:
        for api, field in self.fields.items():
            self.tests[api].setEnabled(bool(field.text()))
        self.save_button.setEnabled(all(field.text() for field in self.fields.values()))

    # -- saving and testing (off the event loop) -----------------------------------------------------------

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)  # kept until done: the loop holds tasks only weakly
        task.add_done_callback(self._tasks.discard)

    def _spawn_save(self) -> None:
        self._spawn(self.save())

    def _spawn_test(self, api: str) -> None:
        self._spawn(self.test_connection(api))

    async def save(self) -> None:
        """Store every typed secret; accept when all are stored, else say why and stay open."""
        self.save_button.setEnabled(False)
        self.error.hide()
        try:
            for api, field in self.fields.items():
                await asyncio.to_thread(set_secret, api, field.text(), backend=self.backend)
        except CredentialError as error:
            self.error.setText(error.user_message)
            self.error.show()
            self._update_buttons()
            return
        for field in self.fields.values():
            field.clear()  # the secrets are in the keyring now; not kept in the widget
        self.accept()

    async def test_connection(self, api: str) -> None:
        """One cheap authenticated request (doctor's probe) with the typed secret; nothing is stored."""
        button, result = self.tests[api], self.results[api]
        button.setEnabled(False)
        result.setText(self.tr("%1: bezig met testen…").replace("%1", api))
        result.show()
        settings = service_settings(self.config, api, self.fields[api].text())
        probe = PROBES[api]
        url = f"{settings.base_url.rstrip('/')}/{probe.path}"
        try:
            async with httpx.AsyncClient(auth=settings.auth, timeout=TEST_TIMEOUT) as http:
                response = await http.request(
                    probe.method,
                    url,
                    headers={"Accept": "application/json", **probe.headers},
                    json=probe.body,
                )
            status: int | None = response.status_code
        except httpx.HTTPError as error:
            log.info("test of %s failed: %s", api, type(error).__name__)
            status = None
        finally:
            button.setEnabled(bool(self.fields[api].text()))
        if status is None:
            text = self.tr("%1: geen verbinding met de server. Controleer het netwerk of vraag IT.")
        elif status in (401, 403):
            text = self.tr("%1: de server weigert dit geheim. Controleer het en probeer opnieuw.")
        elif status < 400 or (api == "brp" and status == 400):
            text = self.tr("%1: verbinding gelukt, het geheim wordt geaccepteerd.")
        else:
            text = self.tr("%1: de server antwoordt met een fout. Vraag IT.")
        result.setText(text.replace("%1", api))


async def ensure_secrets(
    config: Config, parent: QWidget | None = None, *, backend: KeyringBackend | None = None
) -> bool:
    """Before start-up: True when every secret the profile needs is in the keyring (asked for and stored
    now if missing); False when the user cancelled or no secure keyring exists (start-up stops then)."""
    if config.is_demo:
        return True
    try:
        missing = await asyncio.to_thread(missing_secrets, config, partial(get_secret, backend=backend))
    except CredentialError as error:
        wizard = FirstRunWizard(config, [], no_keyring=error.user_message, parent=parent)
    else:
        if not missing:
            return True
        wizard = FirstRunWizard(config, missing, backend=backend, parent=parent)
    wizard.open()
    finished = await next_signal(wizard.finished)
    stored = bool(finished) and finished[0] == QDialog.DialogCode.Accepted.value and not wizard.no_keyring
    wizard.deleteLater()
    return stored
