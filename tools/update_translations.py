"""Refresh resources/translations/*.ts from the sources (pyside6-lupdate) and fill them from the table."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The interface, its forms, and the services whose rule wordings are marked with QT_TRANSLATE_NOOP.
SOURCES = [*sorted((ROOT / "mediator_desk" / "views").rglob("*.py")), *sorted((ROOT / "forms").rglob("*.ui")),
           *(ROOT / "mediator_desk" / "services" / f"{name}.py"
             for name in ("counting", "feedback", "pin", "reference", "tours"))]


def main() -> int:
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    for lang in ("ro", "it"):
        ts = ROOT / "resources" / "translations" / f"mediator_desk_{lang}.ts"
        subprocess.run([lupdate, *map(str, SOURCES), "-ts", str(ts), "-no-obsolete"], check=True)
    return subprocess.run([sys.executable, str(ROOT / "tools" / "translate_fill.py")], check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
