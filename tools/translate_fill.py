"""Fill <translation> elements of the .ts files from the tables in tools/translations_table.py."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from translations_table import TABLE  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    missing_total = 0
    for lang in ("ro", "it"):
        path = ROOT / "resources" / "translations" / f"mediator_desk_{lang}.ts"
        tree = ET.parse(path)
        missing = []
        for message in tree.iter("message"):
            source = message.findtext("source")
            tr = message.find("translation")
            row = TABLE.get(source)
            if row and row.get(lang):
                tr.text = row[lang]
                tr.attrib.pop("type", None)
            elif not (tr.text or "").strip():
                missing.append(source)
        tree.write(path, encoding="utf-8", xml_declaration=True)
        for m in missing:
            print(f"{lang}: untranslated: {m!r}")
        missing_total += len(missing)
    return 0


if __name__ == "__main__":
    sys.exit(main())
