"""Write packaging/requirements-build.txt: the exact versions that work now, for a reproducible build.

    .venv/bin/python packaging/freeze_requirements.py      # in the venv whose versions passed the tests

Like `pip freeze`, but only the app's runtime dependencies (pyproject `[project] dependencies`, walked
transitively through the installed metadata) plus PyInstaller, and without test tools. Dependencies that
exist only on Linux or only on Windows get a `sys_platform` marker, so the same file serves the Windows
build; Windows-only packages that are not installed here are pinned from WINDOWS_PINS below.
"""

from __future__ import annotations

import importlib.metadata as metadata
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "packaging" / "requirements-build.txt"
BUILD_TOOLS = ["pyinstaller"]
# Windows-only packages (cannot be installed here to read their version): bump by hand, then rebuild on
# Windows. keyring/PyInstaller need pywin32-ctypes, PyInstaller needs pefile, faker needs tzdata.
WINDOWS_PINS = {"pywin32-ctypes": "0.2.3", "pefile": "2024.8.26", "tzdata": "2026.6"}
PLATFORMS = {
    "linux": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"},
    "win32": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"},
}


def closure(roots: list[str], platform: dict[str, str]) -> set[str]:
    seen: set[str] = set()
    todo = [Requirement(r) for r in roots]
    while todo:
        req = todo.pop()
        if req.marker is not None and not req.marker.evaluate({**platform, "extra": ""}):
            continue
        name = canonicalize_name(req.name)
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = metadata.requires(req.name) or []
        except metadata.PackageNotFoundError:
            continue  # not installed here: a Windows-only leaf, pinned from WINDOWS_PINS
        todo += [Requirement(r) for r in requires]
    return seen


def version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        if name in WINDOWS_PINS:
            return WINDOWS_PINS[name]
        raise SystemExit(f"{name} is needed but neither installed nor in WINDOWS_PINS") from None


def main() -> int:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    roots = [*project["dependencies"], *BUILD_TOOLS]
    needed = {platform: closure(roots, env) for platform, env in PLATFORMS.items()}
    lines = []
    for name in sorted(needed["linux"] | needed["win32"]):
        pin = f"{name}=={version(name)}"
        if name not in needed["win32"]:
            pin += '; sys_platform == "linux"'
        elif name not in needed["linux"]:
            pin += '; sys_platform == "win32"'
        lines.append(pin)
    py = f"{sys.version_info.major}.{sys.version_info.minor}"
    header = [
        "# Pinned build requirements of the frozen app (CPython " + py + "); generated, do not edit:",
        "#   .venv/bin/python packaging/freeze_requirements.py",
        "# The app's runtime dependencies (pyproject.toml) with the versions that passed the tests, plus",
        "# PyInstaller. packaging/build.sh installs exactly these into its own venv.",
    ]
    OUT.write_text("\n".join([*header, *lines]) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(lines)} packages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
