"""Encryption at rest: authenticated encryption of fields and files, blind indexes. Casework's
identities, narratives and attachments use it, and any app holding personal data at rest; the
keys are one set (`rotate_casework_keys` finds every EncryptedTextField by introspection).

Keys come from the environment, apart from SECRET_KEY:
- CASEWORK_ENCRYPTION_KEYS: Fernet keys (AES-128-CBC + HMAC-SHA256), comma-separated, newest
  first. Everything is encrypted with the newest; any listed key decrypts, so a new key can be
  put in front and `manage.py rotate_casework_keys` re-encrypts under it before the old one goes.
- CASEWORK_BLIND_INDEX_KEY: the HMAC key of the blind indexes, which let caseworkers find a person
  by exact name, phone or document number without any plaintext stored. It never rotates with
  the encryption keys (that would orphan every index).
"""

import base64
import hashlib
import hmac
import re
import unicodedata
from functools import cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models


class DecryptionError(Exception):
    """A stored value could not be decrypted with any configured key."""


@cache
def _fernets():
    keys = settings.CASEWORK_ENCRYPTION_KEYS
    if not keys:
        raise ImproperlyConfigured("CASEWORK_ENCRYPTION_KEYS is empty.")
    try:
        return [Fernet(key) for key in keys]
    except ValueError:
        raise ImproperlyConfigured(
            "CASEWORK_ENCRYPTION_KEYS must hold Fernet keys (32 url-safe base64-encoded bytes)."
        ) from None


def reset_keys():
    """Forget cached keys (after the settings change, e.g. in tests)."""
    _fernets.cache_clear()


def _multi():
    return MultiFernet(_fernets())


def encrypt_bytes(data: bytes) -> bytes:
    return _multi().encrypt(data)


def decrypt_bytes(token: bytes) -> bytes:
    try:
        return _multi().decrypt(token)
    except InvalidToken:
        raise DecryptionError("No configured key decrypts this value.") from None


def encrypt_str(value: str) -> str:
    return encrypt_bytes(value.encode()).decode("ascii")


def decrypt_str(token: str) -> str:
    return decrypt_bytes(token.encode("ascii")).decode()


def is_current(token: str) -> bool:
    """Whether `token` was encrypted with the newest key (no rotation needed)."""
    try:
        _fernets()[0].decrypt(token.encode("ascii"))
    except InvalidToken:
        return False
    return True


def rotate_bytes(token: bytes) -> bytes:
    """The same plaintext, encrypted again under the newest key."""
    try:
        return _multi().rotate(token)
    except InvalidToken:
        raise DecryptionError("No configured key decrypts this value.") from None


def rotate_token(token: str) -> str:
    return rotate_bytes(token.encode("ascii")).decode("ascii")


def normalise(value: str) -> str:
    """Fold case, accents, spacing and punctuation so 'Fatima  Zahra' and 'fatima-zahra' match."""
    value = unicodedata.normalize("NFKD", value or "")
    value = "".join(ch for ch in value if not unicodedata.combining(ch))
    value = re.sub(r"[\W_]+", " ", value.casefold(), flags=re.UNICODE)
    return " ".join(value.split())


def normalise_phone(value: str) -> str:
    """Digits only, Moroccan national form: +212 6.. / 00212 6.. / 06.. all give 06.."""
    digits = re.sub(r"\D", "", value or "")
    for prefix in ("00212", "212"):
        if digits.startswith(prefix):
            digits = "0" + digits[len(prefix) :]
            break
    return digits


# Letters written in more than one way in Arabic names: taa marbuta and haa, alif maqsura and
# yaa, alif wasla; the tatweel that stretches a word. (Hamza on alif, waw and yaa, and the short
# vowels, are combining marks that NFKD separates and name_tokens() drops.)
_ARABIC_VARIANTS = str.maketrans(
    {"\u0629": "\u0647", "\u0649": "\u064a", "\u0671": "\u0627", "\u0640": None}
)


def name_tokens(value: str) -> set[str]:
    """The words a name is found by, each folded so that the usual ways of writing it agree:
    case, accents, Arabic letter variants and vowel marks; in Latin script, doubled letters
    (Mohammed, Mohamed) and "ou" for "u" (Youssef, Yusef), the two differences between French
    and English spellings of Arabic and Amazigh names that never change who is meant. Names in
    Arabic script and in Latin script are not matched with each other."""
    value = unicodedata.normalize("NFKD", value or "")
    value = "".join(ch for ch in value if not unicodedata.combining(ch))
    value = value.casefold().translate(_ARABIC_VARIANTS)
    tokens = set()
    for token in re.split(r"[\W_]+", value, flags=re.UNICODE):
        if token.isascii():
            token = re.sub(r"(.)\1+", r"\1", token).replace("ou", "u")
        if len(token) > 1:
            tokens.add(token)
    return tokens


def blind_token(kind: str, token: str, bits: int) -> int:
    """The first `bits` bits of the keyed hash of `token`: deliberately short, so that each value
    stands for several different words (CipherSweet's truncated blind indexes). A search finds
    candidates by it, then keeps those whose decrypted value really matches."""
    key = settings.CASEWORK_BLIND_INDEX_KEY.encode()
    digest = hmac.new(key, f"{kind}:{token}".encode(), hashlib.sha256).digest()
    return int.from_bytes(digest[:4], "big") >> (32 - bits)


def blind_index(kind: str, value: str) -> str:
    """A keyed hash of a normalised value; '' for an empty value. `kind` separates the spaces of
    names, phones and documents so equal strings of different kinds never match."""
    if not value:
        return ""
    key = settings.CASEWORK_BLIND_INDEX_KEY.encode()
    return hmac.new(key, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()


class EncryptedTextField(models.TextField):
    """A text field stored as a Fernet token. Never searchable, never indexed, never ordered."""

    description = "Encrypted text"

    def from_db_value(self, value, expression, connection):
        if value is None or value == "":
            return value
        return decrypt_str(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return encrypt_str(value)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        return name, "cms.crypto.EncryptedTextField", args, kwargs


class EncryptedBytesField(EncryptedTextField):
    """Bytes stored as a Fernet token of their base64 form (a passkey's public key, say). Being an
    EncryptedTextField, it is found and rotated with the others; the token is text."""

    description = "Encrypted bytes"

    def from_db_value(self, value, expression, connection):
        value = super().from_db_value(value, expression, connection)
        return base64.b64decode(value) if value else value

    def get_prep_value(self, value):
        if isinstance(value, bytes | bytearray | memoryview):
            value = base64.b64encode(bytes(value)).decode("ascii")
        return super().get_prep_value(value)

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "cms.crypto.EncryptedBytesField", args, kwargs
