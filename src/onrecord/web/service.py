"""The server's one object: what each HTTP route calls. It owns the archive the server was
started with (opened once, written only through the ``Writer``), the history store, and the
worker pool; routes in ``app.py`` parse a request, call one method here, and render.

Archive generations: every write (an upload, a removal) bumps ``gen``; a worker that sees a
task with a newer generation reopens its read-only archive, so a source uploaded during checks
is used by the next check and no worker ever reads a half-written index."""

from __future__ import annotations

import ipaddress
import os
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import EmptyDocument, UsageError
from ..home import onrecord_home
from ..model import Claim
from ..thresholds.web import WebOptions
from .store import StoredCheck, WebStore, Writer, safe_suffix

DEFAULT_ARCHIVE = "default"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class ServerConfig:
    """How ``onrecord serve`` was started. ``workers=0`` runs checks in the request thread."""

    host: str = "127.0.0.1"
    port: int = 8000
    archive: str = DEFAULT_ARCHIVE
    token: str | None = None
    allow_private_urls: bool = False
    workers: int = WebOptions().workers
    options: WebOptions = field(default_factory=WebOptions)
    bank: str | None = None  # a quote bank file (onrecord mine): the /bank pages and corroboration

    @property
    def token_required(self) -> bool:
        """Bound to loopback only, the machine's own users are trusted; bound elsewhere, anyone
        on the network could add or remove sources, so writes need the token."""
        return not is_loopback(self.host)

    def validate(self) -> None:
        if self.token_required and not self.token:
            raise UsageError(f"--host {self.host} exposes the server beyond this machine: set ONRECORD_TOKEN "
                             "to a secret (write requests must send it) or bind to 127.0.0.1")
        if self.workers < 0:
            raise UsageError("--workers must be 0 (checks in the server process) or more")
        if self.bank is not None:
            from ..bank import Bank

            Bank.open(self.bank, create=False).close()  # a wrong path fails at start, not per page


@dataclass
class CheckInput:
    """One article to check: exactly one of ``text``, ``url`` or ``upload`` (bytes + name)."""

    text: str | None = None
    url: str | None = None
    upload: bytes | None = None
    name: str | None = None
    published: str | None = None
    translated: bool = False
    precise_speakers: bool = False


class Server:
    def __init__(self, config: ServerConfig):
        from .. import pipeline

        config.validate()
        self.config = config
        self.options = config.options
        self.writer = Writer()
        self.store = WebStore(onrecord_home() / "web", self.writer)
        # opened (and created) on the writer thread: its catch-up indexing is a write
        self.archive = self.writer.run(lambda: pipeline.open_archive(archive=config.archive, create=True))
        self.gen = 0
        self._gen_lock = threading.Lock()
        self.pool: Any = None

    def start(self) -> None:
        from .workers import InlinePool, WorkerPool

        if self.config.workers == 0:
            self.pool = InlinePool(self.options, self.writer.run, self.archive)
        else:
            self.pool = WorkerPool(self.config.workers, self.config.archive, self.gen, self.options)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
        close = getattr(self.archive, "close", None)
        if close is not None:
            self.writer.run(close)
        self.store.close()
        self.writer.close()

    def _bump(self) -> None:
        with self._gen_lock:
            self.gen += 1
            if self.pool is not None:
                self.pool.gen = self.gen

    # --- inputs ----------------------------------------------------------------------------
    def _task(self, kind: str, item: CheckInput) -> dict[str, Any]:
        from ..pipeline import check_date
        from ..read.text import read_text
        from .fetch import fetch_document

        given = [x for x in (item.text, item.url, item.upload) if x is not None]
        if len(given) != 1:
            raise UsageError("give exactly one of: the article's text, a URL, or a file")
        published = check_date(item.published, "published")
        task: dict[str, Any] = {"kind": kind, "archive": self.config.archive, "gen": self.gen,
                                "published": published, "translated": item.translated,
                                "precise_speakers": item.precise_speakers,
                                "names": self.store.upload_names(), "bank": self.config.bank}
        if item.text is not None:
            if not item.text.strip():
                raise EmptyDocument("no text to check: paste an article", path="pasted text")
            task["doc"] = read_text(item.text, path=item.name or "pasted text", published=published)
        elif item.url is not None:
            task["doc"] = fetch_document(item.url.strip(), self.options, self.config.allow_private_urls)
        else:
            name = item.name or "upload"
            # one article per check: a .jsonl (many documents) is for the sources page
            if safe_suffix(name) in ("", ".jsonl", ".ndjson"):
                raise UsageError("upload a .txt, .md, .html or .pdf file", path=name)
            if not item.upload:
                raise EmptyDocument("the file is empty", path=name)
            stored = self.store.save_upload(item.upload, name)
            task["path"], task["name"] = str(stored.path), stored.name
        return task

    # --- the three pipeline calls ----------------------------------------------------------
    def check(self, item: CheckInput) -> dict[str, Any]:
        """Check one article; store it in the history; the contract record with its id."""
        out = self.pool.run(self._task("check", item))
        cid = self.store.add_check(archive=self.config.archive, title=out["title"], input=out["input"],
                                   published=out["published"], translated=item.translated,
                                   summary=out["summary"], record=out["record"], html=out["html"])
        return {**out["record"], "check_id": cid, "link": f"/checks/{cid}", "summary": out["summary"]}

    def extract(self, item: CheckInput, attribute: bool = True) -> dict[str, Any]:
        task = self._task("extract", item)
        task["attribute"] = attribute
        return self.pool.run(task)["record"]

    def verify(self, claims: list[Claim]) -> list[dict[str, Any]]:
        if not claims:
            raise UsageError("no claims to verify")
        task = {"kind": "verify", "claims": claims, "archive": self.config.archive, "gen": self.gen,
                "names": self.store.upload_names(), "bank": self.config.bank}
        return self.pool.run(task)["verdicts"]

    # --- history ---------------------------------------------------------------------------
    def get_check(self, cid: str) -> StoredCheck:
        return self.store.get_check(cid)

    def checks(self) -> list[dict[str, Any]]:
        return self.store.list_checks(self.options.history_page)

    # --- sources ---------------------------------------------------------------------------
    def add_sources(self, files: list[tuple[str, bytes]]) -> dict[str, Any]:
        """Store each upload by content hash and add them all to the archive in one writer call."""
        if not files:
            raise UsageError("no files uploaded")
        for name, _data in files:
            if not safe_suffix(name):
                raise UsageError("sources must be .txt, .md, .html, .pdf or .jsonl files", path=name or "upload")
        stored = [self.store.save_upload(data, name) for name, data in files]
        report = self.writer.run(self.archive.add, [str(s.path) for s in stored], False)
        self._bump()
        names = {str(s.path): s.name for s in stored}
        return {
            "added": [names.get(p, p) for p in report.added + report.updated],
            "unchanged": [names.get(p, p) for p in report.unchanged],
            "unreadable": [{"name": names.get(p, p), "reason": r} for p, r in report.unreadable],
            "documents": report.documents, "sentences": report.sentences,
        }

    def sources(self, query: str | None = None) -> list[dict[str, Any]]:
        names = self.store.upload_names()
        out = []
        for info in self.writer.run(self.archive.list):
            row = asdict(info)
            row["name"] = names.get(Path(info.path).name, Path(info.path).name)
            out.append(row)
        if query and query.strip():
            words = query.lower().split()
            out = [r for r in out if all(w in _haystack(r) for w in words)]
        return out

    def remove_source(self, path: str) -> list[str]:
        removed = self.writer.run(self.archive.remove, path)
        if not removed:
            from ..errors import MissingInput

            raise MissingInput(f"not in archive {self.config.archive!r}", path=path)
        self._bump()
        return removed

    # --- the quote bank --------------------------------------------------------------------
    def require_bank(self) -> str:
        """The bank's path; NoBank (404) on a server started without one."""
        from ..errors import NoBank

        if self.config.bank is None:
            raise NoBank("this server has no quote bank: start it with onrecord serve --bank BANK.db")
        return self.config.bank

    def _bank(self) -> Any:
        """The bank, opened per request: SQLite connections stay in the thread that opened
        them, and requests run on a pool of threads (WAL lets readers run beside a miner)."""
        from ..bank import Bank

        return Bank.open(self.require_bank(), create=False)

    def bank_search(self, words: str = "", speaker: str | None = None, since: str | None = None,
                    limit: int | None = None) -> list[Any]:
        """``ClusterSummary`` rows, most reported first, at most ``WebOptions.bank_page``."""
        from ..bank import search
        from ..pipeline import check_date

        since = check_date(since, "since")
        limit = self.options.bank_page if limit is None else max(1, min(limit, self.options.bank_page))
        with self._bank() as b:
            return search(b, words or "", speaker=speaker or None, since=since, limit=limit)

    def bank_history(self, cluster_id: int) -> Any:
        """One cluster's ``ClusterHistory`` (variants by first appearance, diffs, outlets)."""
        from ..bank import show

        with self._bank() as b:
            return show(b, cluster_id)

    def health(self) -> dict[str, Any]:
        from .. import __version__

        return {"ok": True, "version": __version__, "archive": self.config.archive,
                "workers": self.config.workers, "token_required": self.config.token_required,
                "bank": self.config.bank is not None, "pid": os.getpid()}


def _haystack(row: dict[str, Any]) -> str:
    parts = [row.get("name"), row.get("path"), row.get("title"), row.get("date"), row.get("outlet"),
             " ".join(row.get("speakers") or [])]
    return " ".join(str(p) for p in parts if p).lower()
