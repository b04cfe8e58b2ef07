"""The kiosk PIN: checked against a salted PBKDF2 hash; the PIN itself is never stored."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from mediator_desk.errors import QT_TRANSLATE_NOOP, ValidationError

ITERATIONS = 200_000


MIN_DIGITS = 4
STRICT_DIGITS = 6  # what a coordinator can require


def validate_pin(pin: str, repeat: str, min_digits: int = MIN_DIGITS) -> None:
    if not (pin.isdigit() and pin.isascii() and min_digits <= len(pin) <= 12):
        raise ValidationError.rule("pin", QT_TRANSLATE_NOOP("rules", "The PIN must be {low} to 12 digits."),
                                   low=min_digits)
    if pin != repeat:
        raise ValidationError.rule("pin_repeat", QT_TRANSLATE_NOOP("rules", "The two PINs differ."))


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, ITERATIONS)
    return f"pbkdf2_sha256${ITERATIONS}${salt.hex()}${digest.hex()}"


def check_pin(pin: str, stored: str) -> bool:
    try:
        scheme, iterations, salt, digest = stored.split("$")
        if scheme != "pbkdf2_sha256":
            return False
        actual = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(actual.hex(), digest)


def validate_change(stored: str, current: str, pin: str, repeat: str, min_digits: int = MIN_DIGITS) -> None:
    """A new PIN: when one is already set, only someone who knows it may change it."""
    if stored and not check_pin(current, stored):
        raise ValidationError.rule("pin_current", QT_TRANSLATE_NOOP("rules", "The current PIN is wrong."))
    validate_pin(pin, repeat, min_digits)


MAX_TRIES = 5
LOCKOUT_S = 30.0
MAX_LOCKOUT_S = 15 * 60.0  # the mediator with the right PIN must never wait long


class PinGuard:
    """Tries at the kiosk PIN: after MAX_TRIES wrong ones in a row, no PIN is taken for LOCKOUT_S seconds, and
    the wait doubles after each further wrong series (30 s, 1 min, 2 min … at most 15 min) until the right PIN
    is given: every 4-digit PIN then takes weeks, not the 17 hours of a fixed 30 s. `monotonic` is the clock
    (tests pass their own)."""

    def __init__(self, stored: str, monotonic) -> None:
        self.stored, self.monotonic = stored, monotonic
        self.wrong = 0
        self.series = 0  # wrong series since the last right PIN
        self.locked_until = 0.0

    def wait_left(self) -> int:
        """Whole seconds before a PIN is taken again (0: now)."""
        left = self.locked_until - self.monotonic()
        return max(0, int(left + 0.999))

    def attempt(self, pin: str) -> bool:
        if self.wait_left():
            return False
        if check_pin(pin, self.stored):
            self.wrong = self.series = 0
            return True
        self.wrong += 1
        if self.wrong >= MAX_TRIES:
            self.wrong = 0
            self.locked_until = self.monotonic() + min(LOCKOUT_S * 2 ** self.series, MAX_LOCKOUT_S)
            self.series += 1
        return False
