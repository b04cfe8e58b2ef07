"""What people install is what was tested: the wheel holds every file of the source tree.

tools/check_install.py (run by .ci/run before the tests) goes further: it installs the wheel into a fresh
environment and runs the commands and the window from outside the checkout."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import check_install  # noqa: E402

sys.path.pop(0)


@pytest.mark.slow
def test_the_wheel_holds_every_module_and_resource_of_the_source_tree(tmp_path):
    wheel = check_install.build_wheel(sys.executable, tmp_path)
    inside = check_install.wheel_files(wheel)
    expected = check_install.tracked_only(check_install.expected_files())
    assert not expected - inside, f"missing from the wheel: {sorted(expected - inside)}"
    for needed in ("mediator_desk/services/team/sync.py", "mediator_desk/db/migrations/script.py.mako",
                   "mediator_desk/resources/translations/mediator_desk_ro.qm",
                   "mediator_desk/resources/fonts/DejaVuSans.ttf", "mediator_desk/resources/manual/it/index.html",
                   "mediator_desk/resources/desktop/io.github.mediatordesk.MediatorDesk.desktop"):
        assert needed in inside
    assert not [name for name in inside if "__pycache__" in name or name.startswith(("tests/", "tools/"))]


def test_a_new_folder_in_the_package_is_found_without_being_listed(tmp_path):
    """setup.py finds the packages from the tree, so a folder added later cannot be left out."""
    code = ("import setuptools, sys; sys.argv = ['setup.py', '--name'];"
            "found = {}; setuptools.setup = lambda **kw: found.update(kw);"
            "exec(open('setup.py').read()); print('\\n'.join(found['packages']))")
    packages = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.split()
    on_disk = {".".join(p.relative_to(ROOT).parts) for p in (ROOT / "mediator_desk").rglob("*")
               if p.is_dir() and p.name != "__pycache__" and any(p.glob("*.py"))}
    assert on_disk <= set(packages)
    assert "mediator_desk.services.team" in packages and "mediator_desk.resources.manual.ro" in packages
