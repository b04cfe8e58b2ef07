"""Refresh resources/translations/*.ts from the sources with pyside6-lupdate (translations already made are
kept; edit them in Qt Linguist). The .ts files are the one source of every translation.

    python tools/update_translations.py

- ro, it: everything (the interface, its forms, the rules' wordings, enum labels, reports, cards, the kiosk);
- en: only the plural forms ("%n tour(s)" → "1 tour", "2 tours");
- fr, de, es: the kiosk, whose visitors may pick them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "mediator_desk"
FOLDER = ROOT / "resources" / "translations"


def sources() -> list[Path]:
    files = [*sorted((PACKAGE / "views").rglob("*.py")), *sorted((ROOT / "forms").rglob("*.ui")),
             *sorted((PACKAGE / "services").rglob("*.py")), PACKAGE / "enums.py"]
    return [f for f in files if f.name != "__init__.py"]


def lupdate() -> str:
    return shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))


def main() -> int:
    tool = lupdate()
    everything = list(map(str, sources()))
    kiosk = [str(PACKAGE / "views" / "kiosk_texts.py")]
    for lang, files, extra in (("ro_RO", everything, []), ("it_IT", everything, []), ("en", everything, ["-pluralonly"]),
                               ("fr_FR", kiosk, []), ("de_DE", kiosk, []), ("es_ES", kiosk, [])):
        ts = FOLDER / f"mediator_desk_{lang[:2]}.ts"
        subprocess.run([tool, *files, "-ts", str(ts), "-no-obsolete", "-source-language", "en",
                        "-target-language", lang, *extra], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
