"""Context resolution in a forked process while attribution runs in this one (issue 10).

The date and outlet hints of a quotation do not depend on its speaker, so for a large batch
(a 20 MB one-line input: ~8 s of context, ~6 s of attribution, each on one core) the two run
side by side. Fork, not spawn: the child inherits the batch instead of receiving it pickled;
only the hints come back. Where fork does not exist, or the child fails or dies, ``finish``
resolves the context in this process, as before."""

from __future__ import annotations

import multiprocessing
from typing import Any, Callable

from ..attribute.workers import fields_of, set_fields, start_forked
from ..model import ExtractResult

Resolve = Callable[[ExtractResult, "str | None", Any], None]
_FIELDS = ("date_hint", "outlet_hint", "context_evidence")


def resolve_beside(jobs: list[tuple[ExtractResult, str | None]], options: Any, resolve: Resolve,
                   fork: bool = True) -> Callable[[], None]:
    """Start ``resolve(result, published, options)`` for every job in a forked child when
    ``fork`` and their text totals ``options.beside_min_chars`` or more; the returned
    ``finish()`` waits for it and copies the hints onto the quotations, or resolves them in
    this process (the child did not run, failed or died)."""

    def here() -> None:
        for r, published in jobs:
            resolve(r, published, options)

    if not fork or sum(len(r.document.text) for r, _p in jobs) < options.beside_min_chars or not _can_fork():
        return here
    child, receive = start_forked(_child, jobs, options, resolve)

    def finish() -> None:
        try:
            answers = receive.recv()
        except (EOFError, OSError):
            answers = None  # the child died (killed, out of memory)
        finally:
            receive.close()
            child.join()
        if answers is None:
            here()  # an error is raised (and reported) here, as without the child
            return
        for (r, _p), fields in zip(jobs, answers):
            set_fields(r.quotes, _FIELDS, fields)

    return finish


def _can_fork() -> bool:
    """Fork exists, and this is no daemonic worker (`onrecord mine` runs its own pool)."""
    return "fork" in multiprocessing.get_all_start_methods() and not multiprocessing.current_process().daemon


def _child(send: Any, jobs: list[tuple[ExtractResult, str | None]], options: Any, resolve: Resolve) -> None:
    try:
        for r, published in jobs:
            resolve(r, published, options)
        send.send([fields_of(r.quotes, _FIELDS) for r, _p in jobs])
    except Exception:  # noqa: BLE001  the parent resolves again and reports the error itself
        send.send(None)
    finally:
        send.close()
