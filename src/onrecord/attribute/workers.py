"""Attribution of many articles on several cores (issue 16).

The articles are cut into contiguous shares of about equal text; this process attributes the
first share while forked workers attribute the others, and the workers' speaker fields are
copied back onto the caller's quotations. Fork, not spawn: a worker inherits the parent's
loaded spaCy model instead of loading its own (1-2 s each), and nothing else needs to be sent
but the articles themselves. Where fork does not exist (Windows, macOS's default), attribution
stays in one process."""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Callable, TypeVar

from ..model import ExtractResult, Quote
from ..thresholds.attribute import AttributeOptions
from .pieces import FIELDS as _FIELDS

Attribute = Callable[[list[ExtractResult], AttributeOptions], None]
T = TypeVar("T")
R = TypeVar("R")


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
    return cut_by_work(results, [len(r.document.text) for r in results], [bool(r.quotes) for r in results], n)


def cut_by_work(items: list[T], sizes: list[int], works: list[bool], n: int) -> list[list[T]]:
    """``items`` cut by ``cut`` on the sizes of the items that have work to share (``works``),
    or on every item's size when none has: the attribution workers' shares (articles holding a
    quotation) and the forked rounds' (rounds.shares: documents that may hold one) alike."""
    weighed = [size if work else 0 for size, work in zip(sizes, works)]
    return cut(items, weighed if any(weighed) else sizes, n)


def cut(items: list[T], sizes: list[int], n: int) -> list[list[T]]:
    """``items`` cut into at most ``n`` contiguous shares of about equal total ``sizes``: the
    attribution workers' shares and the pipeline's forked rounds (rounds.shares) alike."""
    total = sum(sizes) or 1
    out: list[list[T]] = [[]]
    done = 0
    for item, size in zip(items, sizes):
        if out[-1] and len(out) < n and done >= total * len(out) / n:
            out.append([])
        out[-1].append(item)
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
    _, answers = fan_out(parts, lambda part: start_forked(_work, attribute, part, opt),
                         lambda part: attribute(part, opt), "an attribution worker")
    for part, answer in zip(parts[1:], answers):
        _copy_back(part, answer)


def fan_out(parts: list[list[T]], start: Callable[[list[T]], tuple[Any, Any]], here: Callable[[list[T]], R],
            who: str) -> tuple[R, list[Any]]:
    """``here(parts[0])`` run in this process while forked workers (``start(part)``, a
    ``start_forked``) take the other shares, and the workers' answers in the shares' order; the
    workers are ended however this is left. The attribution workers copy their answers' fields
    back, the pipeline's forked rounds (rounds.run_round) rebuild results and say status lines:
    one fan-out, two uses of the answers."""
    with _frozen_for_fork():
        started = [start(part) for part in parts[1:]]
        try:
            mine = here(parts[0])
            answers = [answer_of(proc, conn, who) for proc, conn in started]
        finally:
            end_forked(started)
    return mine, answers


@contextmanager
def _frozen_for_fork() -> Iterator[None]:
    """Every object alive at the fork (the spaCy model, the lexicons, the round's documents)
    kept out of Python's cycle collector while the shares run, in this process and in the
    workers, then handed back to it here (CPython's advice for fork without exec: gc.freeze).
    A full collection during a share walked them all: 0.085-0.102 s in each process, against
    0.003-0.008 s frozen (500 BBC articles, after the dev articles); cpu.py's third pass met one
    in both processes. Left alone where something else has frozen objects already: unfreezing
    would hand back that caller's objects too."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def start_forked(work: Callable[..., None], *args: Any) -> tuple[Any, Any]:
    """A forked process running ``work(conn, *args)``, and the read end of its one-way pipe.
    The attribution workers, the pipeline's forked rounds (rounds.py) and the context resolved
    beside attribution (context/beside.py) start theirs here."""
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=work, args=(send, *args), daemon=True)
    proc.start()
    send.close()  # the worker's end: this process only reads
    return proc, receive


def answer_of(proc: Any, conn: Any, who: str) -> Any:
    """A forked worker's answer (``send_answer``), or its exception raised here, as a pool's
    ``get`` did."""
    try:
        ok, value = conn.recv()
    except EOFError:
        proc.join()
        raise RuntimeError(f"{who} ended without an answer (exit code {proc.exitcode})") from None
    if not ok:
        raise value
    return value


def send_answer(conn: Any, compute: Callable[[], Any], who: str) -> None:
    """In a forked worker: ``compute()``'s value, or the exception it raised, sent to the caller
    (``answer_of`` raises it there); an exception that does not pickle is sent as its text."""
    try:
        answer: tuple[bool, Any] = (True, compute())
    except BaseException as exc:  # raised in the caller
        answer = (False, exc)
    try:
        conn.send(answer)
    except Exception as exc:
        conn.send((False, RuntimeError(f"{who} failed: {answer[1]!r} ({exc})")))
    finally:
        conn.close()


def end_forked(started: list[tuple[Any, Any]]) -> None:
    """Close the pipes and end the forked workers still running (Ctrl-C, or an error in this
    process), then reap them all."""
    for proc, conn in started:
        conn.close()
        if proc.is_alive():
            proc.terminate()
        proc.join()


def fields_of(quotes: list[Quote], names: tuple[str, ...]) -> list[tuple[Any, ...]]:
    """The values of the fields ``names`` of each quotation, for a forked process to send back
    (only what it wrote: the attribution workers' speaker fields, context/beside.py's hints)."""
    return [tuple(getattr(q, f) for f in names) for q in quotes]


def set_fields(quotes: list[Quote], names: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """``fields_of``'s rows written back onto the caller's own quotations, in order."""
    for q, values in zip(quotes, rows):
        for f, v in zip(names, values):
            setattr(q, f, v)


def _work(conn: Any, attribute: Attribute, part: list[ExtractResult], opt: AttributeOptions) -> None:
    def fields() -> list[Any]:
        attribute(part, opt)
        return [(fields_of(r.quotes, _FIELDS), r.stats) for r in part]

    send_answer(conn, fields, "attribution worker")


def _copy_back(part: list[ExtractResult], answers: list[Any]) -> None:
    for r, (fields, stats) in zip(part, answers):
        set_fields(r.quotes, _FIELDS, fields)
        r.stats.update(stats)
