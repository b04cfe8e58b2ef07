"""Fill unfinished messages of resources/translations/*.ts from a JSON file, without rewriting the rest of the
file (Qt Linguist does the same by hand; this is for a batch of new messages written with their translations).

    python tools/fill_translations.py new-messages.json

The JSON maps a context to its sources, each to its translation per language: a string, or a list of plural
forms for a %n message (ro: 3 forms, it: 2, en: 2):

    {"KioskWindow": {"Leave the kiosk": {"ro": "Ieșiți din chioșc", "it": "Esci dal chiosco"}}}

Messages it does not find, or that are finished already, are listed and left alone."""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "translations"


def _escape(text: str) -> str:
    return html.escape(text, quote=False).replace("'", "&apos;").replace('"', "&quot;")


def fill(lang: str, table: dict[str, dict[str, dict[str, str | list[str]]]]) -> list[str]:
    path = FOLDER / f"mediator_desk_{lang}.ts"
    text = path.read_text(encoding="utf-8")
    missing = []
    for context, messages in table.items():
        if not any(lang in t for t in messages.values()):
            continue
        block = re.search(r"<context>\s*<name>" + re.escape(context) + r"</name>.*?</context>", text, re.S)
        if block is None:
            missing += [f"{lang} {context}: no such context"]
            continue
        body = block.group(0)
        for source, translations in messages.items():
            if lang not in translations:
                continue
            value = translations[lang]
            candidates = [re.escape(s) for s in {_escape(source), html.escape(source, quote=False)}]
            found = re.search(r"(<source>(?:" + "|".join(candidates) + r")</source>(?:(?!</message>).)*?)"
                              r"<translation type=\"unfinished\">(.*?)</translation>", body, re.S)
            if found is None:
                missing.append(f"{lang} {context}: {source!r} (not found, or finished already)")
                continue
            if isinstance(value, list):
                inner = "".join(f"\n            <numerusform>{_escape(v)}</numerusform>" for v in value) + "\n        "
            else:
                inner = _escape(value)
            body = body[:found.start()] + found.group(1) + f"<translation>{inner}</translation>" + body[found.end():]
        text = text[:block.start()] + body + text[block.end():]
    path.write_text(text, encoding="utf-8")
    return missing


def main(argv: list[str]) -> int:
    table = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    langs = sorted({lang for messages in table.values() for t in messages.values() for lang in t})
    missing = [m for lang in langs for m in fill(lang, table)]
    for line in missing:
        print(line, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
