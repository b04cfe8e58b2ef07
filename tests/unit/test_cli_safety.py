"""The command line never damages a good file and never shows a traceback: outputs checked before any work,
written aside and renamed into place, a full disk or a bad argument said in one line."""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from mediator_desk.__main__ import main
from mediator_desk.paths import backup_dir

ROOT = Path(__file__).resolve().parent.parent.parent


def run(*args, limit_bytes: int | None = None, env_extra=None):
    env = dict(os.environ, **(env_extra or {}))

    def small_disk():  # a file-size limit stands in for a full disk (writes fail with EFBIG, not a signal)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return subprocess.run([sys.executable, "-m", "mediator_desk", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=300, cwd=ROOT, preexec_fn=small_disk if limit_bytes else None)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "desk.sqlite"
    assert run("demo", "--db", path, "--days", "2", "--start", "2026-06-02").returncode == 0
    return path


@pytest.fixture
def desk(demo_file, tmp_path):
    path = tmp_path / "desk.sqlite"
    path.write_bytes(demo_file.read_bytes())
    return path


def assert_clean_error(result, code: int, *needles: str) -> None:
    assert result.returncode == code, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.strip().splitlines() if not line.startswith(("usage:", " "))]
    assert len(lines) <= 2, result.stderr  # one line (and its way out); argparse adds its usage
    for needle in needles:
        assert needle in result.stderr, (needle, result.stderr)


@pytest.mark.parametrize("command", [["report", "period"], ["cards"], ["export", "sessions", "--format", "csv"]])
def test_no_output_may_overwrite_the_database_or_its_journal(desk, command):
    before = digest(desk)
    for target in (desk, desk.with_name(desk.name + "-wal"), desk.with_name(desk.name + "-shm")):
        result = run(*command, "--db", desk, "-o", target)
        assert_clean_error(result, 2, "-o:", "database")
    assert digest(desk) == before


def test_no_output_may_overwrite_a_backup_a_folder_or_a_device(desk, tmp_path):
    assert run("backup", "--db", desk).returncode == 0
    [made] = backup_dir(desk).glob("manual-*.sqlite")
    before = digest(made)
    assert_clean_error(run("report", "period", "--db", desk, "-o", made), 2, "backup")
    assert digest(made) == before
    other = tmp_path / "old-backup.sqlite"
    other.write_bytes(made.read_bytes())
    assert_clean_error(run("export", "counts", "--format", "xlsx", "--db", desk, "-o", other), 2, "database file")
    assert_clean_error(run("backup", "--db", desk, "-o", "/dev/null"), 2, "not a regular file")
    assert_clean_error(run("backup", "--db", desk, "-o", tmp_path), 2, "is a folder")
    assert_clean_error(run("backup", "--db", desk, "-o", "."), 2, "is a folder")
    assert Path("/dev/null").is_char_device()


def test_a_missing_or_read_only_folder_is_named_before_any_work(desk, tmp_path):
    assert_clean_error(run("export", "counts", "--format", "xlsx", "--db", desk, "-o", tmp_path / "no" / "x.xlsx"),
                       2, "does not exist")
    locked = tmp_path / "locked"
    locked.mkdir()
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(locked)], check=True)
    else:
        locked.chmod(0o555)
    try:
        assert_clean_error(run("report", "day", "--db", desk, "-o", locked / "day.pdf"), 2, "cannot be written")
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(locked)], check=True)
        else:
            locked.chmod(0o755)


@pytest.mark.parametrize("args, needle", [
    (["summary", "--from", "0001-01-01"], "out of range"),
    (["report", "period", "--from", "9999-12-31", "-o", "x.pdf"], "out of range"),
    (["export", "counts", "--format", "csv", "--to", "0100-01-01", "-o", "x.csv"], "out of range"),
])
def test_extreme_dates(desk, args, needle):
    assert_clean_error(run(*args, "--db", desk), 2, needle)


@pytest.mark.parametrize("command, out, room", [
    (["backup"], "copy.sqlite", 200_000), (["export", "counts", "--format", "xlsx", "--raw"], "counts.xlsx", 200_000),
    (["export", "counts", "--format", "csv", "--raw"], "counts.csv", 200_000),
    (["report", "period", "--from", "2026-06-02", "--to", "2026-06-03"], "period.pdf", 40_000)])
def test_a_full_disk_leaves_no_half_file_and_says_so(desk, tmp_path, command, out, room):
    target = tmp_path / out
    before = digest(desk)
    result = run(*command, "--db", desk, "-o", target, limit_bytes=room)
    assert_clean_error(result, 1, "full")
    assert not target.exists() and not list(tmp_path.glob("*.part")), "no half-written file"
    assert digest(desk) == before


def test_a_full_disk_while_making_demo_data_or_restoring(tmp_path, demo_file):
    result = run("demo", "--db", tmp_path / "new.sqlite", "--days", "3", limit_bytes=300_000)
    assert_clean_error(result, 1, "full")
    target = tmp_path / "restored.sqlite"
    result = run("restore", demo_file, "--db", target, limit_bytes=300_000)
    assert result.returncode == 1 and "Traceback" not in result.stderr


def test_an_unexpected_error_is_one_line_and_the_details_go_to_the_log(monkeypatch, capsys, desk):
    from mediator_desk import cli
    from mediator_desk.logging_setup import log_file

    def broken(_args):
        raise RuntimeError("an error nobody expected")

    monkeypatch.setitem(cli.HANDLERS, "summary", broken)
    assert main(["summary", "--db", str(desk)]) == 1
    err = capsys.readouterr().err
    assert "unexpected error" in err and "an error nobody expected" in err and str(log_file()) in err
    assert "Traceback" not in err
    import logging

    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "RuntimeError: an error nobody expected" in log_file().read_text(encoding="utf-8")


def test_a_part_left_by_a_killed_run_is_removed_at_the_next_start(desk, tmp_path, isolated_home):
    from mediator_desk import files

    part = tmp_path / ".mediator-desk-abc123.part"  # the app's own unfinished file
    part.write_bytes(b"%PDF half")
    record = isolated_home / "data" / "pending-writes" / "dead.txt"
    record.parent.mkdir(parents=True, exist_ok=True)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    record.write_text(f"{dead.pid}\n{part}\n", encoding="utf-8")
    assert files.clean_stale_parts() == [part]
    assert not part.exists() and not record.exists()


def test_a_report_killed_while_writing_leaves_the_old_file(desk, tmp_path):
    target = tmp_path / "season.pdf"
    args = ("report", "period", "--db", desk, "--from", "2026-06-02", "--to", "2026-06-03", "-o", target)
    assert run(*args).returncode == 0
    before = digest(target)

    def leftovers():
        return [p for p in tmp_path.iterdir() if p.name.startswith(".mediator-desk-")]

    killed = run(*args, env_extra={"MEDIATOR_DESK_KILL_AT": "output:written"})
    assert killed.returncode == -9, killed.stderr  # killed with the new report written aside, not yet in place
    assert digest(target) == before, "the good report is never half overwritten"
    assert leftovers(), "the killed run's unfinished file is beside it"
    assert run("summary", "--db", desk).returncode == 0
    assert not leftovers(), "the next start removed what the killed run left"


def _small_disk(size: str, script: str) -> subprocess.CompletedProcess:
    """Run `script` (sh) with a real, nearly empty disk of `size` mounted at $DISK, in a private mount namespace
    (unshare: no root needed, nothing outside sees it)."""
    unshare = shutil.which("unshare")
    probe = subprocess.run([unshare, "-rm", "true"], capture_output=True) if unshare else None
    if probe is None or probe.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail("CI must be able to mount a small disk with unshare -rm (util-linux)")
        pytest.skip("unshare -rm is not available here")
    disk = Path(tempfile.mkdtemp(prefix="mediator-desk-disk-"))
    try:
        return subprocess.run([unshare, "-rm", "sh", "-c", f"mount -t tmpfs -o size={size} tmpfs \"$DISK\" && {script}"],
                              capture_output=True, text=True, timeout=300, cwd=ROOT,
                              env=dict(os.environ, DISK=str(disk), MEDIATOR_DESK_HOME=str(disk / "home"),
                                       PY=sys.executable))
    finally:
        shutil.rmtree(disk, ignore_errors=True)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a real small disk: Linux mount namespaces")
@pytest.mark.parametrize("size", ["48k", "400k", "3m"])
def test_demo_on_a_full_disk_says_so_in_one_line(size):
    """A real full disk (ENOSPC, not a file-size limit): at any point of creating the file and filling it, the
    usual "the disk is full" message, exit 1, no traceback — and the app's home on the same full disk too."""
    result = _small_disk(size, '"$PY" -m mediator_desk demo --db "$DISK/new.sqlite" --days 3')
    assert_clean_error(result, 1, "full")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a real small disk: Linux mount namespaces")
@pytest.mark.parametrize("command, target, size", [("report period", "season.pdf", "40k"),
                                                   ("backup", "copy.sqlite", "600k"),
                                                   ("export counts --raw --format xlsx", "counts.xlsx", "48k"),
                                                   ("export counts --raw --format csv", "counts.csv", "48k")])
def test_outputs_on_a_full_disk_say_so_and_leave_nothing(demo_file, command, target, size):
    result = _small_disk(size, f'"$PY" -m mediator_desk {command} --db "{demo_file}" -o "$DISK/{target}"; '
                               'code=$?; ls -A "$DISK" | sed "s/^/left: /" >&2; exit $code')
    assert result.returncode == 1 and "Traceback" not in result.stderr and "Logging error" not in result.stderr
    assert "full" in result.stderr or "no room" in result.stderr, result.stderr
    left = [line[6:] for line in result.stderr.splitlines() if line.startswith("left: ")]
    assert target not in left and not [n for n in left if n.startswith(".mediator-desk-")], left
