"""The kiosk PIN: checked against a salted PBKDF2 hash; the PIN itself is never stored."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from mediator_desk.errors import QT_TRANSLATE_NOOP, ValidationError

ITERATIONS = 200_000


def validate_pin(pin: str, repeat: str) -> None:
    if not (pin.isdigit() and pin.isascii() and 4 <= len(pin) <= 12):
        raise ValidationError.rule("pin", QT_TRANSLATE_NOOP("rules", "The PIN must be 4 to 12 digits."))
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
