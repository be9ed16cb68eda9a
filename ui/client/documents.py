"""Opening a document with the system viewer: downloaded through the Documenten client into a private
temporary folder (0700, removed when the app exits), then handed to the desktop.

The viewer is another program, so the file has to exist on disk while it is open; a private folder that
is removed on exit keeps the copy short-lived and out of other users' reach.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from caseworker.api.documenten import DocumentenClient
from caseworker.domain.client import DocumentInfo
from caseworker.errors import KnownError

# A server decides the file name: only a plain name is used, never a path or hidden file.
_UNSAFE = re.compile(r"[^\w.\- ]+")


class DocumentNotOpened(KnownError):
    pass


class DocumentOpener:
    def __init__(self) -> None:
        self._folder: Path | None = None

    @property
    def folder(self) -> Path:
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="keukentafel-"))
            self._folder.chmod(0o700)
            atexit.register(shutil.rmtree, self._folder, ignore_errors=True)
        return self._folder

    async def open(self, client: DocumentenClient, info: DocumentInfo) -> Path:
        """Download the document and ask the desktop to show it; returns where it was written."""
        document = (await client.document(info.url)).value
        if document is None or not document.inhoud:
            raise DocumentNotOpened("Dit document heeft geen inhoud om te openen.")
        path = self.folder / file_name(info)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as sink:
            await client.download(document, sink)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            raise DocumentNotOpened(f"Er is geen programma gevonden om {path.name} te openen.")
        return path

    def close(self) -> None:
        """Remove the downloaded copies now (also done at exit)."""
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None


def file_name(info: DocumentInfo) -> str:
    name = _UNSAFE.sub("_", Path(info.bestandsnaam or info.identificatie or "document").name).strip(". ")
    return name or "document"
