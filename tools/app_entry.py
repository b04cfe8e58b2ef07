"""The standalone application's entry point (tools/build_app.py freezes this with PyInstaller)."""

import multiprocessing
import sys

from mediator_desk.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
