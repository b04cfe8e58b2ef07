"""Compile forms/*.ui into mediator_desk/ui/ with pyside6-uic; `--check` fails if any is out of date."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
OUT = ROOT / "mediator_desk" / "ui"


def uic() -> str:
    exe = shutil.which("pyside6-uic") or str(Path(sys.executable).with_name("pyside6-uic"))
    return exe


def compile_form(ui_file: Path) -> str:
    result = subprocess.run([uic(), str(ui_file)], check=True, capture_output=True, text=True)
    return result.stdout


def comparable(text: str) -> list[str]:
    # The header names the Qt version that generated the file; the code below it is what matters.
    return [line for line in text.splitlines() if not line.startswith("##")]


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    expected = set()
    for ui_file in sorted(FORMS.rglob("*.ui")):
        target = OUT / f"ui_{ui_file.stem}.py"
        expected.add(target.name)
        generated = compile_form(ui_file)
        if check:
            if not target.exists() or comparable(target.read_text(encoding="utf-8")) != comparable(generated):
                stale.append(str(target.relative_to(ROOT)))
        else:
            target.write_text(generated, encoding="utf-8")
    orphans = sorted(p.name for p in OUT.glob("ui_*.py") if p.name not in expected)
    if check and (stale or orphans):
        for name in stale:
            print(f"out of date: {name} (run python tools/build_forms.py)")
        for name in orphans:
            print(f"no form in forms/ for mediator_desk/ui/{name}")
        return 1
    if not check:
        (OUT / "__init__.py").write_text('"""Generated from forms/ by tools/build_forms.py; never edit by hand."""\n')
        for name in orphans:
            (OUT / name).unlink()
    print("forms up to date" if check else f"compiled {len(expected)} forms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
