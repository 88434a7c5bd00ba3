"""The local engine: a process pool, one spaCy model per worker, fed a bounded number of
chunks so memory stays flat however large the corpus.

The main process is the bank's only writer. It reads the corpus (``sources.iter_corpus``),
drops documents whose key the bank holds already (resume), hands chunks to the workers, and
stores each chunk's results in one transaction, in input order (so "first appearance" ties
break the same way on every run). Ctrl-C or a crash loses at most the chunks in flight;
running the same command again resumes."""

from __future__ import annotations

import os
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from typing import IO, Callable, Iterable, Iterator

from ..bank.records import MinedDocument, key_of
from ..bank.store import Bank
from ..errors import InputError
from ..model import Document
from ..options import DEFAULT_OPTIONS, Options
from ..thresholds.bank import BankOptions, MineOptions
from .progress import Progress
from .sources import iter_corpus
from .work import mine_batch, warm_up


@dataclass
class MineReport:
    """What a mining run did: documents mined now, found already in the bank, skipped with a
    reason (stored in the bank's ``documents.error``), unreadable inputs, quotations stored,
    clusters after reclustering, and the wall time."""

    mined: int = 0
    known: int = 0
    failed: int = 0
    quotes: int = 0
    chars: int = 0
    clusters: int = 0
    seconds: float = 0.0
    unreadable: list[InputError] = field(default_factory=list)


def _chunks(items: Iterator[Document | InputError], size: int,
            on_error: Callable[[InputError], None]) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for item in items:
        if isinstance(item, InputError):
            on_error(item)
            continue
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _new_only(bank: Bank, chunk: list[Document], progress: Progress) -> list[Document]:
    keys = [key_of(d) for d in chunk]
    have = bank.known(keys)
    progress.known += sum(k in have for k in keys)
    return [d for d, k in zip(chunk, keys) if k not in have]


def mine_local(inputs: Iterable[str], bank_path: str, workers: int | None = None,
               options: Options | None = None, mine_options: MineOptions | None = None,
               bank_options: BankOptions | None = None, log: IO[str] | None = None) -> MineReport:
    """Mine ``inputs`` into the bank at ``bank_path`` with ``workers`` processes (default: CPU
    count; 1 = in this process) and recluster the bank at the end."""
    options = options or DEFAULT_OPTIONS
    mo = mine_options or MineOptions()
    workers = max(1, workers or os.cpu_count() or 1)
    report = MineReport()
    progress = Progress(out=log, every=mo.progress_every)
    started = time.monotonic()

    def unreadable(err: InputError) -> None:
        report.unreadable.append(err)
        if log is not None:
            log.write(("\n" if getattr(log, "isatty", lambda: False)() else "") + "Error: " + " ".join(str(err).split()) + "\n")

    with Bank.open(bank_path) as bank:
        chunks = (c for c in (_new_only(bank, ch, progress) for ch in
                              _chunks(iter_corpus(list(inputs), options.read), mo.chunk_docs, unreadable)) if c)
        store = _storer(bank, progress)
        if workers == 1:
            warm_up()
            for chunk in chunks:
                store(mine_batch(chunk, options))
        else:
            _run_pool(chunks, workers, mo, options, store)
        progress.done()
        report.clusters = bank.recluster(bank_options)
    report.mined, report.known, report.failed = progress.mined, progress.known, progress.failed
    report.quotes, report.chars = progress.quotes, progress.chars
    report.seconds = time.monotonic() - started
    return report


def _storer(bank: Bank, progress: Progress) -> Callable[[list[MinedDocument]], None]:
    def store(rows: list[MinedDocument]) -> None:
        bank.add(rows, engine="local")
        for r in rows:
            if r.error:
                progress.failed += 1
            else:
                progress.mined += 1
                progress.quotes += len(r.quotes)
                progress.chars += r.chars
        progress.tick()
    return store


def _init_worker() -> None:
    """Pool workers leave Ctrl-C to the main process (which stops handing out work and keeps
    what is stored); otherwise every worker prints its own KeyboardInterrupt traceback."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up()


def _run_pool(chunks: Iterator[list[Document]], workers: int, mo: MineOptions, options: Options,
              store: Callable[[list[MinedDocument]], None]) -> None:
    # spawn, not fork: the parent may hold SQLite handles and threads; a fresh interpreter per
    # worker loads spaCy once (warm_up) and keeps it for every chunk.
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"), initializer=_init_worker)
    pending: deque[Future[list[MinedDocument]]] = deque()
    try:
        for chunk in chunks:
            pending.append(pool.submit(mine_batch, chunk, options))
            while len(pending) >= workers * mo.inflight_per_worker:
                store(pending.popleft().result())
        while pending:
            store(pending.popleft().result())
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
