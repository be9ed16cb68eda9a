"""Durable file writes (STYLE practice 8)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import BinaryIO


def write_atomically(path: Path, content: bytes | BinaryIO) -> None:
    """Temp file, fsync, rename, fsync the folder: a crash leaves the old file or the new, never half."""
    temp = path.with_name(path.name + ".tmp")
    with temp.open("wb") as file:
        if isinstance(content, bytes):
            file.write(content)
        else:
            shutil.copyfileobj(content, file)
        file.flush()
        os.fsync(file.fileno())
    os.replace(temp, path)
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable; Windows cannot open a folder for fsync, and NTFS journals renames itself."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
