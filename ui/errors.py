"""The two kinds of error in the window (STYLE practice 5): a KnownError is said plainly, a bug gets a
crash dialog. One `sys.excepthook` for exceptions that reach Qt; background tasks report here too."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from caseworker.errors import KnownError

log = logging.getLogger(__name__)


def show_known_error(parent: QWidget | None, error: KnownError) -> QMessageBox:
    """A plain Dutch message; the dialog is opened (not exec'd), so the event loop keeps running."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("errors", "Keukentafel"),
        error.user_message,
        parent=parent,
    )
    box.setAccessibleName(QCoreApplication.translate("errors", "Melding"))
    box.open()
    return box


def show_crash(parent: QWidget | None, error: BaseException) -> QMessageBox:
    text = QCoreApplication.translate(
        "errors",
        "Er ging iets mis in Keukentafel. Uw werk is bewaard. Start Keukentafel opnieuw als het venster "
        "niet meer goed werkt, en meld dit aan de servicedesk.",
    )
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("errors", "Keukentafel — fout"),
        text,
        parent=parent,
    )
    # The trace names code, not people: it is what the servicedesk needs.
    box.setDetailedText("".join(traceback.format_exception(type(error), error, error.__traceback__)))
    box.setAccessibleName(QCoreApplication.translate("errors", "Foutmelding"))
    box.open()
    return box


def report(error: BaseException) -> None:
    """Show `error` to the user as the kind it is (bugs are logged with their trace first)."""
    parent = QApplication.activeWindow()
    if isinstance(error, KnownError):
        show_known_error(parent, error)
        return
    log.error("unexpected error", exc_info=error)
    show_crash(parent, error)


def excepthook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    if not isinstance(error, Exception):  # KeyboardInterrupt, SystemExit: the default handling
        sys.__excepthook__(kind, error, trace)
        return
    report(error.with_traceback(trace))


def install_excepthook() -> None:
    sys.excepthook = excepthook
