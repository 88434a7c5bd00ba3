"""The archive of sources: SQLite store of record (WAL, named migrations) plus a tantivy search
index and optional sentence embeddings. See ``archive.py``."""

from .archive import Archive, IngestReport, SourceDoc, SourceInfo

__all__ = ["Archive", "IngestReport", "SourceDoc", "SourceInfo"]
