"""The Ed25519 key that signs screening records (``cryptography``).

Generated on first use as ``<data dir>/keys/screening-ed25519.pem`` (mode 0600; the data
dir is ``LISTWATCH_DATA_DIR``); several processes starting at once agree on one key (the
file is created atomically, a loser reads the winner's). The public key is registered in
the database (``signing_keys``) so any copy of the database can check signatures, and
served by the API at ``/.well-known/listwatch-signing-key``.
"""

from __future__ import annotations

import base64
import hashlib
import os
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from listwatch.errors import ConfigError
from listwatch.settings import get_settings

KEY_FILE = "screening-ed25519.pem"


def key_id_of(public_raw: bytes) -> str:
    """A key's id: the SHA-256 of its raw 32 bytes, hex."""
    return hashlib.sha256(public_raw).hexdigest()


@dataclass(frozen=True)
class SigningKey:
    private: Ed25519PrivateKey
    public_raw: bytes
    key_id: str
    path: Path

    def sign(self, message: bytes) -> str:
        return base64.b64encode(self.private.sign(message)).decode("ascii")

    @property
    def public_b64(self) -> str:
        return base64.b64encode(self.public_raw).decode("ascii")

    def public_pem(self) -> str:
        return self.private.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode("ascii")


def _load(path: Path) -> SigningKey:
    try:
        private = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError) as exc:
        raise ConfigError(f"{path} is not a usable Ed25519 private key: {exc}",
                          hint="restore the key file from a backup; never replace it, or "
                          "earlier certificates no longer verify against this server") from None
    if not isinstance(private, Ed25519PrivateKey):
        raise ConfigError(f"{path} holds a key that is not Ed25519",
                          hint="restore the listwatch screening key from a backup")
    raw = private.public_key().public_bytes(serialization.Encoding.Raw,
                                            serialization.PublicFormat.Raw)
    return SigningKey(private, raw, key_id_of(raw), path)


def key_path(data_dir: Path | None = None) -> Path:
    return (data_dir or get_settings().data_dir) / "keys" / KEY_FILE


def signing_key(data_dir: Path | None = None) -> SigningKey:
    """This installation's signing key, generated on first use."""
    return _signing_key(key_path(data_dir))


@lru_cache(maxsize=8)
def _signing_key(path: Path) -> SigningKey:
    if path.exists():
        return _load(path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption())
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".key-")
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, pem)
        os.fsync(fd)
        os.close(fd)
        try:
            os.link(tmp, path)  # atomic: fails if another process made the key first
        except FileExistsError:
            pass
    finally:
        os.unlink(tmp)
    return _load(path)


def public_key_from_b64(value: str) -> Ed25519PublicKey:
    try:
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(value, validate=True))
    except (ValueError, TypeError) as exc:
        raise ConfigError(f"not an Ed25519 public key: {exc}") from None


def public_key_from_pem(pem: bytes) -> tuple[Ed25519PublicKey, str]:
    """A public key (PEM) and its key id."""
    try:
        key = serialization.load_pem_public_key(pem)
    except ValueError as exc:
        raise ConfigError(f"not a PEM public key: {exc}") from None
    if not isinstance(key, Ed25519PublicKey):
        raise ConfigError("the public key is not Ed25519")
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return key, key_id_of(raw)


def signature_valid(public: Ed25519PublicKey, signature_b64: str, message: bytes) -> bool:
    try:
        public.verify(base64.b64decode(signature_b64, validate=True), message)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True
