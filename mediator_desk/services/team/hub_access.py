"""The team server's address as the interface handles it: never stored with its password (that goes to the
system keyring), and checked before it is used."""

from __future__ import annotations

from sqlalchemy.engine import make_url

from mediator_desk.db.hub import (
    HubInfo,
    inspect_hub,
    make_hub_engine,
    refuse_newer,
    split_password,
    store_password,
)

__all__ = ["check", "remember_password", "split_password", "with_password"]


def with_password(url: str, password: str) -> str:
    if not password:
        return url
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def remember_password(url: str, password: str) -> bool:
    return store_password(url, password)


def check(url: str) -> HubInfo:
    """Connect and look: raises HubError with what is wrong; returns the hub's schema and identity."""
    engine = make_hub_engine(url)
    try:
        info = inspect_hub(engine, url)
        refuse_newer(info, url)
        return info
    finally:
        engine.dispose()
