"""Compile resources/translations/*.ts into .qm files beside them (pyside6-lrelease). The package build runs
this (tools/build_backend.py), so an installed app never needs Qt's tools; run it by hand in a checkout.

    python tools/build_translations.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"


def lrelease() -> str:
    """pyside6-lrelease, from PATH, beside this Python, or inside the PySide6 package."""
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found:
        return found
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return str(beside)
    import PySide6

    inside = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    if inside.exists():
        return str(inside)
    raise SystemExit("pyside6-lrelease was not found: install PySide6-Essentials")


def compile_all(folder: Path = FOLDER, *, only_outdated: bool = False) -> list[Path]:
    made = []
    tool = None
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if only_outdated and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        tool = tool or lrelease()
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


if __name__ == "__main__":
    for path in compile_all():
        print(path)
