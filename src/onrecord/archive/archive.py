"""``Archive``: an indexed collection of sources (contract section 4) to verify quotes against.

On disk an archive is a directory: ``archive.db`` (SQLite, the store of record) and ``index/``
(tantivy). The store holds every document's full text, header fields, transcript turns and
sentences; the index can always be rebuilt from it. Ingest embeds nothing: sentence vectors are
computed at verify time for the windows a quotation reaches and cached in the store (table
``vectors``, see ``encoder.py``), so drift detection works on every archive. A
file whose passages were stored but not yet committed to the index (a crash between the two)
is re-indexed the next time the archive is opened, so nothing stored is ever lost.

The class is assembled from its parts (issue 9): records.py (paths, ``SourceDoc`` and the other
records), ingest.py (``add``, ``remove``), lookup.py (listing, counts, ``doc``, ``search``,
``phrase``, ``vectors``, ``speaker_sources``); this module opens, creates and re-indexes an
archive. Every name stays importable from here."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from pathlib import Path

from ..errors import ArchiveError, IndexDamaged, MissingInput
from ..home import onrecord_home
from ..thresholds.archive import ArchiveOptions
from .encoder import Encoder
from .index import SearchIndex
from .ingest import Ingest
from .lock import WriteLock
from .lookup import Lookup
from .records import IngestReport, SourceDoc, SourceInfo, display_path, real_path
from .store import connect, transaction

__all__ = ["Archive", "IngestReport", "SourceDoc", "SourceInfo", "display_path", "real_path"]


class Archive(Ingest, Lookup):
    """Open with ``Archive.open(dir)`` or ``Archive.for_folder(folder)``."""

    DB = "archive.db"

    def __init__(self, path: Path, embed: bool | None = None, read_options=None,
                 options: ArchiveOptions | None = None):
        """``embed`` is accepted and ignored: vectors are computed lazily at verify time on
        every archive (``--no-embeddings`` and ONRECORD_EMBED=0 were the way to build a large
        archive before that; they stay valid and change nothing)."""
        self.path = Path(path)
        self.read_options = read_options  # ReadOptions for read_path (size caps); None: defaults
        self.options = options or ArchiveOptions()
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise ArchiveError(f"cannot create the archive directory ({e.strerror})", path=str(path)) from None
        self.lock = WriteLock(self.path)
        self.db = connect(self.path / self.DB)
        fresh = not (self.path / "index" / "meta.json").exists()
        self.index = SearchIndex(self.path / "index")
        self.encoder = Encoder(self.db, self.options)
        self._docs: OrderedDict[int, SourceDoc] = OrderedDict()
        self._speakers: tuple[tuple[int, int], tuple[dict, dict]] | None = None  # see _speaker_dates
        if not fresh:
            try:
                self.index.probe()
            except IndexDamaged:
                self.index.close()  # no watcher thread left on a folder reindex will remove
                raise
        # True when this open found the index gone and rebuilds it: the CLI says so (issue 10)
        self.index_rebuilt = False
        if fresh and self.lock.acquire(wait=False):
            # The index folder is gone (deleted by hand): rebuild it from the store, nothing lost.
            try:
                self.index_rebuilt = bool(self.db.execute("SELECT 1 FROM files WHERE indexed=1 LIMIT 1").fetchone())
                self.db.execute("UPDATE files SET indexed=0")
            finally:
                self.lock.release()
        elif not fresh and self.index.num_passages() == 0 and self.db.execute(
                "SELECT 1 FROM files f JOIN documents d ON d.file_id=f.id JOIN sentences s ON s.doc_id=d.id"
                " WHERE f.indexed=1 LIMIT 1").fetchone():
            self.index.close()  # no watcher thread left on a folder reindex will remove
            raise IndexDamaged("the search index has lost its passages", path=str(self.path / "index"))
        self._catch_up()

    @staticmethod
    def folder_path(folder: Path | str, home: Path | str | None = None) -> Path:
        """Where the archive of a ``--sources`` folder lives: keyed on its real path."""
        key = hashlib.sha256(str(Path(folder).resolve()).encode()).hexdigest()[:16]
        return Path(home or onrecord_home()) / "archives" / key

    @classmethod
    def reindex(cls, path: Path | str, embed: bool | None = None) -> "Archive":
        """Rebuild the search index of the archive at ``path`` from its store of record (the
        SQLite file): ``onrecord sources reindex``. Nothing is read from the source files."""
        import shutil

        path = Path(path)
        if not (path / cls.DB).exists():
            raise ArchiveError("no archive here", path=str(path))
        with WriteLock(path):
            import gc

            gc.collect()  # archives no longer referenced still hold index readers (see SearchIndex.close)
            index = path / "index"
            if index.is_symlink() or index.is_file():  # a file where the folder belongs (issue 10)
                index.unlink()
            shutil.rmtree(index, ignore_errors=True)
            con = connect(path / cls.DB)
            con.execute("UPDATE files SET indexed=0")
            con.close()
        return cls(path, embed=embed)  # a fresh index: every stored file is indexed again

    # --- opening ------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, embed: bool | None = None, read_options=None) -> "Archive":
        return cls(Path(path), embed=embed, read_options=read_options)

    @classmethod
    def for_folder(cls, folder: Path | str, home: Path | str | None = None, embed: bool | None = None,
                   progress: bool = True, read_options=None) -> "Archive":
        """Build or reuse the archive for a folder of sources, under
        ``ONRECORD_HOME/archives/<hash of the absolute path>``; only files whose sha256 changed
        are re-read, files gone from the folder are dropped."""
        folder = Path(folder)
        if not folder.exists():
            raise MissingInput("no such folder", path=str(folder))
        arch = cls(cls.folder_path(folder, home), embed=embed, read_options=read_options)
        # Stored paths are real absolute paths: the same folder named from another working
        # directory ("../x/sources") finds every file unchanged and re-reads nothing.
        present = {real_path(p) for p in arch._expand([folder])}
        for fid, stored in arch.db.execute("SELECT id, path FROM files").fetchall():
            if stored in present:
                continue
            if real_path(stored) in present:
                arch._rename(fid, stored, real_path(stored))  # stored by an older onrecord, relative
            else:
                arch.remove(stored)
        arch.last_report = arch.add([folder], progress=progress)
        return arch

    def _rename(self, fid: int, old: str, new: str) -> None:
        """Re-key a file stored under another spelling of its path, in place: nothing is read or
        indexed again (a remove and re-add would also shift the index's term statistics)."""
        with transaction(self.db) as con:
            con.execute("UPDATE files SET path=? WHERE id=?", (new, fid))
            con.execute("UPDATE documents SET path=? || substr(path, ?) WHERE file_id=?", (new, len(old) + 1, fid))
        self._docs.clear()

    def close(self) -> None:
        self.index.commit()
        self.db.close()
