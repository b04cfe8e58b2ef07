"""A throwaway PostgreSQL server for the team tests: initdb + pg_ctl in a temporary folder, on 127.0.0.1, with
password logins (scram-sha-256). Debian's `postgresql` package provides the programs (.ci/run installs it).

Where the programs are missing the tests skip — except in CI (CI=1 or MEDIATOR_DESK_REQUIRE_PG=1), where a
missing server is a failure, not a reason to skip. The bench starts its server the same way."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

ADMIN_PASSWORD = "hub-admin-pw"


def _bin_dir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent  # the server's own folder (pg_dump and pg_restore lie beside it)
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4]))
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class NoServer(RuntimeError):
    """No PostgreSQL server can be started here."""


def required() -> bool:
    """In CI a missing server is a failure; elsewhere the tests that need one skip."""
    return bool(os.environ.get("CI") or os.environ.get("MEDIATOR_DESK_REQUIRE_PG"))


@dataclass
class Server:
    port: int
    folder: Path
    bin: Path
    run_as: list[str]

    def url(self, database: str, user: str = "postgres", password: str | None = ADMIN_PASSWORD) -> str:
        auth = f"{user}:{password}" if password else user
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", password=ADMIN_PASSWORD,
                             dbname=database, autocommit=True) as conn:
            conn.execute(sql)

    def new_database(self) -> str:
        name = f"hub_{uuid.uuid4().hex[:10]}"
        self.admin(f"CREATE DATABASE {name}")
        return name

    def stop(self) -> None:
        subprocess.run([*self.run_as, str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate",
                        "stop"], capture_output=True, check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


def start_server() -> Server:
    bin_dir = _bin_dir()
    if bin_dir is None:
        raise NoServer("PostgreSQL's programs (initdb, pg_ctl) are not installed")
    folder = Path(tempfile.mkdtemp(prefix="mediator-desk-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root: run the server as the postgres user
        user = "postgres"
        try:
            pwd.getpwnam(user)
        except KeyError:
            raise NoServer("running as root, and there is no postgres user to run the server") from None
        shutil.chown(folder, user)
        run_as = ["runuser", "-u", user, "--"]
    pwfile = folder / "pw"
    pwfile.write_text(ADMIN_PASSWORD, encoding="utf-8")
    if run_as:
        shutil.chown(pwfile, "postgres")
    subprocess.run([*run_as, str(bin_dir / "initdb"), "-D", str(folder / "data"), "-U", "postgres",
                    "--auth-host=scram-sha-256", "--auth-local=trust", f"--pwfile={pwfile}", "-E", "UTF8",
                    "--locale=C.UTF-8"], check=True, capture_output=True)
    port = _free_port()
    subprocess.run([*run_as, str(bin_dir / "pg_ctl"), "-D", str(folder / "data"), "-w", "-l",
                    str(folder / "log"), "-o", f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 "
                    "-c fsync=off -c full_page_writes=off", "start"], check=True, capture_output=True)
    return Server(port, folder, bin_dir, run_as)
