"""PyInstaller runtime hook: turns the `caseworker-debug` executable into the debug variant.

Same code, same folder as `caseworker`; only this executable (a console program on Windows too) also dumps
Python tracebacks on crashes (faulthandler: segfaults in Qt included) and logs INFO and up to stderr, so
IT can see why a start fails. `KEUKENTAFEL_DEBUG=1` does the same for the normal executable.
"""

import os
import sys
from pathlib import Path

if Path(sys.executable).stem.endswith("-debug") or os.environ.get("KEUKENTAFEL_DEBUG") == "1":
    import faulthandler
    import logging

    if sys.stderr is not None:
        faulthandler.enable()
        logging.basicConfig(
            level=logging.DEBUG if os.environ.get("KEUKENTAFEL_DEBUG") == "2" else logging.INFO,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
        logging.getLogger("keukentafel").info("debug variant: %s", sys.executable)
