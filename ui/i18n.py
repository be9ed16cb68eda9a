"""Translations (DESIGN §10): Dutch source texts in the code, English from Qt Linguist files.

`resources/i18n/keukentafel_<lang>.ts` are the sources (edit them with `pyside6-linguist`; refresh them from
the code with `python -m ui.i18n`, which runs `pyside6-lupdate` over all of `ui/`; the Dutch file only lists
the messages). The compiled `.qm` files are made on demand by `pyside6-lrelease` when missing or older than
their `.ts` (at the first start after a change, in the tests, or in a build), so a
stale translation is never loaded.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from caseworker.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("nl", "en")
SOURCE_LANGUAGE = "nl"  # the texts in the code are Dutch: no translation file is loaded for it
I18N_FOLDER = ("i18n",)
UI_FOLDER = Path(__file__).resolve().parent
# Tidy, stable .ts files: texts gone from the code are dropped, messages are sorted and carry no line
# numbers (so a refresh after an unrelated edit changes nothing). The Dutch file only lists the messages.
LUPDATE_OPTIONS = ("-extensions", "py", "-no-obsolete", "-locations", "none", "-sort-messages")


def translate(context: str, text: str) -> str:
    """`text` in the UI language. For module-level code, where no `self.tr` is at hand; lupdate finds
    `translate("context", "text")` calls by their name, so the context and text must be literals."""
    return QCoreApplication.translate(context, text)


def ts_path(language: str) -> Path:
    return resource_path(*I18N_FOLDER, f"keukentafel_{language}.ts")


def qm_path(language: str) -> Path:
    return ts_path(language).with_suffix(".qm")


def tool(name: str) -> str:
    """A Qt tool installed beside this Python (the venv's bin folder), else from PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def compiled(language: str) -> Path:
    """The `.qm` of `language`, compiled now if it is missing or older than the `.ts`."""
    ts, qm = ts_path(language), qm_path(language)
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        subprocess.run(  # noqa: S603 - our own tool on our own file
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60
        )
    return qm


def extract(ts: Path, language: str, sources: Path = UI_FOLDER) -> None:
    """Merge the texts of the code under `sources` into `ts` (made when missing); translations are kept."""
    subprocess.run(  # noqa: S603 - our own tool on our own files
        [
            tool("pyside6-lupdate"),
            "-silent",
            *LUPDATE_OPTIONS,
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language,
            str(sources),
            "-ts",
            str(ts),
        ],
        check=True,
        timeout=120,
    )


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Translate the UI into `language` (nl needs nothing); returns the translator to keep alive."""
    QLocale.setDefault(QLocale(language))
    if language == SOURCE_LANGUAGE:
        return None
    translator = QTranslator(app)
    if not translator.load(str(compiled(language))):
        log.warning("no translation for %s: the window stays Dutch", language)
        return None
    app.installTranslator(translator)
    return translator


if __name__ == "__main__":
    for lang in LANGUAGES:
        extract(ts_path(lang), lang)
