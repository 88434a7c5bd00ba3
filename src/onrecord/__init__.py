"""onrecord: find the original words behind every quotation.

The Python API is the product; the command line consumes it::

    import onrecord
    for result in onrecord.extract(["article.txt"]):
        ...
    verdicts = onrecord.verify(onrecord.load_claims("claims.jsonl"), sources="sources/")
    for result in onrecord.check(["article.txt"], sources="sources/"):
        ...
"""

__version__ = "0.1.0"  # first assignment: model.py imports it

import sys as _sys  # noqa: E402
import types as _types  # noqa: E402

from .errors import (  # noqa: E402
    ArchiveError,
    BinaryInput,
    CorruptInput,
    DecodeFailure,
    EmptyDocument,
    EvalError,
    FetchFailure,
    InputError,
    InputTooLarge,
    MalformedRecord,
    MissingInput,
    NotAFile,
    NotBuiltYet,
    OnrecordError,
    UnknownArchive,
    UnsupportedFormat,
    UsageError,
)
from .model import (  # noqa: E402
    CheckedQuote,
    CheckResult,
    Claim,
    Document,
    Evidence,
    ExtractResult,
    Quote,
    Verdict,
)
from .options import Options  # noqa: E402
from .pipeline import check, extract, load_claims, open_archive, verify  # noqa: E402
from .read import read_path, read_text  # noqa: E402


class _PublicAPI(_types.ModuleType):
    """Keeps ``onrecord.extract`` and ``onrecord.verify`` the public functions. The import system
    binds a subpackage onto its parent (``onrecord.verify = <package onrecord/verify/>``) when it
    is first imported, so after the first ``check()`` the call ``onrecord.verify(...)`` failed
    with "'module' object is not callable". The subpackages stay importable by full name
    (``from onrecord.verify import verify_claims``; not ``import onrecord.verify as m``)."""

    def __setattr__(self, name: str, value: object) -> None:
        if name in _SHADOWED and isinstance(value, _types.ModuleType):
            return
        super().__setattr__(name, value)


_SHADOWED = frozenset({"extract", "verify"})
_sys.modules[__name__].__class__ = _PublicAPI


def __getattr__(name: str):  # lazy: Archive pulls in SQLite/index code only when asked for
    if name == "Archive":
        from .archive import Archive

        return Archive
    raise AttributeError(name)


__all__ = [
    "__version__",
    "extract",
    "verify",
    "check",
    "load_claims",
    "open_archive",
    "read_path",
    "read_text",
    "Archive",
    "Options",
    "Document",
    "Quote",
    "Claim",
    "Evidence",
    "Verdict",
    "ExtractResult",
    "CheckResult",
    "CheckedQuote",
    "OnrecordError",
    "UsageError",
    "NotBuiltYet",
    "InputError",
    "MissingInput",
    "NotAFile",
    "BinaryInput",
    "DecodeFailure",
    "MalformedRecord",
    "EmptyDocument",
    "InputTooLarge",
    "FetchFailure",
    "UnsupportedFormat",
    "CorruptInput",
    "ArchiveError",
    "UnknownArchive",
    "EvalError",
]
