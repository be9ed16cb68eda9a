import sys

from caseworker.cli import main

sys.exit(main())
