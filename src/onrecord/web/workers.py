"""The check workers: processes that load spaCy and the embedding model once, at start, and then
run checks, extractions and verifications for the server.

Why processes, and our own small pool rather than ``ProcessPoolExecutor``: a check that runs
past the time limit must be *stopped*, not abandoned. An executor cannot end one task; here the
pool ends that worker's process and starts a fresh one, and the request is answered 504 with a
clear message. A worker opens the archive read-only (``ReadArchive``) and reopens it when the
server's one writer has changed it (the task carries the archive's generation number).

``InlinePool`` runs the same tasks in the calling thread, one at a time (``--workers 0``, and
the API tests, where the fake stages of tests/conftest.py must run in the test process); it
cannot stop a runaway check, so the server uses processes by default."""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import threading
import traceback
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from .. import errors
from ..archive.archive import Archive
from ..errors import CheckTimedOut, InputError, OnrecordError, ServerBusy, UnknownArchive, WorkerFailed
from ..thresholds.web import WebOptions

# A sentence that exercises extraction, attribution and verification: a worker runs it once
# at start so the first editor's check does not pay for loading the models.
# The server's page of a bank cluster, linked from a check's report (web/app.py serves it).
BANK_LINK = "/bank/{cluster_id}"

WARM_TEXT = "“We will open the bridge in the spring,” said Ann Lee, the mayor, on Monday."


class ReadArchive(Archive):
    """An archive opened by a worker: it only reads. The catch-up indexing of ``Archive`` is the
    writer's job; a worker doing it while the server adds a source would race for tantivy's
    index lock (the case: a worker started during an upload)."""

    def _catch_up(self) -> None:
        return None


@dataclass
class WorkerState:
    """What one worker keeps between tasks: its open archives, by name, with their generation."""

    archives: dict[str, tuple[int, Any]] = field(default_factory=dict)
    fixed: Any = None  # InlinePool: the server's own archive, used on the writer thread

    def archive(self, name: str, gen: int) -> Any:
        if self.fixed is not None:
            return self.fixed
        held = self.archives.get(name)
        if held is not None and held[0] == gen:
            return held[1]
        if held is not None:
            held[1].db.close()
        from ..home import archive_path

        path = archive_path(name)
        if not path.exists():
            raise UnknownArchive(f"no archive named {name!r} in {path.parent}")
        arch = ReadArchive.open(str(path))
        self.archives[name] = (gen, arch)
        return arch


def _document(task: dict[str, Any]) -> Any:
    """The task's Document: given, or read from the stored upload (PDF and HTML are read here,
    in the worker, where the time limit applies)."""
    doc = task.get("doc")
    if doc is not None:
        return doc
    from ..read import read_path

    try:
        docs = read_path(task["path"])
    except InputError as e:
        # name the file the editor uploaded; the server's storage path is nobody's business
        e.path = task.get("name") or "upload"
        raise
    doc = docs[0]
    doc.path = task.get("name") or doc.path  # the name the editor knows, not the hash
    return doc


def _name_sources(verdicts: list[Any], names: dict[str, str]) -> None:
    """Evidence from an uploaded source names the file the editor uploaded, not the content hash
    it is stored under ("a3f9….txt" told an editor nothing in the evidence panel)."""
    for v in verdicts:
        for ev in (getattr(v, "evidence", None), getattr(v, "nearest", None)):
            if ev is not None and PurePath(ev.source).name in names:
                ev.source = names[PurePath(ev.source).name]


def _options(task: dict[str, Any]) -> Any:
    """The form's "precise speakers" box: the CLI's ``--precise-speakers`` (None: defaults)."""
    from ..options import precise_speakers

    return precise_speakers() if task.get("precise_speakers") else None


def _check(state: WorkerState, task: dict[str, Any]) -> dict[str, Any]:
    from .. import pipeline
    from ..report.html import render_html
    from ..report.jsonl import check_record

    arch = state.archive(task["archive"], task["gen"])
    items = list(pipeline.check([_document(task)], archive=arch, published=task.get("published"),
                                translated=bool(task.get("translated")), bank=task.get("bank"),
                                options=_options(task)))
    item = items[0]
    if isinstance(item, OnrecordError):
        raise item
    _name_sources([it.verdict for it in item.items if it.verdict is not None], task.get("names") or {})
    summary = pipeline.summarize([item]).as_dict()
    # pasted text has no title: its first line (the headline, as the report shows it) names it
    title = item.document.title or item.document.text.strip().split("\n", 1)[0][:120]
    # with a bank, each corroborated quotation links to its history page (/bank/<cluster id>)
    link = BANK_LINK if task.get("bank") else None
    return {"record": check_record(item), "html": render_html([item], bank_link=link), "summary": summary,
            "title": title, "input": item.document.path, "published": item.document.published}


def _extract(state: WorkerState, task: dict[str, Any]) -> dict[str, Any]:
    from .. import pipeline
    from ..report.jsonl import extract_record

    items = list(pipeline.extract([_document(task)], published=task.get("published"),
                                  attribute=task.get("attribute", True), options=_options(task)))
    if isinstance(items[0], OnrecordError):
        raise items[0]
    return {"record": extract_record(items[0])}


def _verify(state: WorkerState, task: dict[str, Any]) -> dict[str, Any]:
    from .. import pipeline
    from ..report.jsonl import verdict_record

    arch = state.archive(task["archive"], task["gen"])
    verdicts = pipeline.verify(task["claims"], archive=arch, bank=task.get("bank"))
    _name_sources(verdicts, task.get("names") or {})
    return {"verdicts": [verdict_record(v) for v in verdicts]}


TASKS = {"check": _check, "extract": _extract, "verify": _verify}


def run_task(state: WorkerState, task: dict[str, Any]) -> tuple:
    """("ok", payload), ("error", class name, message, path) for an OnrecordError (exceptions
    are sent as parts: an OnrecordError's keyword ``path`` does not survive pickling), or
    ("bug", traceback text) for anything else."""
    try:
        return ("ok", TASKS[task["kind"]](state, task))
    except OnrecordError as e:
        return ("error", type(e).__name__, e.message, e.path)
    except Exception:  # a bug in a stage: reported as a 500, and the worker lives on
        return ("bug", traceback.format_exc(limit=8))


def unpack(msg: tuple) -> dict[str, Any]:
    """The payload of a worker's answer, or the error it carried, raised again."""
    if msg[0] == "ok":
        return msg[1]
    if msg[0] == "error":
        cls = getattr(errors, msg[1], None)
        if not (isinstance(cls, type) and issubclass(cls, OnrecordError)):
            cls = OnrecordError
        raise cls(msg[2], path=msg[3])
    raise RuntimeError(f"check failed in a worker:\n{msg[1]}")


def warm(state: WorkerState, archive: str | None, gen: int) -> None:
    """Load the models (and open the archive) by running one tiny check."""
    from ..read import read_text

    task = {"kind": "check", "doc": read_text(WARM_TEXT, path="<warm-up>"), "archive": archive, "gen": gen}
    if archive is None:
        task["kind"] = "extract"
    unpack(run_task(state, task))


def worker_main(conn: Any, archive: str | None, gen: int, threads: int = 1) -> None:
    """A worker process: warm up, say ready, then answer tasks until the pipe closes.

    ``threads``: torch's intra-op threads. Each worker defaults to one per core, so 2 workers
    on 2 cores ran 4 busy threads and thrashed (bench_web_load.py); the pool gives each worker
    its share of the cores."""
    import torch

    torch.set_num_threads(max(1, threads))
    state = WorkerState()
    try:
        warm(state, archive, gen)
        conn.send(("ready", None))
    except Exception as e:  # still usable: a real task will report the same problem by name
        conn.send(("ready", f"{type(e).__name__}: {e}"))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(run_task(state, task))


class _Worker:
    def __init__(self, ctx: Any, archive: str | None, gen: int, threads: int):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=worker_main, args=(child, archive, gen, threads), daemon=True,
                                name="onrecord-worker")
        self.proc.start()
        child.close()
        self.ready = False
        self.warm_error: str | None = None

    def wait_ready(self, timeout: float) -> None:
        """Until the worker has loaded its models; WorkerFailed when it is dead or too slow."""
        if not self.proc.is_alive():
            raise WorkerFailed(f"a worker died (exit code {self.proc.exitcode})")
        if self.ready:
            return
        if not self.conn.poll(timeout):
            raise WorkerFailed(f"a worker did not load its models within {timeout:g} s")
        _, self.warm_error = self.conn.recv()  # EOFError when it died while loading
        self.ready = True

    def stop(self) -> None:
        self.proc.kill()
        self.proc.join(5)
        self.conn.close()


class WorkerPool:
    """``size`` worker processes (spawned: the server's own threads and any model it loaded
    are not forked into them), each taking one task at a time."""

    def __init__(self, size: int, archive: str | None, gen: int, options: WebOptions):
        self.options = options
        self.archive = archive
        self.ctx = mp.get_context("spawn")
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.all: list[_Worker] = []
        self.lock = threading.Lock()
        self.gen = gen
        self.threads = max(1, (os.cpu_count() or 1) // max(1, size))
        for _ in range(size):
            self._add()

    def _add(self) -> None:
        w = _Worker(self.ctx, self.archive, self.gen, self.threads)
        with self.lock:
            self.all.append(w)
        self.idle.put(w)

    def _replace(self, w: _Worker) -> None:
        w.stop()
        with self.lock:
            self.all.remove(w)
        self._add()

    def run(self, task: dict[str, Any], timeout: float | None = None) -> dict[str, Any]:
        """Run a task on the next free worker: its payload, or its error raised. Raises
        ServerBusy when no worker frees up in time and CheckTimedOut (after ending and
        replacing the worker) when the task runs past ``timeout`` seconds.

        A worker found dead before the task reached it (killed by the OOM killer while idle,
        or dead while loading its models) is replaced and the task goes to the next worker,
        once: it never started, so running it elsewhere is safe. A worker that dies during a
        task is replaced and the request answered WorkerFailed, not retried: the input itself
        may be what kills it."""
        limit = self.options.check_timeout if timeout is None else timeout
        for _attempt in range(2):
            w = self._take()
            try:
                w.wait_ready(self.options.worker_start_timeout)
                w.conn.send(task)
            except (WorkerFailed, EOFError, OSError):
                self._replace(w)
                continue
            return self._answer(w, limit)
        raise WorkerFailed("no worker could take the task (two in a row were dead); they were replaced")

    def _take(self) -> _Worker:
        try:
            return self.idle.get(timeout=self.options.queue_timeout)
        except queue.Empty:
            raise ServerBusy(f"every worker stayed busy for {self.options.queue_timeout:g} s; try again") from None

    def _answer(self, w: _Worker, limit: float) -> dict[str, Any]:
        try:
            if not w.conn.poll(limit):
                self._replace(w)
                raise CheckTimedOut(f"the check took longer than {limit:g} s and was stopped; "
                                    "try a shorter text, or ask the operator to raise the limit")
            msg = w.conn.recv()
        except (EOFError, OSError) as e:
            self._replace(w)
            raise WorkerFailed(f"a worker stopped during the task ({type(e).__name__}); it was replaced") from None
        except BaseException as e:
            if not isinstance(e, OnrecordError):
                self._replace(w)
            raise
        self.idle.put(w)
        return unpack(msg)

    def close(self) -> None:
        with self.lock:
            workers = list(self.all)
            self.all.clear()
        for w in workers:
            w.stop()


class InlinePool:
    """The same tasks in the server process, on the writer's thread (``run_on``): one at a time,
    with the server's own archive, so a check never reads it while an upload writes it. No time
    limit can be enforced; the default (processes) is for real use."""

    def __init__(self, options: WebOptions, run_on: Any, archive: Any):
        self.options = options
        self.run_on = run_on
        self.state = WorkerState(fixed=archive)
        self.all: list[Any] = []
        self.gen = 0

    def run(self, task: dict[str, Any], timeout: float | None = None) -> dict[str, Any]:
        return unpack(self.run_on(run_task, self.state, task))

    def close(self) -> None:
        return None
