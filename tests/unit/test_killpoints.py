"""Every named kill point is reached by the code it names and killed at by a test, on every run."""

from __future__ import annotations

import re
from pathlib import Path

from mediator_desk import killpoints

ROOT = Path(__file__).resolve().parent.parent.parent


def _texts(folder: str) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / folder).rglob("*.py"))


def test_every_point_is_in_the_code_and_killed_at_by_a_test():
    code, tests = _texts("mediator_desk"), _texts("tests")
    used = set(re.findall(r'killpoints\.point\("([a-z:-]+)"\)', code))
    assert used == set(killpoints.POINTS), "POINTS lists exactly the points the code reaches"
    untested = [name for name in killpoints.POINTS if not re.search(rf'"{re.escape(name)}(@\d+)?"', tests)]
    assert not untested, f"no test kills at {untested}"
