"""Where the bundled resources live, from source and when frozen by PyInstaller."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a file under the top-level `resources/` folder (or its copy inside a frozen build)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root, "resources", *parts)
    return Path(__file__).resolve().parents[1].joinpath("resources", *parts)
