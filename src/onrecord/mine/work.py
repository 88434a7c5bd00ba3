"""The unit of mining work, the same in every engine: a batch of Documents in, a
MinedDocument per document out (its speech quotations with speakers, or why it was skipped).

Runs in a pool worker (local engine) or a Spark task (``spark_job``); the spaCy model is
loaded once per process by ``attribute.nlp.get_nlp`` and reused by every batch after."""

from __future__ import annotations

from typing import Any

from ..bank.records import MinedDocument, from_result, key_of
from ..model import Document
from ..options import DEFAULT_OPTIONS, Options


def warm_up() -> None:
    """Load the spaCy model now (pool initializer / first call in a partition), so the first
    batch is not slower than the rest and a missing model fails before any work is handed out."""
    from ..attribute.nlp import get_nlp

    get_nlp()


def _failed(doc: Document, err: BaseException) -> MinedDocument:
    reason = " ".join(f"{type(err).__name__}: {err}".split())[:300]
    return MinedDocument(key=key_of(doc), path=doc.path,
                         doc_id=doc.doc_id, title=doc.title, published=doc.published,
                         outlet=doc.outlet, sha256=doc.sha256, chars=len(doc.text), error=reason)


def mine_batch(docs: list[Document], options: Options | None = None) -> list[MinedDocument]:
    """Extract and attribute a batch; one document's failure is that document's error, never
    the batch's: a failing attribution batch is retried one document at a time."""
    from ..attribute import attribute_results
    from ..extract import extract_document

    options = options or DEFAULT_OPTIONS
    out: list[MinedDocument | None] = [None] * len(docs)
    results: list[tuple[int, Any]] = []
    for i, doc in enumerate(docs):
        try:
            results.append((i, extract_document(doc, options.extract)))
        except Exception as e:  # noqa: BLE001 - a bad document is reported and skipped
            out[i] = _failed(doc, e)
    try:
        attribute_results([r for _, r in results], options.attribute)
        done = results
    except Exception:  # noqa: BLE001 - find the document that breaks the batch
        done = []
        for i, r in results:
            try:
                attribute_results([r], options.attribute)
                done.append((i, r))
            except Exception as e:  # noqa: BLE001
                out[i] = _failed(docs[i], e)
    for i, r in done:
        out[i] = from_result(r)
    return [m for m in out if m is not None]
