"""What people install is what was tested: build the wheel, install it into a fresh virtual environment and use
it from a folder outside the checkout, where the source tree cannot be imported.

    python tools/check_install.py                         # the newest versions the ranges allow
    python tools/check_install.py -c .ci/constraints-min.txt   # the declared minimum versions

It checks that the installed package holds every file of the source tree (modules, migrations, compiled
translations, fonts, icons, styles, desktop files, manual pages), imports every module, runs --help of every
command and then the commands a person runs first: demo, summary, reports, exports, cards, backup, a merge of two
files and the window (--quit-when-ready, offscreen). .ci/run runs it before the tests. Exit 0 when all passed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "mediator_desk"
SKIP_PARTS = {"__pycache__"}
SKIP_SUFFIXES = {".pyc", ".pyo"}


def expected_files(root: Path = ROOT) -> set[str]:
    """Every file the wheel must hold, as a path inside site-packages: the package's modules and data, the
    top-level resources/ folder as mediator_desk/resources, and a compiled .qm for every .ts."""
    found: set[str] = set()

    def add(folder: Path, prefix: str) -> None:
        for path in folder.rglob("*"):
            rel = path.relative_to(folder)
            if path.is_file() and not SKIP_PARTS & set(rel.parts) and path.suffix not in SKIP_SUFFIXES:
                found.add(f"{prefix}/{rel.as_posix()}")

    add(root / PACKAGE, PACKAGE)
    add(root / "resources", f"{PACKAGE}/resources")
    for ts in (root / "resources" / "translations").glob("*.ts"):
        found.add(f"{PACKAGE}/resources/translations/{ts.stem}.qm")
    return found


def tracked_only(files: set[str], root: Path = ROOT) -> set[str]:
    """The expected files that git knows (untracked scratch files in a checkout are not the product)."""
    try:
        out = subprocess.run(["git", "ls-files", PACKAGE, "resources"], cwd=root, capture_output=True, text=True,
                             check=True).stdout.split("\n")
    except (OSError, subprocess.CalledProcessError):
        return files  # not a git checkout (an unpacked source archive): everything in it counts
    tracked = {line.replace("resources/", f"{PACKAGE}/resources/", 1) if line.startswith("resources/") else line
               for line in out if line}
    return {f for f in files if f in tracked or f.endswith(".qm")}


def wheel_files(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as zf:
        return {name for name in zf.namelist() if not name.split("/")[0].endswith((".dist-info", ".data"))}


def build_wheel(python: str, out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run([python, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(out), str(ROOT)],
                   check=True)
    wheels = sorted(out.glob("mediator_desk-*.whl"), key=lambda p: p.stat().st_mtime)
    if not wheels:
        raise SystemExit(f"no wheel was built in {out}")
    return wheels[-1]


def missing_from(wheel: Path) -> list[str]:
    return sorted(tracked_only(expected_files()) - wheel_files(wheel))


def make_venv(folder: Path, wheel: Path, constraints: Path | None) -> Path:
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
    python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    if constraints:
        pip += ["-c", str(constraints)]
    subprocess.run([*pip, str(wheel)], check=True)
    return python


# Run inside the installed environment: import every module of the package, and say where it came from.
IMPORT_ALL = r"""
import importlib, pkgutil, sys
import mediator_desk
failed = []
names = [mediator_desk.__name__]
for info in pkgutil.walk_packages(mediator_desk.__path__, "mediator_desk."):
    if info.name != "mediator_desk.db.migrations.env":  # Alembic's script: run by Alembic (demo runs it)
        names.append(info.name)
for name in names:
    try:
        importlib.import_module(name)
    except Exception as exc:
        failed.append(f"{name}: {type(exc).__name__}: {exc}")
print(mediator_desk.__file__)
print(len(names))
for line in failed:
    print("FAILED", line)
"""


class Checker:
    def __init__(self, python: Path, work: Path) -> None:
        self.python = python
        self.work = work
        self.home = work / "home"
        self.failures: list[str] = []
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "MEDIATOR_DESK", "VIRTUAL_ENV"))}
        self.env.update(MEDIATOR_DESK_HOME=str(self.home), QT_QPA_PLATFORM="offscreen", PYTHONNOUSERSITE="1",
                        PATH=f"{python.parent}{os.pathsep}{os.environ.get('PATH', '')}")
        self.app = python.parent / ("mediator-desk.exe" if os.name == "nt" else "mediator-desk")

    def run(self, label: str, args: list[str], *, expect: int = 0, timeout: float = 300) -> subprocess.CompletedProcess:
        start = time.monotonic()
        try:
            result = subprocess.run(args, cwd=self.work, env=self.env, capture_output=True, text=True,
                                    timeout=timeout)
        except subprocess.TimeoutExpired:
            self.failures.append(f"{label}: no answer within {timeout:.0f} s")
            print(f"  FAIL  {label}: no answer within {timeout:.0f} s")
            return subprocess.CompletedProcess(args, -1, "", "")
        took = time.monotonic() - start
        problem = ""
        if result.returncode != expect:
            problem = f"exit {result.returncode}, expected {expect}"
        elif "Traceback" in result.stderr or "Traceback" in result.stdout:
            problem = "printed a traceback"
        if problem:
            self.failures.append(f"{label}: {problem}\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
            print(f"  FAIL  {label}: {problem}\n{textwrap_indent(result.stderr[-2000:] or result.stdout[-2000:])}")
        else:
            print(f"  ok    {label} ({took:.1f} s)")
        return result

    def app_cmd(self, label: str, *args: str, expect: int = 0, timeout: float = 300) -> subprocess.CompletedProcess:
        return self.run(label, [str(self.app), *args], expect=expect, timeout=timeout)


def textwrap_indent(text: str) -> str:
    return "\n".join("        " + line for line in text.splitlines())


def check(python: Path, work: Path) -> list[str]:
    c = Checker(python, work)
    result = c.run("import every module", [str(python), "-c", IMPORT_ALL])
    lines = result.stdout.splitlines()
    if lines:
        where = Path(lines[0]).resolve()
        if ROOT in where.parents:
            c.failures.append(f"the package was imported from the checkout ({where}), not the installed wheel")
        print(f"        {lines[1] if len(lines) > 1 else '?'} modules, from {where.parent}")
        c.failures += [line for line in lines[2:] if line.startswith("FAILED")]
        for line in lines[2:]:
            print(f"  FAIL  {line}")
    help_text = c.app_cmd("mediator-desk --help", "--help").stdout
    commands = parse_commands(help_text)
    if not commands:
        c.failures.append("--help lists no commands")
    for command in commands:
        c.app_cmd(f"mediator-desk {command} --help", command, "--help")
    c.app_cmd("mediator-desk --version", "--version")
    demo, other = work / "demo.sqlite", work / "other laptop.sqlite"
    c.app_cmd("demo", "demo", "--db", str(demo), "--days", "4")
    c.app_cmd("demo (a second laptop)", "demo", "--db", str(other), "--days", "2", "--seed", "7")
    summary = c.app_cmd("summary --json", "summary", "--db", str(demo), "--json")
    if summary.returncode == 0 and '"walk_in_total"' not in summary.stdout:
        c.failures.append("summary --json has no walk_in_total")
    for kind in ("day", "period", "statistics", "vouchers"):
        c.app_cmd(f"report {kind}", "report", kind, "--db", str(demo), "--lang", "ro", "-o", str(work / f"{kind}.pdf"))
    c.app_cmd("export sessions csv", "export", "sessions", "--format", "csv", "--db", str(demo),
              "-o", str(work / "sessions.csv"))
    c.app_cmd("export counts xlsx", "export", "counts", "--raw", "--format", "xlsx", "--db", str(demo),
              "-o", str(work / "counts.xlsx"))
    c.app_cmd("cards", "cards", "--db", str(demo), "--count", "8", "-o", str(work / "cards.pdf"))
    c.app_cmd("backup", "backup", "--db", str(demo), "-o", str(work / "copy.sqlite"))
    refused = c.app_cmd("another venue's file is refused", "merge", str(other), "--db", str(demo), expect=1)
    if "another venue" not in refused.stderr:
        c.failures.append("a merge of another venue's file was not refused as such")
    merged = c.app_cmd("merge two files", "merge", str(other), str(work / "copy.sqlite"), "--db", str(demo),
                       "--other-venue")
    if merged.returncode == 0 and "new count events" not in merged.stdout:
        c.failures.append("merge of another laptop's file brought nothing in")
    c.app_cmd("the window (--quit-when-ready, offscreen)", "--db", str(demo), "--quit-when-ready", timeout=180)
    c.app_cmd("a refused file says so and exits 1", "--db", str(work / "cards.pdf"), "--quit-when-ready",
              expect=1, timeout=180)
    for name in ("day.pdf", "period.pdf", "statistics.pdf", "vouchers.pdf", "cards.pdf", "counts.xlsx"):
        path = work / name
        if not path.is_file() or path.stat().st_size < 1000:
            c.failures.append(f"{name} was not written")
    return c.failures


def parse_commands(help_text: str) -> list[str]:
    """The subcommands argparse lists in `{demo,summary,...}`."""
    groups = [g.split(",") for g in re.findall(r"\{([a-z,-]+)\}", help_text)]
    return next((g for g in groups if "demo" in g), [])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-c", "--constraints", type=Path, help="pip constraints for the dependencies")
    ap.add_argument("--wheel", type=Path, help="check this wheel instead of building one")
    ap.add_argument("--keep", type=Path, help="leave the virtual environment and the files in this folder")
    args = ap.parse_args(argv)
    started = time.monotonic()
    work = args.keep.resolve() if args.keep else Path(tempfile.mkdtemp(prefix="mediator-desk-install-"))
    if args.keep:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
    try:
        wheel = args.wheel.resolve() if args.wheel else build_wheel(sys.executable, work / "wheel")
        print(f"== the wheel {wheel.name}")
        missing = missing_from(wheel)
        for name in missing:
            print(f"  FAIL  missing from the wheel: {name}")
        if not missing:
            print(f"  ok    it holds every file of the source tree ({len(wheel_files(wheel))} files)")
        print("== installed into a fresh virtual environment" + (f" with {args.constraints}" if args.constraints
                                                                     else ""))
        python = make_venv(work / "venv", wheel, args.constraints.resolve() if args.constraints else None)
        outside = work / "outside"
        outside.mkdir()
        failures = [f"missing from the wheel: {name}" for name in missing] + check(python, outside)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    took = time.monotonic() - started
    if failures:
        print(f"\n{len(failures)} problem(s) with the installed package ({took:.0f} s):", file=sys.stderr)
        for failure in failures:
            print(f"- {failure.splitlines()[0]}", file=sys.stderr)
        return 1
    print(f"\nThe installed package works ({took:.0f} s).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
