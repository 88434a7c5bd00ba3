"""Attribution of many articles on several cores (issue 16).

The articles are cut into contiguous shares of about equal text; this process attributes the
first share while forked workers attribute the others, and the workers' speaker fields are
copied back onto the caller's quotations. Fork, not spawn: a worker inherits the parent's
loaded spaCy model instead of loading its own (1-2 s each), and nothing else needs to be sent
but the articles themselves. Where fork does not exist (Windows, macOS's default), attribution
stays in one process."""

from __future__ import annotations

import multiprocessing
from typing import Any, Callable

from ..model import ExtractResult
from ..thresholds.attribute import AttributeOptions
from .pieces import FIELDS as _FIELDS

Attribute = Callable[[list[ExtractResult], AttributeOptions], None]


def can_fork() -> bool:
    """Fork exists here, and this is not already a worker process: `onrecord mine` runs its own
    pool of workers, each attributing its batches; a pool inside each would oversubscribe the
    cores (and a daemonic worker may not have children)."""
    return "fork" in multiprocessing.get_all_start_methods() and multiprocessing.parent_process() is None


def shares(results: list[ExtractResult], n: int) -> list[list[ExtractResult]]:
    """``results`` cut into at most ``n`` contiguous shares of about equal work: the text of the
    articles that hold a quotation (one without is not laid out at all, _attribute_here), or of
    every article when none does. By all the text, the worker's half of 500 BBC articles held 3 %
    more quoted text than this process's and ended 70 ms after it (round 58, lane speed58)."""
    sizes = [len(r.document.text) if r.quotes else 0 for r in results]
    if not any(sizes):
        sizes = [len(r.document.text) for r in results]
    total = sum(sizes) or 1
    out: list[list[ExtractResult]] = [[]]
    done = 0
    for r, size in zip(results, sizes):
        if out[-1] and len(out) < n and done >= total * len(out) / n:
            out.append([])
        out[-1].append(r)
        done += size
    return out


def attribute_in_workers(results: list[ExtractResult], opt: AttributeOptions, n: int,
                         attribute: Attribute) -> None:
    """Attribute ``results`` in place with ``n`` processes (this one included). Each worker is
    forked with its share already in memory and sends back only the fields attribution wrote:
    a pool sent every share's articles through a pipe too, and the worker began its share 40-60
    ms after this process (round 58, lane speed58)."""
    parts = shares(results, n)
    if len(parts) < 2:
        attribute(results, opt)
        return
    ctx = multiprocessing.get_context("fork")
    started = [_start(ctx, attribute, part, opt) for part in parts[1:]]
    try:
        attribute(parts[0], opt)
        for part, (proc, conn) in zip(parts[1:], started):
            _copy_back(part, _answer(proc, conn))
    finally:
        for proc, conn in started:
            conn.close()
            if proc.is_alive():
                proc.terminate()
            proc.join()


def _start(ctx: Any, attribute: Attribute, part: list[ExtractResult], opt: AttributeOptions) -> tuple[Any, Any]:
    receive, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_work, args=(send, attribute, part, opt), daemon=True)
    proc.start()
    send.close()  # the worker's end: this process only reads
    return proc, receive


def _answer(proc: Any, conn: Any) -> list[Any]:
    """The worker's fields, or its exception raised here, as a pool's ``get`` did."""
    try:
        ok, value = conn.recv()
    except EOFError:
        proc.join()
        raise RuntimeError(f"an attribution worker ended without an answer (exit code {proc.exitcode})") from None
    if not ok:
        raise value
    return value


def _work(conn: Any, attribute: Attribute, part: list[ExtractResult], opt: AttributeOptions) -> None:
    try:
        attribute(part, opt)
        answer: tuple[bool, Any] = (True, [([tuple(getattr(q, f) for f in _FIELDS) for q in r.quotes], r.stats)
                                           for r in part])
    except BaseException as exc:  # raised in the caller, as a pool's worker's was
        answer = (False, exc)
    try:
        conn.send(answer)
    except Exception as exc:  # an exception that does not pickle: its text instead
        conn.send((False, RuntimeError(f"attribution worker failed: {answer[1]!r} ({exc})")))
    finally:
        conn.close()


def _copy_back(part: list[ExtractResult], answers: list[Any]) -> None:
    for r, (fields, stats) in zip(part, answers):
        for q, values in zip(r.quotes, fields):
            for f, v in zip(_FIELDS, values):
                setattr(q, f, v)
        r.stats.update(stats)
