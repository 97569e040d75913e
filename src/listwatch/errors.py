"""One error tree. The CLI and the API translate these into messages; nothing swallows them.

Every error carries a message a person can act on: what is wrong and what to do.
"""

from __future__ import annotations


class ListwatchError(Exception):
    """Base of every error listwatch raises on purpose."""

    exit_code = 1
    http_status = 400

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        if self.hint:
            return f"{self.message} ({self.hint})"
        return self.message


class ConfigError(ListwatchError):
    """A setting or an option is invalid."""

    exit_code = 2


class UnknownSource(ConfigError):
    """No source with that id."""

    http_status = 404


class NotFound(ListwatchError):
    """An entry, snapshot, screening or other object does not exist."""

    http_status = 404


class ParseError(ListwatchError):
    """A file is not what its source says it is, or is damaged. Never overridable."""

    http_status = 422


class SnapshotRefused(ListwatchError):
    """A snapshot parsed but looks broken (far fewer records than the current one).

    `--force` overrides this one, never a ParseError.
    """

    http_status = 409


class FetchError(ListwatchError):
    """A download failed after its retries."""

    http_status = 502


class NotInMirror(FetchError):
    """The mirror holds no files for this source (a fact of the mirror, not a failure)."""

    http_status = 404


class InputTooLarge(ListwatchError):
    """An upload, archive member or request is above the configured size limit."""

    http_status = 413


class StoreError(ListwatchError):
    """The database cannot be opened or is not in a usable state."""

    http_status = 503


class AuthError(ListwatchError):
    """A write was attempted without a valid API key."""

    http_status = 401


class NothingScreened(ListwatchError):
    """A screening would see no list (none in force on its date, or none with data): it
    is refused rather than answered "no match"."""

    exit_code = 3
    http_status = 409


class UnknownParameter(ConfigError):
    """A request named a query parameter or body field the endpoint does not know."""

    http_status = 400


class VerificationFailed(ListwatchError):
    """A screening record or certificate does not verify: signature, chain or snapshots."""

    exit_code = 3
    http_status = 409
