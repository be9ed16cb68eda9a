"""The GUI front-end: `caseworker` without a sub-command (see `caseworker.cli`).

qasync owns the loop (STYLE practice 3): `asyncio.Runner(loop_factory=qasync.QEventLoop)` runs `_main`,
which starts the profile headlessly (`caseworker.services.startup`), opens the window and waits for it to
close. Every task of the window goes through one TaskOwner that reports failures (STYLE practice 5).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLabel, QLineEdit, QMessageBox, QWidget

from caseworker.config import Config, ConfigError, load_config
from caseworker.errors import KnownError
from caseworker.security.keys import KeyUnavailable
from caseworker.services.session import freeze_startup_objects
from caseworker.services.startup import AskPassphrase, force_demo, start_workplace
from caseworker.sync.caseload import CaseloadResult
from caseworker.tasks import TaskOwner
from ui.client_slot import VIEWS
from ui.errors import install_excepthook, report
from ui.first_run import ensure_secrets
from ui.i18n import LANGUAGES, install_translator
from ui.main_window import MainWindow
from ui.probe import PaintProbe, next_signal

log = logging.getLogger(__name__)

CONFIG_EXIT = 2  # the settings are wrong: IT must act
START_EXIT = 1  # a known problem stopped the start (the message says which)
SCREENSHOT_TIMEOUT = 120.0  # seconds: a first demo start generates the municipality and syncs the caseload
DEFAULT_SIZE = (1440, 900)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of the GUI (the default command)."""
    parser.add_argument("--demo", action="store_true", help="use the built-in demo municipality")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the window (default: ui.language)")
    parser.add_argument(
        "--screenshot", type=Path, metavar="FILE.png", help="render the window to a PNG, exit"
    )
    parser.add_argument("--client", metavar="BSN|first", help="with --screenshot: open this client")
    parser.add_argument("--view", choices=VIEWS, default="overzicht", help="with --screenshot: client view")
    parser.add_argument("--size", default="x".join(map(str, DEFAULT_SIZE)), help="window size, e.g. 1440x900")
    # Benchmarks: print the wall-clock time of the first paint with the caseload shown, then exit.
    parser.add_argument("--benchmark-start", action="store_true", help=argparse.SUPPRESS)


@dataclass(frozen=True)
class Options:
    demo: bool
    language: str | None
    screenshot: Path | None
    client: str | None
    view: str
    size: tuple[int, int]
    benchmark_start: bool

    @classmethod
    def of(cls, args: argparse.Namespace) -> Options:
        try:
            width, height = (int(part) for part in args.size.lower().split("x"))
        except ValueError:
            raise SystemExit(f"--size: expected WIDTHxHEIGHT, got {args.size!r}") from None
        return cls(args.demo, args.lang, args.screenshot, args.client, args.view, (width, height),
                   args.benchmark_start)  # fmt: skip

    @property
    def headless(self) -> bool:
        return self.screenshot is not None or self.benchmark_start


def run_gui(args: argparse.Namespace) -> int:
    options = Options.of(args)
    if options.headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Keukentafel")
    # Matches the installed desktop entry, so Wayland shells show its name and icon for the window.
    app.setDesktopFileName("io.keukentafel.Keukentafel")
    app.setApplicationDisplayName("Keukentafel")
    # The splash closing must not end the loop: the app ends when `_main` returns (the window closed).
    app.setQuitOnLastWindowClosed(False)
    try:
        config = load_config(cli={"ui.language": options.language} if options.language else None)
    except ConfigError as error:
        return _config_refused(error, options)
    if options.demo:
        config = force_demo(config)
    translator = install_translator(app, config.text("ui.language"))
    install_excepthook()
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        code = runner.run(_main(config, options))
    del translator
    return code


def _config_refused(error: ConfigError, options: Options) -> int:
    """Before anything starts: a clear message and exit code 2, never a half-started window."""
    print(error.user_message, file=sys.stderr)
    if not options.headless:
        box = QMessageBox(QMessageBox.Icon.Critical, "Keukentafel", error.user_message)
        box.exec()  # no event loop runs yet: a modal dialog blocks nothing else
    return CONFIG_EXIT


async def _main(config: Config, options: Options) -> int:
    tasks = TaskOwner(on_error=report)
    splash = _splash(config, options)
    # A configured profile whose secrets are not yet in this user's keyring: the first-run wizard asks for
    # them before start-up (and its passphrase dialog). Headless runs keep refusing with the ConfigError.
    if not options.headless and not await ensure_secrets(config, splash):
        splash.close()
        return START_EXIT  # cancelled, or no secure keyring: the wizard said why
    try:
        workplace = await start_workplace(config, ask_passphrase=passphrase_dialog(splash))
    except KnownError as error:
        splash.close()
        return await _refused(error, options)
    splash.close()
    window = MainWindow(workplace, tasks)
    window.resize(*options.size)
    first_paint = asyncio.ensure_future(_first_paint(window))
    window.show()
    # The cached worklist first: the sync's refreshes would compete with it for the loop and the store.
    await next_signal(window.worklist.loaded, SCREENSHOT_TIMEOUT)
    caseload = workplace.start_background()
    freeze_startup_objects()
    try:
        if options.benchmark_start:
            print(f"first-paint {await first_paint:.6f}", flush=True)
            return 0
        if options.screenshot is not None:
            return await _screenshot(window, caseload, options)
        await next_signal(window.closed)
        return 0
    finally:
        window.close()
        await tasks.cancel_all()
        await workplace.aclose()


def _splash(config: Config, options: Options) -> QLabel:
    text = (
        QApplication.translate("app", "Oefengemeente Voorbeeldstad wordt klaargezet…")
        if config.is_demo
        else QApplication.translate("app", "Keukentafel wordt gestart…")
    )
    splash = QLabel(text)
    splash.setWindowFlags(Qt.WindowType.SplashScreen)
    splash.setAlignment(Qt.AlignmentFlag.AlignCenter)
    splash.setMargin(32)
    if not options.headless:
        splash.show()
    return splash


def passphrase_dialog(parent: QWidget) -> AskPassphrase:
    """Asks in a dialog opened with `open()`: the loop keeps running while the user types."""

    async def ask(reason: KeyUnavailable) -> str | None:
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(QApplication.translate("app", "Wachtwoord van de lokale gegevens"))
        dialog.setLabelText(reason.user_message)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.open()
        accepted = await next_signal(dialog.finished)
        return dialog.textValue() if accepted and accepted[0] == QDialog.DialogCode.Accepted.value else None

    return ask


async def _refused(error: KnownError, options: Options) -> int:
    code = CONFIG_EXIT if isinstance(error, ConfigError) else START_EXIT
    print(error.user_message, file=sys.stderr)
    if not options.headless:
        box = QMessageBox(QMessageBox.Icon.Warning, "Keukentafel", error.user_message)
        box.open()
        await next_signal(box.finished)
    return code


async def _first_paint(window: MainWindow) -> float:
    """When (wall clock) the window first painted the worklist with rows (tests/bench/ui_bench.py)."""
    probe = PaintProbe(window.worklist.view.viewport())
    filled: list[float] = []  # when the list got rows: the paint to wait for comes after it
    window.worklist.loaded.connect(lambda rows: filled.append(time.perf_counter()) if rows else None)
    while not filled:
        await next_signal(window.worklist.loaded, SCREENSHOT_TIMEOUT)
    painted = await probe.painted_after(filled[0], SCREENSHOT_TIMEOUT)
    return time.time() - (time.perf_counter() - painted)


async def _screenshot(window: MainWindow, caseload: asyncio.Task[CaseloadResult], options: Options) -> int:
    """After the first refresh round (the caseload sync), with the client's view loaded."""
    assert options.screenshot is not None
    await asyncio.wait([caseload], timeout=SCREENSHOT_TIMEOUT)
    window.worklist.reload()
    await next_signal(window.worklist.loaded, SCREENSHOT_TIMEOUT)
    bsn = _chosen_client(window, options.client)
    if bsn is not None:
        window.open_client(bsn)
        await next_signal(window.client_view.loaded, SCREENSHOT_TIMEOUT)
        if options.view == "berichten":
            async with asyncio.timeout(SCREENSHOT_TIMEOUT):
                await window.messaging_pane.show_first_thread()
        else:
            window.client_view.select_view(options.view)
    await _painted()
    options.screenshot.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(options.screenshot), "PNG"):
        raise KnownError(f"Kan de schermafbeelding niet opslaan in {options.screenshot}.")
    return 0


def _chosen_client(window: MainWindow, wanted: str | None) -> str | None:
    if wanted != "first":
        return wanted
    caseload = [entry.bsn for entry in window.worklist.model.rows if entry.caseload]
    return caseload[0] if caseload else None


async def _painted() -> None:
    """Let queued updates (section refreshes arriving just now, layout) reach the widgets before the grab."""
    await asyncio.sleep(0.3)
