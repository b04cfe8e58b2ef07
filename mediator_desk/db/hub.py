"""The team's PostgreSQL server (the hub), reached through SQLAlchemy and psycopg 3.

A URL is `postgresql://user@host:port/dbname` (`?sslmode=require` for TLS). The password comes from the URL,
from libpq's own password file (`~/.pgpass` or `PGPASSFILE`), or from the system keyring (service
"mediator-desk", user `user@host:port/dbname`). The hub's schema is the laptops' schema, created and upgraded
by the same Alembic migrations; a hub written by a newer Mediator Desk is refused."""

from __future__ import annotations

import logging
import os
import re
import socket
import threading
import uuid
from dataclasses import dataclass

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import sessionmaker

from mediator_desk.db.database import Database
from mediator_desk.db.engine import HEAD, KNOWN_REVISIONS
from mediator_desk.errors import HubError

log = logging.getLogger(__name__)
KEYRING_SERVICE = "mediator-desk"
CONNECT_TIMEOUT_S = 8
# A stalled laptop, or a server that stops answering, never holds up the others or hangs a sync: the server ends
# any statement after STATEMENT_S, a wait for a lock after LOCK_S, and a session left idle inside a transaction
# after IDLE_S (a frozen laptop's open transaction, and the push lock it held, go with it); the client notices a
# dead connection by TCP keepalives, and gives up on a server that does not answer within ANSWER_S.
STATEMENT_S = 120
LOCK_S = 60
IDLE_S = 120
PUSH_IDLE_S = 10  # inside a push's short transaction: a laptop that pauses there is stalled
ANSWER_S = 150
HUB_ID = "hub_id"  # the hub's identity, in its sync_state table: a new or replaced hub is a fresh start


PASSWORD_KEYS = ("password",)  # libpq takes the password in the query too: postgresql://u@h/db?password=…
_USERINFO_PASSWORD = re.compile(r"^([^:/?#]+://[^/?#@:]*):[^/?#]*@")
_QUERY_PASSWORD = re.compile(r"([?&])password=[^&#]*&?", re.IGNORECASE)


def parse_url(url: str) -> URL:
    try:
        parsed = make_url(url.strip())
        parsed.port  # noqa: B018 - a port that is not a number fails here, not later
    except (ArgumentError, ValueError) as exc:
        raise HubError(f"“{without_password(url)}” is not a server address ({_why(exc)}).",
                       "Write it as postgresql://user@host:port/dbname.") from exc
    if parsed.get_backend_name() != "postgresql" or not parsed.database:
        raise HubError(f"“{without_password(url)}” is not a PostgreSQL address.",
                       "Write it as postgresql://user@host:port/dbname.")
    return parsed.set(drivername="postgresql+psycopg")


def _why(exc: BaseException) -> str:
    text_ = str(exc)
    if "invalid literal for int" in text_ or "port" in text_.lower():
        return "the port must be a number"
    return "it cannot be read as an address"


def split_password(url: str) -> tuple[str, str]:
    """(the address as typed without any password, the password it carried or ""): a password may sit in the
    user part (`user:pw@`) or in the query (`?password=pw`)."""
    url = url.strip()
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return _scrub(url), ""
    password = str(parsed.password or "")
    query = dict(parsed.query)
    for key in list(query):
        if key.lower() in PASSWORD_KEYS:
            value = query.pop(key)
            password = password or str(value if isinstance(value, str) else value[0])
    if not password and len(query) == len(parsed.query):
        return url, ""
    return parsed._replace(password=None, query=query).render_as_string(hide_password=False), password


def _scrub(text_: str) -> str:
    """A password removed from an address that does not even parse."""
    return _QUERY_PASSWORD.sub(lambda m: m.group(1) if m.group(0).endswith("&") else "",
                               _USERINFO_PASSWORD.sub(r"\1@", text_)).rstrip("?&")


def without_password(url: str | URL) -> str:
    """The address as it was typed, never with its password: what may be shown, logged or stored."""
    if not isinstance(url, str):
        url = url.render_as_string(hide_password=False)
    return split_password(url)[0]


def safe(url: str | URL) -> str:
    """The address as it may be shown or logged: never with its password."""
    shown = without_password(url)
    return shown.replace("postgresql+psycopg://", "postgresql://", 1)


def keyring_user(url: URL) -> str:
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def password_from_keyring(url: URL) -> str | None:
    try:
        import keyring  # noqa: PLC0415 - optional: the system's password store
        import keyring.errors  # noqa: PLC0415
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_user(url))
    except Exception:  # noqa: BLE001 - no usable keyring backend (a headless machine): libpq's own sources remain
        log.info("No system keyring available for the server password")
        return None


def store_password(url: str, password: str) -> bool:
    """Keep the password in the system keyring (True) — never in the settings file."""
    try:
        import keyring  # noqa: PLC0415

        keyring.set_password(KEYRING_SERVICE, keyring_user(parse_url(url)), password)
        return True
    except Exception:  # noqa: BLE001 - no keyring backend
        return False


def explain(exc: BaseException, url: str) -> HubError:
    text_ = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    lower = text_.lower()
    where = safe(url)
    if "password authentication failed" in lower or "no password supplied" in lower:
        return HubError(f"The server {where} refused the login ({text_}).",
                        "Check the user name and password (in the address, ~/.pgpass or the system keyring).")
    if "does not exist" in lower and "database" in lower:
        return HubError(f"The server answers, but there is no database named in {where}.",
                        "Ask the coordinator for the exact address (docs/team-server.md).")
    if "permission denied" in lower:
        return HubError(f"The server {where} does not allow this: {text_}.",
                        "The role in the address needs the rights listed in docs/team-server.md.")
    if "ssl" in lower:
        return HubError(f"The secure connection to {where} failed: {text_}.",
                        "Check sslmode in the address and the server's certificate.")
    if "lock timeout" in lower:
        return HubError(f"The team's server {where} is busy with another laptop's sync (it waited {LOCK_S} s).",
                        "Try again in a moment; everything stays on this laptop until it is sent.")
    if "statement timeout" in lower or "idle-in-transaction" in lower or "no answer" in lower:
        return HubError(f"The team's server {where} took too long to answer ({text_}).",
                        "Try again later; what was sent so far is on the server, the rest stays on this laptop.")
    return HubError(f"The team's server {where} does not answer: {text_}.",
                    "Check the network and the address; everything stays on this laptop and is sent at the "
                    "next sync.")


class AnswerDeadline:
    """Gives up on a server that stops answering (a frozen server's kernel still acknowledges TCP, so keepalives
    do not tell): if `touch()` is not called for `seconds`, the connection's socket is shut down, the blocked read
    returns, and the statement fails with an error instead of hanging the sync."""

    def __init__(self, connection, seconds: float = ANSWER_S) -> None:
        self.seconds = seconds
        self._fd = None
        try:
            self._fd = connection.connection.driver_connection.pgconn.socket
        except Exception:  # noqa: BLE001 - not a psycopg connection: nothing to watch
            self._fd = None
        self._timer: threading.Timer | None = None
        self.fired = False

    def _fire(self) -> None:
        if self._fd is None:
            return
        self.fired = True
        log.warning("The server gave no answer for %s s: closing the connection", self.seconds)
        try:
            with socket.socket(fileno=os.dup(self._fd)) as sock:
                sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def touch(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        if self._fd is not None:
            self._timer = threading.Timer(self.seconds, self._fire)
            self._timer.daemon = True
            self._timer.start()

    def __enter__(self) -> AnswerDeadline:
        self.touch()
        return self

    def __exit__(self, *exc) -> None:
        if self._timer is not None:
            self._timer.cancel()


def make_hub_engine(url: str, *, read_only: bool = False) -> Engine:
    parsed = parse_url(url)
    if parsed.password is None:
        password = password_from_keyring(parsed)
        if password:
            parsed = parsed.set(password=password)
    options = (f"-c statement_timeout={STATEMENT_S}s -c lock_timeout={LOCK_S}s "
               f"-c idle_in_transaction_session_timeout={IDLE_S}s")
    if read_only:
        options += " -c default_transaction_read_only=on"
    connect_args: dict = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "mediator-desk",
                          "options": options, "keepalives": 1, "keepalives_idle": 20, "keepalives_interval": 5,
                          "keepalives_count": 4, "tcp_user_timeout": ANSWER_S * 1000}
    engine = create_engine(parsed, hide_parameters=True, pool_pre_ping=True, connect_args=connect_args)

    @event.listens_for(engine, "handle_error")
    def _typed(context):  # noqa: ANN001
        if isinstance(context.original_exception, Exception) and context.is_disconnect:
            return explain(context.original_exception, url)
        return None

    return engine


@dataclass(frozen=True)
class HubInfo:
    revision: str | None  # None: an empty database (no Mediator Desk schema yet)
    hub_id: str | None


def inspect_hub(engine: Engine, url: str) -> HubInfo:
    try:
        with engine.connect() as conn:
            names = set(inspect(conn).get_table_names())
            if "alembic_version" not in names:
                if names - {"alembic_version"}:
                    raise HubError(f"The database {safe(url)} holds other tables, not a Mediator Desk hub.",
                                   "Give Mediator Desk its own database (docs/team-server.md).")
                return HubInfo(None, None)
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            hub_id = (conn.execute(text("SELECT value FROM sync_state WHERE name = :n"), {"n": HUB_ID}).scalar()
                      if "sync_state" in names else None)
            return HubInfo(revision, hub_id)
    except HubError:
        raise
    except DBAPIError as exc:
        raise explain(exc, url) from exc


def refuse_newer(info: HubInfo, url: str) -> None:
    if info.revision is not None and info.revision not in KNOWN_REVISIONS:
        raise HubError(f"The team's server {safe(url)} was upgraded by a newer Mediator Desk "
                       f"(schema {info.revision}); this version cannot use it.",
                       "Update Mediator Desk on this laptop; nothing was sent or changed.")


def prepare_hub(url: str) -> tuple[Engine, str]:
    """An engine for syncing with the hub, whose schema is created or upgraded first (by the owner role) if
    needed. Returns the engine and the hub's identity."""
    from mediator_desk.db.engine import upgrade  # noqa: PLC0415

    engine = make_hub_engine(url)
    try:
        info = inspect_hub(engine, url)
        refuse_newer(info, url)
        if info.revision != HEAD:
            log.info("Preparing the hub %s (schema %s -> %s)", safe(url), info.revision, HEAD)
            try:
                upgrade(engine)
            except DBAPIError as exc:
                if "permission denied" in str(exc).lower() or "must be owner" in str(exc).lower():
                    raise HubError(
                        f"The team's server {safe(url)} needs its schema "
                        f"{'created' if info.revision is None else 'upgraded'}, and this role may not do it.",
                        "Run `mediator-desk sync --server URL` once with the owner's role "
                        "(docs/team-server.md).") from exc
                raise explain(exc, url) from exc
        hub_id = info.hub_id
        if hub_id is None:
            with engine.begin() as conn:
                conn.execute(text("INSERT INTO sync_state (name, value) VALUES (:n, :v) ON CONFLICT DO NOTHING"),
                             {"n": HUB_ID, "v": str(uuid.uuid4())})
                hub_id = conn.execute(text("SELECT value FROM sync_state WHERE name = :n"), {"n": HUB_ID}).scalar()
        return engine, str(hub_id)
    except BaseException:
        engine.dispose()
        raise


def open_hub(url: str, *, read_only: bool = True) -> Database:
    """The hub as a read-only Database: summary, report and export straight from the team's server."""
    engine = make_hub_engine(url, read_only=read_only)
    try:
        info = inspect_hub(engine, url)
        refuse_newer(info, url)
        if info.revision != HEAD:
            raise HubError(f"The team's server {safe(url)} "
                           f"{'is empty' if info.revision is None else 'has an older schema'}.",
                           "Sync a laptop with it first (mediator-desk sync --server URL).")
    except BaseException:
        engine.dispose()
        raise
    from mediator_desk.db.hooks import install_hooks  # noqa: PLC0415
    from mediator_desk.paths import device_id  # noqa: PLC0415

    me = device_id()
    db = Database(None, engine, sessionmaker(engine, expire_on_commit=False, info={"device_id": me}),
                  read_only=read_only, read_only_reason="The team's server is opened read-only here.",
                  url=safe(url), device_id=me)
    install_hooks(db.session_factory)
    return db
