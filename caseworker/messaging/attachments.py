"""Attachments of a message: which files may go along, and where an opened one is written.

The limits protect the citizen's portal and the Documenten API, and they keep the outbox (which holds the
content until it is sent) small. Received attachments are downloaded only when opened, into a private
temporary folder that is emptied when the session ends.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path, PurePath
from typing import IO

from caseworker.errors import KnownError

MAX_BYTES = 10 * 1024 * 1024
MAX_ATTACHMENTS = 5
# By file-name suffix: the type a portal and a care provider can open without extra software.
FORMATS = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".txt": "text/plain",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".odt": "application/vnd.oasis.opendocument.text",
}
ALLOWED_TEXT = "pdf, png, jpg, txt, docx of odt"


class AttachmentRefused(KnownError):
    """The file cannot go along with a message; nothing was written."""


def file_format(name: str) -> str:
    """The media type of an allowed file name, or AttachmentRefused with what is allowed."""
    suffix = PurePath(name).suffix.lower()
    if suffix not in FORMATS:
        raise AttachmentRefused(
            f"'{PurePath(name).name}' kan niet mee: alleen {ALLOWED_TEXT} zijn toegestaan. "
            "Sla het bestand op in een van die vormen en voeg het opnieuw toe."
        )
    return FORMATS[suffix]


def check_size(name: str, size: int) -> None:
    if size > MAX_BYTES:
        raise AttachmentRefused(
            f"'{PurePath(name).name}' is te groot ({size / 1024 / 1024:.1f} MB); een bijlage mag "
            f"hoogstens {MAX_BYTES // 1024 // 1024} MB zijn. Verklein het bestand of deel het anders."
        )
    if size == 0:
        raise AttachmentRefused(f"'{PurePath(name).name}' is leeg. Kies een ander bestand.")


def read_attachment(path: Path) -> tuple[str, bytes]:
    """The media type and content of a file the user chose (blocks: call in an executor).

    The size is checked before reading, so a huge file is never loaded into memory."""
    formaat = file_format(path.name)
    try:
        check_size(path.name, path.stat().st_size)
        content = path.read_bytes()
    except OSError as exc:
        raise AttachmentRefused(f"'{path.name}' kan niet gelezen worden ({exc.strerror}).") from None
    check_size(path.name, len(content))  # changed while being read
    return formaat, content


def safe_name(name: str) -> str:
    """A file name without folders or characters a file system may refuse (names come from servers)."""
    base = PurePath(name.replace("\\", "/")).name
    cleaned = "".join(c if c.isalnum() or c in "._- " else "_" for c in base).strip(" .")
    return cleaned or "bijlage"


class DownloadFolder:
    """A private temporary folder (mode 0700) for opened attachments; `clear()` removes it."""

    def __init__(self) -> None:
        self._path: Path | None = None

    def path(self) -> Path:
        if self._path is None or not self._path.exists():
            self._path = Path(tempfile.mkdtemp(prefix="keukentafel-"))
            os.chmod(self._path, 0o700)
            atexit.register(shutil.rmtree, self._path, ignore_errors=True)  # also after a crash of the UI
        return self._path

    def target(self, name: str) -> Path:
        """A new file path for `name` in its own subfolder, so equal names never overwrite each other."""
        return Path(tempfile.mkdtemp(dir=self.path())) / safe_name(name)

    def create(self, name: str) -> tuple[Path, IO[bytes]]:
        """A new private file (0600) for `name`, open for writing; blocks."""
        path = self.target(name)
        return path, os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")

    def clear(self) -> None:
        if self._path is not None:
            shutil.rmtree(self._path, ignore_errors=True)
            self._path = None
