"""The one exception tree. The CLI maps every OnrecordError to ``Error: <message>`` and exit 2;
the web layer maps it to one JSON error envelope. Messages name the input and say what to do."""

from __future__ import annotations


class OnrecordError(Exception):
    """Root of every error onrecord raises on purpose; anything else is a bug."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None):
        super().__init__(message)
        self.path = path
        self.message = message

    def __str__(self) -> str:  # "path: reason" when a path is known
        return f"{self.path}: {self.message}" if self.path else self.message


class UsageError(OnrecordError):
    """The command line or API call is inconsistent (bad option combination, bad date)."""


class NotBuiltYet(OnrecordError):
    """A capability that this version of onrecord does not have yet (never pretends)."""


class InputError(OnrecordError):
    """An input (file, URL, stdin, record) cannot be read as a document."""


class MissingInput(InputError):
    """The named file or folder does not exist."""


class NotAFile(InputError):
    """A directory (or special file) was given where a file is expected."""


class BinaryInput(InputError):
    """The input looks binary (NUL bytes or a known binary signature), not text."""


class DecodeFailure(InputError):
    """The input is not valid UTF-8 (the message gives the byte offset)."""


class MalformedRecord(InputError):
    """A JSON Lines record is not valid JSON or lacks a required field (message gives the line)."""


class EmptyDocument(InputError):
    """The document has no text after reading (empty file, HTML without main text)."""


class InputTooLarge(InputError):
    """The input exceeds the size cap in Options (protects memory on a laptop)."""


class FetchFailure(InputError):
    """A URL could not be fetched: unreachable, timeout, bad status, wrong content type."""


class UnsupportedFormat(InputError):
    """The file type has no reader (say which types are supported)."""


class ArchiveError(OnrecordError):
    """The source archive cannot be opened, migrated or written."""


class UnknownArchive(ArchiveError):
    """``--archive NAME`` names an archive that does not exist under ONRECORD_HOME."""


class EvalError(OnrecordError):
    """Gold data for ``onrecord eval`` is inconsistent with the articles or claims given."""


class CorruptInput(InputError):
    """A file of a supported type whose structure is broken (unreadable PDF or WARC)."""


class OutputExists(UsageError):
    """A report file in an ``-o`` folder would overwrite an existing file (needs --force) or an input."""


class IndexDamaged(ArchiveError):
    """The archive's search index cannot be read; ``onrecord sources reindex`` rebuilds it from the store."""


class HomeUnusable(OnrecordError):
    """ONRECORD_HOME (or a folder under it) is a file, cannot be created, or is not writable."""


class UnsafeURL(InputError):
    """A URL the server refuses to fetch: not http(s), or a loopback/private address."""


class CheckTimedOut(OnrecordError):
    """A check ran past the server's time limit; its worker was stopped and replaced."""


class ServerBusy(OnrecordError):
    """Every worker stayed busy past the queue limit; the request was not started."""


class Unauthorized(OnrecordError):
    """A write endpoint was called without the server's token (ONRECORD_TOKEN)."""


class UnknownCheck(OnrecordError):
    """A check id that the server's history does not hold."""


class WorkerFailed(OnrecordError):
    """A worker process died or could not start (its message says why); the pool replaces it."""
class BankError(OnrecordError):
    """The quote bank cannot be opened, migrated, written or imported into."""


class UnknownCluster(BankError):
    """``onrecord bank show ID`` names a cluster the bank does not hold."""


class NoBank(BankError):
    """A quote bank page or API call on a server started without ``--bank BANK.db``."""


class EngineUnavailable(OnrecordError):
    """The mining engine asked for cannot start (pyspark or Java missing for --engine spark)."""
